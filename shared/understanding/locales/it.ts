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
  // Only an out-of-office notice says these (see robots.ts): "Sono fuori ufficio … al mio rientro".
  outOfOfficeText: [
    'sono (?:attualmente |)(?:fuori (?:ufficio|sede)|in ferie|assente)', 'fuori ufficio', 'al mio rientro', 'rientrero (?:in ufficio|in sede|il|lunedi|martedi|mercoledi|giovedi|venerdi)',
    'per (?:questioni|comunicazioni|richieste|necessita|casi) urgenti', '(?:la (?:sua|tua|vostra) |)(?:e-?mail|mail|messaggio) non (?:verra|sara) inoltrat[ao]',
    'con accesso limitato (?:alla posta|alle e-?mail|alla mail)',
  ],
};
