import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the sixteenth session's held-out sets (263 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus263: IntentCase[] = [
  // "Regret, dar" and being elsewhere on the date named (h263_031); being in the city is no excuse.
  ['Bună ziua, Regret, dar pe 20 ianuarie sunt la Budapesta. Vă rog să mă anunțați de următoarea sesiune. Ilona Varga', 'no'],
  ['Bună ziua, pe 20 ianuarie sunt la Timișoara, deci vin. Ilona', 'yes', 1],
  // Present, said in the present tense (h263_055); not when negated.
  ['Salut, sunt prezent. Sebi', 'yes', 1],
  ['Salut, nu sunt prezent în oraș atunci. Sebi', 'unknown'],
  // A colleague joining too from another computer, the apposition's commas written (h264_028).
  ['Bună ziua, Particip. Colegul meu, Victor, se va conecta și el de pe alt calculator. Diana', 'yes', 2],
  ['Bună ziua, Particip. Colegul meu, Victor, va veni și el. Diana', 'yes', 2],
  // A double negative (h265_009), a change of mind with "totuși" (h265_026).
  ['nu cred ca o sa lipsesc, e pe lista mea. confirm', 'yes', 1],
  ['Update: pot totuși participa, am scăpat de cealaltă ședință.', 'yes', 1],
  // "No" echoing a negative about something else (h265_055); a bare "No" before a refusal stays one.
  ["No, I haven't forgotten — I'm attending with two colleagues from the Chamber, so three of us in total.", 'yes', 3],
  ["No, I won't be able to attend, sorry.", 'no'],
  // Checking with the manager first is a maybe (h265_070).
  ['Not a no, but not a yes either — let me check with my manager first. Marco', 'maybe'],
  // A stand-in who will only try (h60_069) leaves the answer open.
  ['Colega mea, Ioana Dragomir, va încerca să se conecteze în locul meu.', 'unknown'],
  ['Colega mea, Ioana Dragomir, se va conecta în locul meu.', 'yes', 1],
  // Minutes asked for, when between them and what for (h265_016).
  ['Cu plăcere, voi fi prezent. Dacă e posibil, aș vrea 5 minute la final pentru o scurtă prezentare despre hub-ul de inovare. Paul Iancu', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 263–265', corpus263);
