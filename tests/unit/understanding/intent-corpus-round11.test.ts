import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';
import { describe, expect, it } from 'vitest';
import { outOfOfficeText } from '../../../shared/understanding/robots';

/*
 * Rules of the eleventh evaluation, each with cases that must NOT trigger it. Same format as
 * intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Doubt about the formality (whether confirming is needed) is no doubt about coming.
  ['Nu știu dacă mai e nevoie să confirm, dar sigur vin. Nu ratez atelierele astea :)', 'yes', 1],
  ['Nu știu dacă mai e nevoie să confirm.', 'unknown'],
  ['Nu știu dacă vin.', 'maybe'],
  ["Not sure if I still need to confirm, but I'll definitely come.", 'yes', 1],
  ['Not sure if I still need to confirm.', 'unknown'],
  ['Not sure if I can come.', 'maybe'],
  // A condition on attending online is a condition, not the polite "dacă se poate".
  ['Vin dacă se poate participa și online, altfel nu reușesc – sunt la Arad în dimineața aceea.', 'maybe'],
  ['Vin dacă se poate și online.', 'maybe'],
  ['Vin, dacă se poate, cu un coleg.', 'yes', 2],
  ['Se poate participa și online? Vin oricum.', 'yes', 1],
  // Numbers confirmed, and a delegation announced by its size.
  ['Confirming 2 participants.', 'yes', 2],
  ['Confirming 2 participants if the budget allows.', 'maybe'],
  ['Our delegation from Veszprém will consist of 4 people (names to follow by Monday).', 'yes', 4],
  ['Our delegation will consist of 4 people if the mayor approves.', 'maybe'],
  ['Our team consists of 4 people.', 'unknown'],
];

describeIntentCorpus('intent corpus: eleventh evaluation', corpus);

describe('out-of-office text without "concediu"', () => {
  it('reads "nu am acces la e-mail … voi răspunde după întoarcere" as a notice', () => {
    expect(outOfOfficeText('În perioada 10 - 19 ianuarie nu am acces la e-mail. Vă voi răspunde după întoarcere. Pentru probleme urgente sunați la 0722 114 587.')).not.toBeNull();
  });
  it('needs two markers: a person without e-mail access is still a person', () => {
    expect(outOfOfficeText('Nu am acces la e-mail de pe telefon, vă scriu de pe alt cont.')).toBeNull();
    expect(outOfOfficeText('For urgent matters please call Ana.')).toBeNull();
  });
});
