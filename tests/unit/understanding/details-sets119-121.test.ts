import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 119–121): a count lowered, names under a colon', () => {
  it.each([
    ['Rectific: venim doar 2, colega Bianca Toma nu mai poate ajunge luni.', 2],
    ['Confirmăm participarea noastră:\n- Ștefan Neagu\n- Andrei Țăranu', 2],
    // Negatives: minutes, not people; a signature under a full stop.
    ['Vom fi doar 2 minute în întârziere.', 1],
    ['Confirmăm participarea noastră.\nȘtefan Neagu\nDirector', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 119–121): brief comments offered; a wish parted from its verb by an aside', () => {
  it.each([
    ["I'll join on the 17th, but only from around 11:30. Happy to give brief comments on the vouchers action if there's still a slot then.", true],
    ['Vin. Am dori, dacă este posibil, să intervenim cu o scurtă prezentare (5 minute).', true],
    ["I'll attend. We would like, if possible, to present our project briefly.", true],
    // Negatives: the wish is for something else; comments sent, not said.
    ['Vin. Am dori, dacă este posibil, să primim materialele.', null],
    ["I'll attend. I'm happy to send written comments afterwards.", null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
