import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the thirteenth evaluation (its two confident errors), each with cases that must NOT
 * trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Impossibility negates what follows it.
  ['Ne va fi imposibil să fim alături de dumneavoastră de data aceasta.', 'no'],
  ['În perioada respectivă suntem în turneu, astfel că ne va fi imposibil să fim alături de dumneavoastră.', 'no'],
  ['Nimic nu e imposibil, vin cu drag!', 'yes', 1],
  ['Confirm participarea, chiar dacă pare imposibil de ajuns la timp.', 'yes', 1],
  // A counterfactual wish with an intensifier in the middle, then the clash.
  ['Aș fi vrut foarte mult să vin, dar ședința se suprapune cu atelierul.', 'no'],
  ['Mi-ar fi plăcut mult să particip, dar sunt plecat.', 'no'],
  ['Aș vrea foarte mult să vin!', 'yes', 1],
  // Set 16. Nobody of the organisation in the city is a refusal.
  ['Unfortunately none of us will be in Timișoara on the 25th. Could you please send us the minutes afterwards?', 'no'],
  ['None of us will be in Timisoara that week, sorry.', 'no'],
  ['Some of us will be in Timisoara that week.', 'unknown'],
  // A count of the sender's party coming is an answer.
  ['Two of us will travel from Rijeka: myself and my colleague Ivana Horvat.', 'yes', 2],
  ['Two of us will be coming.', 'yes', 2],
  ['Two of us will not come.', 'no'],
  ["I'm not sure yet; two of us might come.", 'maybe'],
  // A companion's hope is not the sender's doubt.
  ["I can make it. My colleague Rebecca was hoping to come along too but she's got a clash with a board meeting, so it's just one from us.", 'yes', 1],
  ["Maybe I'll come; my colleague was hoping to join too.", 'maybe'],
  ['I was hoping to come.', 'maybe'],
  // Who the companion will be is not whether the sender comes.
  ['Yes – I and one more colleague (name to be confirmed, it depends on who is free that week).', 'yes', 2],
  ['I might come, it depends on who is free that week.', 'maybe'],
  ['Yes, I will come, but it depends on my schedule.', 'maybe'],
  // A colleague wanting to say a few words is the party's speaker; "vrea să zică" alone means "that is to say".
  ['Sigur, ne vedem marți! Vin cu Matei și cu Alex, deci trei cu totul. Matei vrea să zică două vorbe despre festival, dacă ne lăsați 5 minute.', 'yes', 3, true],
  ['Asta vrea să zică că vin.', 'yes', 1, null],
  // A slot booked to present.
  ['Venim cu drag! Ne-ar plăcea să ne rezervați un slot de 5 minute, ca să prezentăm platforma. Din partea noastră vom fi eu și colegul meu, Vlad Neagu.', 'yes', 2, true],
  ['Vin. Vă rog să-mi rezervați un loc în sală.', 'yes', 1, null],
  // Represented at the workshop by named people, the sender not among them.
  ['Liceul de Arte Plastice va fi reprezentat la atelier de doamna profesoară Camelia Nistor și de doi elevi, care vor prezenta proiectul.', 'yes', 3, true],
  ['Asociația va fi reprezentată de doamna Ana Pop.', 'yes', 1],
  ['Particip. Asociația va fi reprezentată și de doamna Ana Pop.', 'yes', 2],
];

describeIntentCorpus('intent corpus: thirteenth evaluation', corpus);
