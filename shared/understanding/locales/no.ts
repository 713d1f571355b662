import type { TrimLocale } from './types';

/** Norwegian (Bokmål) and Danish, which share the client strings that matter here. */
export const no: TrimLocale = {
  code: 'no',
  // "Den 15. jun. 2016 kl. 20.42 skrev X <x@y>:"
  wroteVerbs: ['skrev'],
  attributionOpeners: ['den'],
  headerLabels: {
    from: ['fra'],
    date: ['sendt', 'dato'],
    to: ['til'],
    cc: ['kopi'],
    subject: ['emne'],
  },
  separators: ['opprinnelig melding', 'videresendt melding', 'original meddelelse', 'videresendt meddelelse', 'videresendt e-post'],
  mobileSignatures: ['sendt fra '],
  closings: ['med vennlig hilsen', 'vennlig hilsen', 'med venlig hilsen', 'venlig hilsen', 'hilsen', 'mvh', 'takk', 'tak'],
};
