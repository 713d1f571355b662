import type { TrimLocale } from './types';

/** Serbian, Latin and Cyrillic (Novi Sad, ECoC 2022; Serbian-speaking partners in Timiș). */
export const sr: TrimLocale = {
  code: 'sr',
  // "Dana 12.03.2020. u 14:03, X je napisao/la:", Gmail Cyrillic: "X <x@y> је написао/ла:"
  wroteVerbs: ['je napisao/la', 'je napisao', 'je napisala', 'је написао/ла', 'је написао', 'је написала', 'написао/ла је', 'написао је', 'написала је'],
  attributionOpeners: ['dana', 'дана'],
  headerLabels: {
    from: ['od', 'пошиљалац', 'од'],
    date: ['poslato', 'послато', 'датум'],
    to: ['za', 'прималац', 'за'],
    cc: ['kopija', 'копија'],
    subject: ['tema', 'predmet', 'тема', 'предмет'],
  },
  separators: ['originalna poruka', 'prosleđena poruka', 'оригинална порука', 'прослеђена порука'],
  mobileSignatures: ['poslato sa mog ', 'poslato sa ', 'послато са мог ', 'послато са '],
  closings: ['srdačan pozdrav', 'pozdrav', 's poštovanjem', 'sa poštovanjem', 'hvala', 'срдачан поздрав', 'поздрав', 'с поштовањем', 'са поштовањем', 'хвала'],
};
