import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-eighth session's held-out sets (527 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer; the first table holds older
 * known misses mended between rounds (set 525's last two, whole mails, are fixtures:
 * ro-forwarded-colleague-yes-*, ro-yes-to-a-commissions-meeting).
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const olderMisses: IntentCase[] = [
  // A companion joining, said by the sender in a follow-up: the model read it once; the rule reads it now.
  ['Bună ziua,\n\nRevin la mesajul anterior: se va alătura și doctoranda mea, Andra Pop, doar ca observator.\n\nCorina', 'yes', 2, false],
  // Last session's leftovers: a colleague who only might come, or whose coming the sender does not know, is not counted.
  ['Vă confirm participarea mea. Colegul meu Petrică ar putea participa și el, depinde de disponibilitate.', 'yes', 1],
  ['Confirm, voi fi prezent. Nu stiu inca daca vine si fratele meu, care are o mica afacere de tamplarie - va anunt.', 'yes', 1],
  ['Vin eu și colegul meu Petrică va participa și el.', 'yes', 2],
];

describeIntentCorpus('older misses mended in the twenty-eighth session', olderMisses);

// Round 160 (sets 527–529): the facilitator ready to moderate; the party's talk said of a colleague ("va face comentariile",
// "va susține comentariile", a slot asked for a colleague, "prezentăm împreună"); a colleague's doubt and what it depends on;
// "eu nu" after a colleague's wish to speak; a hedge on the talk only; an excuse of a meeting already set.
const corpus527: IntentCase[] = [
  ['Bună Lavinia, Perfect, sunt pregătit pentru moderare. Îți trimit mâine o variantă de agendă cu ordinea intervențiilor. Andrei', 'yes', 1, true],
  ['Vom fi două persoane din partea Asociației (eu și Vlad Ardelean). Vlad va face comentariile pe acțiunea 2, legată de programul de mentorat.', 'yes', 2, true],
  ['Din partea Incubatorului participăm doi: Cătălin Dobre și Teodora Gal. Teodora va susține comentariile noastre.', 'yes', 2, true],
  ['Participăm doi: eu și colegul meu Horia. Aș dori să-i rezervați lui Horia un slot de 5 minute, el se ocupă de partea de voluntariat.', 'yes', 2, true],
  ['Buna ziua, participam doi, eu si Cristina. Prezentam impreuna platforma noastra, 5 minute maxim.', 'yes', 2, true],
  ['Bună ziua, mă conectez și eu, ca jurnalist, doar să urmăresc. Mersi', 'yes', 1, false],
  ['Confirm participarea. Vă rog să-mi trimiteți și versiunea în format editabil a planului, ca să pot pregăti comentariile.', 'yes', 1, true],
  ['Buna ziua, Voi participa. Un coleg, dr. Emil Sava, va veni poate si el, depinde de orarul de luni.', 'yes', 1],
  ['Bună ziua, Suntem trei, eu plus două colege. Una dintre ele, Bianca, ar vrea să ia cuvântul, eu nu. Georgiana', 'yes', 3, true],
  ['Salut, Confirm pentru Zoom. Poate zic și eu ceva dacă rămâne timp, dar nu e obligatoriu. Andrei', 'yes', 1, null],
  ['Mulțumesc pentru invitație! Din păcate am deja o întâlnire cu un client luni dimineață. Oana', 'no'],
  // Kept: a doubt on coming itself, "eu nu" that refuses, a hedge before coming.
  ['Poate vin, depinde de orarul de luni.', 'maybe'],
  ['Eu nu.', 'no'],
  ['Vin eu, colegul meu ar vrea să vină, dar nu știe. Eu nu pot să iau cuvântul.', 'yes', 1, false],
  ['Poate vin și zic ceva.', 'maybe'],
];

describeIntentCorpus('misses of sets 527–529', corpus527);

// Round 161 (sets 530–532): "Cu drag," closing the last sentence's line; "Noi (A și B) vom participa"; talks said of oneself
// and of a colleague; a refusal of joining said with "nici"; an update that lowers the count; a refusal of the lunch only; a
// hedge on one's reading; another session only wished for; "nu refuz"; a yes to the minutes; listening in is being there;
// colleagues "din partea" the organisation; a "da" to one's interest before a refusal; students sent instead.
const corpus530: IntentCase[] = [
  ['Buna dimineata,\nMultumesc pentru invitatie! Cu drag,\nMaria', 'unknown'],
  ['Noi (Cosmin Pavel și Laura Dinu) vom participa la întâlnire. Laura ar vrea să prezinte pe scurt programul de incubare.', 'yes', 2, true],
  ['Lavinia, particip și eu din partea Direcției Dezvoltare. Nu cred că am ce prezenta de data asta. Florin', 'yes', 1, false],
  ['Hi Lavinia, count me in. Will listen mostly. Marko', 'yes', 1, false],
  ['Particip cu placere. Am si o scurta prezentare despre atelierele de mestesuguri, daca se poate.', 'yes', 1, true],
  ['Bună dimineața, confirm și eu, dna Munteanu v-a scris deja. Pregătesc 5 minute despre POR.', 'yes', 1, true],
  ['Salut, Nu vreau să vorbesc în cele 5 minute, mulțumesc. Nici nu cred că pot intra, sunt pe drum în ziua aia. Sergiu', 'no'],
  ['Confirm în numele echipei: vom participa eu și colegii Ioana Dinu și Radu Pârvu. Radu va lua cuvântul. Update: Ioana tocmai mi-a spus că e în concediu atunci, deci vom fi doar doi.', 'yes', 2, true],
  ['Confirm participarea la întâlnirea online de miercuri. Nu voi lua cuvântul, doar ascult – colegul Dan Pop va prezenta punctul nostru de vedere asupra celor două acțiuni și va intra și el pe Zoom.', 'yes', 2, true],
  ['Am participat la toate cele 7 ateliere de până acum. De data asta însă nu pot, sunt în concediu medical. Sper să recuperez din minută.', 'no'],
  ['Mulțumesc, dar nu pot participa la prânz. La sesiune vin cu drag.', 'yes', 1],
  ['Sorry, I do not speak Romanian, so I used a translator. If I understand correctly this is on 20 January in Timisoara? I am in the city that week, so yes, I would like to come.', 'yes', 1],
  ['Luni la 10 am examen la facultate, așa că din păcate nu. Dar dacă faceți una și după-amiaza, vin sigur!', 'no'],
  ['Desigur că nu refuz o asemenea invitație. Vin cu plăcere, împreună cu asociatul meu.', 'yes', 2],
  ['Yes to the minutes, please – we are collecting all partner summaries. As for the meeting itself, it is in Romanian, so I will not join this time.', 'no'],
  ['Thanks for the invite. I won\'t be presenting anything this time – I\'ll leave the floor to the local stakeholders – but I\'ll be happy to listen in on Zoom.', 'yes', 1, false],
  ['Din partea teatrului vor veni doi colegi de la departamentul de marketing; eu personal nu pot. Niciunul nu va lua cuvântul.', 'yes', 2, false],
  ['Da, mă interesează foarte mult subiectul și apreciez că ne consultați. Din păcate, fix la ora aceea am o operație programată, deci nu voi putea fi prezent.', 'no'],
  ['Vom fi conectați eu și directorul nostru, dl. Ovidiu Stan, care dorește să facă și câteva observații în cele 5 minute alocate.', 'yes', 2, true],
  ['Vom fi 2 persoane de la UVT - eu și studentul Andrei Bucur. El ar vrea doar să asculte, eu aș comenta pe acțiunea 1.', 'yes', 2, true],
  ['Da pentru prezentare, o să pregătesc 3 slide-uri. Particip cu colega Diana.', 'yes', 2, true],
  ['Da, voi participa în locul lui Ștefan Rus. Voi doar asculta.', 'yes', 1, false],
  ['Ok, intru si eu. Am 2-3 comentarii la actiunea cu programul de incubare, o sa le spun in sesiune.', 'yes', 1, true],
  ['Venim doi de la Plai: eu și Diana. Eu aș avea 5 minute despre colaborarea festivalurilor cu micii producători locali.', 'yes', 2, true],
  ['Nu pot participa personal, dar vor veni în locul meu doi masteranzi de la programul de Management Cultural: Ilinca Toader și Matei Cozma.', 'yes', 2],
  // Kept: a "da" to one's interest alone, a problem joining told, others who cannot join, "Cu drag!" exclaimed, the round table itself.
  ['Da, mă interesează!', 'yes', 1],
  ['Particip. Dar as vrea sa stiu daca intalnirea va fi inregistrata, pentru colegii care nu pot intra.', 'yes', 1],
  ['Cu drag!', 'yes', 1],
  ['Nu pot participa la masa rotundă, am o ședință.', 'no'],
  ['Am încercat, dar nu pot intra pe link, ce parolă folosesc?', 'unknown'],
];

describeIntentCorpus('misses of sets 530–532', corpus530);

// Round 162 (sets 533–535): tables sent as HTML (cells kept apart); corrections and updates of the count; a second person
// sent along; a companion by role after "plus"; "va fi și ea"; an interpreter after the count's brackets; "plus mine";
// listening in said alone; diacritics lost to "?" at a word's end or start; refusals and talks in new words.
const corpus533: IntentCase[] = [
  ['Vă confirmăm participarea a 3 persoane din partea CCIA Timiș: subsemnatul, dna Carmen Oprea și dl Vlad Tudor. Revin cu o corectură: dl Tudor are deplasare în acea zi, așa că vom fi doar 2 persoane.', 'yes', 2],
  ['Vă transmitem lista participanților ADR Vest:\n\nNume\tFuncție\tEmail\nDaniela Pop\tExpert dezvoltare regională\tdaniela.pop@adrvest.ro\nCristian Marin\tȘef birou inovare\tcristian.marin@adrvest.ro\nOana Vlaicu\tExpert comunicare\toana.vlaicu@adrvest.ro', 'yes', 3],
  ['Confirmăm participarea următoarelor persoane:\n\nNume\tInstituție\nRăzvan Coman\tAJOFM Timiș\nSilvia Ardelean\tAJOFM Timiș', 'yes', 2],
  ['Eu nu pot ajunge luni, dar o trimit pe colega mea Andreea Pop și pe Vlad Ionescu de la noi din echipă. Mulțumesc!', 'yes', 2],
  ['Dear Lavinia, Count me in, plus our project officer Anouk Bakker. She\'ll present our experience with the LF2018 legacy fund (5 min).', 'yes', 2, true],
  ['Da, particip. Colega mea Maria Tănase va fi și ea și ar vrea să vorbească 5 minute despre programul de mentorat.', 'yes', 2, true],
  ['Vom participa cu 2 persoane (eu și partenerul nostru din Novi Sad, dl. Milan Jovanović) plus o traducătoare.', 'yes', 3],
  ['Confirm participarea: patru colegi de la cooperativă plus mine. Sorina', 'yes', 5],
  ['Dear Lavinia, We will only listen in this time – 3 of us from the Rijeka 2020 team (me, Luka and Tea). Cheers, Petra', 'yes', 3, false],
  ['Salut, Confirm. Aș vrea 5 minute pentru comentarii la acțiunea 1. Cezar', 'yes', 1, true],
  ['Confirmăm participarea a trei (3) reprezentanți:\n* dna Elisabeta Marcu - director executiv adjunct\n* dl Nicolae Pavel - șef serviciu\n* dna Ramona Nistor - consilier\n\nSubsemnatul nu voi participa.', 'yes', 3],
  ['Confirm participarea la întâlnirea online. Intervenția noastră de 5 minute o vom împărți: 3 minute eu, 2 minute doctorandul Bogdan Ilie.', 'yes', 1, true],
  ['La eveniment va participa dl. viceprimar, însoțit de doi consilieri din cadrul cabinetului. Dl. viceprimar va susține un scurt cuvânt de deschidere.', 'yes', 3, true],
  ['Eu nu voi putea participa, dar în locul meu se va conecta colega mea, Alina Pop, care va transmite și observațiile noastre pe planul de acțiune.', 'yes', 1, true],
  ['Bună! Pot veni să fac și fotografii la eveniment dacă doriți. Confirm oricum prezența.', 'yes', 1],
  // (The mail's own words say "luni dimineața", the meeting's morning slot by its quoted start hour: the corpus reads it.)
  ['Salut, Mersi de invitație, dar luni sunt singur în cafenea și nu pot pleca. Poate data viitoare! Bogdan', 'no'],
  ['Dear Lavinia, Unfortunately none of our team can travel to Timișoara on 20 January. Please share the results with us.', 'no'],
  ['Yes, I will be there. If there is time I would like to briefly share how we handled the legacy programme in Leeuwarden (max 5 minutes).', 'yes', 1, true],
  ['Ivana and I will be in Timișoara that week anyway, so we will both join on Monday morning. Happy to say a word on Rijeka\'s experience if there is time.', 'yes', 2, true],
  // Kept: one sent alone with "și pe"; listening in before more words; a link's "?"; a count of two without more.
  ['Lavinia, Ți-l trimit și pe Ștefan de la noi, el se ocupă de partea de IMM-uri. Eu nu pot ajunge.', 'yes', 1],
  ['Hey Lavinia — we\'ll be 3 from Codecraft (me, Andrei and Bianca). Not planning to present anything, we\'ll just listen in and hopefully meet a few folks.', 'yes', 3, false],
  ['Vin, am intrat deja pe https://zoom.us/j/86164491694?pwd=abc ca să verific.', 'yes', 1],
  ['Vom participa cu 2 persoane.', 'yes', 2],
];

describeIntentCorpus('misses of sets 533–535', corpus533);

// Round 163 (sets 536–538): double negatives, side questions answered before the invitation's answer, "dacă tot" as a
// reason, another session in September, "this time I really have to", a child fallen ill, a partner's students only
// hoped for, talks in new words. (The calendar comment garbled by a code page is a whole mail: see understand's repeats.)
const corpus536: IntentCase[] = [
  ['Nu se poate să nu particip. Sunt.', 'yes', 1],
  ['Bună ziua, Nu, nu am primit nicio altă invitație în afară de aceasta, deci nu e nicio confuzie. Și da, particip miercuri.', 'yes', 1],
  ['Hi Lavinia, Yes, I\'m the right contact person for the Rijeka cultural SMEs network now - Marko left in December. As for the meeting, I can\'t attend on the 17th, I\'m afraid.', 'no'],
  ['Hi Lavinia, I would never want to miss one of your labs... but this time I really have to. I\'m at a board meeting the whole morning of the 17th. Sorry!', 'no'],
  ['Bună ziua, Vin cu siguranță la cea din septembrie dacă o mai repetați, dar luni nu pot.', 'no'],
  ['Ce să zic, dacă tot ne cereți părerea despre plan, evident că vin să v-o spun în față (pe Zoom). Am câteva comentarii la acțiunea 1 și aș vrea să le prezint în cele 5 minute.', 'yes', 1, true],
  ['Bună ziua, Ieri v-am scris că vin, dar între timp s-a îmbolnăvit copilul și rămân acasă. Îmi cer scuze pentru schimbare.', 'no'],
  ['Bună seara, Din păcate livrarea s-a mutat exact miercuri dimineață, deci nu voi putea intra. Vă rog să-mi trimiteți minuta.', 'no'],
  ['Știu că termenul a fost vineri, sper că nu e prea târziu: aș dori să particip și eu miercuri. Dacă se poate, 5 minute pentru câteva observații la acțiunea 1.', 'yes', 1, true],
  ['Dear Lavinia, small update: Ivan will not be able to join after all, so it will be only me. I still have a short contribution prepared.', 'yes', 1, true],
  ['Confirm. Aș vrea să zic și eu câteva lucruri pe partea de acțiune pentru incubare creativă, dacă rămâne loc în program.', 'yes', 1, true],
  ['Dear Lavinia, I\'m sorry, I am teaching on Monday morning. Maybe one of my PhD students could join - I\'ll forward the invitation.', 'no'],
  // Kept: a real condition, a talk on leave asked, a "nu" answering written comments.
  ['Vin dacă nu plouă.', 'maybe'],
  ['Voi fi prezent si daca imi dati voie as vrea sa spun cateva cuvinte despre mestesugarii populari din judet.', 'yes', 1, true],
  ['Buna ziua, da, particip. PS: daca tot ma intrebati de comentarii scrise - nu, nu trimit nimic in scris, prefer sa spun direct in cele 5 minute.', 'yes', 1, true],
  ['This time I really have to join. I\'ll be there.', 'yes', 1],
];

describeIntentCorpus('misses of sets 536–538', corpus536);

// Round 164 (sets 539–541): following remotely under a condition; a check still to make; a colleague as the clause's subject;
// talks in new words; "mai" adding colleagues; "pt." as "pentru"; a hedge on a declined talk.
const corpus539: IntentCase[] = [
  ['Dear Ms Simion, Matera 2019 Foundation will follow the session remotely if a streaming is provided; otherwise we will not be able to attend in person.', 'maybe'],
  ['Dear Ms Simion, I would like to join, but I still have to check whether the business meeting on the same morning gets moved. If possible I\'ll connect at least for part of the session.', 'maybe'],
  ['Unfortunately I cannot travel to Timisoara on the 20th, but my colleague Sanne Bakker will be in Romania that week and will join the session. She will only observe.', 'yes', 1, false],
  ['Buna ziua, Confirm participarea pentru doua persoane: Rebeca Kiss si Levente Nagy. Am dori sa ne prezentam pe scurt ca firma noua in domeniul jocurilor video.', 'yes', 2, true],
  ['Buna ziua, Nu vin eu, dar vine fratele meu, Sorin Rotaru, care se ocupa de firma. Va lua el cuvantul.', 'yes', 1, true],
  ['Hello Lavinia, Count me in. I will comment on the mentoring action for 5 minutes if there is still a slot.', 'yes', 1, true],
  ['Salut Lavinia, Sunt prezent miercuri. Îmi iau și eu cele 5 minute – am câteva observații la indicatorii de monitorizare.', 'yes', 1, true],
  ['Îmi confirm participarea. Vor mai fi prezenți doi colegi din departament, dr. Irina Cozma și ing. Matei Roman. Nu vom prezenta nimic, participăm ca observatori.', 'yes', 3, false],
  ['Bună! Confirm pt. mine și pentru Alex. Alex ar vrea să vorbească 5 min.', 'yes', 2, true],
  // Kept: the sender's own "will join" after a colleague named elsewhere; a colleague's doubt.
  ['My colleague Ana sent the slides. I will join the session myself.', 'yes', 1],
  ['Colegul meu nu poate, dar eu voi participa.', 'yes', 1],
];

describeIntentCorpus('misses of sets 539–541', corpus539);

// Round 165 (sets 542–544): "it will be just Mihai from us"; a closing above a signature block of several lines; "O să vină
// și Ilinca"; talks in new words.
const corpus542: IntentCase[] = [
  ['Lavinia, see below - Mihai answered for the department before I got to it. For the record, I personally can\'t make it on the 17th (teaching), so it will be just Mihai from us. Daniela', 'yes', 1],
  ['Bună ziua,\n\nDin păcate miercuri la ora 11 am cursuri cu studenții și nu voi putea participa. Vă rog să mă țineți la curent cu versiunea finală a planului.\n\nCu drag,\nConf. univ. dr. Cristina Vlad\nFacultatea de Economie și de Administrare a Afacerilor\nUniversitatea de Vest din Timișoara', 'no'],
  ['Bună, Da, vin cu mare drag. O să vină și Ilinca, de la editura noastră. Andra', 'yes', 2],
  ['Count me out for the evening drinks online, but I will definitely be there for the morning session and I will comment on action 2.', 'yes', 1, true],
  ['Dear Lavinia, I\'ll be there. I\'ll need maybe 3 minutes to present the Leeuwarden example if that fits. Eva', 'yes', 1, true],
  ['Bună, Da, sigur, nu e nicio problemă să fiu trecut pe lista de vorbitori. Confirm participarea. Tudor', 'yes', 1, true],
  ['Bună ziua, Confirmăm participarea CCIA Timiș: subsemnatul și dna Elena Radu, consilier IMM. Vom dori să intervenim scurt (5 minute) pe tema accesului la finanțare.', 'yes', 2, true],
  ['Bună ziua, Confirm prezența. Vin cu laptopul, am câteva slide-uri despre regenerarea Fabric, dacă se poate proiecta.', 'yes', 1, true],
  ['Bună ziua, Eu nu pot veni, dar vor veni în locul meu colegele Andra și Teodora de la Startup Hub. Gabriel', 'yes', 2],
  // Kept: "Cu drag!" exclaimed above a signature block is the answer.
  ['Cu drag!\nConf. univ. dr. Cristina Vlad\nFacultatea de Economie\nUniversitatea de Vest din Timișoara', 'yes', 1],
];

describeIntentCorpus('misses of sets 542–544', corpus542);

// Re-read of the twenty-eighth session (each added phrase against its example and against replies it must not take; a
// second reader of the source): the counter-examples now read right.
const rereadPhrases: IntentCase[] = [
  ['Din păcate luni e ședința de consiliu și nu se poate să nu particip acolo.', 'no'],
  ['Luni am fost chemat la prefectură și nu pot refuza invitația prefectului.', 'unknown'],
  ['Particip, dar mai devreme de ora 10 nu pot pleca.', 'yes', 1],
  ['I skipped the last two sessions. This time I really have to!', 'unknown'],
  ['I\'d be happy to listen in on Zoom, but I\'ll be on a plane that morning.', 'no'],
  ['I can\'t attend; it will be only written comments from our side.', 'no'],
  ['I will attend. We need to see if the room has a projector for our slides.', 'yes', 1],
  ['Yes for the presentation on action 2, I\'ll prepare 3 slides.', 'yes', 1],
  ['Da pentru prezentare, o să pregătesc 3 slide-uri.', 'yes', 1, true],
  ['Nu pot veni fizic. Dacă o faceți hibrid, mă conectez online.', 'maybe'],
  ['Sper să aflu ce se întâmplă cu ședința de luni și revin.', 'maybe'],
  ['Vin și eu. Colegul meu Dan va fi și el la Cluj în ziua aia.', 'yes', 1],
  ['Vin. Am rugat-o pe colega mea Ana și pe Vlad de la noi să vă trimită lista.', 'yes', 1],
];

describeIntentCorpus('re-read of the twenty-eighth session (phrases)', rereadPhrases);

const rereadCode: IntentCase[] = [
  ['Dacă tot nu găsește nimeni altcineva, vin eu.', 'maybe'],
  ['Daca tot nu se rezolva problema cu trenul, nu vin.', 'maybe'],
  ['Thanks. I will probably say no this time, too busy.', 'maybe'],
  ['I will attend, plus my thoughts on the Green Deal.', 'yes', 1],
  ['Count me in, plus my usual questions about Data Protection.', 'yes', 1],
];

describeIntentCorpus('re-read of the twenty-eighth session (code)', rereadCode);
