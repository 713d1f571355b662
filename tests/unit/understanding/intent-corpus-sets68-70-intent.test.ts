import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 68–70, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A refusal after thanks for the offer to speak declines the floor (h70_078).
  ["I confirm my participation. Thank you for the invitation to speak, but I'll pass this time and just listen.", 'yes'],
  ['Confirm participarea. Mulțumesc pentru invitația de a vorbi, dar de data asta doar ascult.', 'yes'],
  ["Thanks for the invitation, but I'll pass this time.", 'no'],
  ["I'll pass this time, sorry.", 'no'],
  ["Thank you for the invitation to speak, but I'm unable to attend.", 'no'],
  ["Thank you for the invitation to speak, but I won't be able to come.", 'no'],
  ['Mulțumesc pentru invitația de a vorbi, dar nu pot participa.', 'no'],
  ["Thank you for the invitation to speak, but I'll pass this time.", 'unknown'],
  // The phrase closing a frame (h68_077); the subject left out after "and" (h70_086).
  ["Hi, just to let you know I'm in. Thanks", 'yes'],
  ["Just to let you know I'm in the office until 5.", 'unknown'],
  ["I'm out of the office next week but I'll be back by the 19th and will definitely attend the lab.", 'yes'],
  ["I can't come and will not attend.", 'no'],
  // Both would like to come (h70_061).
  ['My husband Klaus and I (we run the guesthouse together) would both like to come.', 'yes'],
  ['My husband and I would both like to come, but unfortunately we are travelling that week.', 'no'],
  // Asking for the link after a wish presumes coming (h68_021, h69_066); other questions still wait.
  ['I would like to attend. Could you please send the link again, it does not open on my phone?', 'yes'],
  ['I would like to attend. Will it be in English?', 'unknown'],
  ['Could you send me the link? Will it be in English? I would like to attend.', 'unknown'],
  // A typo of "will" (h69_076).
  ['Hello Lavinia, I wil join, thanks for the link.', 'yes'],
  // A colleague only doubted after the sender's refusal (h68_016).
  ["I won't be able to join this time. My colleague Rūta might connect but I can't promise it.", 'no'],
  // "Of course" qualifying a statement about something else (h68_085).
  ['Regrettably I will not be able to attend, but our coordinator, Mr. Radu Iliescu, will represent us. He speaks Romanian, of course.', 'yes'],
  ['Thanks for the invite, of course!', 'yes'],
  // h71_058: the trailing adverb after a statement that names neither coming nor the invitation.
  // ... and "nobody from the team can leave the city" is the reason of the "but": a refusal (sets 71–73).
  ['I would love to come, but nobody from the team can leave the city now. We will be happy to host Timisoara colleagues in Rijeka, of course!', 'no'],
  ['He speaks Romanian, of course.', 'unknown'],
  // Formal letters: an organisation that cannot come, one whose delegate awaits approval (h69_068, h69_009).
  ['Vă comunicăm că Oficiul Registrului Comerțului de pe lângă Tribunalul Timiș nu poate participa la întâlnire.', 'no'],
  ['Vă comunicăm că nu putem participa.', 'no'],
  ['Participarea unui reprezentant se află în curs de aprobare de către conducerea instituției.', 'maybe'],
  ['Confirm participarea. Proiectul e în curs de aprobare.', 'yes'],
  // "Din partea X participă …" (h69_069).
  ['Din partea Primăriei Comunei Dumbrăvița participă dna Larisa Toma și subsemnatul, Paul Iordache.', 'yes'],
  ['Din partea noastră nu participă nimeni.', 'no'],
  // Taking back an earlier yes (h70_079).
  ['Revin la confirmarea de săptămâna trecută: din păcate trebuie să anulez. Vă rog să-mi dați locul altcuiva.', 'no'],
  ['Trebuie să anulez o altă întâlnire, dar vin.', 'yes'],
  // A deferral of the talk's title, not the answer (h70_035).
  ['Venim 2 persoane: eu și Ioana Pavel. Revin cu titlul până vineri.', 'yes'],
  ['Revin cu un răspuns până vineri.', 'maybe'],
  // Answers hanging on the organiser's answer; doubt about the topic (h69_050, h69_079).
  ['Care este data corectă? În funcție de aceasta vă putem comunica dacă participăm.', 'unknown'],
  ['Nu suntem siguri că tematica ne privește direct. Vă rog să ne lămuriți.', 'unknown'],
  ['Nu suntem siguri că putem ajunge.', 'maybe'],
];

describeIntentCorpus('intent corpus: sets 68–70', corpus);
