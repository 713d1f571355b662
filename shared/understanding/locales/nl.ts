import type { TrimLocale } from './types';

/** Dutch. */
export const nl: TrimLocale = {
  code: 'nl',
  // "Op 2 feb. 2015 om 05:28 heeft X <x@y> het volgende geschreven:", "Op … schreef X <x@y>:"
  wroteVerbs: ['het volgende geschreven', 'geschreven', 'schreef'],
  attributionOpeners: ['op'],
  headerLabels: {
    from: ['van'],
    date: ['verzonden', 'datum'],
    to: ['aan'],
    cc: ['cc'],
    subject: ['onderwerp'],
    other: ['beantwoorden - aan'],
  },
  separators: ['oorspronkelijk bericht', 'origineel bericht', 'doorgestuurd bericht', 'begin doorgestuurd bericht'],
  mobileSignatures: ['verzonden met ', 'verzonden vanaf ', 'verzonden vanuit ', 'verzonden van mijn ', 'verstuurd vanaf ', 'verstuurd met '],
  closings: [
    'met vriendelijke groet',
    'met vriendelijke groeten',
    'vriendelijke groet',
    'vriendelijke groeten',
    'hartelijke groet',
    'groeten',
    'groet',
    'bedankt',
    'dank je',
    'dank u',
  ],
  outOfOfficeText: [
    'ik ben (?:momenteel |tot en met |t/m |)(?:afwezig|niet op kantoor|met vakantie)', 'niet op kantoor', 'met vakantie', 'voor dringende (?:zaken|vragen)', 'na mijn terugkeer',
    '(?:uw |je |)(?:e-?mail|bericht) wordt niet doorgestuurd',
  ],
};
