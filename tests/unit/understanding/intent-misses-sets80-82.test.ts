import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 80–82 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A phone's "see you Wed!" (h81_080).
  ["I'm in 👍 see you Wed!", 'yes'],
  ['Will I see you Wed?', 'unknown'],
  // The spoken future refused online (h81_068).
  ['Din pacate miercuri sunt in spital cu tata la operatie, deci nu o sa pot fi pe zoom. Iti scriu dupa ce ma intorc.', 'no'],
  // A belief about the role beside a yes (h81_047); alone it still doubts coming.
  ['Particip, dar cred că o să stau doar să ascult, nu am pregătit nimic de comentat.', 'yes'],
  ['Cred că o să vin.', 'maybe'],
  // A registration on behalf of an office, the sender listed (h81_024); a conclusion confirming (h81_030).
  ['Vă rog să înregistrați participarea din partea Inspectoratului Școlar Județean Timiș: subsemnata și prof. Răzvan Nistor, inspector.', 'yes'],
  ['Am vorbit cu directorul nostru, merg eu din partea cinematografului. Deci confirm: o persoană, Laura Mihuț.', 'yes'],
  ['Deci confirm: nu vin.', 'unknown'],
  // Doubt about where from, or advice for next time, beside a yes (h81_045, h81_022).
  ['Vom participa două persoane - eu și colegul meu Sergiu Raț - de pe același link, probabil din birouri diferite.', 'yes'],
  ['Confirm participarea la atelierul de luni. Poate pentru viitor se poate anunța din timp.', 'yes'],
  ['Poate pentru viitor, acum nu pot.', 'no'],
  // A question asked without "?" (h82_076).
  ['Nu am nimic împotrivă, particip.\nAș vrea totuși să știu dacă e vreo parcare în zonă sau să vin cu bicicleta 🙂', 'yes'],
  ['Aș vrea să știu dacă pot veni cu un coleg.', 'maybe'],
  // Passed up to whoever decides (h82_071).
  ['Bună ziua, Am redirecționat invitația către doamna director, care va decide cine participă din partea școlii. Revenim cu un răspuns.', 'unknown'],
  ['Am redirecționat invitația către doamna director. Eu particip oricum.', 'yes'],
  // A deferral answered at once, the sender in the list after (h82_024).
  ['Revin cu un răspuns: din partea Inspectoratului Școlar Județean Timiș vor participa doi inspectori, eu și domnul Mihai Rusu. Nu vom prezenta nimic.', 'yes'],
  ['Revin cu un răspuns: vor participa doi colegi.', 'maybe'],
  ['Vor participa doi colegi, eu nu pot.', 'unknown'],
  // "cannot be with you" (h80_036).
  ['unfortunately the mission was not approved, so I cannot be with you on the 20th. I am sorry! Please send me the minutes after.', 'no'],
  ['I can be with you on the 20th.', 'yes'],
  // Hope to work together later is no doubt about coming (h80_038).
  ['Regrettably I’m based in Bucharest and have back-to-back meetings that Monday, so I won’t be able to join in person. I hope we can find a way to collaborate later in the year.', 'no'],
  ['I hope we can attend.', 'maybe'],
  // How many, with the sender (h80_075).
  ['small update: Paul is sick, so we will be only 2 from the cluster (me and Cătălina). I still take the floor for our comments.', 'yes'],
  // A colleague and the sender connecting or driving over (h81_058, h81_027).
  ['From the Municipality of Matera, myself and my colleague Giuseppe Santoro will connect to the Zoom meeting on Wednesday.', 'yes'],
  ['My colleague Milica Jovanović and I will drive over from Novi Sad on Monday morning — so two persons from our side.', 'yes'],
  ['My colleague will connect, I cannot.', 'unknown'],
  ['We will connect to the Zoom meeting.', 'yes'],
  // The writer's doubt about a fact is no condition (h81_042); how to come is not whether (h81_001).
  ["I'll join the Zoom call on Wednesday at 11 (10:00 our time, if I did the maths correctly). I'll simply listen in.", 'yes'],
  ['Da, vin cu mare drag pe 20. Am lipsit atunci și aș vrea să nu vin nepregătită.', 'yes'],
  ['Dacă am înțeles bine, e online. Particip.', 'yes'],
  ['Dacă pot, vin.', 'maybe'],
  // A colleague's refusal beside the sender's yes (h81_070).
  ["Many thanks for the document. Marko from our team can't make it this time, but I'll join on Wednesday.", 'yes'],
  ["Marko from our team can't make it.", 'unknown'],
  // Reaching the discussion is not reaching the venue (h81_018); leaving a bit early is a caveat (h81_011).
  ['Da, particip pe 20. Am și câteva observații din experiența PLAI pe care le pot spune dacă ajungem la discuții.', 'yes'],
  ['În orice caz eu vin, am trecut deja în calendar. Dacă se termină după 13 plec puțin mai devreme, am o întâlnire cu sponsorii.', 'yes'],
  ['Dacă se termină după 13, plec puțin mai devreme.', 'maybe'],
  // Points put up for discussion answer nothing (h81_063).
  ['Am citit planul. Am doua observatii. Poate le puneti in discutie.', 'unknown'],
];

describeIntentCorpus('intent misses of sets 80–82', corpus);
