import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 113, 114 and 115 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A second mail changing only the talk (h115_026).
  ["small change of plan: I am still joining, but please take me off the speakers list — I would rather just listen this time.", 'yes'],
  ["I am still joining.", 'yes'],
  ["I'm not sure I am still joining.", 'maybe'],
  // The party summed up in a second mail (h115_028).
  ['Încă ceva – mai vine cu noi și Tudor, voluntarul nostru. Deci suntem 3 în total. Sper că nu e o problemă cu locurile.', 'yes'],
  ['Nu știu dacă venim. Deci suntem 3 în total, dacă venim.', 'maybe'],
  ['Suntem 3 în total în echipă.', 'unknown'],
  // Someone joining the sender (h115_030).
  ['revin cu detalii față de confirmarea de ieri: la întâlnire se va conecta împreună cu mine și directorul nostru, dl. Cornel Vasiu.', 'yes'],
  ['Nu știu dacă directorul se va conecta cu mine.', 'maybe'],
  ['Directorul nu se va conecta împreună cu mine.', 'unknown'],
  // Politeness after a changed answer (h115_032).
  ['the audit has been shortened, so I can join on Wednesday after all — though probably only for the first hour, until about 12:00. I hope that is still fine.', 'yes'],
  ['I hope that I can still join.', 'maybe'],
  // Another session, the adjective after the noun (h115_040).
  ['Revin: nu am găsit suplinitor, așa că din păcate nu mai pot veni. Poate la sesiunea următoare.', 'no'],
  ['Poate la sesiunea următoare.', 'unknown'],
  ['Vin, poate la sesiunea următoare vorbesc.', 'yes'],
  // A condition on a colleague's talk, not on coming (h115_047).
  ['Sigur că da! Vom fi prezenți eu și Cosmin – dacă ne dai un slot de 5 minute, Cosmin poate spune câteva cuvinte despre program.', 'yes'],
  ['Dacă ne dai un slot de 5 minute, venim.', 'maybe'],
  // A soft refusal, "nu cred că reușim" (h115_052, h113_039).
  ['nu cred că reușim să ne conectăm, avem atunci un eveniment cu părinții. Dar trimitem până luni comentariile noastre scrise, dacă se poate.', 'no'],
  ['Nu cred ca voi reusi sa intru, nu ma descurc cu Zoom. Va multumesc oricum.', 'no'],
  ['Nu voi reuși să intru.', 'no'],
  ['Nu știu dacă reușesc să intru.', 'maybe'],
  // The organisation's count, the sender among it (h115_069).
  ['Fundația PRO Timișoara participă cu o persoană (subsemnata). Aș dori să prezint pe scurt rezultatele programului, dacă timpul permite.', 'yes'],
  ['Nu participăm cu o persoană, ci cu două.', 'unknown'],
  ['Dacă se face online, Fundația participă cu o persoană.', 'maybe'],
  // The event missed (h115_070).
  ["I'd love to, but I only land in Timișoara on the 21st for the partner meeting, so I'll miss the lab. Say hi to everyone!", 'no'],
  ["I won't miss the lab.", 'yes'],
  ["I'll miss the meeting's first hour.", 'unknown'],
  ["If the train is late I'll miss the session.", 'unknown'],
  ["I'll miss the first part of the meeting, but I'll be there.", 'yes'],
  // A sign-up asked about after another question: no answer (h115_066).
  ['Va rog sa-mi spuneti daca trebuie sa aduc ceva anume sau sa ma inscriu undeva inainte. Sunt artizan, fac icoane pe sticla.', 'unknown'],
  ['Vin. Va rog sa-mi spuneti daca trebuie sa aduc ceva anume sau sa ma inscriu undeva inainte.', 'yes'],
  // The stand-in will confirm herself: only the sender's refusal is said (h115_077).
  ['Eu nu pot ajunge luni, dar am rugat-o pe colega mea Diana să vină în locul meu; ea vă va scrie separat pentru confirmare.', 'no'],
  ['Eu nu pot ajunge luni, dar va veni în locul meu colega mea Diana Pop.', 'yes'],
  // Doubt about a word said, not about coming (h113_003, h114_046).
  ['I will join the Zoom meeting on the 17th, happy to listen in and maybe add a word on the Novi Sad 2022 experience if there is time.', 'yes'],
  ["I will follow the Lab online from Lille. I might say a couple of words at the end, but please don't put me on the agenda.", 'yes'],
  ['I might come. I might say a few words.', 'maybe'],
  // A secretariat passing on its head's confirmation (h113_040).
  ['Vă transmitem confirmarea domnului director Lucian Varsandan pentru întâlnirea online din 17.01.2021.', 'yes'],
  // A newcomer's story, no attempt to come (h113_050).
  ['I moved to Timisoara last spring and have been trying to find my way into the local cultural scene, so this is very welcome. I would be delighted to attend on Monday 20th.', 'yes'],
  ["I'm trying to come.", 'maybe'],
  // Nobody to send (h113_054); what is sent instead "may help" the discussion.
  ['Din păcate suntem în plină pregătire a festivalului și nu avem pe cine trimite luni. Vă trimit în schimb o scurtă prezentare, poate vă ajută la discuție.', 'no'],
  ['Nu știu dacă avem pe cine trimite.', 'maybe'],
  ['Poate vin, poate vă ajută.', 'maybe'],
  // A stand-in put to the organiser beside the sender's doubt: no answer (h113_042).
  ['I am not yet sure about my schedule on the 20th – could I possibly send a colleague instead, and would that be fine without prior registration?', 'unknown'],
  ["I can't come. Could I send a colleague instead?", 'no'],
  ["I'll come. Can I send a colleague as well?", 'yes'],
  // Confirming in a mail's purpose (h114_055).
  ['Vă scriu pentru a confirma prezența la atelierul de miercuri. Suntem 2 colegi, amândoi fizic.', 'yes'],
  // Passed on to a colleague who answers herself (h114_060).
  ["I'm forwarding this to my colleague Marta who handles e-government topics, she'll get back to you directly.", 'unknown'],
  ["I'll attend. I'm forwarding this to my colleague Marta as well.", 'yes'],
];

describeIntentCorpus('intent misses of sets 113–115', corpus);
