import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 25 and 26 (intent), each with cases that must NOT trigger it. Same
 * format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // "I cannot wait": eagerness, not a refusal.
  ["I cannot wait to join! I'll be in Timișoara that week anyway.", 'yes'],
  ['I cannot join.', 'no'],
  // The subject left out after "but": online attendance.
  ["I can't make it in person but will follow on Zoom. Could you send the link?", 'yes'],
  ["I can't make it in person. Will there be a Zoom link?", 'unknown'],
  // Neither way.
  ["I won't be joining in person, nor online, I'm afraid.", 'no'],
  ['Neither in person nor online, sorry.', 'no'],
  // A double negative that accepts.
  ['nu pot să nu vin, după ce am lucrat atâta la proiect :)', 'yes'],
  ['Nu pot să vin.', 'no'],
  // A bare "nu"/"no" echoing "no questions".
  ['Nu, nu am întrebări legate de rezumat, l-am citit, e ok. Ne vedem marți la 10.', 'yes'],
  ['Nu, nu pot veni.', 'no'],
  ['No, no questions. See you Tuesday.', 'yes'],
  ['No, I cannot attend.', 'no'],
  // The regional filler "no" in a Romanian sentence.
  ['No, mă bag și eu, că-i fain subiectul. Vin fizic.', 'yes'],
  ['Io vin, no. Și vine și fata mea.', 'yes'],
  ['No, mulțumesc.', 'no'],
  ['No, nu pot.', 'no'],
  ['Nu mă bag.', 'no'],
  // Elsewhere, at that time.
  ["Sorry, I'm in Brussels that week. Next time!", 'no'],
  ["I'm in Timisoara that week, so I can come.", 'yes'],
  ["Sorry, I'm in Brussels that week, but I can join online.", 'yes'],
  ['Din păcate, pe 16 sunt la Iași la un târg de design. Sper să ne vedem la următorul atelier.', 'no'],
  ['Sunt la Iași la un târg, dar vin direct de acolo.', 'yes'],
  // Watching the recording is not coming.
  ['Din păcate, marți dimineața am curs și nu îl pot reprograma. Voi încerca să urmăresc înregistrarea.', 'no'],
  ['Voi încerca să vin.', 'maybe'],
  // A hope for a later session after a decline.
  ["Not this time, I'm afraid. Maybe next session!", 'no'],
  ['Maybe next session I can present.', 'unknown'],
  ['Cu regret, nu particip de data aceasta. Dacă se mai organizează o sesiune în aprilie, vin cu drag.', 'no'],
  ['Dacă se mai organizează o sesiune, vin cu drag.', 'unknown'],
  // Slang refusal.
  ['Hei, sorry, pass de data asta, am sesiune la facultate', 'no'],
  ['Pas cu pas ne organizăm, vin și eu.', 'yes'],
  // An elder's effort.
  ['Deși vârsta nu-mi mai permite deplasări prea dese, voi face efortul de a fi prezent.', 'yes'],
  // The connection, not coming.
  ['confirm participarea, voi fi prezenta online (ma conectez din cancelarie, sper sa mearga netul).', 'yes'],
  ['Sper să pot veni.', 'maybe'],
  // An answer hanging on a question, chained.
  ["Quick question before I confirm: will there be interpretation into English? If so, I'll definitely come. Otherwise I might send my colleague instead.", 'maybe'],
  ['Va fi traducere? Dacă da, vin sigur.', 'maybe'],
  ['I would be delighted to attend in person. May I bring a colleague? If so, please count us as two.', 'yes'],
  // Doubt about one's language, not about coming.
  ["Is it possible to get an English version of the summary? I'm not sure my Romanian is good enough for the details :)", 'unknown'],
  ["I'm not sure I can come.", 'maybe'],
];

describeIntentCorpus('intent corpus: sets 25-26', corpus);
