import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 59–61, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A form filled in by hand: a field's value answers its own label (h61_067, the confident error).
  ['Dear Lavinia,\n\nPlease find my confirmation below:\n\nName: Goran Babić\nOrganisation: Rijeka 2020 – legacy office\nParticipation: online\nIntervention: no\n\nKind regards,\nGoran', 'yes', 1, false],
  ['Nume: Ana Pop\nParticipare: fizic\nPrezentare: da', 'yes', 1, true],
  ['Name: Ana Pop\nParticipation: in person', 'yes', 1],
  ['Nume: Ana Pop\nParticipare: nu\nIntervenție: nu', 'no'],
  ['Participation: no\nIntervention: yes', 'no'],
  ['No.\n\nIntervention: no', 'no'],
  ['Intervention: no', 'unknown'],
  ['Vă confirm: particip', 'yes', 1],
  ['Format: online', 'unknown'],
  // "Nici fizic, nici online": both ways refused, "fizic" names no part (h61_041, h61_057, h61_098).
  ['Îmi pare rău, dar nu voi putea participa nici fizic, nici online – am o deplasare.', 'no'],
  ['Din păcate avem audit și nu pot ajunge nici fizic, nici online.', 'no'],
  ['Nu pot veni fizic, doar online.', 'unknown'],
  // A hoped-for way of coming, "dacă nu", another way: comes either way (h61_078).
  ['Sper să pot ajunge la Centrul de Proiecte, dacă nu, intru pe Teams.', 'yes', 1],
  ['Sper să pot ajunge, dacă nu, vă anunț.', 'maybe'],
  ['Sper să pot ajunge, dacă nu, poate intru online.', 'maybe'],
  ['Dacă nu, intru pe Teams.', 'maybe'],
  // The mode doubted after a yes, the device, the software: not the coming (h61_016, h59_099, h60_075, h59_081).
  ['Da, vin. Online probabil', 'yes', 1],
  ['Bună seara Lavinia, vom fi conectate eu și Simona Georgescu, de pe același laptop probabil. Mulțumim!', 'yes'],
  ['Buna ziua, particip. Trimiteti va rog linkul si pe telefon ca nu stiu daca merge zoom pe calculator.', 'yes', 1],
  ['Probabil ne conectam, nu stiu.', 'maybe'],
  ['Nu stiu daca merge zoom, poate nu vin.', 'maybe'],
  // Refusals said other ways (h60_019, h60_068, h60_100, h59_037, h59_074).
  ['Luni suntem toti la Novi Sad, deci nu are cine sa vina de la noi de data asta.', 'no'],
  ["I'm afraid I can't make Wednesday - I'll be in Vienna for meetings all day.", 'no'],
  ['Cu regret vă anunțăm însă că nu vom putea fi prezenți miercuri.', 'no'],
  ['Vă anunț dacă pot veni.', 'maybe'],
  ["Such a great initiative, I'd love to be part of it but Jan 20 morning I'm pitching to a client in Cluj and can't move it.", 'no'],
  ["I'm in, though there's a client call I can't move it, so I'll leave at 11.", 'yes', 1],
  ["I won't attend this one. I've forwarded the invitation to my colleague Alina, she'll take over and will get back to you herself.", 'no'],
  ["I'm not sure yet, I will get back to you.", 'maybe'],
  // A colleague only hoped for after the sender's refusal: the refusal stands, for a person to see (h61_092).
  ['Eu nu pot, am repetiții, dar probabil va veni colega mea, Irina Lakatos, de la comunicare.', 'no'],
  // Only a stand-in doubted, beside a question: no answer for the sender (h59_026).
  ['I will be in Berlin until 22 January, but my colleague Dr. Horia Manea might be able to attend in my place. Would that be acceptable? He will confirm directly if so.', 'unknown'],
  ['My colleague might be able to attend in my place.', 'maybe'],
  ['Can you send the agenda? My colleague might be able to attend in my place, and I might come too.', 'maybe'],
];

describeIntentCorpus('intent corpus: sets 59–61', corpus);
