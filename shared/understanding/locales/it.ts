import type { TrimLocale } from './types';

/** Italian. */
export const it: TrimLocale = {
  code: 'it',
  // "Il 26 marzo 2016 alle 13.16 Sam <x@y> ha scritto:"
  wroteVerbs: ['ha scritto'],
  attributionOpeners: ['il'],
  headerLabels: {
    from: ['da'],
    date: ['inviato', 'data'],
    to: ['a'],
    cc: ['cc'],
    subject: ['oggetto'],
    other: ['risposta', 'rispondi a'],
  },
  separators: ['messaggio originale', 'messaggio inoltrato', 'inizio messaggio inoltrato'],
  mobileSignatures: ['inviato da ', 'inviato dal mio ', 'scarica outlook per '],
  closings: ['cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'un caro saluto', 'grazie', 'grazie mille', 'a presto'],
};
