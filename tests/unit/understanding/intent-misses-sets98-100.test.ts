import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 98, 99 and 100 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Details promised only if needed, after the answer (h100_031); a promise of the answer stays a deferral.
  ['Ok, ma conectez. Sunt pe drum acum, revin cu detalii daca e nevoie.', 'yes'],
  ['Revin cu detalii daca e nevoie.', 'unknown'],
  ['Revin cu detalii daca pot veni.', 'maybe'],
  ['Poate vin. Revin cu detalii daca e nevoie.', 'maybe'],
  // Arriving late is a note after the yes (h99_085); doubting the coming stays a doubt.
  ['Yes, I will attend. I will travel from Novi Sad that morning so I might arrive around 14:15, sorry in advance.', 'yes'],
  ['I might arrive around 14:15.', 'unknown'],
  ['I might come, but might arrive late.', 'maybe'],
  // Held at one's own office that day (h100_061); held only until a time, then coming.
  ['Îmi pare tare rău, dar tocmai am aflat că avem audit în aceeași zi și trebuie să fiu la birou. Nu pot să trimit nici pe altcineva, suntem doar doi în firmă.', 'no'],
  ['Trebuie să fiu la birou până la 12, apoi vin.', 'yes'],
  ['Dacă nu trebuie să fiu la birou, vin.', 'maybe'],
  ['Trebuie să fiu la birou?', 'unknown'],
  // The team's party counted (h98_086); asked or conditioned, not a yes.
  ["We'll have four people from our team on the call: Sofia Marin, Radu Enescu, Paula Dinu and Mihnea Toma. Thank you for organising this!", 'yes'],
  ["We'll have 2 people attending.", 'yes'],
  ['Will we have four people on the call?', 'unknown'],
  ["If we'll have two people on the call, is that ok?", 'maybe'],
];

describeIntentCorpus('intent misses of sets 98-100', corpus);
