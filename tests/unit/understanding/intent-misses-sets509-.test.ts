import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-seventh session's held-out sets (509 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer; the first table holds older
 * known misses mended between rounds.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const olderMisses: IntentCase[] = [
  // A rhetorical question that says yes (h507_039); a refusal refused.
  ['Lavinia dragă, Cum să nu vin?! Am așteptat sesiunea asta de la cea din septembrie. Vin cu soțul meu, Andrei, care are un atelier de ceramică și vrea să audă despre rețele. Pupici, Irina', 'yes', 2],
  ['How could I say no to that! See you on Monday.', 'yes', 1],
  ['I can\'t say no to this one. Count me in.', 'yes', 1],
  ['Nu pot veni, îmi pare rău.', 'no'],
  // Glad words, then a regret and an absence without a "no" (first seen while mending h507_039).
  ['Yes of course, but unfortunately I am away that week.', 'no'],
  ['Da sigur, dar din păcate sunt plecată în acea săptămână.', 'no'],
  ['Da, sigur, dar din păcate sunt plecată în acea săptămână.', 'no'],
  ['Of course! Unfortunately I\'m in Brussels that day.', 'no'],
  ['Yes, but unfortunately I will be 10 minutes late.', 'yes', 1],
];

describeIntentCorpus('older misses mended in the twenty-seventh session', olderMisses);

// A sequel on the organiser's yes after a question ("If so, I'll join", "Dacă da, vin") is a conditional answer: a maybe, not
// no answer (21 older known misses mended); not after the sender's own answer, nor a leave presumed ("Mai sunt locuri? Dacă da").
const conditionalSequels: IntentCase[] = [
  ['Hello Lavinia, Is there an English interpretation? If so, I\'ll join; otherwise I\'m not sure it makes sense for me. Best, Tomas', 'maybe'],
  ['Bună ziua, Se poate participa și ca persoană fizică? Dacă da, aș vrea să particip.', 'maybe'],
  ['Could you tell me whether the session will be in Romanian or English? If it\'s in English I\'ll join; otherwise I\'ll pass.', 'maybe'],
  ['Buna ziua. Putem sa vorbim si noi 5 minute despre festivalul nostru? Daca da, confirmam. Gabriel Nistor', 'maybe'],
  ['Da, vin! Pot aduce și un stagiar? Dacă da, suntem 2.', 'yes'],
  ['Mai sunt locuri? Dacă da, vin.', 'yes', 1],
  ['Could I have a 5-minute slot to present our programme? If it\'s not possible, no worries, I\'ll attend anyway.', 'yes', 1],
  ['Particip cu o colegă. Vreau doar să vă întreb: putem lua cuvântul? Dacă da, aș spune câteva lucruri despre finanțările pentru ONG-uri.', 'yes', 2, true],
];

describeIntentCorpus('conditional sequels', conditionalSequels);

// Round 154 (sets 509–511): headcount and speaking (set 510), a colleague's wish after "and".
const corpus509: IntentCase[] = [
  ['Bună ziua, Vă anunț că voi participa la atelierul de luni, însoțită de o colegă, doamna Raluca Olteanu, care doar mă va însoți (nu este implicată în proiect).', 'yes', 2],
  ['Voi participa, însoțită de o colegă, care doar mă va însoți.', 'yes', 2],
  ['Bună, Lavinia, Nu pot participa eu, dar vor intra în locul meu colegele Erika Nagy și Monica Iancu de la Direcția Comunicare. Niciuna nu va avea intervenție. Tiberiu', 'yes', 2, false],
  ['Bună ziua, Nu voi putea participa eu, dar vin în locul meu doi doctoranzi: Maria Istrate și George Rusu. Ei vor urmări discuțiile și nu vor interveni. Liviu Cernea', 'yes', 2, false],
  ['Bună ziua, Din partea clusterului vor participa online doi membri, iar eu voi fi prezent și pot susține intervenția. Adrian Vulpe', 'yes', 3, true],
  ['Vor participa doi colegi, iar eu nu pot.', 'unknown'],
  // A pasted table with two spaces between its columns (h510_004); a list of companions under "împreună cu:" (h510_038).
  ['Bună ziua,\n\nDin partea Centrului de Proiecte vor participa:\n\nNume            Funcție\nCristina Bălan  director adjunct\nSorin Lupu      coordonator programe\nDana Oprea      referent\n\nDoamna Oprea va susține intervenția de 5 minute în numele instituției.\n\nCu stimă,\nCristina Bălan', 'yes', 3, true],
  ['Stimată doamnă Simion,\n\nVă confirm participarea. Voi veni împreună cu:\n- dr. Ovidiu Sârbu, muzeograf\n- Tatiana Ilie, PR\n- Cătălin Mureșan, voluntar (doar însoțitor)', 'yes', 4],
  ['I will come together with:\n- Ana Pop, curator\n- Dan Ilie, designer', 'yes', 3],
  ['Bună ziua, Mulțumesc. Voi participa cu siguranță, dar aș ruga să fiu programat printre ultimii vorbitori, am o altă întâlnire până la 11:30. Mircea Dobre', 'yes', 1, true],
  ['Dear Lavinia, I will join. Could you please let me know if there is a speaking order? I\'m not sure yet whether I\'ll comment. Regards, Kristina', 'yes', 1, null],
  ['Buna ziua, O sa fiu pe drum la ora aia, dar poate intru de pe telefon, sa ascult. Gelu', 'maybe'],
  ['Salut, confirm. Vom fi patru oameni de la Hackerspace, probabil ne conectam de pe doua laptopuri. Sorin', 'yes', 4],
  ['Buna seara, Confirm participarea. As dori sa am cuvantul 5 minute, referitor la actiunea legata de hub-ul creativ. Dan Petrescu', 'yes', 1, true],
  ['Revin: Andreea nu mai poate veni, voi participa doar eu. Rămâne valabil că aș vrea să comentez. Ioana', 'yes', 1, true],
  ['Revin cu o precizare: vine și colega mea Daria, deci vom fi doi. Prezentarea rămâne. Sorin', 'yes', 2, true],
  ['Dear Lavinia, thank you for sharing. I will not be in Timisoara on the 20th, but our colleague Giuseppe Nardella will be there for the partner study visit and would like to join the session and observe. Best regards, Francesca Lorusso', 'yes', 1, false],
];

describeIntentCorpus('misses of sets 509–511', corpus509);

// Round 155 (sets 512–514): the confident errors of QA set 513 and the misses beside them.
const corpus512: IntentCase[] = [
  // A condition on another engagement ending is the whole meeting (h513_008); the meeting's own end is a part (h375_028).
  ['Bună ziua, Vă confirm că voi veni la atelier, dacă se termină la timp ședința de la Consiliul Județean de luni dimineață, altfel vă anunț până vineri. Radu Herman', 'maybe'],
  ['Bună seara, Particip dacă se termină până la ora 13:00. Am înțeles că discuția durează o oră și jumătate, deci e în regulă – vă confirm. Monica', 'yes', 1],
  // A condition contrary to fact refuses, the wish before it is its warmth (h513_030, h399_036); the conditional perfect alone (h513_065).
  ['Aș veni cu mare drag, dacă nu ar fi fix în ziua în care plec la Berlin pentru târg. Succes cu atelierul! Ovidiu', 'no'],
  ['Sigur că aș veni cu mare drag... dacă n-aș fi pe un vas în Delta Dunării toată săptămâna viitoare. :) Succes și trimiteți-mi vă rog concluziile! Andrei', 'no'],
  ['I\'d come gladly if it weren\'t for the fair in Berlin that week.', 'no'],
  ['Mi-ar fi plăcut să vin. Roxana', 'no'],
  ['Mi-ar fi plăcut să vin, dar încă nu știu dacă reușesc.', 'maybe'],
  ['Vin sigur, dacă nu intervine ceva.', 'maybe'],
  // A yes to something else: the plan read (h513_015), a past session (h513_043), a press conference (h513_061), a link tested (h513_067).
  ['Hi Lavinia, Yes, I had a look at the draft action plan - great work, looks like you have covered a lot of ground since Leeuwarden. Cheers, Sjoerd', 'unknown'],
  ['Vă mulțumesc! Da, am participat și la prima sesiune din septembrie și a fost foarte utilă, mai ales partea despre clustere. Mihaela Pavel', 'unknown'],
  ['Da, am citit planul. Vin luni.', 'yes', 1],
  ['Bună ziua, Vă mulțumim, confirmăm participarea la conferința de presă de joi, 16 ianuarie. Biroul de presă ONR Timișoara', 'unknown'],
  ['We confirm attendance at the press conference on Thursday.', 'unknown'],
  ['Bună ziua, Am încercat să intru pe link ca să verific și îmi cere o parolă. Care este? Eugen Lazăr', 'unknown'],
  // Misses of set 513: another event's yes beside this one's refusal; nobody left; "Vom vedea"; a rhetorical tag.
  ['Vom participa cu plăcere la evenimentul de lansare din februarie; pentru atelierul din 20 ianuarie însă nu avem pe nimeni disponibil, toată echipa este la Novi Sad.', 'no'],
  ['Colegul meu v-a confirmat deja participarea mai jos, dar între timp i-a intervenit o deplasare și, din păcate, nu mai poate participa nimeni din partea asociației. Ne cerem scuze.', 'no'],
  ['Am primit, mulțumesc. Vom vedea. GK', 'maybe'],
  ['Am văzut invitația abia azi, după termenul de confirmare. Mai pot participa? Dacă da, aș intra cu plăcere.', 'maybe'],
  ['Sigur, de ce nu? :) Oana', 'yes', 1],
  ['Sure, why not?', 'yes', 1],
  ['Eu nu pot fi acolo pe 17.', 'no'],
  // Headcount and speaking (sets 513, 514).
  ['Bună, Lavinia, Din păcate eu nu pot, însă îți confirm prezența colegelor Ana Rusu și Daniela Ionescu de la Direcția de Cultură. Laura', 'yes', 2],
  ['Hi Lavinia, Count us in - Tudor Olteanu and Raluca Olteanu from Olteanu Architects. Happy to share a 5-minute case study on adaptive reuse if there\'s a slot. Tudor', 'yes', 2],
  ['Confirm participarea pentru Digital Timișoara: eu și Dana Micu. Vrem să vorbim 5 minute despre digitalizarea IMM-urilor culturale.', 'yes', 2, true],
  ['Salut Lavinia, Confirm și pentru ThinkHub: vin eu. Nu știu încă dacă va putea intra și Irina, îți zic până vineri. Bogdan', 'yes', 1],
  ['Bună ziua, Confirm participarea mea. Voi fi conectat doar ca audiență. Horia Neagu', 'yes', 1, false],
];

describeIntentCorpus('misses of sets 512–514', corpus512);

// Round 156 (sets 516–517): headcount and speaking (QA set 516).
const corpus515: IntentCase[] = [
  // A family listed after the sender, a count among the items (h516_007, h516_058, h393_044).
  ['Bună ziua, Venim toată familia: eu, soția și cei doi copii (atelierul e o afacere de familie, copiii lucrează și ei cu noi). Sper că nu e o problemă. Dan Munteanu', 'yes', 4],
  ['Buna ziua, Venim eu, sotul si fiica noastra, care e studenta la arte si e foarte interesata. Maria Dobre', 'yes', 3],
  ['We\'re coming: me, my wife and our two kids.', 'yes', 4],
  // An interpreter added to a count (h516_024); the sender who speaks comes beside the colleague (h516_012).
  ['Bună ziua Lavinia, Din partea Asociației Timișoara 2023 vom fi 4 persoane + un interpret de limbaj mimico-gestual pentru colega noastră. Aș dori să prezint pe scurt stadiul programului cultural.', 'yes', 5, true],
  ['Bună ziua, Confirmăm participarea din partea Filarmonicii Banatul. Vă rog să notați că doresc să iau cuvântul (5 minute), iar colega mea va fi prezentă doar ca observator.', 'yes', 2, true],
  // A stand-in named with academic titles, the pronoun after (h516_006); the party's wish, a colleague speaking (h516_021).
  ['Bună ziua, În ceea ce mă privește, nu voi interveni în cadrul discuției – nu am pregătit comentarii. Vă propun însă pe colegul meu, conf. dr. Radu Ionescu, care are câteva observații la acțiunea 2 și ar dori să le prezinte. El va participa în locul meu.', 'yes', 1, true],
  ['Dear Lavinia, I\'ll be there, and my colleague Marko will join for the first hour only. We would like to say a few words about our experience with the ECoC legacy fund – Marko will speak, I will just listen.', 'yes', 2, true],
  // "provided by us" is no condition (h516_034); "provided the session is in English" is.
  ['Dear Lavinia, We confirm: three of us will come from Kaunas (myself, Tomas and an interpreter provided by us). Tomas would like to present our SME support scheme – 10 minutes if possible. Regards, Jurgita', 'yes', 3, true],
  ['I will come provided the session is in English.', 'maybe'],
  // Speaking in set 515: remarks to make, a turn hoped for, a colleague's few words.
  ['Am primit, mulțumesc. Confirm participarea, o să am și câteva observații de făcut. Vlad Ghinea', 'yes', 1, true],
  ['Bună ziua, Particip, dar pot sta doar până la 12. Sper să-mi vină rândul la comentarii până atunci :) Roxana Filip', 'yes', 1, true],
  ['Buna ziua, confirm. Vom fi 3 de la Kulturhaus (eu, Ana si Paul), pe acelasi link. Ana o sa spuna cateva cuvinte despre programul de rezidente.', 'yes', 3, true],
  // An agenda full that week (h229_035, read by the model until retrained).
  ['Bună ziua, Mulțumesc pentru invitație. Din păcate agenda mea este complet ocupată în acea săptămână, cu audit intern. Toate cele bune, Teodora Niculescu', 'no'],
];

describeIntentCorpus('misses of sets 515–517', corpus515);

// Round 157 (sets 518–520): QA set 519's confident errors and misses, and the acceptance sets' beside them.
const corpus518: IntentCase[] = [
  // A preference with its fallback only tried (h519_036); a yes to another month's event (h519_059); a yes to the material asked for (h519_071).
  ['Bună ziua, Eu aș prefera să mă conectez online, dacă se transmite. Altfel voi încerca să ajung fizic. Kristóf', 'maybe'],
  ['Bună Lavinia, M-ai întrebat telefonic despre evenimentul de la Iulius Town din februarie – da, ne ocupăm noi de sonorizare. Tudor', 'unknown'],
  ['Bună ziua, Da, vă rog să îmi trimiteți și mie planul de acțiune în format Word. Robert Szilágyi', 'unknown'],
  // Double negatives that say yes (h519_007, h519_062); irony (h519_014); "I mean" taking the first answer back (h519_067).
  ['Nu e ca și cum n-aș veni! Sigur că vin 😊 Elena', 'yes', 1],
  ['Salut, Nu, nu cred că o să pot lipsi. Bineînțeles că intru. Andrei', 'yes', 1],
  ['Da, da, sigur, ca și cum aș avea timp de încă un Zoom săptămâna asta... 🙄 Glumesc doar pe jumătate: nu pot, am predare de proiect. Succes! Oana', 'no'],
  ['Sigur. Adică sigur nu pot, scuze, sunt în avion la ora aia.', 'no'],
  // Refusals: "if only it weren't", a stand-in refused too (h519_013); the imperfect contrary to fact (h519_076); thanks before a regret (h519_035).
  ['Dear Ms Simion, Thank you. Sure, I would be happy to attend – if only it weren\'t the same morning as our council meeting. Unfortunately I cannot move it. My colleague will not be able to replace me either.', 'no'],
  ['Buna ziua Multumesc de invitatie dar nu ma pricep la Zoom si nu am calculator. Daca era la primarie veneam. Costel Vlaicu', 'no'],
  ['Bună ziua, Da, mulțumesc, am primit. Păcat că nu pot ajunge. Irina', 'no'],
  ['Yes, got it - sadly no, we can\'t join, we have our board meeting that morning.', 'no'],
  ['Lavinia, nu mai am ce să spun despre planul ăsta, am spus tot la atelierele trecute. Deci nu mă mai chinui cu încă o întâlnire. George', 'no'],
  ['Bună ziua, Mulțumesc, din păcate luni sunt la Cluj. Sper să prind următoarea sesiune. Irina', 'no'],
  // Yeses: the regret is for the late reply (h519_055); "and would love to join" (h518_061); an inspector delegated (h519_037).
  ['Dear Ms Simion, I regret that I did not reply earlier. I do plan to attend and would like to say a few words on the Goethe-Institut cultural entrepreneurship programme. Best regards, Sabine Müller', 'yes', 1, true],
  ['Dear Lavinia, I will be in Timisoara that day and would love to join. Happy to say a few words about Rijeka 2020 if there is time. Petra', 'yes', 1],
  ['Bună ziua, Fiind vorba de planul de acțiune, îl delegăm pe inspectorul Marian Dobre să participe din partea ISJ Timiș. Nu va avea intervenție. Roxana Iordache', 'yes', 1, false],
  // An answer waiting on the material resent (h519_021).
  ['Hi Lavinia, Could you resend the draft action plan? The attachment didn\'t come through. Then I\'ll let you know. Victor', 'unknown'],
  // Headcount and speaking.
  ['Buna ziua, eu nu pot, dar va veni sotul meu, Mircea Pana, care conduce firma impreuna cu mine.', 'yes', 1],
  ['Lavinia, Din partea Direcției Comunicare vin eu și fotograful, Vlad. Facem și câteva poze pentru site. Marian', 'yes', 2],
  ['Revin: va participa directorul adjunct, dna Carmen Oprea, și cu mine. Dna Oprea dorește să aibă o intervenție de 5 minute. Adrian Botezatu ADR Vest', 'yes', 2, true],
  ['Bună ziua, Din partea Politehnicii va participa prof. Daniel Oancea; eu sunt în concediu. Dânsul va face un comentariu scurt asupra acțiunii 1.', 'yes', 1, true],
  ['Bună, Participăm două persoane, eu voi comenta pe acțiunea privind finanțarea. Oana', 'yes', 2, true],
  ['Hey Lavinia, Sure thing, I\'ll dial in. Happy to give a 5-min take on the maker space idea. Felix', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 518–520', corpus518);

// Round 158 (sets 521–523).
const corpus521: IntentCase[] = [
  // The representative named beside the sender's refusal (h521_078); one who "will take part in the theatre's name" (h522_002).
  ['Bună ziua, Vă informăm că reprezentantul ISJ Timiș la întâlnire va fi dna inspector Mirela Stan. Eu nu voi putea participa.', 'yes', 1],
  ['Stimată doamnă Simion, Vă rog să rezervați un slot de 5 minute pentru colega mea, dna. Zsófia Bartha, director artistic adjunct, care va participa în numele teatrului. Eu nu voi fi prezent.', 'yes', 1],
  // "dacă totuși" is one condition (h522_068); "Altfel, confirm" after a question (h521_023).
  ['Buna ziua. Sunt interesat, dar nu cred ca pot miercuri. Daca totusi reusesc, intru pe link.', 'maybe'],
  ['Bună ziua, Pot veni cu aparatul foto să fac câteva poze la eveniment? Altfel, confirm participarea. Ștefan', 'yes', 1],
  // A list asked to be on (h523_027), not a newsletter's (h60_086); late registration asked (h522_018).
  ['Buna ziua, Ma puteti trece si pe mine pe lista? Multumesc. Raluca Enache', 'yes', 1],
  ['Buna ziua, ma puteti trece pe lista de distributie pentru newsletter-ul proiectului? Multumesc Nicu Haiduc', 'unknown'],
  ['Buna ziua, Ma scuzati, am vazut mailul abia acum. Mai este posibil sa confirm? Daca da, vin cu o colega, Mara. Doua persoane. Anca', 'yes', 2],
  ['Buna ziua, Nu voi putea participa personal. Nu am pe nimeni pe care sa trimit in locul meu. G. Tudose', 'no'],
  ['Lavinia, confirm că moderez. Îți trimit mâine lista de întrebări pentru stakeholderi. Andrei', 'yes', 1, true],
  // Doubts about the party or the talk, not the coming (h521_079, h522_071, h522_080).
  ['Bună ziua, Ne conectăm doi colegi de la birou, probabil eu și Raluca. Nu știu dacă vom avea timp de comentarii. Sergiu Herman', 'yes', 2],
  ['Bună ziua, Vă confirm participarea mea. Aș dori să am și eu 5 minute pentru a prezenta poziția asociației privind acțiunea 1. Colegul meu Petrică ar putea participa și el, depinde de disponibilitate.', 'yes'],
  ['Buna ziua, Confirm, voi fi prezent. Nu stiu inca daca vine si fratele meu, care are o mica afacere de tamplarie - va anunt. Valentin', 'yes'],
  // Headcount and speaking.
  ['Buna ziua, Da, voi veni. Colegul meu Sergiu ar vrea sa prezinte pe scurt rezultatele sondajului nostru printre IMM-uri; el va fi acolo cu mine. Dorin', 'yes', 2, true],
  ['Dear Lavinia, Thanks for including us. Unfortunately, I have a board meeting at that time, but my colleague Marko Babić will join on our behalf. He will mostly observe.', 'yes', 1, false],
  ['Dear Lavinia, I\'ll be in Timisoara that week for another meeting, so I\'d love to drop by and observe the session. Just me. Best, Kristina', 'yes', 1, false],
  ['Bună, Lavinia, Din partea Asociației Timișoara 2023 participăm patru: Iulia Neagu, Cristina Dima, Mircea Sârbu și Ana Lungu. Mircea și Cristina vor ține împreună intervenția de 5 minute. Mulțumim, Iulia', 'yes', 4, true],
];

describeIntentCorpus('misses of sets 521–523', corpus521);

// Second re-read (the twenty-seventh session's source diff): a stand-in refused only right before it; a partial refusal or a
// firm yes untouched by a condition contrary to fact; an absence from a part of the day refuses no glad yes; irony about
// missing it strengthens the yes.
const rereadCode: IntentCase[] = [
  ['I can\'t attend so I will send my colleague Ana Pop instead.', 'yes', 1],
  ['Nu pot participa și trimit pe colega mea Ana Pop.', 'yes', 1],
  ['I will attend the conference on Monday. If it weren\'t for a board meeting I would also stay for the dinner.', 'yes', 1],
  ['Yes of course, but unfortunately I am away in the morning.', 'yes', 1],
  ['Da, cu drag! Din păcate sunt plecată în delegație dimineața.', 'yes', 1],
  ['Of course, as if I would miss it!', 'yes', 1],
  ['Sigur, de parcă aș rata așa ceva!', 'yes', 1],
];

describeIntentCorpus('second re-read of the twenty-seventh session', rereadCode);

// First re-read (each added phrase against its example and against replies it must not take): counter-examples now read right.
const rereadPhrases: IntentCase[] = [
  ['Vin eu, dar din echipa mea nu mai poate veni nimeni.', 'yes', 1],
  ['Dacă n-ar fi fost pentru colega mea, uitam complet de întâlnire. Confirm participarea, vin luni.', 'yes', 1],
  ['Deși agenda mea e foarte încărcată, vin cu drag.', 'yes', 1],
  ['Particip cu drag la lansarea proiectului alături de colegi din mai multe instituții.', 'yes', 1],
];

describeIntentCorpus('re-read of the twenty-seventh session', rereadPhrases);

// Round 159 (QA set 525, scored at the end; three of its five confident errors mended): a "da" that consents to the name in a
// report, a repeated "da" before a receipt, a "da" to the question of an earlier mail.
const corpus524: IntentCase[] = [
  ['Bună ziua, Da, sunt de acord ca numele meu și al organizației să apară în lista de participanți din raportul proiectului. Raluca', 'unknown'],
  ['Da da, am primit. Mersi', 'unknown'],
  ['Bună ziua, Re: întrebarea dvs. din e-mailul anterior – da, STPT poate asigura o linie de autobuz suplimentară pentru evenimentele din 2023.', 'unknown'],
  ['Da da, vin!', 'yes', 1],
  ['Hi Lavinia, Sure thing, but not this Wednesday - I\'m travelling to Kaunas that whole day.', 'no'],
];

describeIntentCorpus('misses of set 525', corpus524);
