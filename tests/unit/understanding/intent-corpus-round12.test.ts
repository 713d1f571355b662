import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the twelfth evaluation, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // A named substitute set off by commas (and an address in brackets), the verb after the name.
  ['Unfortunately I cannot attend, but my deputy, Péter Kovács (kovacs.peter@veszprem2023.hu), will represent Veszprém-Balaton 2023.', 'yes', 1],
  ['Unfortunately I cannot attend, but my deputy, Péter Kovács, will represent Veszprém-Balaton 2023.', 'yes', 1],
  ['Unfortunately I cannot attend, but my deputy, Péter Kovács, will join.', 'yes', 1],
  ['Din păcate nu pot participa, dar colegul meu, Ion Pop, va reprezenta instituția.', 'yes', 1],
  ['Nu pot participa, colega mea, Maria Ionescu, va veni în locul meu.', 'yes', 1],
  ['Unfortunately I cannot attend, my deputy, Péter Kovács, is also away.', 'no'],
  ['Din păcate nu pot participa, iar colegul meu, Ion Pop, este în concediu.', 'no'],
  // Academic titles do not end a sentence: the names stay with "vor participa".
  ['Din partea facultății vor participa conf. dr. arh. Ioana Dima și asist. drd. arh. Paul Gherman. Eu nu voi putea fi prezent.', 'yes', 2],
  ['Eu nu voi putea fi prezent.', 'no'],
  // Away from the city.
  ["I won't be in Timisoara in March unfortunately.", 'no'],
  ["I won't be in town until 10, but I'll come after.", 'yes', 1],
  // A retracted earlier answer.
  ["My flight was moved, so I can attend after all. Please disregard my earlier message saying I couldn't come.", 'yes', 1],
  ["Sorry, I can't come. Please disregard my earlier message.", 'no'],
];

describeIntentCorpus('intent corpus: twelfth evaluation', corpus);
