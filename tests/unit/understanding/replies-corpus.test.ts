import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understanding/understand';

/**
 * Sets of realistic replies (listed in the corpus README), each written by a separate author who never
 * saw the classifier, first used to MEASURE it on unseen mail (see the README's numbers) and
 * then kept here so no later change can undo what they taught. Scored like the issue's
 * held-out set: kind and bounced address always; intent and headcount where careful people
 * would agree (`ambiguous` / `hcAmbiguous` mark the rest); never a confident error.
 */
interface Expected {
  kind: string;
  intent: string | null;
  headcount: number | null;
  speaker: boolean | null;
  bounced: string | null;
  ambiguous?: boolean;
  hcAmbiguous?: boolean;
  /** Also acceptable readings (e.g. a deferral read as unknown instead of maybe). */
  alsoOk?: string[];
  /**
   * What the classifier still reads differently (never a confident error, which always fails):
   * a ratchet — a new miss fails, and so does a listed one that is now right (drop it).
   */
  knownMiss?: ('intent' | 'headcount' | 'speaker')[];
  desc?: string;
}

const root = join(import.meta.dirname, '../../fixtures/replies-corpus');
const sets = readdirSync(root).filter((d) => d.startsWith('set-')).sort();

const confidentError = (truth: string | null, got: string | null) =>
  (truth === 'yes' && got === 'no') || (truth === 'no' && got === 'yes') || ((truth === 'maybe' || truth === 'unknown' || truth === null) && (got === 'yes' || got === 'no'));

describe('replies corpus (independently written sets)', () => {
  it('has them all', () => {
    expect(sets).toHaveLength(628);
  });

  for (const set of sets) {
    it(set, async () => {
      const expected = JSON.parse(readFileSync(join(root, set, 'expected.json'), 'utf8')) as Record<string, Expected>;
      const wrong: string[] = [];
      for (const [file, e] of Object.entries(expected)) {
        const u = await understand(readFileSync(join(root, set, file)), { ownSubjects: [] });
        const say = (what: string) => wrong.push(`${set}/${file} (${e.desc ?? ''}): ${what}`);
        if (u.kind !== e.kind) say(`kind ${e.kind} → ${u.kind}`);
        if (e.kind === 'bounce' && (u.bounced ?? '').toLowerCase() !== (e.bounced ?? '').toLowerCase()) say(`bounced ${e.bounced} → ${u.bounced}`);
        if (e.kind !== 'reply' && e.kind !== 'calendar') {
          if (u.intent === 'yes' || u.intent === 'no') say(`a ${e.kind} read as ${u.intent}`);
          continue;
        }
        if (e.ambiguous) continue;
        const intentOk = u.intent === e.intent || !!e.alsoOk?.includes(u.intent ?? '');
        const headcountOk = !(e.intent === 'yes' && u.intent === 'yes' && !e.hcAmbiguous && u.headcount !== e.headcount);
        const known = (what: 'intent' | 'headcount' | 'speaker') => !!e.knownMiss?.includes(what);
        // An answer the label also accepts (`alsoOk`, a disputed label) is no error of either kind.
        if (!intentOk && confidentError(e.intent, u.intent)) say(`CONFIDENT ERROR intent ${e.intent} → ${u.intent} (${u.evidence ?? ''})`);
        else if (!intentOk && !known('intent')) say(`intent ${e.intent} → ${u.intent}`);
        else if (intentOk && known('intent')) say('intent is now right: remove "intent" from knownMiss');
        if (!headcountOk && !known('headcount')) say(`headcount ${e.headcount} → ${u.headcount}`);
        else if (headcountOk && known('headcount') && u.intent === 'yes') say('headcount is now right: remove "headcount" from knownMiss');
        // A speaking wish read the other way round: a party where one speaks and the sender only listens is `true` (the party
        // asks for a slot, h429_044) by the newer authors and `false` by two older labels (h35_038, h365_063), kept as known
        // misses; such a disagreement is listed, not hidden.
        if (e.speaker !== null && u.speaker === !e.speaker && !known('speaker')) say(`speaker ${e.speaker} → ${u.speaker}`);
        else if (known('speaker') && !(e.speaker !== null && u.speaker === !e.speaker)) say('speaker is now right: remove "speaker" from knownMiss');
      }
      expect(wrong).toEqual([]);
    });
  }
});
