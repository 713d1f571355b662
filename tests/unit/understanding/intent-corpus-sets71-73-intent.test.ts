import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 71–73, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A learner's "for sure" after the verb (h71_051).
  ['I will be in Timisoara already on 19th for our bilateral meeting, so we come for sure.', 'yes'],
  ['We come for sure?', 'unknown'],
  ['If we get the approval, we come for sure.', 'maybe'],
  // A companion dropped out, the sender stays (h72_088).
  ["Quick update: Oana won't be able to join after all, so it's just me.", 'yes'],
  ["It's just me who can't come.", 'unknown'],
  ['So it is just me?', 'unknown'],
  // Listening in to an online session (h73_063).
  ['Since this one is online I would be glad to listen in. I will not take the floor of course, but it is good for me to follow the discussion.', 'yes'],
  ["I would be glad to listen in, but I'm travelling that week.", 'no'],
  ["It would be good for me to follow the discussion, but I can't make it.", 'no'],
  ['It is good for me to follow the discussion?', 'unknown'],
  // Doubt about writing comments later, not coming (h71_048).
  ['I will participate, thank you. I will not intervene during the session, but I am glad to listen and maybe send comments by email later.', 'yes'],
  ['Maybe I will come, and send comments later.', 'maybe'],
  ["I can't come, but maybe I'll send some comments.", 'no'],
  // The answer as a conclusion, with the hour (h73_047).
  ['Am reușit să fac schimb de ore cu o colegă, deci vin de la ora 10. Mulțumesc!', 'yes'],
  ['Dacă reușesc, deci vin de la ora 10.', 'maybe'],
  // "Sunt și eu … pe zoom", "mă conectez din birou" (h71_069).
  ['Ok, sunt si eu miercuri pe zoom. Ma conectez din birou.', 'yes'],
  ['Nu sunt și eu miercuri pe zoom.', 'no'],
  ['Sunt și eu miercuri pe zoom?', 'unknown'],
  ['Dacă termin la timp, sunt și eu miercuri pe zoom.', 'maybe'],
  ['Nu știu dacă mă conectez din birou sau de acasă.', 'maybe'],
  // Spoken "în ziua aia" (h73_072).
  ['buna ziua noi nu putem in ziua aia avem tiraj mare de calendare. multumesc', 'no'],
  ['Nu putem în ziua aia, dar venim la următoarea.', 'no'],
  // "Din partea … vor fi prezente" (h72_002).
  ['Din partea Asociației Art Encounters vor fi prezente 2 persoane: subsemnatul și colega mea Andreea Bica.', 'yes'],
  ['Din partea noastră nu vor fi prezenți.', 'no'],
  // Someone in copy who may want to join (h71_066).
  ['Particip, mulțumesc. Am pus-o în copie și pe Oana, poate vrea să se alăture – vă confirmă ea separat.', 'yes'],
  ['Poate vreau să vin.', 'maybe'],
  // Abroad: nobody can leave the city, no travel that month (h71_058, h71_073).
  ['I would love to come, but we are two weeks before the opening of Rijeka 2020 (1st February) and nobody from the team can leave the city now. I hope you understand. We will be happy to host Timisoara colleagues in Rijeka, of course!', 'no'],
  ["I'll come, even if nobody else from the team can leave the office.", 'yes'],
  ["I'm sorry but I cannot travel in January, we have the final report to close. Maybe Paolo from our office can follow the results later, I will forward him your mail.", 'no'],
  ['I cannot travel in January, but I will join online.', 'yes'],
  ['Maybe I can come. Maybe Ana from our team could join too.', 'maybe'],
  ["I'll come. Maybe Ana from our team could join too.", 'yes'],
  // After asking leave, an "if not" that still comes (h71_089).
  ['Mulțumesc mult de invitație, vin cu drag. Pot să vin și cu o prietenă, Ioana, care tocmai și-a deschis un atelier de ceramică? Dacă nu e ok, vin singură.', 'yes'],
  ["Can I bring a friend? If that's not ok, I'll come alone.", 'yes'],
  ['Pot să vin și cu o prietenă? Dacă nu, nu vin.', 'maybe'],
  ["Can I bring a friend? If not, I won't come.", 'maybe'],
  ['Pot să particip online? Dacă nu, poate vin fizic.', 'maybe'],
  ['Dacă nu e ok, vin singură.', 'maybe'],
  ['Dacă pot, vin singură.', 'maybe'],
  ["Can I send a colleague in my place? If not, I'll come.", 'maybe'],
];

describeIntentCorpus('intent rules from sets 71–73', corpus);
