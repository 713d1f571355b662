import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the ninth evaluation, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // A colleague representing the organisation in the sender's place (named: yes; unnamed: unknown).
  ["I'm unable to attend myself, but my colleague Dr. Hannah Reed will represent the university. She would like to speak briefly.", 'yes', 1, true],
  ["I'm unable to attend, but a colleague will represent the university.", 'unknown'],
  ['I will represent the university at the workshop.', 'yes', 1],
  ["I won't represent the university this time.", 'unknown'],
  // "Cannot make this one" declines; making something else work does not.
  ['Sorry, cannot make this one.', 'no'],
  ["Sorry, I can't make this one work on my phone. Which link should I use?", 'unknown'],
  // Reflexive verbs of attending negated decline; a connection problem does not.
  ['Vă anunț că nu mă pot conecta miercuri, fiind la repetiții toată ziua.', 'no'],
  ['Din păcate miercuri sunt la Cluj și nu mă pot alătura.', 'no'],
  ['Nu mă pot conecta la Zoom, ce link folosesc?', 'unknown'],
  // "Și mă conectez" accepts; negated it refuses.
  ['Nicio problemă, sunt disponibilă miercuri de la 11 și mă conectez.', 'yes', 1],
  ['Sunt disponibilă dimineața, dar nu mă conectez după-amiază.', 'unknown'],
  // "Me +1".
  ['Me +1 (my partner also works in the sector). Thanks!', 'yes', 2],
  ['Send me the agenda, +1 for the idea.', 'unknown'],
  // A wish beside a question asking for speaking time; a question about coming still waits.
  ["I'd be happy to join. Could I also have 5 minutes in the stakeholder round to present our scheme?", 'yes', 1, true],
  ["I'd be happy to join. Is it possible to attend online?", 'unknown'],
  // A condition right before the wish to speak conditions the talk; before the answer, the answer.
  ['Vă confirm participarea mea și, dacă programul permite, aș dori să intervin cu câteva comentarii.', 'yes', 1, true],
  ['Dacă programul permite, particip și aș dori să intervin.', 'unknown'],
  ['I will participate and would like to comment on Action 1 during the stakeholder round.', 'yes', 1, true],
  // Doubt about the party's size beside a clear yes; without the yes it stays a hedge.
  ['We will attend with pleasure. Probably we will be two or three people, I will confirm the names next week.', 'yes'],
  ['Probably we will be two or three people, I will confirm the names next week.', 'maybe'],
  // Headcounts.
  ['Confirming for myself, Ana Petrović and Luka Babić.', 'yes', 3],
  ['Confirming for Thursday.', 'yes', 1],
  ['Venim în trei: eu, colegul meu Bogdan și o colegă de la marketing.', 'yes', 3],
  ['Vă confirmăm participarea a 4 (patru) persoane din partea Direcției.', 'yes', 4],
  ['Vă comunicăm că la atelier va participa domnul Radu Ciobanu, șef Serviciu Programe cu Finanțare Europeană.', 'yes', 1],
  ['Vor participa: Ana Pop, Ion Ilie.', 'yes', 2],
  ['I will attend in person on 20 January.\n\nOlivia Grant\nAmerican Corner Timișoara', 'yes', 1],
  ['The following people will attend:\nOlivia Grant\nMark Lee', 'yes', 2],
];

describeIntentCorpus('intent corpus: ninth evaluation', corpus);
