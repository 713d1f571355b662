import type { TrimLocale } from './types';

/** English. */
export const en: TrimLocale = {
  code: 'en',
  // "On Mon, Apr 2, 2012 at 6:26 PM, Megan One <x@gmail.com> wrote:"
  wroteVerbs: ['wrote', 'writes'],
  attributionOpeners: ['on', 'at', 'in message'],
  headerLabels: {
    from: ['from'],
    date: ['sent', 'date'],
    to: ['to'],
    cc: ['cc', 'bcc'],
    subject: ['subject'],
    other: ['reply-to'],
  },
  separators: [
    'original message',
    'forwarded message',
    'reply message',
    'begin forwarded message',
  ],
  mobileSignatures: [
    'sent from ', // "Sent from my iPhone", "Sent from Outlook Mobile", "Sent from Mailbox"
    'sent via ',
    'sent with ',
    'sent by ',
    'sent using ',
    'sent on the go',
    'get outlook for ',
    /^[\p{L}\p{N}_]+ from mobile$/u, // "Nik from mobile"
    /^from my (?:iphone|ipad|android|mobile|phone|cell|samsung|galaxy|blackberry|smartphone|pixel|htc)\b/u,
  ],
  closings: [
    'best regards',
    'kind regards',
    'warm regards',
    'warmest regards',
    'regards',
    'best',
    'best wishes',
    'all the best',
    'thanks',
    'thank you',
    'many thanks',
    'thanks a lot',
    'thanks again',
    'thanks in advance',
    'cheers',
    'sincerely',
    'yours sincerely',
    'sincerely yours',
    'yours faithfully',
    'yours truly',
    'respectfully',
    'take care',
  ],
};
