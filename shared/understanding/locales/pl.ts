import type { TrimLocale } from './types';

/** Polish. */
export const pl: TrimLocale = {
  code: 'pl',
  // "Dnia 14 lip 2015 o godz. 00:25 X <x@y> napisał(a):", "23 mar 2017 21:25 "X" <x@y> napisał(a):"
  wroteVerbs: ['napisał(a)', 'napisał', 'napisała', 'pisze'],
  attributionOpeners: ['dnia', 'dňa', 'w dniu'],
  headerLabels: {
    from: ['od', 'nadawca'],
    date: ['wysłano', 'wysłane', 'data'],
    to: ['do', 'adresat'],
    cc: ['dw', 'kopia'],
    subject: ['temat'],
  },
  separators: ['oryginalna wiadomość', 'wiadomość oryginalna', 'przekazana wiadomość', 'wiadomość przekazana'],
  mobileSignatures: ['wysłane z ', 'wysłano z '],
  closings: ['pozdrawiam', 'serdecznie pozdrawiam', 'z poważaniem', 'pozdrowienia', 'dziękuję'],
};
