import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 104, 105 and 106 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // An office refusing for its unit (h104_018); someone else's lack of means is not the sender's.
  ['Vă comunicăm că unitatea noastră nu are posibilitatea de a delega un reprezentant la întâlnirea online din 17.01.2021. Vă rugăm să ne transmiteți, dacă este posibil, minuta întâlnirii.', 'no'],
  ['Colega mea nu are posibilitatea să vină, dar eu particip.', 'yes'],
  ['Spitalul nostru nu are posibilitatea de a trimite un reprezentant fizic, ne conectăm online.', 'yes'],
  // Who is left after a change (h104_021); negated or conditional it is no yes.
  ['Revin la mesajul de ieri: colega mea Oana Filip nu mai poate veni, are o urgență la hospice. Așa că voi fi doar eu.', 'yes'],
  ['Voi fi doar eu acasă, copiii sunt plecați.', 'unknown'],
  ['Nu știu dacă voi fi doar eu.', 'maybe'],
  ['Dacă nu vine colega, voi fi doar eu.', 'maybe'],
  // Doubt about which colleague comes along (h105_019); without another yes it still doubts coming.
  ['Am verificat agenda si pot participa. Nu prezentam. Vom fi eu si inca un coleg de la investitii, cel mai probabil dl. Roman.', 'yes'],
  ['Poate vom fi eu și încă un coleg.', 'maybe'],
  ['Nu știu dacă pot. Probabil vom fi eu și încă un coleg.', 'maybe'],
  // Retired (h105_047): a reason for not coming, unless the sender comes anyway.
  ['Buna ziua, multumesc pentru invitatie dar nu ma mai ocup de proiecte din anul acesta, m-am pensionat. Va rog sa ma scoateti din lista.', 'no'],
  ['Sunt pensionar, dar vin cu drag.', 'yes'],
  ['Deși am ieșit la pensie, particip.', 'yes'],
  // Passed on to the association, answer to follow (h105_053); the sender's own answer stands.
  ['Am primit invitatia. O transmit colegilor din asociatie si revin cu un raspuns.', 'unknown'],
  ['Particip cu drag. O transmit și colegilor din asociație.', 'yes'],
  ['Nu pot participa, dar o transmit colegilor.', 'no'],
  // The morning is the inspections' (h106_012), and doubt in the hand-over's sentence is the colleagues'.
  ['Din păcate miercuri dimineața am inspecții programate în două școli din județ și nu voi putea participa. Am transmis invitația și colegilor de la CCD, poate vă contactează direct.', 'no'],
  ['Dimineața nu pot participa.', 'unknown'],
  ['Vin, dar dimineața am o ședință și nu pot participa la prima parte.', 'yes'],
  ['Nu pot participa. Am transmis invitația colegilor, poate vin și eu până la urmă.', 'maybe'],
  ['Am transmis invitația colegilor, poate vă contactează direct.', 'unknown'],
  // Being at the meeting (h106_017).
  ['Vă scriu să vă anunț că nu voi putea fi la întâlnirea din 17 – între timp m-am mutat la o altă organizație și nu mai coordonez proiectele culturale ale fundației. De acum colegul meu Ionuț Barbu preia această zonă; l-am pus în CC, el v-a trimis deja confirmarea lui.', 'no'],
  ['Voi fi la atelier.', 'yes'],
  ['Nu știu dacă voi putea fi la atelier.', 'maybe'],
  // The worth of something offered is no doubt about coming (h106_042); a doubt about coming still is.
  ['Vă scriu în primul rând ca să vă spun că de anul acesta clubul nostru are un nou program de mentorat pentru tineri antreprenori în domeniul cultural – poate ar fi interesant pentru acțiunea 2 din plan, vă pot trimite detalii.\n\nCât despre întâlnire: da, voi fi prezentă.', 'yes'],
  ['Poate e util să vin și eu.', 'maybe'],
  ['Poate vin, poate ar fi util pentru proiect.', 'maybe'],
  // A stand-in asked about beside the sender's own doubt (h106_056).
  ['Buna ziua, e ok daca vine in locul meu o colega? Eu nu stiu inca daca ajung.', 'unknown'],
  ['Nu sunt sigur că pot veni.', 'maybe'],
  ['Vin eu. Poate veni și colega mea în locul meu la a doua sesiune?', 'yes'],
  // "won't manage to travel" (h106_072); hedged it stays a doubt.
  ["Sadly we won't manage to travel to Timișoara for the 20th – our team is still closing the 2019 reports. If useful, I could record a short video message about the Matera open calls to be shown during the session?", 'no'],
  ["We'll manage to come, see you there.", 'yes'],
  ["I'm not sure we'll manage to come.", 'maybe'],
  ["I don't know if I'll manage to come.", 'maybe'],
  ["If we can't manage to come, I will tell you.", 'maybe'],
  // A companion doubted with their own verb (h105_002, h106_071); the sender's own doubt stays one.
  ['Buna ziua,\nam intrebat si la noi la firma si suntem interesati. Confirm participarea pentru mine. Colegul meu (Eugen) poate mai tarziu, va anunt pana vineri daca vine si el.', 'yes'],
  ['Vin sigur luni. S-ar putea sa vina si o colega de la atelier, va anunt duminica.', 'yes'],
  ['S-ar putea sa vina si o colega de la atelier, va anunt duminica.', 'unknown'],
  ['S-ar putea să vin și eu, vă anunț duminică.', 'maybe'],
  ['Vă anunț până vineri dacă vin și eu.', 'maybe'],
  // The neighbour key on a phone (h106_075).
  ['Buna ziua, confirn participare luni. Multumesc', 'yes'],
  ['Nu confirn participarea.', 'no'],
];

describeIntentCorpus('intent misses of sets 104-106', corpus);
