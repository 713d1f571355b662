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

// Round 167 (sets 548–550): a meeting moved as a condition, then "o să văd dacă mă pot elibera"; "nu pot fi cu voi";
// "mâine nu pot, dar miercuri … sunt prezentă"; a yes to the newsletter; another session's date; "nu pot nici eu";
// "can't make the trip"; "Aș intra doar să ascult"; a colleague who may translate; "sunt acolo negreșit".
const corpus548: IntentCase[] = [
  ['Bună ziua, Dacă se mută întâlnirea după ora 12 pot participa; la 11 am o altă întâlnire. Altfel o să văd dacă mă pot elibera. Ștefan Munteanu', 'maybe'],
  ['Dragă Lavinia, Îmi pare rău, nu pot fi cu voi miercuri. Se va înregistra întâlnirea? Mi-ar plăcea să o urmăresc ulterior.', 'no'],
  ['Bună ziua, Vă mulțumesc pentru invitație. Vă rog să mă adăugați și pe lista de newsletter a proiectului, da, sunt interesată să primesc noutățile. Din păcate luni 20 ianuarie am ședința de consiliu și nu voi putea ajunge.', 'no'],
  ['Bună ziua, Confirm participarea la întâlnirea de miercuri 17.01, ora 11. Vom vedea pentru data următoarei sesiuni, în funcție de cum se stabilește calendarul în februarie. Cu stimă, Adriana Toma', 'yes', 1],
  ['Buna dimineata, Scuze ca nu am raspuns la invitatia trecuta. De data asta nu pot nici eu, am o operatie programata. Data viitoare sper. V. Dobre', 'no'],
  ['Dear Lavinia, Maybe next time! This time I really can\'t make the trip to Timișoara. Good luck with the session. Eleni', 'no'],
  ['Bună ziua, Nu am niciun comentariu de făcut pe planul de acțiune deocamdată, l-am citit și mi se pare foarte bine structurat. Aș intra doar să ascult, dacă se poate. Raluca', 'yes', 1, false],
  ['Bună ziua, Vă rog să mă scuzați, nu vorbesc foarte bine românește, dar vreau să particip. Poate o colegă traduce. Vom fi doi. Németh Lajos', 'yes', 2],
  ['Bună ziua, Ce păcat că nu am putut veni la prima sesiune. Pe 20 sunt acolo negreșit. Dragoș', 'yes', 1],
  ['Nu merge linkul, zice că meeting-ul nu a început. Sunt conectat și aștept.', 'yes', 1],
  ['Salut Lavinia, vin cu trenul de dimineață din Cluj, sper să ajung până la 10. Dacă întârzie trenul, ajung pe la 10:30. Aș vrea să prezint pe scurt modelul Cluj Hub (5-7 minute).', 'yes', 1, true],
  ['Bună ziua, Vă confirm participarea mea, probabil cu o intervenție scurtă legată de festivaluri.', 'yes', 1],
  ['Hi Lavinia, Confirm, vin pe Zoom eu + 2 colegi din echipa de mentori (Irina și Paul). Putem da un feedback de 5 minute pe partea de accelerare.', 'yes', 3, true],
  ['Bună ziua, nu pot participa personal, dar o trimit pe colega mea Eva Tóth și pe stagiarul nostru, Bence Kiss. Ei vor asculta și îmi vor raporta.', 'yes', 2, false],
  // Kept: a condition on something else than a delay still hedges.
  ['Vin cu trenul. Dacă nu se anulează cursa, ajung pe la 10:30.', 'maybe'],
  // Kept: a habit is no answer (the rules leave this one open; the model reads its regret as the no it is); thoughts are
  // not attendance.
  ['Bună Lavinia, Știi bine că la orice atelier de-al vostru eu sunt prezentă. Numai că miercurea asta sunt în Viena. Îmi pare rău!', 'unknown'],
  ['Nu pot veni, dar vom fi cu voi în gând.', 'no'],
];

describeIntentCorpus('misses of sets 548–550', corpus548);

// Round 168 (sets 551–553): two sent by name after "vine în locul meu"; a correction saying "only", a P.S. opening on a
// number "de fapt" or on "doar eu"; "aduc și stagiarele, sunt două"; "cred că vom fi 2-3"; "te rog să treci … 2
// persoane"; coming late ("intru după 12"); talks in new words; listening passively.
const corpus551: IntentCase[] = [
  ['Lavinia, eu nu pot, am ședința de consiliu. Vine în locul meu Mihaela Rusu și Petra Iancu de la Direcția Cultură.', 'yes', 2],
  ['Buna ziua, Vom veni patru persoane de la asociatie. P.S. Scuze, corectez: doar trei, colegul Vasile e plecat din oras.', 'yes', 3],
  ['Confirm participarea. Vom fi 2 persoane.\n\nP.S. Din păcate doar eu, colegul a intrat în concediu medical.', 'yes', 1],
  ['Da. Venim doi.\nP.S. 3 de fapt, vine si Cezar.', 'yes', 3],
  ['Bună, Sigur vin! Și aduc și stagiarele, sunt două.', 'yes', 3],
  ['Salut, Particip si eu cu colegii de la Directia Comunicare, cred ca vom fi 2-3.', 'yes'],
  ['Lavinia, Te rog să treci de la noi de la Direcția Economică 2 persoane: eu și șefa, doamna Raicu. Doamna Raicu va avea o scurtă intervenție la început.', 'yes', 2, true],
  ['Îmi pare rău că răspund abia acum. Nu o să pot fi în prima parte, dar intru după 12 și aș vrea să spun ceva despre voucherele pentru digitalizare dacă mai e timp la comentarii.', 'yes', 1, true],
  ['Bună ziua, Particip sigur, dar aș vrea să știu dacă pot vorbi mai mult de 5 minute – am o propunere concretă pentru acțiunea 2. Dacă nu, mă încadrez.', 'yes', 1, true],
  ["Hello Lavinia, I'll be there (online) - and I'd like 5 minutes to tell about our Friesland creative hub, if possible.", 'yes', 1, true],
  ["Dear Lavinia, Yes, I will join. Please note I'll only be able to follow the discussion passively, my Romanian is limited.", 'yes', 1, false],
  // A table pasted from a spreadsheet, its header row of column names only (h552_002, h552_047).
  ['Din partea Facultății de Arte și Design vom participa după cum urmează:\n\nNume\tFuncție\tParticipare\tIntervenție\nRadu Bălan\tprodecan\tZoom\tda\nCorina Lazăr\tlector\tZoom\tnu\nMihai Tudor\tdoctorand\tZoom\tnu', 'yes', 3],
  ['Confirm participarea noastră:\n\nParticipant\tOrganizație\tPrezentare\nLivia Toader\tAsociația Ambient\tNu\nSergiu Matei\tAsociația Ambient\tNu', 'yes', 2],
  ['Buna ziua, Multumim pentru invitatie. Am primit-o si am trimis-o mai departe conducerii, revenim cu un raspuns.', 'unknown'],
  // Kept: one sent with her office after her name is one; a sister who "would connect" is left to a person, not a refusal.
  ['Bună ziua, Nu voi putea veni personal, dar va participa în locul meu colega Alexandra Chiriac, coordonator programe Art Encounters.', 'yes', 1],
  ['Salut Lavinia, Nu particip de data asta. Dar sora mea, Ilinca, care lucrează la ONG-ul nostru, s-ar conecta. Vrea doar să asculte.', 'unknown'],
];

describeIntentCorpus('misses of sets 551–553', corpus551);

// Round 169 (sets 554–556): representatives listed after "vor fi:"; a friend brought only perhaps; a talk offered "dacă e
// nevoie"; "--" between clauses; "de data aceasta vin"; "cineva de la noi se va conecta sigur"; a wish refused by a trade
// fair; doubt about the five minutes only.
const corpus554: IntentCase[] = [
  ['Bună ziua, Vă transmit că reprezentanții Consiliului Județean Timiș la atelier vor fi: dl. Ionuț Barbu, dna. Sanda Vasiu, dna. Teodora Pop. Aceștia vor urmări discuțiile fără a avea intervenții.', 'yes', 3, false],
  ['Salut, vin si eu, poate aduc si un prieten care are un start-up in zona de gaming. Te anunt.', 'yes', 1],
  ['Bună ziua! Confirm prezența pentru 2 persoane de la Coworking Timișoara (eu și Dragoș Pană). Putem prezenta dacă e nevoie experiența noastră cu comunitatea de freelanceri.', 'yes', 2, true],
  ['Dear Lavinia, Thanks a lot. I confirm my participation. I would rather listen this time, but happy to answer questions about Kaunas 2022 if asked.', 'yes', 1, false],
  ['Nu, nu am intrebari -- doar confirm ca vin cu inca doua colege de la atelier, Maria si Simona.', 'yes', 3],
  ['Bună ziua, Regret că n-am putut participa data trecută; de data aceasta vin negreșit și aș vrea să prezint pe scurt inițiativa noastră de cartier.', 'yes', 1, true],
  ['Bună ziua, Nu știm încă cine din echipă, dar cineva de la noi se va conecta sigur. Echipa Bega Tech', 'yes', 1],
  ['Dear Lavinia, We would love to, but our whole team is at a trade fair in Stockholm that week. Please keep us posted on the outcome.', 'no'],
  ['Bună ziua, Nu știu încă dacă voi putea folosi cele 5 minute pentru comentarii, depinde dacă apuc să citesc planul, dar sigur mă conectez.', 'yes', 1],
  ['Dear Lavinia, Thank you for including us. Our colleague Ana Rus from the Brussels office will attend on our behalf and listen in.', 'yes', 1, false],
  // Kept: a colleague only perhaps along is not counted ("Eventual aduc și un coleg", h383_010).
  ['Salut, Sună bine, contați pe mine! Eventual aduc și un coleg, vă zic sigur până miercuri.', 'yes', 1],
];

describeIntentCorpus('misses of sets 554–556', corpus554);
