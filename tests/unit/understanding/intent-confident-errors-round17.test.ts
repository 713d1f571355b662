import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 98–100 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A list of participants registered by a sender who does not come (h99_068).
  [
    'Please register the following participants from Continental Automotive Romania:\n1. Andrei Georgescu – group A\n2. Laura Weber – group A\n3. Dan Mihalache – group B\n\nI will not attend personally. None of them will present.',
    'yes',
  ],
  ['Vă rog să înregistrați următorii participanți: Ana Pop și Dan Ene. Eu nu voi putea veni.', 'yes'],
  ['I will not attend personally.', 'no'],
  // Found in the re-read: a session of the day named before the refusal is the part refused, not the event.
  ['Vin, dar la sesiunea de după-amiază am o ședință și nu pot participa.', 'yes', 1],
  ['La ora 11 am curs și nu pot participa.', 'no'],
  ['Regret, dar luni după-amiaza am ore până la 18:00 și nu am cum să mă învoiesc. Poate data viitoare.', 'no'],
  // A head's office refusing ("The Director …"); "The" opening any other refusal is the sender's own.
  ['The Director will not be able to attend.', 'no'],
  ["The date doesn't work for me, sorry, I can't come.", 'no'],
  // A phone's whole answer (h96_068), not "Can't wait!".
  ["Can't, sorry. In Brussels all week", 'no'],
  ["Can't wait!", 'yes', 1],
];

describeIntentCorpus('confident errors of sets 98–100', corpus);
