import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 92, 96 and 97 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A later online session welcomed after the refusal (h92_011).
  ['Unfortunately none of us from the Province can travel to Timișoara on 20 January – we have our own stakeholder meeting in Leeuwarden that week. We are of course happy to join the next online session.', 'no'],
  ['We are of course happy to join the next online session.', 'unknown'],
  // The head's office refusing for the head named after "din partea" (h92_072); the yes stays a yes.
  ['Vă transmit din partea domnului director Victor Anghel că nu va putea participa la întâlnirea online din 17.01, având o deplasare la un client în Germania.', 'no'],
  ['Vă transmit din partea domnului director Victor Anghel că va participa.', 'yes'],
  ['Domnul director general nu va putea participa.', 'no'],
  // Joining on the day refused, with the reason after it (h92_075); joining only later is not refused.
  ['Nu pot intra pe 17 ca sunt la Belgrad la familie de sarbatori. Imi pare rau. Data viitoare sigur.', 'no'],
  ['Nu pot intra pe 17 decat dupa ora 12.', 'unknown'],
  ['Nu pot intra pe 17?', 'unknown'],
  // Nobody of the organisation named (h97_052).
  ['Unfortunately nobody from the Kulturbetrieb is available on 21 April – the evaluation workshop takes place on the same afternoon.', 'no'],
  ['Is nobody from the team available?', 'unknown'],
  // Nobody of the department, the subject after the verb (h97_063); someone named comes.
  ['Din păcate, din partea departamentului nostru nu va putea participa nimeni la această întâlnire.', 'no'],
  ['Din partea departamentului nostru va participa doamna Ionescu.', 'yes'],
  ['Din partea departamentului nostru nu va putea participa nimeni altcineva.', 'unknown'],
  // "voi venii": the infinitive misspelled (h92_009).
  ['am primit invitatia si va multumesc. sigur voi venii, eu si presedinta asociatiei dna Milica Jovanovici. La ce ora se termina aproximativ?', 'yes'],
  ['Daca voi venii?', 'unknown'],
  // The topic before the colon is the presentation (h97_025): the refusal is of speaking, not of coming.
  ["Dear Lavinia,\n\nI will attend. Regarding the presentation: I'd rather not this time, Luka will cover Rijeka.", 'yes', 1, false],
  ['Regarding the presentation: not this time.', 'unknown'],
  ['Regarding the meeting: not this time.', 'no'],
  // The party summed up after a colleague added (h92_097).
  ['Sorry, forgot to add — my colleague Niamh will also join from our office, so 2 of us. Lmk if you need names for the waiting room.', 'yes'],
  ['So 2 of us?', 'unknown'],
  ["Sorry, we can't come, so 2 of us will miss it.", 'no'],
  // The team's online yes, stressed (h92_042).
  ['Salut Lavinia,\n\nsigur că intrăm! Eu o să prezint câteva observații pe acțiunea 2. Intră cu mine și Vlad, dar de pe link separat.', 'yes'],
  ['Intrăm?', 'unknown'],
  ['Sigur că intrăm în sală la 10?', 'unknown'],
  // Confirming for the sender's side, names after the colon (h96_026).
  ['Confirm din partea Departamentului de Formare: eu și Mihaela Stoian.\nMihaela, te rog blochează-ți dimineața de luni, nu mai programa cursanți.', 'yes'],
  ['Confirm din partea asociației: nu venim.', 'unknown'],
  ['Confirm din partea departamentului?', 'unknown'],
  // Joining late, on a condition (h92_047); at the clause's start only.
  ['In ziua respectiva am o prezentare la un client de la 10 la 12. Ma pot conecta dupa 12 daca mai are sens, altfel nu.', 'maybe'],
  ['Ma pot conecta dupa 12.', 'yes'],
  ['Ma pot conecta dupa 12?', 'unknown'],
  // A "but" closing a sentence about a colleague doubts the colleague, after the sender's refusal (h92_055).
  ['Vă rog să mă scuzați, dar din cauza unei ședințe la Ministerul Culturii stabilite pentru aceeași zi nu voi putea participa. Colega mea, doamna Ramona Chiriac, va încerca să se conecteze, însă nu pot confirma încă.', 'no'],
  ['Nu pot participa dimineața. Colega mea mă înlocuiește, dar poate ajung după-amiază.', 'maybe'],
  ['Nu pot participa dimineața. Colega mea și cu mine vom încerca, însă nu pot confirma încă.', 'maybe'],
];

describeIntentCorpus('intent misses of sets 92-97', corpus);
