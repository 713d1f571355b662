import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 89–91 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A webinar form's "Întrebare/prezentare: nu" answers the question field, not attendance (h90_028).
  ['Buna ziua,\nNumele: Vasile Ghiță\nOrganizația: Ghiță Mobila SRL\nNr. colegi care se conecteaza: 1 (in afara de mine)\nÎntrebare/prezentare: nu\nCu stima,', 'yes'],
  ['Name: John Smith\nOrganisation: X Ltd\nQuestion/presentation: no', 'unknown', undefined, false],
  ['Participare: nu\nÎntrebare/prezentare: nu', 'no'],
  // A stand-in who only might come leaves the sender's refusal standing (h91_079).
  ['eu nu pot participa, sunt în comisie de concurs în acea zi. O să vă scrie colega mea, conf. dr. Adina Sas, care ar putea să vină în locul meu.', 'no'],
  ['Nu pot. Colega mea ar putea să vină în locul meu.', 'no'],
  ['Colega mea, Ana Pop, ar putea să vină în locul meu.', 'unknown'],
  ['Nu pot participa. Colega mea, Ana Pop, va veni în locul meu.', 'yes', 1],
  ['Colegul meu ar putea participa, eu vin sigur.', 'yes', 1],
  // "Cu drag, Viorica" on one line is a sign-off, not "gladly" (h91_095; a thanks above it would read yes).
  ['Vă mulțumesc pentru invitație.\nCu drag, Viorica', 'unknown'],
  ['Nu pot veni, sunt bolnavă.\nCu drag, Viorica', 'no'],
  ['Mulțumesc.\nParticip, Viorica', 'yes', 1],
  ['Vin.\nCu drag, vă aștept', 'yes', 1],
];

describeIntentCorpus('confident errors of sets 89–91', corpus);
