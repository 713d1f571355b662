import { describe, expect, it } from 'vitest';
import { compileTrimTables, foldKey, TRIM_LOCALES, TRIM_TABLES, type TrimLocale } from '../../../shared/understanding/locales';
import { trimPlainText } from '../../../shared/understanding/trim-text';

function allStrings(locale: TrimLocale): string[] {
  const labels = Object.values(locale.headerLabels).flat();
  const mobile = locale.mobileSignatures.filter((s): s is string => typeof s === 'string');
  return [...locale.wroteVerbs, ...locale.attributionOpeners, ...labels, ...locale.separators, ...mobile, ...locale.closings];
}

describe('locale tables', () => {
  it('cover the languages the issue and the peer suite need', () => {
    expect(TRIM_LOCALES.map((l) => l.code).sort()).toEqual(
      ['de', 'el', 'en', 'es', 'fr', 'hr', 'hu', 'it', 'lt', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sr', 'sv', 'uk', 'zh'].sort(),
    );
  });

  it.each(TRIM_LOCALES.map((l) => [l.code, l] as const))('%s: every entry is a non-empty string without stray spaces', (_code, locale) => {
    expect(locale.wroteVerbs.length + locale.separators.length).toBeGreaterThan(0);
    for (const entry of allStrings(locale)) {
      expect(entry.trim()).not.toBe('');
      expect(entry.trimStart()).toBe(entry);
    }
  });

  it('are folded for matching: case and diacritics do not matter', () => {
    expect(TRIM_TABLES.headerLabels.get('catre')).toBe('to');
    expect(TRIM_TABLES.closings.has('cu stima')).toBe(true);
    expect(TRIM_TABLES.separators.has(foldKey('Început mesaj redirecționat'))).toBe(true);
    expect(foldKey('CĂTRE Ş’')).toBe("catre s'");
  });

  // Partners of the ECoC-SME project write from Hungarian, Serbian and Greek mail clients.
  it.each([
    ['hu Outlook', 'Ott leszek.\n\nFeladó: Lavinia Simion <l@primariatm.ro>\nElküldve: 2021. október 1., péntek 10:02\nCímzett: eszter@veszprem.hu\nTárgy: Invitation\n\nPlease confirm your participation.'],
    ['hu Gmail', 'Ott leszek.\n\nLavinia Simion <l@primariatm.ro> ezt írta (időpont: 2021. okt. 1., P 10:02):\n> Please confirm your participation.'],
    ['sr Outlook', 'Ott leszek.\n\nOd: Lavinia Simion <l@primariatm.ro>\nPoslato: 1. oktobar 2021. 10:02\nZa: milan@novisad.rs\nTema: Invitation\n\nPlease confirm your participation.'],
    ['sr Gmail Cyrillic', 'Ott leszek.\n\nLavinia Simion <l@primariatm.ro> је написао/ла:\n> Please confirm your participation.'],
    ['el Outlook', 'Ott leszek.\n\nΑπό: Lavinia Simion <l@primariatm.ro>\nΣτάλθηκε: Παρασκευή, 1 Οκτωβρίου 2021 10:02 πμ\nΠρος: eleni@elefsina.gr\nΘέμα: Invitation\n\nPlease confirm your participation.'],
    ['el Gmail', 'Ott leszek.\n\nΣτις Παρ, 1 Οκτ 2021 στις 10:02 π.μ., ο/η Lavinia Simion <l@primariatm.ro> έγραψε:\n> Please confirm your participation.'],
  ])('trim a %s quote header', (_client, text) => {
    expect(trimPlainText(text).text).toBe('Ott leszek.');
  });

  it('try the longest verb first', () => {
    const lengths = TRIM_TABLES.wroteVerbs.map((v) => v.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('can be extended by a translator without touching the trimmer', () => {
    const text = 'Přijdu.\n\nDne 13.01.2020 v 9:12 Lavinia <l@x.cz> napsal(a):\nPřeposlaná zpráva';
    expect(trimPlainText(text).text).not.toBe('Přijdu.'); // Czech is not in the tables…
    const cs: TrimLocale = {
      code: 'cs',
      wroteVerbs: ['napsal(a)', 'napsal'],
      attributionOpeners: ['dne'],
      headerLabels: { from: ['od'], date: ['odesláno'], to: ['komu'], cc: ['kopie'], subject: ['předmět'] },
      separators: ['původní zpráva'],
      mobileSignatures: ['odesláno z '],
      closings: ['s pozdravem'],
    };
    const tables = compileTrimTables([...TRIM_LOCALES, cs]);
    expect(trimPlainText(text, tables)).toEqual({ text: 'Přijdu.', quoted: true, signature: null }); // …until it is added.
  });
});
