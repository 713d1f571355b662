import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the seventeenth session's held-out sets (287 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus287: IntentCase[] = [
  // Where the sender travels from is no answer (h288_058); coming on behalf of someone is.
  ['Bună ziua, Se asigură loc de parcare la Primărie? Vin din Lugoj. Mulțumesc, Nicolae Dobre', 'unknown'],
  ['Bună ziua, Confirm participarea. Vin din Lugoj cu mașina.', 'yes', 1],
  ['Vin din partea Radio Timișoara să fac poze.', 'yes', 1],
  // A bare yes to something about the mail itself (h289_083, h289_091); a yes after it still answers.
  ['Yes, the attachment opens fine now — thanks for resending. Is there an English version of the draft action plan? Martijn', 'unknown'],
  ['Da, sunt de acord cu prelucrarea datelor personale, conform formularului. Teodora', 'unknown'],
  ['Da, sunt de acord cu prelucrarea datelor personale. Particip și eu. Teodora', 'yes', 1],
  // "însă" between the pronoun and the verb (h289_011).
  ['Bună, Colegul meu Sorin a răspuns mai jos că nu poate ajunge. Eu însă vin, deci din partea asociației va fi o persoană. Mihaela', 'yes', 1],
  // A doubt about what the sender can add, or about the deadline, is no doubt about coming (h289_026, h289_032).
  ["Dear Lavinia, Not sure I can add much to the discussion on the action plan, but I'll join. Best regards, Ana", 'yes', 1],
  ["Not sure I can make it, but I'll try.", 'maybe'],
  ['Bună ziua, Nu știu dacă mai e valabil termenul de confirmare, dar aș veni. Sper că nu e prea târziu. Alina', 'yes', 1],
  // "please count me and my colleague" after an earlier session named (h289_044).
  ['Dear Ms Simion, I attended the September session and found it very useful. For this one, please count me and my colleague Lina Petrauskaitė. Regards, Kristina', 'yes', 2],
  // A colleague's wish to join too, her office and name between (h289_041).
  ["Hi, No problem at all, count me in. A colleague from our office, Marta, would also like to join — I've forwarded her the link. Cheers, Marco", 'yes', 2],
  ['Count me in. My colleague, Marta, would also like to join.', 'yes', 2],
  // A few comments offered, with their length (h288_004).
  ['Dear Lavinia, Thank you for the invitation. I will join the Zoom meeting on Wednesday and I would be happy to share a few comments on the second action, about 5 minutes, from the Kaunas 2022 perspective.', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 287–289', corpus287);

const corpus290: IntentCase[] = [
  // Another occasion offered beside a refusal (h290_067).
  ["Hi Lavinia, Thanks for thinking of us! Sadly we can't travel in January, but we'd be happy to join any online follow-up. Emma", 'no'],
  // Checking with the team first (h290_062).
  ['Hi Lavinia, I would like to come, but I need to check with my team first. I will write you tomorrow. Marco', 'maybe'],
  // "aș vrea să știu dacă pot …" asks; it doubts nothing (h290_012).
  ['Bună ziua, La ce oră se termină întâlnirea? Am repetiție la 13:00 și aș vrea să știu dacă pot sta până la final. Mulțumesc, Andreea', 'unknown'],
  // A companion who may come is no doubt about the sender (h290_035).
  ["Hi, Count me in for the 20th. Possibly one more colleague from the cluster, I'll confirm by Wednesday. Bogdan", 'yes', 1],
  // A talk asked for as a request (h290_043).
  ['Buna ziua, Confirm participarea. Va rog sa-mi spuneti daca pot interveni cu o scurta prezentare despre programele AJOFM pentru antreprenori (max 5 min).', 'yes', 1, true],
  // One sent "from my side" while the sender stays home (h292_047).
  ['Bună, Din partea mea vine totuși soțul meu, Mihai Enache, care lucrează și el în proiect. Eu rămân acasă cu copilul. Gabriela', 'yes', 1],
  // Follow-ups that restate the party (h292_062, h292_064, h292_065, h292_045).
  ['Am mai adus pe cineva, deci suntem 3 până la urmă.', 'yes', 3],
  ['Revin: renunț la prezentare, nu am reușit să pregătesc materialul. Venim tot două, doar ca participante. Simona', 'yes', 2, false],
  ['Revin: renunț, nu mai pot ajunge.', 'no'],
  ['Dear Ms Simion, Two colleagues from the Matera foundation would also like to join me, Giulia and Marco. Could you please add them? So three of us in total. Laura', 'yes', 3],
  ['Bună ziua, Revin: vom fi 20 de elevi însoțiți de mine și de încă un profesor, doamna Carmen Lupu. Total 22 de persoane. Cu stimă, Ana-Maria Rusu', 'yes', 22],
  // A teacher with a class, twenty and up taking "de" (h292_029).
  ['Bună ziua, Confirm participarea mea împreună cu un grup de 25 de elevi de la clasele a XI-a, profil economic. Vă rog să ne spuneți dacă sala are suficiente locuri. Cu stimă, prof. Ana-Maria Rusu', 'yes', 26],
];

describeIntentCorpus('misses of sets 290–292', corpus290);

const corpus293: IntentCase[] = [
  // "On behalf of" an organisation named without "the" is the sender's own yes (h293_021).
  ['Dear Ms Simion, Thank you for the kind invitation. On behalf of Novi Sad 2021 Foundation, I am pleased to confirm that I will attend the online Local Learning Lab on 17 January. My colleague Jelena Marković will also join. Kind regards, Nemanja Petrović', 'yes', 2],
  ['I am writing on behalf of my colleague Ana Pop: she will attend the online session.', 'yes', 1],
  // Put in the calendar, with a time to connect (h294_036).
  ['Dear Lavinia, Thanks, I have put it in my calendar and will connect at 11:00 CET (10:00 our time). Best, Jan', 'yes', 1],
  // A sister who may come along is no doubt about the sender (h295_081).
  ['Multumesc pentru lamuriri. Atunci vin, poate o aduc si pe sora mea care lucreaza cu mine.', 'yes', 1],
  // A short input offered with its length (h295_055).
  ['Thank you for the invitation. I will be happy to join the online session on 17 January. I would also like to share a short input (5 minutes) about our experience with creative hubs in Novi Sad.', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 293–295', corpus293);

const corpus296: IntentCase[] = [
  // Whether one may still come, asked without its mark (h296_029).
  ['Bună ziua, Vă rog să-mi spuneți dacă mai este posibil să particip, am văzut invitația abia acum. Cu stimă, Nicolae Barbu', 'unknown'],
  ['Dacă mai este posibil să particip, vin.', 'yes', 1],
  // A partner named before the sender (h296_059); a past tense names no one who comes.
  ['Bună ziua, Ștefan și cu mine vom fi acolo. Mulțumim! Adela', 'yes', 2],
  ['Particip. Ana și eu am vorbit ieri despre proiect.', 'yes', 1],
  // The corrective "ci" names who goes instead (h298_012).
  ['Bună ziua, Nu eu voi participa, ci colegul meu Cosmin Oprea (cosmin.oprea@fundatia-triade.ro), care se ocupă de proiectele culturale. Vă rog să-i trimiteți lui linkul. Bogdan Nistor', 'yes', 1],
  // The sender after the verb, others with them (h298_042).
  ['Bună ziua, Din partea CCIAT vin eu și încă doi colegi de la departamentul de proiecte. Aș dori să prezint pe scurt serviciile pentru IMM-uri. Sorin Vlad', 'yes', 3, true],
  // Waiting to hear, whatever on (h297_048).
  ["Dear Lavinia, thanks for thinking of us. I would love to attend but I'm still waiting to hear whether my trip to Berlin gets moved. Could I confirm on Monday? Best, Emma", 'maybe'],
  // A companion who may come (h297_068); "Confirmed from my side" (h297_095).
  ['Bună, Da, vin. Poate vin și cu Simona, îți confirm mâine. Corina', 'yes', 1],
  ["Hi Lavinia, Confirmed from my side, plus Diana from our team - 2 people. We'll bring the flipcharts. Andrei", 'yes', 2],
];

describeIntentCorpus('misses of sets 296–298', corpus296);

const corpus299: IntentCase[] = [
  // A wish whose answer comes later (h299_032).
  ['Bună ziua, mulțumesc pentru invitație! Aș vrea să vin, dar vă pot confirma abia luni dimineață. Paula', 'maybe'],
  // An organisation's decision not to take part (h301_062).
  ['Dear Lavinia, Thank you for thinking of us. Our organisation has decided not to take part in this round of consultations. Best regards, Jelle de Vries', 'no'],
  // A talk offered with the subject of the yes before it (h300_043).
  ["Dear Lavinia, I'd be glad to attend on 20 January and could present briefly the Leeuwarden 2018 legacy programme (10 minutes max).", 'yes', 1, true],
];

describeIntentCorpus('misses of sets 299–301', corpus299);

const corpus302: IntentCase[] = [
  // A counterfactual wish with an intensifier (h304_021); "nothing would make me happier than to join, but" (h304_062).
  ['Bună ziua, Aș fi vrut tare mult să particip, dar în aceeași zi avem vernisajul expoziției și nu pot lipsi de acolo. Cu stimă, Monica Șerban', 'no'],
  ["Nothing would make me happier than to join, but sadly my daughter's wedding is that very day. Tomislav", 'no'],
  // A confirmation given for another meeting (h304_069).
  ['Hello Lavinia, Is this the same meeting as the one in January at City Hall? I already confirmed for that one, I think. Sophie', 'unknown'],
  // Another date offered instead (h304_051).
  ['Hello, I am not able to attend on the 17th, but I could join if you move it to the 18th. Regards, Klaus Weber', 'no'],
  // "fără mine de data asta" (h304_040); "Da, vin. Adică nu — …" taken back (h304_043).
  ['Super initiativa!!! Tin pumnii sa iasa bine. Eu sunt in Germania pana in martie, deci fara mine de data asta :) Iulia', 'no'],
  ['Da, vin. Adică nu — am confundat cu ședința de la ADETIM. Pe 17 nu pot, scuze. Diana', 'no'],
  // A hedged time is no hedged answer (h304_070).
  ["Hello Lavinia, yes I'll join but I'll be late, maybe 11:30 - I teach a class until 11:15. Ștefan", 'yes', 1],
  // A secretariat passing on the head's confirmation (h304_005).
  ['Bună ziua, Vă transmit mai jos confirmarea domnului Marius Oprea, directorul nostru. Cu stimă, Secretariat CCIAT', 'yes', 1],
  // Whom the invitation was for (h303_079).
  ['Lavinia, îți trimit mai jos invitația primită de la colegi, nu știu dacă era pentru mine sau pentru asociație.', 'unknown'],
  // Speaking: listening this time (h303_063), Banat "numa'" (h304_012), presenting briefly asked (h303_072), minutes needed (h304_029).
  ['Bună, Lavinia, sigur, sunt acolo. Doar că voi asculta de data asta, n-am pregătit nimic. Pup, Oana', 'yes', 1, false],
  ["Salut Lavinia, io vin, da' numa' ca ascultator, ca n-am pregatit nimic. Ne vedem acolo luni. Florin", 'yes', 1, false],
  ['Bună ziua, Da, voi fi prezentă la atelier. Aș putea prezenta pe scurt proiectul nostru de rezidențe artistice? Cu drag, Mirela', 'yes', 1, true],
  ['Bună ziua, Confirm. Aș avea nevoie de vreo 10 minute pentru prezentarea noastră, se poate? Radu Dragomir', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 302–304', corpus302);

const corpus305: IntentCase[] = [
  // "o să fie și Raluca cu mine" (h305_084); "and with me my colleague Marko Babić" (h306_050).
  ['da vin si eu. o sa fie si Raluca cu mine', 'yes', 2],
  ['Dear Ms Simion, Thank you for the kind invitation. I will attend, and with me my colleague Marko Babić. Best regards, Katarina Novak', 'yes', 2],
  // An input prepared (h306_086); coming "fără să prezint nimic" (h307_042).
  ['Dear Lavinia, I confirm my participation. I will prepare a short 5-minute input on audience development. Best, Agnė', 'yes', 1, true],
  ['Bună, vin și eu, dar fără să prezint nimic. Silvia', 'yes', 1, false],
];

describeIntentCorpus('misses of sets 305–307', corpus305);

const corpus308: IntentCase[] = [
  // A slip taken back, then the answer (h310_004); a plain "No, actually" stays a refusal.
  ["Dear Lavinia, Just to be sure - 11 o'clock is your time or CET? In Kaunas we are one hour... no, actually same time as you, sorry. Then yes, I connect at 11:00. I will only listen this time, our action plan is not ready to share. Best regards, Rūta", 'yes', 1, false],
  ["No, actually I can't make it, sorry.", 'no'],
  // Away from the city on the date (h308_055); the diary full (h308_096).
  ["Dear Lavinia, Thank you for the kind invitation. Sadly our delegation from Matera will not be in Timișoara on 20 January, but we'd be happy to join any online follow-up. Warm regards, Giulia Rossi", 'no'],
  ['Bună ziua, Vă mulțumesc pentru invitație. Din păcate, agenda mea din 17 ianuarie este deja ocupată. Vă voi trimite în scris comentariile noastre la planul de acțiune până la data întâlnirii. Cu stimă, Adrian Cozma', 'no'],
  // A follow-up adding one (h310_023); the way hedged, not the coming (h310_066).
  ['Sorry, one more thing: my colleague Petra will also join from Zagreb, so 2 from us.', 'yes', 2],
  ['Buna ziua, da, confirm. Intru din masina probabil, deci doar audio. Nu voi vorbi. Valentin', 'yes', 1, false],
  // Speaking offered or asked (h308_059, h308_088, h309_015, h310_003, h310_052), or declined (h309_076).
  ['Salut! Venim doi de la Faber: eu și Paul. Putem să prezentăm și noi ceva scurt despre comunitatea de creativi? 5 min max.', 'yes', 2, true],
  ['Bună ziua, Particip. Aș avea și o propunere de intervenție de 5 minute despre turismul cultural din Banat, dacă mai este loc în program. Gheorghe Marinescu', 'yes', 1, true],
  ['Dear Lavinia, Thank you for the invitation. I will join the online session on 17 January. If possible I would like to share a 5-minute reflection on the Leeuwarden-Fryslân legacy programme for SMEs.', 'yes', 1, true],
  ['Hi Lavinia, I will be there. I would like also to present shortly our experience with the Rijeka 2020 "Kitchen" programme, maybe 5 minutes is enough. Is this possible? Best, Ivana', 'yes', 1, true],
  ['Salut, venim 2 de la Hackerspace, eu si Tudor. Poate prezentam si ceva scurt despre fablab daca e timp. Cosmin', 'yes', 2, true],
  ['Bună ziua, particip cu plăcere. Nu am pregătit nimic de prezentat, o să ascult și o să intervin doar dacă e cazul. Ovidiu Rusu', 'yes', 1, false],
];

describeIntentCorpus('misses of sets 308–310', corpus308);

const corpus311: IntentCase[] = [
  // Why the question was asked (h311_018); a condition inside a relative clause is the relative clause's (h311_048).
  ['Salut! La ce ora se termina evenimentul? Sa stiu daca pot veni intre doua intalniri.', 'unknown'],
  ['Stimată doamnă Petruț, Vă mulțumim pentru invitație. Din partea Universității de Vest va participa colegul meu, conf. dr. Radu Stanciu, care vă va contacta direct dacă are nevoie de detalii suplimentare. Cu stimă, Prof. Elena Marin', 'yes', 1],
  ['Vin dacă termin la timp.', 'maybe'],
  // A follow-up making sure of the list (h311_067); no presentation planned (h311_051).
  ["Dear Lavinia, Just a gentle follow-up - did you receive my confirmation from last week? I want to make sure I'm on the list for the 17th. Best, Helen", 'yes', 1],
  ['Dear Ms Simion, On behalf of Kaunas 2022, my colleague Tomas Petrauskas and I will both attend the online meeting. We do not plan to make a presentation this time.', 'yes', 2, false],
  // A wish to come and present, then the talk's means asked (h313_029).
  ['Buna ziua, as dori sa particip si sa prezint 5 minute despre experienta noastra cu festivalul. Pot folosi un PowerPoint? Multumesc, Costin Dragomir', 'yes', 1, true],
  // Coming to listen is coming (h276_068, after a retrain stopped the model covering for the rules).
  ["Hi Lavinia, I'll join and listen in – no presentation from my side. Cheers, Michael", 'yes', 1, false],
];

describeIntentCorpus('misses of sets 311–313', corpus311);

const corpus314: IntentCase[] = [
  // How to join asked after the wish to (h314_091); the talk's slides after accepting (h315_058).
  ['Bună, Aș dori să particip, doar ca observator. Se poate intra și fără cameră? Alina', 'yes', 1, false],
  ["Dear Lavinia, Accepting with pleasure. I'll be arriving from Rijeka the day before. Is a projector available? I'd like to show a short presentation (max 10 min). Best regards, Nikola Babić", 'yes', 1, true],
  // A class at the hour, then the recording asked for (h315_068); "nu mă pot prezenta" (h316_005) is not "nu pot prezenta".
  ['Bună ziua, Mulțumesc pentru invitație. Sunt interesat de subiect, dar miercuri la ora 11 am curs cu studenții. Ați putea să-mi trimiteți ulterior înregistrarea? Cu stimă, Sebastian Olariu', 'no'],
  ['Buna ziua, nu ma pot prezenta, sunt la serviciu. Vasile', 'no'],
  ['Nu pot prezenta nimic, dar vin.', 'yes', 1, false],
  // The group's size in doubt, not the coming (h316_032).
  ["Hi! Emma from ESN Timisoara. We'll be there with about 10 Erasmus students, maybe a couple more. Can they get a certificate?", 'yes'],
  // A school's party after the confirmation (h316_031); "prin subsemnata și prof. dr. …" (h314_080).
  ['Buna ziua, Confirm participarea: 18 elevi din clasa a XI-a A si 2 profesori insotitori. Horia Sima', 'yes', 20],
  ['Stimată doamnă Simion, Vă confirm participarea Universității de Vest din Timișoara, prin subsemnata și prof. dr. Mihai Georgescu. Dorim să intervenim cu un scurt comentariu privind acțiunea 2. Cu stimă, Elena Voicu', 'yes', 2, true],
];

describeIntentCorpus('misses of sets 314–316', corpus314);

const corpus317: IntentCase[] = [
  // "o deleg pe colega mea" beside the sender's own refusal (h317_042).
  ['Bună ziua, Nu o să pot participa, dar o deleg pe colega mea Irina Matei, care se ocupă de proiectele culturale. Vă rog să-i trimiteți și ei linkul: irina.matei@operatm.ro Mulțumesc, Mirela', 'yes', 1],
  // A hope for the next workshop beside a refusal (h319_062).
  ['mersi de invitatie, de data asta nu pot :( sper sa prind urmatorul atelier', 'no'],
  // "merg cu Bogdan" (h318_078); a named colleague who "will also connect" (h318_072).
  ['Bună, da, merg cu Bogdan. 👍', 'yes', 2],
  ['Dear Lavinia, Many thanks. I confirm my attendance, and Marco Ferri from our team will also connect. Neither of us will present, we are there to listen and learn. Kind regards, Giulia', 'yes', 2, false],
];

describeIntentCorpus('misses of sets 317–319', corpus317);

const corpus320: IntentCase[] = [
  // "Ți-l trimit și pe Ștefan …. Eu nu pot ajunge" (h320_030): one sent by first name, the sender's no beside it — the
  // delegated yes since the twenty-first session, as labelled (a person checks it), never a no.
  ['Lavinia, Ți-l trimit și pe Ștefan de la noi, el se ocupă de partea de IMM-uri. Eu nu pot ajunge. Mersi, Mirela Szabo', 'yes', 1],
  // A colleague in doubt is no doubt about the sender (h321_065).
  ['Buna ziua, Particip eu, probabil si un coleg, dar inca nu e sigur. Matei', 'yes', 1],
  // Replies to a reminder (h322_060, h322_085); a follow-up adding a companion (h322_078).
  ['Confirm inca o data, multumesc pentru reminder.', 'yes', 1],
  ['Dear Lavinia, confirming again for the 17th. I have prepared 8 slides for my 10-minute slot. Jan', 'yes', 1, true],
  ['Bună ziua, Revin pentru a vă anunța că mă va însoți și colega mea, prof. Adina Moț. Carmen Oprea', 'yes', 2],
  // "might pop in … No promises" (h322_086).
  ['Lavinia - might pop in for the last half hour if my client call ends early. No promises. Vlad', 'maybe'],
  // Speaking: "listening only" in a calendar comment (h320_071), "contribute with a short comment" (h321_080).
  ['Will join with camera off, listening only.', 'yes', 1, false],
  ['Dear Lavinia, Kristof forwarded me your invitation. I will attend the meeting on the 17th and would like to contribute with a short comment on action 1. Best regards, Eszter Tóth', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 320–322', corpus320);

const corpus323: IntentCase[] = [
  // Past sessions missed are no refusal of this one (h324_046).
  ['Bună ziua, Care este diferența între acest atelier și cel din decembrie? Nu am reușit să particip la precedentele și nu știu dacă are sens să vin. Paul Moldovan', 'unknown'],
  // At classes at the hour, the recording asked for (h323_087).
  ['Buna ziua doamna Simion, ma intereseaza foarte mult subiectul, dar miercuri la ora 11 sunt la cursuri. Se poate urmari si inregistrarea ulterior?', 'no'],
  // "I'm in for the whole session. Listening mostly." (h324_095).
  ["Hi again — my 12 o'clock got cancelled, so I'm in for the whole session. Listening mostly.", 'yes', 1, false],
  // A count hedged, not the coming (h325_093); a few words "la început" (h323_092).
  ['Salut, Ne conectăm și noi, probabil vreo 3 oameni de la Hackerspace, fiecare de pe laptopul lui. Dacă e loc, aș vrea să zic 2-3 minute despre atelierele noastre de maker. Dan', 'yes', 3, true],
  ['Buna ziua, O sa fiu acolo, dar trebuie sa plec la 12. Pot sa spun cateva cuvinte la inceput despre proiectul Fabricii de Bere? Lucian', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 323–325', corpus323);

const corpus326: IntentCase[] = [
  // The other half of an indirect question (h328_040).
  ['Bună ziua, vă rog să îmi spuneți dacă este nevoie de înscriere prealabilă pentru colegii mei sau pot veni direct. Laura Dumitru', 'unknown'],
  // A wish, then the diary to check (h328_016).
  ["Hi Lavinia, I'd like to come, but I'll need to check my schedule first. Anna", 'maybe'],
  // "trec și eu pe la 11 … Rămân până la final" (h327_058).
  ['Lavinia, trec și eu pe la 11, după ședință. Rămân până la final.', 'yes', 1],
  // Handed to a team whose someone will answer (h327_067).
  ['Hi Lavinia, forwarding this to our research team, someone from there should get back to you. Kristina', 'unknown'],
  // "I'll be bringing our new programme officer, James" (h327_029).
  ["Hi Lavinia, Looking forward to it — count me in. I'll be bringing our new programme officer, James, if that's alright. Sarah", 'yes', 2],
  // Speaking: "a short update (max 5 min)" (h327_024), "pitch our accelerator call for 3 mins" (h328_017).
  ['Dear Lavinia, Yes, I will be there. I would also like to share a short update (max 5 min) on how Leeuwarden continued the legacy programme for SMEs. Best, Tom', 'yes', 1, true],
  ["Hey Lavinia, I'm in. Also would like to pitch our accelerator call for 3 mins if possible. Alex", 'yes', 1, true],
];

describeIntentCorpus('misses of sets 326–328', corpus326);

const corpus329: IntentCase[] = [
  // "Confirm oricum" after a question (h329_006); "Sunt acolo pe Zoom" (h330_093).
  ['Buna ziua, as dori sa particip, am o firma mica de productie video. Se poate doar online, nu? Confirm oricum. Laurentiu', 'yes', 1],
  ['Salut Lavinia, Sunt acolo pe Zoom. Dacă ai nevoie, pot spune ceva despre programul de incubare, altfel doar ascult. Adrian', 'yes', 1],
  // A forward to a colleague (h330_036); a named one from the sender's side in doubt (h330_070).
  ['Bianca, vezi te rog asta, poate mergi tu.', 'unknown'],
  ['Bună Lavinia, Ne vedem miercuri pe Zoom! Vin eu și probabil și Teo de la noi, îți confirm mâine dacă și el. Mara', 'yes', 1],
  // Speaking: listening mostly (h329_038), not on the speakers' list (h329_082), a slot asked (h331_069).
  ['Hi Lavinia, Count us in – there will be three of us from the hub: myself, Alina Toma and Sorin Bucur. We mostly want to listen this time. Cheers, Andrew', 'yes', 3, false],
  ['Bună dimineața, Particip, aș vrea totuși să nu fiu pusă pe lista de vorbitori, vreau doar să urmăresc discuția.', 'yes', 1, false],
  ['Salut Lavinia, da, mă conectez. Poți să-mi pui și mie 5 minute în program? Am câteva idei despre acțiunea 2. C.', 'yes', 1, true],
];

describeIntentCorpus('misses of sets 329–331', corpus329);
