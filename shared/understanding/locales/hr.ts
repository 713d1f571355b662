import type { TrimLocale } from './types';

/** Croatian. */
export const hr: TrimLocale = {
  code: 'hr',
  // "Dana 13.01.2020 u 09:12, X je napisao:", Gmail: "… X <x@y> napisao/la je:"
  wroteVerbs: ['je napisao/la', 'je napisao', 'je napisala', 'napisao/la je', 'napisao je', 'napisala je', 'napisao', 'napisala'],
  attributionOpeners: ['dana'],
  headerLabels: {
    from: ['od', 'šalje'],
    date: ['poslano', 'datum'],
    to: ['za', 'prima'],
    cc: ['kopija'],
    subject: ['predmet'],
  },
  separators: ['izvorna poruka', 'originalna poruka', 'proslijeđena poruka', 'početak proslijeđene poruke'],
  mobileSignatures: ['poslano s mog ', 'poslano sa mog ', 'poslano s mojeg ', 'poslano iz ', 'poslano s '],
  closings: ['lijep pozdrav', 'lijepi pozdrav', 'srdačan pozdrav', 'srdačni pozdrav', 'pozdrav', 'pozdravi', 's poštovanjem', 'hvala', 'hvala vam'],
  outOfOfficeText: [
    'nisam u uredu', 'van ureda', 'na godisnjem odmoru', 'po (?:mom |)povratku', 'za hitne (?:slucajeve|stvari|upite)',
  ],
};
