import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the evaluation of sets 44–46 (hybrid forum, phone replies, second week), each with
 * cases that must NOT trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Hybrid event: how one attends says one attends.
  ['Oricum, contează-mă online.', 'yes'],
  ['Eu o să fiu online, pentru că am montaj la expoziție.', 'yes'],
  ['Nu o să fiu online, din păcate.', 'no'],
  ['nu vin fizic, doar online', 'unknown'],
  ['2 persoane online sau fizic?', 'unknown'],
  ['Cine vine fizic?', 'unknown'],
  ['Thank you. I confirm online participation.', 'yes'],
  ['Please put my name on the list.', 'yes'],
  ['Please add me to the mailing list.', 'unknown'],
  ['Please remove my name from the list.', 'unknown'],
  ['salut, merg si eu. pot sa fac si niste poze la eveniment daca vreti', 'yes'],
  ['nu merg si eu', 'no'],
  ['Lavinia, trec eu pe la voi joi, cu Sebi de la IT. Nu vorbim, doar ascultăm.', 'yes'],
  ['Trec eu pe la voi joi? Ce ar trebui să aduc?', 'unknown'],
  // "ptr" is "pentru"; an emoji between words breaks no phrase.
  ['Buna, confirm ptr mine si pt Sergiu, amandoi online.', 'yes'],
  ['Confirm ✅ 2 pers', 'yes'],
  // Thumbs up alone is a yes; with words, the words answer.
  ['👍', 'yes'],
  ['👍👍', 'yes'],
  ['👍 dar nu pot', 'no'],
  ['👎', 'unknown'],
  // Refusals without "no".
  ['Am verificat cu colegii și din păcate nu vom avea pe nimeni disponibil pe 16 martie.', 'no'],
  ["I'm afraid neither I nor anyone from our team can attend, in person or online.", 'no'],
  ['Neither I nor my colleague have any questions.', 'unknown'],
  ["I have to say no this time, I'm moving house that week.", 'no'],
  ['It is not possible for me, sadly, because the same day we have the board meeting.', 'no'],
  ['It is not possible for me to send the slides before, but I will attend.', 'yes'],
  ['It is not possible for me to send the slides before.', 'unknown'],
  ['I have to stay in Matera for the closing event the same day.', 'no'],
  ["I have to stay in the hotel until 10, then I'll come.", 'yes'],
  ['Am închis pensiunea anul trecut și nu mai activăm în turism.', 'no'],
  ['Am închis firma anul trecut, dar vin cu drag.', 'yes'],
  // An office writing of itself; a request to confirm is no answer.
  ['AJOFM Timiș confirmă participarea online a unei persoane (subsemnata).', 'yes'],
  ['Te rog confirmă participarea până vineri.', 'unknown'],
  ['Vă rog să-mi rețineți participarea la atelier.', 'yes'],
  // A colleague's refusal beside the sender's yes is the colleague's.
  ["Yes – I will be attending in person. Unfortunately my colleague Mateo won't be able to join as he's travelling.", 'yes'],
  ["Unfortunately my colleague and I won't be able to join.", 'no'],
  ["Sadly our team won't be able to join.", 'no'],
  // An earlier doubt retold before the new answer.
  ['Revin la mailul în care vă spuneam că nu știu dacă ajung: s-a rezolvat, vin!', 'yes'],
  ['Vă spuneam că nu știu dacă ajung.', 'unknown'],
  ['Vă spuneam că nu știu dacă ajung. Încă nu știu.', 'maybe'],
  ["I told you I wasn't sure. It's sorted, I'll come.", 'yes'],
  ["I told you I wasn't sure. Still not sure, sorry.", 'maybe'],
];

describeIntentCorpus('intent corpus, sets 44–46', corpus);
