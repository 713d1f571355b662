import type { TrimLocale } from './types';

/** German. */
export const de: TrimLocale = {
  code: 'de',
  // "Am 03.02.2016 3:35 nachm. schrieb X <x@y>:", "X <x@y> schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:"
  wroteVerbs: ['schrieben sie', 'geschrieben', 'schrieb'],
  attributionOpeners: ['am'],
  headerLabels: {
    from: ['von'],
    date: ['gesendet', 'datum'],
    to: ['an'],
    cc: ['cc', 'kopie'],
    subject: ['betreff'],
  },
  separators: ['ursprüngliche nachricht', 'originalnachricht', 'weitergeleitete nachricht', 'anfang der weitergeleiteten nachricht'],
  mobileSignatures: [
    /^von meinem .{1,60} gesendet/u,
    /^diese nachricht wurde von .{1,80} gesendet/u,
    'gesendet von ',
    'gesendet mit ',
    'outlook für ios beziehen',
    'outlook für android beziehen',
  ],
  closings: [
    'mit freundlichen grüßen',
    'freundliche grüße',
    'viele grüße',
    'beste grüße',
    'liebe grüße',
    'herzliche grüße',
    'grüße',
    'gruß',
    'mfg',
    'lg',
    'vg',
    'danke',
    'vielen dank',
    'danke schön',
  ],
  outOfOfficeText: [
    'ich bin (?:bis|vom|ab)', 'nicht im buro', '(?:ausser|außer) haus', 'im urlaub', 'in dringenden fallen',
    '(?:ihre |)(?:e-?mail|nachricht) wird nicht weitergeleitet', 'nach meiner ruckkehr', 'keinen zugriff auf (?:meine |)e-?mails?',
  ],
};
