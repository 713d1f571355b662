import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 92, 96 and 97 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A stand-in whose own answer is still to come leaves the sender's refusal standing (h92_004).
  ['Nu pot veni. Am rugat-o pe colega mea, Mirela Ionescu, să participe în locul meu; vă va scrie dânsa direct.', 'no'],
  ["I can't come. I've asked my colleague Ana Pop to attend in my place if possible; she will get back to you herself.", 'no'],
  ['Nu pot veni. Va veni colega mea, Ana Pop, în locul meu; vă va scrie ea cu detaliile.', 'yes', 1],
  ["I've asked Bianca to join instead; she'll dial in on the Zoom link.", 'yes', 1],
  // A stand-in put to the organiser as a question is asked, not answered (h92_095).
  ["P.S. my colleague Marko Ilić would like to join instead of me if that's still possible — is it ok?", 'unknown'],
  ["I can't come. My colleague Marko Ilić will join instead of me. Is that ok?", 'unknown'],
  ["I can't come, but my colleague Marko Ilić will join instead of me.", 'yes', 1],
];

describeIntentCorpus('confident errors of sets 92, 96 and 97', corpus);
