import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 84, 87 and 88 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // The hour impossible for the sender (h88_008); a later afternoon session is another occasion.
  ['Salut! Sincer luni la 10 dimineata e imposibil pt mine, duminica noaptea am set pana la 5 😅 Data viitoare daca faceti ceva dupa-amiaza sunt 100% acolo. Spor!', 'no'],
  ['Luni la 10 dimineata nu e imposibil pt mine.', 'unknown'],
  ['Nu e imposibil pentru mine.', 'unknown'],
  // Held at one's own trade (h88_015); what is said there asked afterwards, not a hedge.
  ['La 10 dimineața nu pot lăsa brutăria, suntem doar două. Îmi pare rău, m-ar fi interesat mult. Poate îmi trimiteți ce se discută?', 'no'],
  ['Pot lăsa brutăria colegei, vin.', 'yes'],
  // A later time of the sender's own life (h88_051); a colleague's answer is not the sender's doubt (h88_070).
  ['Hotelul este inchis din noiembrie, eu sunt in Ungaria la familie. Nu pot participa acum, imi pare rau. Poate cand se deschide iar.', 'no'],
  ['Poate când mă întorc vin.', 'maybe'],
  ['Sunt în concediu medical până la sfârșitul lunii, așa că de data aceasta nu voi participa. Am redirecționat mailul colegei Ramona Ciobanu, poate vă răspunde ea.', 'no'],
  ['Vin, poate vă scrie și colega.', 'maybe'],
  // An easier hour another time (h87_016).
  ['Va multumesc frumos, dar la varsta mea nu mai ies seara pe intuneric, mai ales iarna. Nu voi veni. Daca faceti ceva in timpul zilei, as veni bucuroasa.', 'no'],
  ['Dacă faceți ceva în timpul zilei, aș veni.', 'unknown'],
  // An institution's impersonal refusal (h84_038).
  ['Vă informăm că din partea Inspectoratului Școlar Județean Timiș nu se poate participa la data menționată, din cauza activităților de inspecție programate.', 'no'],
  ['Nu se poate participa online?', 'unknown'],
  // An assistant answering for the person invited stays for a person (h88_003, as h78_043).
  ['Din păcate, în data de 20 ianuarie are loc ședința Comitetului Director și doamna doctor nu va putea participa la atelier.', 'unknown'],
  // Leave asked for photos in the room presumes coming (h88_005); other questions still wait.
  ['Am vrea să venim la atelier, eu și colegul meu Vlad Chiriac care face poze. Noi doar documentăm și ascultăm, nu intervenim în discuție.\n\nE ok dacă facem câteva poze în sală? Thanks!!', 'yes'],
  ['Am vrea să venim la atelier. Putem face poze?', 'unknown'],
  ['Am vrea să venim la atelier. Se poate online?', 'unknown'],
  // Being there on the day (h88_021); this time it works out (h88_059).
  ['Spațiul Expozițional e ok, doar că data trecută a fost cam frig acolo :)\n\nDeci da, sunt acolo luni.', 'yes'],
  ['Nu sunt acolo luni.', 'unknown'],
  ['Sunt acolo luni?', 'unknown'],
  ['De data aceasta reușesc. Avem cursuri online, dar la ora 11 sunt liberă.', 'yes'],
  ['De data aceasta nu reușesc.', 'no'],
  ['Nu știu dacă de data aceasta reușesc.', 'maybe'],
  // Leave asked politely for the talk, not for coming (h88_036).
  ['Voi fi prezent si daca imi dati voie as vrea sa spun cateva cuvinte despre mestesugarii populari din judet.', 'yes'],
  ['Daca imi dati voie, vin.', 'maybe'],
  // The party counted after the verb (h88_053).
  ['Din partea asociației „Zora” ne conectăm doi: eu și Nenad Bugarski, fiecare de la calculatorul lui.', 'yes'],
  ['Venim doi?', 'unknown'],
  ['Dacă venim doi, e problemă?', 'unknown'],
  // Quiet in the room, still there (h88_069).
  ["I'll join the Zoom but probably stay quiet — my Romanian still isn't good enough for a 5-minute intervention.", 'yes'],
  ['I will probably stay quiet.', 'unknown'],
  ["Probably I'll join.", 'maybe'],
  // "In principle no problem" hedges the problem, not the coming said beside it (h84_020).
  ['In principiu nu e nicio problema, venim. Eu + 2 colegi de la serviciul IT. Avem nevoie de loc de parcare sau intram pe la poarta din spate?', 'yes'],
  ['În principiu, venim.', 'maybe'],
  // Registered for one's own attendance (h84_021).
  ['Vă rog să mă înregistrați pentru participarea online. Nu doresc să prezint.', 'yes'],
  ['Vă rog să nu mă înregistrați pentru participarea online.', 'unknown'],
  // A bare deferral (h84_083).
  ['Possibly online. Will confirm.', 'maybe'],
  ['Yes, I will come. Will confirm the number of people later.', 'yes'],
];

describeIntentCorpus('intent misses of sets 84, 87, 88', corpus);
