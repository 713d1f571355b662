import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/understanding/analyze-text';
import { compileGroupedPhrases, compileReferencePhrases, compileTaggedPhrases, wordStarts } from '../../../shared/understanding/phrase-table';
import { foldForMatching } from '../../../shared/understanding/text-normalize';
import { understand } from '../../../shared/understanding/understand';

const CORPUS = path.join(__dirname, '../../fixtures/replies-corpus');

/**
 * Folded lines of real replies: the first mails of every corpus set, trimmed as the pipeline
 * trims them. About 1,700 mails in all, fewer per set as the corpus grows: the reference
 * alternations are slow (at eight per set of 283 sets, the test outgrew its time in a full run).
 */
function sampleLines(): Promise<string[]> {
  sampled ??= readSampleLines();
  return sampled;
}
let sampled: Promise<string[]> | null = null;
const SAMPLED_MAILS = 1_700;

async function readSampleLines(): Promise<string[]> {
  const lines: string[] = [];
  const sets = readdirSync(CORPUS).filter((name) => name.startsWith('set-')).sort();
  const perSet = Math.max(3, Math.floor(SAMPLED_MAILS / sets.length));
  for (const set of sets) {
    const files = readdirSync(path.join(CORPUS, set)).filter((name) => name.endsWith('.eml')).sort().slice(0, perSet);
    for (const file of files) {
      const { text } = await understand(readFileSync(path.join(CORPUS, set, file)));
      lines.push(...foldForMatching(text).split('\n').filter((line) => line.trim() !== ''));
    }
  }
  return lines;
}

describe('indexed phrase matchers find exactly what one alternation of their phrases finds', () => {
  it('on every table of every locale, at every word start of real replies', async () => {
    const lines = await sampleLines();
    expect(lines.length).toBeGreaterThan(1000);
    let compared = 0;
    let found = 0;
    for (const locale of LOCALES) {
      const { details, language, shorthand, ...intent } = locale;
      const tables = [...Object.entries(intent), ...Object.entries(details).filter(([, value]) => Array.isArray(value))] as [string, string[]][];
      // One tagged matcher over all tables (ties between tables included) and one per table.
      const lists = tables.map(([tag, phrases]) => ({ tag, phrases }));
      const pairs = [[compileTaggedPhrases(lists), compileReferencePhrases(lists)], ...lists.map((list) => [compileTaggedPhrases([list]), compileReferencePhrases([list])])] as const;
      for (const line of lines) {
        const starts = wordStarts(line);
        for (const [fast, reference] of pairs) {
          const expected = reference.matchAt(line, starts);
          expect(fast.matchAt(line, starts), `${language}: "${line}"`).toEqual(expected);
          compared++;
          found += expected.length;
        }
      }
    }
    // The comparison must have seen matches, not only agreement on nothing.
    expect(found).toBeGreaterThan(1000);
    expect(compared).toBeGreaterThan(10000);
  }, 360_000);

  it('in groups: one pass finds what each group finds alone (one match per group at a start)', async () => {
    const lines = await sampleLines();
    const byStartAndTag = (a: { start: number; tag: string }, b: { start: number; tag: string }): number => a.start - b.start || a.tag.localeCompare(b.tag);
    let found = 0;
    for (const locale of LOCALES) {
      const { details, language, shorthand, ...intent } = locale;
      const lists = Object.entries(intent).map(([tag, phrases]) => ({ tag, phrases: phrases as string[] }));
      for (let from = 0; from < lists.length; from += 15) {
        const chunk = lists.slice(from, from + 15);
        // Each table a group of its own, but the last three one group (a tagged matcher, as analyze-text's shared kinds).
        const groups = chunk.length > 3 ? [...chunk.slice(0, -3).map((list) => [list]), chunk.slice(-3)] : [chunk];
        const grouped = compileGroupedPhrases(groups);
        const references = groups.map((group) => compileReferencePhrases(group));
        for (const line of lines) {
          const starts = wordStarts(line);
          const expected = references.flatMap((reference) => reference.matchAt(line, starts)).sort(byStartAndTag);
          expect(grouped.matchAt(line, starts).sort(byStartAndTag), `${language}: "${line}"`).toEqual(expected);
          found += expected.length;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  }, 240_000);

  it('refuses more groups than it can tell apart', () => {
    expect(() => compileGroupedPhrases(Array.from({ length: 32 }, (_, tag) => [{ tag, phrases: ['da'] }]))).toThrow(RangeError);
  });
});
