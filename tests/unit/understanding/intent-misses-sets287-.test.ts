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
