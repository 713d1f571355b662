import { describe, expect, it } from 'vitest';
import { LOCALES, matchKey } from '../../../shared/understanding/analyze-text';
import { compileStickyPhrases, findAll } from '../../../shared/understanding/phrase-table';

const matches = (phrase: string, text: string): string[] =>
  findAll(compileStickyPhrases([phrase], '\\d{1,2}|doi|trei|three'), text).map((m) => m.text);

describe('phrase syntax (locales/intent-*.ts)', () => {
  it.each([
    ['vom (putea|) participa', 'noi vom participa azi', ['vom participa']],
    ['vom (putea|) participa', 'vom putea participa', ['vom putea participa']],
    ['(foarte|) probabil', 'foarte probabil', ['foarte probabil']],
    ['voi fi prezent(|a|i)', 'voi fi prezenta.', ['voi fi prezenta']],
    ['nu ... participa', 'nu cred ca voi putea participa', ['nu cred ca voi putea participa']],
    ['^da', 'da, vin', ['da']],
    ['^nu$', ' nu !', ['nu']],
    ['vom fi #', 'vom fi trei', ['vom fi trei']],
    ["(i'll|i will) be there", "i'll be there", ["i'll be there"]],
    ['mi-ar fi placut', 'mi ar fi placut', ['mi ar fi placut']],
    ['prezent*', 'prezentare', ['prezentare']],
    // Phrases are indexed by their first two characters: one-letter words, apostrophes,
    // hyphens, optional and glued groups must still be found.
    ['o sa vin', 'o  sa vin', ['o  sa vin']],
    ['(o |)sa vin', 'o sa vin', ['o sa vin']],
    ['(o |)sa vin', 'sa vin', ['sa vin']],
    ['i', "i'll", ['i']],
    ["i'll", "i'll come", ["i'll"]],
    ['n-am cum', 'nam cum', ['nam cum']],
    ['n-am cum', 'n am cum', ['n am cum']],
    ['(va |)confirm', 'va confirm', ['va confirm']],
    ['a* vin', 'as vin', ['as vin']],
    ['+1', '+1', ['+1']],
    ['# pers', '3 pers', ['3 pers']],
    // Glued optional groups that end a phrase may all be absent at a clause's end: the
    // separator before them goes with them ("daca nu e (o |nicio |)(problema|)" in the tables).
    ['daca nu e (o |nicio |)(problema|deranj|)', 'daca nu e.', ['daca nu e']],
    ['daca nu e (o |nicio |)(problema|deranj|)', 'daca nu e o problema, vin', ['daca nu e o problema']],
    ['clicked (the |)(decline|accept) (button |)(by mistake|in error|)', 'i clicked decline.', ['clicked decline']],
    ['clicked (the |)(decline|accept) (button |)(by mistake|in error|)', 'i clicked the decline button by mistake', ['clicked the decline button by mistake']],
  ])('%s finds %j in "%s"', (phrase, text, found) => {
    expect(matches(phrase, text)).toEqual(found);
  });

  it.each([
    ['particip', 'participati'],
    ['^da', 'daca vin'],
    ['^nu$', 'nu pot'],
    ['nu ... participa', 'nu a b c d e f participa'],
    ['vom fi #', 'vom fi acolo'],
    ['confirm', 'confirmati'],
    ['daca nu e (o |nicio |)(problema|deranj|)', 'daca nu exista'],
  ])('%s does not match "%s"', (phrase, text) => {
    expect(matches(phrase, text)).toEqual([]);
  });

  it('every table entry is written in folded form and compiles', () => {
    for (const locale of LOCALES) {
      const { details, language, shorthand, ...intent } = locale;
      const lists = [...Object.values(intent), ...Object.values(details).filter(Array.isArray), Object.keys(shorthand), Object.values(shorthand)] as string[][];
      for (const phrase of lists.flat()) {
        expect(matchKey(phrase), `${language}: "${phrase}"`).toBe(phrase);
        expect(() => compileStickyPhrases([phrase])).not.toThrow();
      }
    }
  });
});
