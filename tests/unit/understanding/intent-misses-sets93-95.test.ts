import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 93, 94 and 95 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // "It's a yes from me" (h94_073); the question stays open.
  ["Hello,\n\nIt's a yes from me. Thank you!\n\nAnca", 'yes'],
  ["It's a yes.", 'yes'],
  ['Is it a yes from you?', 'unknown'],
  ["It's not a yes from me.", 'unknown'],
  // "Please count on two of us" (h93_027).
  ['Many thanks for the invitation – please count on two of us from BritCham (myself and our SME desk coordinator).', 'yes'],
  ['Should we count on two of us?', 'unknown'],
  // A second sender's "confirming as well" (h95_065), only as the whole clause.
  ['Hi, confirming as well 🙂\nIvan', 'yes'],
  ['I confirm too.', 'yes'],
  ['Confirming as well that the room is booked.', 'unknown'],
  // The Romanian conditional of connecting (h94_003).
  ['Sunt doctorand la UPT și dânsul mi-a trimis invitația. M-aș conecta și eu pe 17, dacă se poate. Mulțumesc!', 'yes'],
  ['Nu m-aș conecta pe 17.', 'no'],
  // Each from their own laptop (h95_056).
  ['Noi suntem 3 de la Centrul de Tineret — eu, Bogdan si Irina — dar ne conectam fiecare de pe laptopul lui. 🙌', 'yes'],
  ['Ne conectăm fiecare de pe laptopul lui?', 'unknown'],
  ['Dacă ne conectăm fiecare de pe laptop, e o problemă?', 'maybe'],
  // Stepping back from such work (h94_007).
  ['Multumesc de invitatie dar anul acesta nu ma mai implic in astfel de activitati, sunt la pensie de la 1 ianuarie :)', 'no'],
  ['Mă implic în astfel de activități cu drag.', 'unknown'],
  // "Dacă se mai face unul": another one, not this one (h95_039).
  ['Salut Lavinia, nu ajung, avem eveniment cu voluntarii exact atunci 😕 Dacă se mai face unul, vin sigur!', 'no'],
  ['Dacă se mai face unul, vin sigur!', 'unknown'],
  // The sender's whole team elsewhere that week (h95_021); coming anyway stays a yes.
  ['Thanks so much for thinking of us! Sadly our whole team is in Brussels that week for a youth event prep. Next time for sure!', 'no'],
  ["Our whole team is in Timisoara that week, so we'll come.", 'yes'],
  ['Is our whole team in Brussels that week?', 'unknown'],
  // Waiting to hear about the day off (h95_028).
  ["Hello! I'd love to attend but I'm still waiting to hear whether I get the day off. Fingers crossed 🤞", 'maybe'],
  ['Waiting to hear if we get the grant.', 'unknown'],
  // A colleague's coming doubted after the sender's own refusal (h94_040); with the sender inside, the doubt is the sender's.
  ["Unfortunately I will be in Brussels for an evaluation panel that whole week, so I won't be able to attend on the 20th. Perhaps my colleague from the Research Office can join — I have forwarded her the invitation.", 'no'],
  ['Perhaps my colleague and I can join.', 'maybe'],
  ["I'll come. Perhaps my colleague can join too.", 'yes'],
  // Forwarded to the team, whose answer it now is (h93_059); the sender's own refusal before it stands (h39_091).
  ['Am redirecționat invitația către colegii din departamentul IMM. Revin cu numărul de participanți.', 'unknown'],
  ['Am transmis invitația colegilor. Vin și eu.', 'yes'],
  ['Nu pot participa, dar am trimis invitația mai departe colegilor din rețea, poate vin unii dintre ei.', 'no'],
  ["I can't attend, but I have forwarded the invitation to our colleagues in the SME department.", 'no'],
  // Whether a project fits the call, not whether one comes (h93_016); the sender's own fit stays doubt.
  ['Lucrez la un proiect de compostare pentru restaurante si nu stiu daca se potriveste.', 'unknown'],
  ['Nu știu dacă mi se potrivește.', 'maybe'],
  ['Vin, dar nu știu dacă se potrivește ora.', 'maybe'],
];

describeIntentCorpus('intent misses of sets 93-95', corpus);
