import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 62–64, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A hedge on the role, not on coming: "probabil mai mult ascult" (h64_088).
  ['Confirm participarea. Voi fi pe drum la ora aia, ma conectez de pe telefon, deci probabil mai mult ascult.', 'yes', 1],
  ['Vin, dar probabil doar ascult.', 'yes', 1],
  ['Probabil vin si doar ascult.', 'maybe'],
  ['Probabil ascult.', 'maybe'],
  // A hedge on the way there, not on coming: "I'll probably walk from the hotel" (h62_011).
  ["I'm happy to join the local session on Monday morning. Count me in.\n\nCould you send me the exact address once more in English? I'll probably walk from the hotel.", 'yes', 1],
  ["I'll probably come, walking from the hotel.", 'maybe'],
  ["Maybe I'll join, I'd walk from the hotel.", 'maybe'],
  // "nu am cum să ajung" is longer than the directions question "cum să ajung?" (h62_012).
  ['Din păcate luni dimineață am livrările și sunt singură la cafenea, nu am cum să ajung. Mi-ar fi plăcut, poate la următoarea sesiune o faceți după-amiază? :)', 'no'],
  ['Vin, dar nu știu cum să ajung la Bastion.', 'yes', 1],
  ['Nu am cum să ajung la 9, dar vin pe la 10.', 'yes', 1],
  // Doubt about staying on the mailing list, not about coming (h62_084).
  ['Nu voi participa și probabil ar fi bine să mă scoateți de pe listă.', 'no'],
  ['Probabil vin, dar poate e mai bine să mă scoateți de pe listă.', 'maybe'],
  ['Probabil ar fi bine să mă scoateți de pe listă.', 'unknown'],
  // Waiting on a superior's approval (h63_080).
  ['Aș dori să particip, dar trebuie să primesc aprobarea conducerii pentru deplasare. Vă confirm definitiv până joi.', 'maybe'],
  ['Confirm participarea. Am primit deja aprobarea conducerii.', 'yes', 1],
  ['Particip. Trebuie să am acordul scris pentru fotografii?', 'yes', 1],
  // "Oricum vin" after a question on the schedule (h64_032).
  ['Buna ziua, la ce ora se termina? Oricum vin, doar sa stiu cat sa-mi las liber in agenda.', 'yes', 1],
  ['Oricum vin la Timișoara în acea săptămână.', 'unknown'],
  ['Oricum vin la Timișoara în acea săptămână, dar la atelier nu pot.', 'no'],
  ['Nu știu dacă oricum vin.', 'maybe'],
  // Speaking: asked in minutes, something to say on an action; only in the audience (h64_074, h64_091, h64_053).
  ['Confirmed - I\'ll join. Could I take 5 min to comment on action 2? We ran something similar last year.', 'yes', 1, true],
  ["I'll join. It will take 5 min to get there from the hotel.", 'yes', 1, null],
  ['Salut! Da, intru. Si as avea ceva de zis la actiunea 1, am vazut ca e cam vaga partea cu spatiile 🙂', 'yes', 1, true],
  ['Da, vin. As avea ceva de zis despre data, nu e cam devreme?', 'yes', 1, null],
  ['Buna dimineata, confirm si eu, imi cer scuze ca raspund in ultima zi. Voi fi doar in public, nu pregatesc nimic.', 'yes', 1, false],
  ['Vin. Nu pregatesc nimic de mancare.', 'yes', 1, null],
  // Headcount: the sender accompanying, who answered before, a colleague joining by the link passed on (h63_077, h63_067, h64_082).
  ['Doamna director Elena Popescu va participa la atelier, însoțită de subsemnata.', 'yes', 2],
  ['Doamna director Elena Popescu va participa la atelier.', 'yes', 1],
  ['Așa cum v-a anunțat și domnul Bălan, confirm și eu participarea. Mulțumesc!', 'yes', 1],
  ['Confirm participarea, împreună cu domnul Bălan.', 'yes', 2],
  ['Da, particip. Ii dau link-ul si colegei mele Bianca Petrescu, intra si ea separat de pe laptopul ei.', 'yes', 2],
  ['Da, particip. Le-am spus colegilor, vin si ei.', 'yes', 1],
];

describeIntentCorpus('intent corpus: sets 62–64', corpus);
