import type { TrimLocale } from './types';

/** Swedish. */
export const sv: TrimLocale = {
  code: 'sv',
  // "Den 5 juni 2017 12:22 skrev X <x@y>:"
  wroteVerbs: ['skrev'],
  attributionOpeners: ['den'],
  headerLabels: {
    from: ['från'],
    date: ['skickat', 'datum'],
    to: ['till'],
    cc: ['kopia'],
    subject: ['ämne'],
  },
  separators: ['ursprungligt meddelande', 'originalmeddelande', 'vidarebefordrat meddelande', 'början på vidarebefordrat meddelande'],
  mobileSignatures: ['skickat från ', 'från min '],
  closings: ['med vänliga hälsningar', 'vänliga hälsningar', 'hälsningar', 'mvh', 'tack', 'tack så mycket'],
};
