import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUED } from '../../../shared/understanding/headcount';
import { parseMail } from '../../../shared/understanding/parse-mail';

const CORPUS = path.join(__dirname, '../../fixtures/replies-corpus');

/** Sentences each name pattern is written for (from their comments), so no check below is vacuous. */
const EXAMPLES = [
  'Vin împreună cu Ana Pop și Mihai Ionescu.',
  'I will come with Marta Ruiz.',
  'Eu intru pe Zoom, iar Andrei vine la sală.',
  'Dimitris will also come.',
  'Colegul meu Szabó Levente vine și el.',
  "I'll bring Hylke Sijtsma from our team as well.",
  "I'll be there on Wednesday, and so will Marta from our Barcelona office.",
  'yes - Ivana + Marko from Rijeka',
  'Venim în formație completă: Bogdan, Irina (eu), Sebi și Teo.',
  'Din partea echipei vin Oana, Cristi și Larisa.',
  'Vom participa eu, Petra, Luka și Ana.',
  'myself, Petra and Luka',
  'Ana Ilie and I will both attend.',
  'Deci da, intru pe zoom, o să fie și Andrei de la noi.',
  "Of course we'll join on the 21st, Marina Knežević and me.",
];

async function corpusTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const set of readdirSync(CORPUS).filter((name) => name.startsWith('set-'))) {
    for (const file of readdirSync(path.join(CORPUS, set)).filter((name) => name.endsWith('.eml'))) {
      const { text, html } = await parseMail(readFileSync(path.join(CORPUS, set, file)));
      texts.push(text ?? html ?? '');
    }
  }
  return texts;
}

describe('the cues of the name patterns (details.ts)', () => {
  it('are found wherever their pattern matches: in every mail of the corpus and every example', async () => {
    const texts = [...EXAMPLES, ...(await corpusTexts())];
    for (const [name, { cue, pattern }] of Object.entries(CUED)) {
      const matching = texts.filter((text) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text));
      expect(matching.length, `${name} never matches: the check would prove nothing`).toBeGreaterThan(0);
      for (const text of matching) expect(cue.test(text), `${name}: the pattern matches but not its cue in ${JSON.stringify(text.slice(0, 200))}`).toBe(true);
    }
  }, 180_000);
});
