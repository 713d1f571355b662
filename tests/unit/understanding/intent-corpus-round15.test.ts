import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the third session (sets 11–14's known misses, sets 15 and 17), each with cases that
 * must NOT trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // "We're in", "numărați-mă".
  ["We're in! It'll be me plus three colleagues from Hub Nine.", 'yes', 4],
  ['Hey, numărați-mă și pe mine!', 'yes', 1],
  ["We're in the middle of the audit that week, sorry.", 'no'],
  // Doubt about a named colleague leaves the sender's own yes.
  ['Confirming for myself. Not sure yet about my colleague Taras, I will let you know.', 'yes', 1],
  ['Not sure yet about the date, I will let you know.', 'maybe'],
  // Held elsewhere, after a wish.
  ["I'd love to join, but I'm stuck in Tartu for the budget session that week.", 'no'],
  ["I'm stuck in traffic but will be there by 10.", 'yes', 1],
  // Weighing whether to come is no attempt to come.
  ['Who else from the cultural sector is invited? We are trying to decide whether it makes sense to send someone.', 'unknown'],
  ['Încerc să îmi dau seama dacă are sens să intru eu sau să trimit pe cineva din echipă.', 'unknown'],
  ['Încerc să ajung, dar nu promit.', 'maybe'],
  ["I'm trying to rearrange my schedule to attend.", 'maybe'],
  // Passing the invitation along is not passing on it.
  ["I forwarded this to our master students – several asked whether students can attend as well. Let me know and I'll pass it on.", 'unknown'],
  ["I'll pass this time, sorry.", 'no'],
  // Another occasion with the noun left out.
  ['Nu pot, scuze. Poate la următorul.', 'no'],
  ['Din păcate nu putem participa. Sperăm să ne revedem la următorul!', 'no'],
  ['Vin la următorul atelier, pe acesta îl ratez.', 'no'],
  ['Nu îl ratez!', 'yes', 1],
  ['N-o ratez pentru nimic.', 'yes', 1],
  // Short refusals without a subject; a schedule that does not allow.
  ['Not available that day, sorry.', 'no'],
  ['Available that day, see you there.', 'yes', 1],
  ['Unfortunately my schedule does not allow me to be in Timișoara on 20 January.', 'no'],
  ['My schedule allows me to stay only until noon, but I will come.', 'yes', 1],
  // Held at one's own job.
  ['Din păcate luni suntem în sesiune de examene și nu pot lipsi de la facultate.', 'no'],
  ['Deși suntem în sesiune de examene, vin cu drag.', 'yes', 1],
  // A tag question asks about the statement, which still answers.
  ['Bună, ajung pe la 10:30, e ok? Am ceva la școală cu copilul dimineața.', 'yes', 1],
  ['Vin cu un coleg, e ok?', 'yes', 2],
  ['Can I come with a colleague, is that ok?', 'unknown'],
  ['Ajung pe la 10:30 dacă reușesc.', 'maybe'],
  // A hedge about the camera or the connection doubts that detail, not coming.
  ['Confirm prezența. Mă conectez de pe telefon, s-ar putea să nu am camera pornită.', 'yes', 1],
  ["I'll join, maybe without video.", 'yes', 1],
  ['Poate vin, dar fără cameră.', 'maybe'],
  ["Maybe I'll join, my connection is bad.", 'maybe'],
  // A named colleague joining too.
  ["I'll join, and could you please forward the link to my colleague Mantas? He'll be joining as well.", 'yes', 2],
  // Set 17: typed in a hurry.
  ['no sorry', 'no'],
  ['sry cant make it, travelling that week', 'no'],
  ['ok, cant wait!', 'yes', 1],
  ["I'm not ill, just busy that week, so I can't come.", 'no'],
  // Elsewhere that week.
  ['Sunt interesat, dar săptămâna aceea sunt la București. Poate la următoarea sesiune.', 'no'],
  ['That week I am in Rome for a conference, sorry.', 'no'],
  ['Săptămâna aceea sunt la birou, deci vin.', 'yes', 1],
  ['Sunt plecat, deci nu vin.', 'no'],
  // A late reply's condition is the organiser's, not the sender's doubt.
  ['Scuze că răspund abia acum. Dacă se mai poate, confirm participarea mea.', 'yes', 1],
  ['Apologies for the late reply. If there is still room, I will come along with one colleague.', 'yes', 2],
  ['Dacă reușesc să termin raportul, confirm participarea.', 'maybe'],
  // A seat booked for a colleague; nobody of the party will speak.
  ['Sigur, contați pe mine. Vă rog să-mi rezervați și un loc pentru colega Oana Tănase.', 'yes', 2],
  ['We confirm attendance for 2 (myself and Ms. Ana Lupu). Neither of us will present.', 'yes', 2, false],
  // An emoji ends a phone sentence: the question after it asks alone.
  ['Vin și eu 🙂 Pot aduce și un student de la master? E interesat de temă', 'yes', 1],
  ['Pot veni și eu 🙂 sau e doar pentru instituții?', 'unknown'],
  // A hedge on the sender's own answer stays, beside doubt about a companion.
  ['Poate venim, nu știu dacă vine și colegul.', 'maybe'],
  ['Vin, nu știu dacă vine și colegul, vă anunț.', 'yes', 1],
  // Set 19's confident error: waiting for the management's approval, the answer still to come.
  ['Sună foarte bine, mi-ar plăcea să particip. Aștept totuși aprobarea conducerii pentru deplasare, îți scriu imediat ce o primesc.', 'maybe'],
  ['Am primit aprobarea conducerii, particip.', 'yes', 1],
  // Approval still needed, the answer promised later.
  ['I would gladly participate personally, but first I need the approval of my director for the travel. I will give you the answer on Friday latest.', 'maybe'],
  ['I will give you the slides at the meeting. See you there!', 'yes', 1],
  // A condition right after the wish to speak conditions the talk; alone, or on the sender, it conditions coming.
  ['Pe scurt: da, voi fi prezent la întâlnire și voi expune aceste idei în intervenția de 5 minute, dacă programul permite.', 'yes', 1, true],
  ['Vin, dacă programul permite.', 'maybe'],
  ["I'll come, if time permits.", 'maybe'],
  ['Voi fi prezent și aș dori să prezint, dacă reușesc să ajung.', 'maybe'],
  // Set 23's confident error: a registration for an earlier, postponed occasion.
  ['Is this the same workshop as the one that was postponed in February? I think I already registered for that one back then.', 'unknown'],
  ['I already registered, see you on Thursday.', 'yes', 1],
  // Sets 29–30's confident errors.
  ["I'd love to join, but Thursday morning clashes with our council committee. I might be able to drop in around 11:30 for the last part - no promises though.", 'maybe'],
  ["I'd love to join, but Thursday morning clashes with our council committee.", 'no'],
  ['O întrebare: sesiunea se înregistrează? Și planul de acțiune îl primim înainte într-un format editabil? Ar fi util ca să putem veni cu comentarii concrete.', 'unknown'],
  ['Vin. Trimiteți-mi vă rog planul, ca să pot veni pregătit.', 'yes', 1],
  ['Unfortunately I cannot join, but my colleague Márton Kiss will gladly take my place. Could you please send him the link?', 'yes', 1],
  // Coming after another duty.
  ['Nu mă pot deconecta de la școală până la 12, apoi vin.', 'yes', 1],
  ['Nu pot lipsi de la serviciu până la 12, apoi vin.', 'yes', 1],
  ["I have a meeting until 9, then I'll head over.", 'yes', 1],
  ['Nu pot lipsi de la serviciu.', 'no'],
  // Sets 33–34's confident errors.
  ['Bună ziua, mulțumesc pentru invitație. Nu știu dacă e cazul să vin, noi suntem o firmă mică de IT. Ce părere aveți?', 'maybe'],
  ['Nu e cazul să vin, nu lucrăm în sectorul cultural.', 'no'],
  ['Va multumesc pentru invitatie, dar in ziua respectiva avem inspectie la scoala si nu am cum sa lipsesc. Va doresc mult succes la atelier!', 'no'],
  ['Nu am cum să lipsesc, vin sigur!', 'yes', 1],
  ['Am ore până la 10, dar vin, nu pot să lipsesc.', 'yes', 1],
  ['I join online, but I have to leave at 11:30 for another meeting.', 'yes', 1],
  ['I have to leave at 11:30 for another meeting.', 'unknown'],
  ['Sorry, I have another meeting that morning.', 'no'],
  // From the review: subgroups are no added groups, "pas" is also a step, "Camera" also a chamber.
  ["We'll be 3 people, 2 of them from the municipality.", 'yes', 3],
  ['Vom fi 4 persoane, 2 din care de la primărie.', 'yes', 4],
  ['E un prim pas acum pentru noi, venim cu drag.', 'yes', 1],
  ['Pas de data asta, scuze.', 'no'],
  ['Poate vine și Camera de Comerț, eu nu știu încă dacă pot.', 'maybe'],
  // A sequel going on in its own clause is no hanging condition; standing alone it is.
  ['Is there parking? Otherwise all good, see you Tuesday!', 'yes', 1],
  // Standing alone, an answer on the organiser's yes is conditional (twenty-seventh session: a maybe, as the corpus labels it).
  ["Will there be interpretation? If so, I'll come.", 'maybe'],
];

describeIntentCorpus('intent corpus: third session', corpus);
