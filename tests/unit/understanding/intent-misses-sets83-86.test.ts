import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent misses of sets 83–86 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // The reason after a refusal is not the part refused (h86_026).
  ["I think I cannot come because the time is 10 o'clock and I work in the morning. Sorry!", 'no'],
  ['Nu pot veni pentru că am ore dimineața.', 'no'],
  ["I can't come in the morning because I teach.", 'unknown'],
  ['Nu pot veni la timp pentru că am o ședință.', 'unknown'],
  // The learner's present confirmed or with company (h86_040, h86_095).
  ['Hi, I confirm that I come. Only for listening, I am not prepared for speak.', 'yes'],
  ["I come with my husband who is also working in our small family bakery. So we are two. We don't want to speak, we are shy :)", 'yes'],
  ['I cannot confirm that I come.', 'maybe'],
  ['I come with my question.', 'unknown'],
  ['I come with my colleague?', 'unknown'],
  // The comments round refused, not the event (h86_065).
  ['Kaunas Chamber of Commerce will be represented by me and Ms. Eglė Stankevičiūtė. We will join from one connection. We will not take part in the comments round, we will only observe.', 'yes'],
  ['We will not take part in the comments round.', 'unknown'],
  ['I will not take part.', 'no'],
  // Late by some minutes beside a yes (h86_074, h83_023, h83_021).
  ['I will gladly participate. I will connect maybe 15 minutes later, because before I have lecture until 11:10 our time – wait, our time is same as yours, so no problem :) I will be on time.', 'yes'],
  ["My colleague Milan and I will attend. We'll be arriving from Novi Sad in the morning, so we might be a few minutes late.", 'yes'],
  ['My colleague will attend. We might be a few minutes late.', 'maybe'],
  ['My colleague Milan and I will attend. We might not come at all.', 'maybe'],
  ['I will connect maybe 15 minutes later.', 'maybe'],
  ['Salut,\nvin si eu. cred ca ajung un pic mai tarziu, pe la 10:20, am o sedinta inainte.', 'yes'],
  ['Cred că ajung un pic mai târziu.', 'maybe'],
  ['Revin mai târziu cu un răspuns.', 'maybe'],
  // A Dutch idiom refusing (h86_084).
  ['it is a pity but I have to let this one pass. Our museum opens a new exhibition that weekend and I am needed there.', 'no'],
  ['I will not let this one pass.', 'unknown'],
  // How the sender attends, not whether (h85_089).
  ["Yes, I'll be there! Quick q: is there a dial-in option? I might be on the road.", 'yes'],
  ['I might be on the road.', 'unknown'],
  // The sender named after the verb (h85_061); an organisation online with the sender listed (h83_054).
  ['Ma conectez eu din partea Bega. Tudor', 'yes'],
  ['Nu mă conectez eu, ci colega mea.', 'unknown'],
  ['Bună ziua,\n\nDin partea Crăciun Soft se vor conecta 3 colegi: eu, Alexandra Pavel (marketing) și Ștefan Roman (dezvoltare). Vom intra de pe conturi separate.', 'yes'],
  ['Din partea firmei se vor conecta colegii mei, eu nu pot.', 'unknown'],
  ['Din partea firmei se vor conecta colegii mei. Eu nu pot.', 'unknown'],
  // Whether one may still register is leave asked: "dacă da" presumes it given, as "if so" does (h83_075).
  ['Buna,\nscuze ca raspund dupa termen, mai pot sa ma inscriu? Daca da, particip.\nSergiu', 'yes', 1],
  ['Mai sunt locuri? Dacă da, venim doi.', 'yes', 2],
  ['Pot să vin cu un coleg? Dacă da, venim doi.', 'yes', 2],
  ['Is there still room? If so, I will come.', 'yes', 1],
  ['Va fi traducere? Dacă da, vin sigur.', 'maybe'],
  ['Se poate online? Dacă da, particip.', 'maybe'],
  ['Mai pot să mă înscriu? Dacă nu, nu e nicio problemă.', 'unknown'],
  ['May I bring a colleague? If so, count us as two.', 'yes'],
  ['Pot să vin cu un coleg? Dacă nu, vin singur.', 'yes', 1],
  // "If so" after a statement is a condition still open (it was a polite phrase, as "if needed").
  ['Is there step-free access? I use a wheelchair. If so, I will gladly come.', 'maybe'],
  ['Spațiul are acces fără trepte? Mă deplasez cu un scaun rulant. Dacă da, vin cu plăcere.', 'maybe'],
  ["There may be interpretation. If so, I'll come.", 'maybe'],
];

describeIntentCorpus('intent misses of sets 83–86', corpus);
