import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules that fixed known misses of the replies corpus, each with cases that must NOT
 * trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // A companion named by role: "together with our head of SME services".
  ['I will attend together with our head of SME services, Mr Thomas Krüger.', 'yes', 2],
  ['I will attend on behalf of our head office.', 'yes', 1],
  // "<Name> and I will join": the named partner before the sender.
  ['Count us in: Iker Etxeberria and I will join from Donostia.', 'yes', 2],
  ['I will attend. Maria Popescu and I spoke last week about the agenda.', 'yes', 1],
  ['I will join from Donostia.', 'yes', 1],
  // "… reprezentat de subsemnatul și de doamna X".
  ['Clubul nostru va fi reprezentat de subsemnatul și de doamna Elena Tănase, vicepreședinta clubului.', 'yes', 2],
  ['Voi participa, am aflat și de la doamna Ionescu despre eveniment.', 'yes', 1],
  // The sender after ", și" in a list: "colega mea, Irina Sas, și subsemnata".
  ['Confirmăm participarea din partea Biroului de presă: colega mea, Irina Sas, și subsemnata.', 'yes', 2],
  ['Confirm participarea. Subsemnata, Irina Sas, secretar.', 'yes', 1],
  // "ok pt mine" at the start of its clause answers.
  ['ok pt mine, l-am trecut in calendar. Ne auzim pe Zoom.', 'yes', 1],
  ['Nu e ok pentru mine, am alt eveniment.', 'no'],
  ['E ok pentru mine, dar nu pot veni.', 'no'],
  ['Data e ok pentru mine.', 'unknown'],
  // A forward to someone else is no answer of the sender's.
  ['Ioana, vezi te rog invitația de mai jos, poate te interesează pentru asociație.', 'unknown'],
  ['Ioana, vezi invitația de mai jos. Eu vin sigur.', 'yes', 1],
  ['Poate vin, nu știu încă.', 'maybe'],
];

describeIntentCorpus('intent corpus: known misses of the replies corpus', corpus);
