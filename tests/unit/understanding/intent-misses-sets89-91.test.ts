import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 89, 90 and 91 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // The head's office refusing for the head invited (h89_003, h78_043): the invitation's no.
  ['Domnul prefect nu poate participa, agenda fiind încărcată.', 'no'],
  ['Doamna director nu va putea participa la atelier, are ședință de consiliu.', 'no'],
  ['The Director will not be able to attend.', 'no'],
  ['Domnul primar nu va putea participa, nu va fi delegat nimeni.', 'no'],
  // A stand-in named is the organisation's yes; the sender's own yes beside it stays; an untitled colleague stays as it was.
  ['Domnul primar nu va putea participa, va veni în locul dânsului doamna Ana Pop.', 'yes'],
  ['Domnul primar nu va putea participa. Eu vin.', 'yes'],
  ['Colega mea nu poate participa.', 'unknown'],
  ['Domnul primar va putea participa?', 'unknown'],
  // The webinar form's count of colleagues connecting besides the sender (h90_028).
  ['Buna ziua,\n\nNumele: Vasile Ghiță\nOrganizația: Ghiță Mobila SRL\nNr. colegi care se conecteaza: 1 (in afara de mine)\nÎntrebare/prezentare: nu\n\nCu stima,\nVasile Ghiță', 'yes'],
  ['Nr. colegi care se conecteaza: 0\nÎntrebare/prezentare: nu', 'unknown'],
  ['Nr. colegi care se conecteaza: 2 (fara mine)', 'unknown'],
  ['Participare: nu\nNr. colegi care se conecteaza: 1 (in afara de mine)', 'unknown'],
  // A formal letter: the head will not take up the invitation (h89_003); an institution will not take part (h89_066, h89_090).
  ['Vă aducem la cunoștință că domnul prefect nu va putea da curs invitației dumneavoastră, având în aceeași zi ședința Colegiului Prefectural.', 'no'],
  ['Vă comunicăm că Direcția Poliția Locală Timișoara nu va participa la întâlnirea online din data de 17.01.2021.', 'no'],
  ['Vă informez că colegul meu nu va participa.', 'unknown'],
  ['Vă comunicăm că domnul prefect nu va putea participa, dar eu vin.', 'yes'],
  ['We regret to inform you that no representative of the DKMT Euroregional Development Agency will be available on 17 January 2021.', 'no'],
  // The head's office says the head connects, with someone named (h89_078).
  ['Domnul primar și doamna consilier Adina Hrițcu se vor conecta la întâlnire. Vă mulțumim!', 'yes'],
  ['Domnul primar se va conecta?', 'unknown'],
  // The hour belongs to the reason coordinated before the refusal (h89_055); a part refused alone stays partial.
  ['Din păcate la ora 11 am curs online cu studenții de anul IV și nu pot participa.', 'no'],
  ['La ora 11 nu pot participa.', 'unknown'],
  ['Vin, dar la ora 11 am curs și nu pot participa la prima parte.', 'yes'],
  // Passing on it this time (h90_058); "trec pe link" is the online yes.
  ['de data asta trec. Nu avem proiecte eligibile acum, așa că nu are rost să ocup un loc.', 'no'],
  ['De data asta trec pe link.', 'unknown'],
  ['De data asta nu trec.', 'unknown'],
  // An online meeting's "see you" (h91_096).
  ['Mulțumesc pentru reminder. Ne auzim duminică la 11 pe Zoom!', 'yes'],
  ['Ne auzim duminică?', 'unknown'],
  // A guess about the reader is no hedge (h91_024, h91_102); the sender's own "probably" still is.
  ['am revenit ieri din concediu și abia acum am văzut invitația, scuze pentru întârziere (probabil ați primit și răspunsul meu automat). Dacă mai este posibil, aș dori să particip luni.', 'yes'],
  ["I'm just back from leave – hopefully my out-of-office didn't confuse things. Happy to confirm I'll attend on Monday.", 'yes'],
  ['Probabil vin.', 'maybe'],
  ['Probably I will attend.', 'maybe'],
  // Joining late is a caveat of the yes (h91_073); doubt alone stays doubt.
  ["I'll join on the 17th, but probably only from 11:30 – I have a call before.", 'yes'],
  ['Probably only from 11:30.', 'maybe'],
  // A known gap closed: a wish answered by "but" and an engagement of one's own that morning is a refusal.
  ['I would love to come, but I have a board meeting that morning.', 'no'],
  ["I have a meeting that morning, so I'll come at 11.", 'yes', 1],
  ['I have a class that morning, but I will join after 11.', 'yes', 1],
  ['Aș veni cu drag, dar am ședință de consiliu în dimineața aceea.', 'no'],
  ['Am ședință atunci, dar vin după.', 'yes', 1],
  // "Nu X, ci Y" corrects X: no refusal (it read as no); the count put in its place is a yes (h271_008).
  ['Nu venim doi, ci trei.', 'yes', 3],
  // The one the "ci" puts in the sender's place comes instead (h298_012).
  ['Nu vin eu, ci colega mea, Ana Pop.', 'yes', 1],
  ['Nu pot veni. Ci vă doresc succes.', 'no'],
];

describeIntentCorpus('intent misses of sets 89–91', corpus);
