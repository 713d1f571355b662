import type { TrimLocale } from './types';

/** Lithuanian. */
export const lt: TrimLocale = {
  code: 'lt',
  // Gmail: "2020-01-13, pr, 09:12 X <x@y> rašė:"; Thunderbird: "2020-01-13 09:12, X rašė:"
  wroteVerbs: ['rašė', 'parašė'],
  attributionOpeners: [],
  headerLabels: {
    from: ['nuo', 'siuntėjas'],
    date: ['išsiųsta', 'data'],
    to: ['kam', 'gavėjas'],
    cc: ['kopija'],
    subject: ['tema'],
  },
  separators: ['originalus laiškas', 'pradinis laiškas', 'persiųstas laiškas'],
  mobileSignatures: ['išsiųsta iš mano ', 'siųsta iš mano ', 'išsiųsta iš '],
  closings: ['pagarbiai', 'su pagarba', 'ačiū', 'linkėjimai', 'geriausi linkėjimai', 'linkiu geros dienos'],
  outOfOfficeText: [
    'esu atostogose', 'nesu biure', 'skubiais (?:klausimais|atvejais)', 'grizus',
  ],
};
