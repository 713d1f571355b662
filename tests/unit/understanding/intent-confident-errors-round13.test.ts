import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 84, 87 and 88 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // "No way to be absent" from one's own duty named a few words earlier, not from the workshop (h88_018).
  ['Vă mulțumesc pentru invitație, însă luni 20 ianuarie avem inspecție de la minister la liceu și nu am cum să lipsesc.', 'no'],
  ['Sigur vin, nu am cum să lipsesc.', 'yes', 1],
  ['Avem ședință de consiliu dimineață, dar vin după, nu am cum să lipsesc de la atelier.', 'yes', 1],
  // The list of speakers refused is no refusal of coming (h88_023).
  [
    'Dear Ms. Petruț, thank you for the kind invitation. I will attend the session on 20 January. My Romanian is good enough to follow the discussion, but please do not put me on the list of speakers – this time I would prefer to listen and learn what the local companies need.',
    'yes', 1, false,
  ],
  ["Please don't put me on the list of guests.", 'no'],
  // A relative answering for the invitee: "Vine el … Eu nu pot" is not the invitee's refusal (h88_034).
  ['Sunt Ioana, fiica domnului Petru Zamfir. Tata mi-a zis să vă răspund eu. Vine el luni la 10, cu mașina din Recaș. Eu nu pot, sunt la serviciu.', 'unknown'],
  ['Eu nu pot. Nu stiu daca vine el.', 'no'],
];

describeIntentCorpus('confident errors of sets 84, 87 and 88', corpus);
