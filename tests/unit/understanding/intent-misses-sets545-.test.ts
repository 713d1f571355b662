import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-ninth session's held-out sets (545 on) at first reading, one table per round of three sets, with
 * cases that must keep their answer. Replies in German, French, Italian, Spanish and Hungarian have their own table in
 * foreign-answer.test.ts and whole-mail fixtures (de-*, fr-*, hu-*, it-*).
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */

// Round 166 (sets 545–547): a party given as roles without names; a count corrected at the sentence's end; a party of the
// past; a count sent in the sender's place; "Pentru intervenție: nu"; comments the sender or a colleague brings.
const corpus545: IntentCase[] = [
  ['Bună ziua, Din partea Consiliului Județean Timiș vor participa: directorul executiv al Direcției de Dezvoltare, un consilier superior și un referent de specialitate.', 'yes', 3],
  ['Bună ziua, Participăm cu o echipă: managerul general, directorul de producție și specialistul de achiziții. Eu doar fac confirmarea. Cornel Ionescu Asistent manager', 'yes', 3],
  ['Confirm! Vin cu echipa: barista-șef, managerul și eu. Vorbesc eu 5 min despre cafeneaua de cartier.', 'yes', 3, true],
  ['Dear Lavinia, Kaunas 2022 will be represented by three team members (our SME programme lead, a community curator and a communications officer). I won\'t be joining myself. Best wishes, Rūta', 'yes', 3],
  ['Bună ziua, Particip. La atelierul din 30 septembrie am fost cu 3 colegi, acum vin doar eu și Mihaela. Petru Gavrilă', 'yes', 2],
  ['Bună ziua, Confirmăm participarea a 6 persoane din partea Muzeului Național al Banatului. Vă revin cu lista nominală. De fapt, ne-am reorganizat: vor veni 4.', 'yes', 4],
  ['Bună ziua, Confirm. Vom fi probabil 2, dar dacă se eliberează și directorul, 3.', 'yes', 2],
  ['Buna ziua, Confirm participarea. Pentru interventie: nu, multumesc, vom asculta doar. Doru Nedelcu', 'yes', 1, false],
  ['Bună ziua, Participăm cu plăcere. Pentru partea de prezentare: nu, nu vrem să vorbim noi, preferăm să lăsăm timpul altor stakeholderi.', 'yes', 1, false],
  ['Salut Lavinia, Nu pot luni, am alt eveniment. Trimit în locul meu doi colegi de la Fundația Triade. Ovidiu', 'yes', 2],
  ['Bună ziua, Vă confirm participarea la întâlnirea online din 17.01.2021. Voi avea și câteva comentarii pe marginea acțiunii 2 din planul de acțiune, în cele 5 minute alocate.', 'yes', 1, true],
  ['Bună ziua, Din partea muzeului mă voi conecta eu. Am pregătit câteva comentarii pentru sesiunea de discuții. Cu stimă, Laura Pop', 'yes', 1, true],
  ['Lavinia, revin: nu voi putea fi eu, dar va intra colega mea Ilinca Pop în locul meu. Ea are și câteva comentarii de făcut la acțiunea 1. Oana', 'yes', 1, true],
  ['Bună ziua, Confirmăm participarea: 1 reprezentant ISJ Timiș. Ne înscriem și pentru intervenție de 5 minute, dacă mai sunt locuri.', 'yes', 1, true],
  ['Bună ziua, Vă confirm participarea din partea ADR Vest: subsemnatul și colega mea, Andreea Ilie. Vom transmite comentariile pe planul de acțiune în timpul întâlnirii.', 'yes', 2, true],
  ['Buna ziua, voi participa impreuna cu fiica mea, care studiaza antreprenoriat cultural. Ea ar vrea sa intrebe ceva in cele 5 minute. Liviu', 'yes', 2, true],
  ['Bună Lavinia, Din partea Asociației Timișoara 2021 participăm noi doi, eu și Vlad. Vlad are o prezentare de 5 minute despre programul de granturi. Delia', 'yes', 2, true],
  // Kept: questions the sender will have are no talk; the organisation's plan ("vor participa doi colegi") is not a count the sender sends.
  ['Confirm participarea. Vom avea și câteva întrebări despre finanțare.', 'yes', 1],
  ['Nu pot veni. Vor participa doi colegi, dacă se eliberează.', 'unknown'],
];

describeIntentCorpus('misses of sets 545–547', corpus545);
