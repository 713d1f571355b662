import type { TrimLocale } from './types';

/** Ukrainian. */
export const uk: TrimLocale = {
  code: 'uk',
  // "30 серп. 2016 р. 20:45 "X" <x@y> пише:"
  wroteVerbs: ['пише', 'написав(ла)', 'написав', 'написала'],
  attributionOpeners: [],
  headerLabels: {
    from: ['від'],
    date: ['надіслано', 'дата'],
    to: ['кому'],
    cc: ['копія'],
    subject: ['тема'],
  },
  separators: ['оригінальне повідомлення', 'переслане повідомлення'],
  mobileSignatures: ['надіслано з '],
  closings: ['з повагою', 'дякую', 'всього найкращого'],
};
