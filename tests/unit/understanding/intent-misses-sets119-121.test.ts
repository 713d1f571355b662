import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 119, 120 and 121 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A list registered by an assistant (h119_045).
  ['Vă rog să consemnați participarea următoarelor persoane din partea Fundației Urbana:\n- Alina Dumitrescu, manager programe culturale\n- Paul Marinescu, coordonator voluntari', 'yes', 2],
  // Where the party connects from is no doubt about coming (h119_056).
  ["We'll be 4 people from Codecraft joining: me, Alexandra, Bianca and Mihai. We'll probably connect from the office meeting room on one account.", 'yes', 4],
  ['Ne conectăm toți trei. Probabil ne conectăm din sala de ședințe.', 'yes', 3],
  ['I will probably connect from the office.', 'unknown'],
  // A decision not to take part (h119_058).
  ['We have decided not to take part in the workshops this year, as our association is going through a restructuring.', 'no'],
  ['Am decis să nu participăm anul acesta.', 'no'],
  ['We have not decided not to take part.', 'unknown'],
  // What the comments may be worth, not coming (h119_061).
  ['Nu voi putea participa la întâlnirea online, dar vă trimit în atașament câteva comentarii, poate vă sunt de folos.', 'no'],
  ["I can't attend, but I'll send you some notes, perhaps they are useful.", 'no'],
  // A companion only maybe, the sender sure (h119_079).
  ['Sigur, mă conectez. Probabil se conectează și Mara de la noi, îți confirm mâine pentru ea.', 'yes', 1],
  ['Poate vine și Camera de Comerț, eu nu știu încă dacă pot.', 'maybe'],
  // The director's confirmation passed on by name (h120_020).
  ['Vă scriu în numele domnului Ovidiu Rusu, director general. Domnul Rusu confirmă participarea la atelierul din 20 ianuarie.', 'yes', 1],
  ['Domnul Popa nu se va conecta.', 'unknown'],
  // No one to stand in: the refusal stands (h120_062).
  ["My apologies, I have to withdraw my confirmation: I've been called to a meeting at the ministry that morning. Unfortunately my colleague can't replace me either.", 'no'],
  ['Nu pot ajunge, iar colega mea nu mă poate înlocui.', 'no'],
  ["I can't come, but my colleague Ana will replace me.", 'yes'],
  // A count corrected (h120_075).
  ["Sorry, small correction: it'll be three of us, Claire from our board is joining as well.", 'yes', 3],
  // The date or the timing that does not work (h120_090, h121_083).
  ["The 17th is really not going to work for our team, unfortunately, we're all on site in Cluj that week. Maybe next time!", 'no'],
  ["I'm afraid the timing doesn't work for us - the week of the 20th is the opening of our exhibition and the whole team is on site.", 'no'],
  ['Does the timing work for you?', 'unknown'],
  // An answer taken back in so many words: the later one is the answer (h121_001, h121_012).
  ['Vă mulțumesc pentru invitație, confirm participarea.\n\nP.S. Îmi cer scuze, tocmai mi-a intrat în calendar o ședință exact în aceeași zi, deci până la urmă nu voi putea participa.', 'no'],
  ["I'll attend. Actually, I can't make it after all.", 'no'],
  ['Nu știu dacă pot, am o zi destul de aglomerată... Stați, tocmai m-am uitat în agendă: sunt liberă între 11 și 14, deci mă conectez.', 'yes'],
  // Without such words a contradiction still goes to a person.
  ['Vin cu plăcere.\n\nP.S. Scuze, am verificat agenda și nu pot ajunge.', 'unknown'],
  ['Nu știu dacă pot. Mă conectez.', 'maybe'],
  // A missing ruled out (h121_039).
  ['Sigur că vin, cum să lipsesc :)', 'yes'],
  // Asking leave to bring someone, after confirming (h121_044).
  ['Vă confirm participarea mea. Aș vrea să vă întreb și dacă pot veni împreună cu o stagiară de-a noastră.', 'yes', 2],
  ['Vă întreb dacă pot veni cu o colegă?', 'unknown'],
  // News announced, not a deferral (h121_078).
  ['Vă anunțăm și că proiectul nostru a primit finanțare. În ceea ce privește întâlnirea, vom participa doi reprezentanți.', 'yes', 2],
  ['Vă anunțăm mâine.', 'maybe'],
  // Readings the retrained model no longer settled, now phrases (h45_072, h50_065, h95_089).
  ['hey, sure im in. wld like to say a few words on the diaspora network if theres time', 'yes', 1, true],
  ['The Rijeka team will be connected: Ivan Horvat and myself. We would also like to say a few words on our experience.', 'yes', 2],
  ['Regrettably I have a conflicting commitment that morning, but I would be glad to send written comments on the draft action plan by Friday.', 'no'],
  ['Unfortunately I have a conflicting commitment that morning, but I will join after lunch.', 'yes'],
];

describeIntentCorpus('intent misses of sets 119–121', corpus);
