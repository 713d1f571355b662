import type { Language } from './event-schema';

/** A date written with its weekday in free text, e.g. "miercuri, 17.01.2021" or "Monday, 20 January 2020". */
export interface WrittenWeekdayDate {
  /** The words as written (original spelling, diacritics kept). */
  snippet: string;
  /** Offset of the snippet in the text. */
  index: number;
  /** The weekday written: 1 = Monday … 7 = Sunday (ISO, as luxon). */
  weekday: number;
  lang: Language;
  year: number;
  month: number;
  day: number;
  /** False when the text gave no year and it was inferred. */
  yearWritten: boolean;
}

const weekdayWords: Record<string, [number, Language]> = {
  luni: [1, 'ro'], marti: [2, 'ro'], miercuri: [3, 'ro'], joi: [4, 'ro'], vineri: [5, 'ro'], sambata: [6, 'ro'], duminica: [7, 'ro'],
  monday: [1, 'en'], tuesday: [2, 'en'], wednesday: [3, 'en'], thursday: [4, 'en'], friday: [5, 'en'], saturday: [6, 'en'], sunday: [7, 'en'],
  mon: [1, 'en'], tue: [2, 'en'], tues: [2, 'en'], wed: [3, 'en'], thu: [4, 'en'], thur: [4, 'en'], thurs: [4, 'en'], fri: [5, 'en'], sat: [6, 'en'], sun: [7, 'en'],
};

/** The ISO weekday (1 = Monday … 7 = Sunday) a folded word names ("miercuri", "thursday", "thu"), or null. */
export function weekdayOf(word: string): number | null {
  return Object.hasOwn(weekdayWords, word) ? weekdayWords[word]![0] : null;
}

const monthWords: Record<string, number> = {
  ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, mai: 5, iunie: 6, iulie: 7, august: 8, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, september: 9, october: 10, november: 11, december: 12,
  ian: 1, jan: 1, feb: 2, mar: 3, apr: 4, iun: 6, jun: 6, iul: 7, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, noi: 11, nov: 11, dec: 12,
};

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const WD = `(?<![a-z])(${byLength(Object.keys(weekdayWords))})(?![a-z])\\.?`;
const MONTH = `(${byLength(Object.keys(monthWords))})(?![a-z])\\.?`;
const SEP = `\\s*[,(]?\\s*(?:the\\s+|ziua\\s+de\\s+)?`;
const ORD = `(?:st|nd|rd|th)?`;
// On folded text (lower case, no diacritics). Alternatives: 17.01.2021 | 20 ianuarie 2020 | January 20, 2020 | 2020-01-20.
const PATTERN = new RegExp(
  `${WD}${SEP}(?:` +
    `(\\d{1,2})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{4}|\\d{2})(?!\\d)` +
    `|(\\d{1,2})${ORD}\\.?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})(?!\\d))?` +
    `|${MONTH}\\s+(\\d{1,2})${ORD}(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?` +
    `|(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)` +
    `)`,
  'g',
);

/** Lower-cases and strips diacritics, keeping for each folded character its offset in the original. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const ch of piece) {
      folded += ch;
      origin.push(i);
    }
  }
  return { folded, origin };
}

/** The year nearest to `around` for a day and month written without one. */
function nearestYear(month: number, day: number, around: Date): number {
  const y = around.getUTCFullYear();
  const candidates = [y - 1, y, y + 1];
  return candidates.reduce((best, c) => (Math.abs(Date.UTC(c, month - 1, day) - around.getTime()) < Math.abs(Date.UTC(best, month - 1, day) - around.getTime()) ? c : best));
}

/**
 * Finds dates written next to a weekday, in Romanian or English, with or without
 * diacritics: "miercuri, 17.01.2021", "marţi 12/01/2021", "luni, 20 ianuarie 2020",
 * "Wednesday, January 15, 2020", "Sun 2021-01-17". A date written without a year
 * takes the year that puts it nearest `around` (the event's start).
 */
export function findWeekdayDates(text: string, around: Date): WrittenWeekdayDate[] {
  const { folded, origin } = fold(text);
  const found: WrittenWeekdayDate[] = [];
  for (const m of folded.matchAll(PATTERN)) {
    const g = (i: number) => m[i];
    const [weekday, lang] = weekdayWords[g(1)!]!;
    let day: number, month: number, year: number | null;
    if (g(2)) [day, month, year] = [Number(g(2)), Number(g(3)), Number(g(4)!.length === 2 ? `20${g(4)}` : g(4))];
    else if (g(5)) [day, month, year] = [Number(g(5)), monthWords[g(6)!]!, g(7) ? Number(g(7)) : null];
    else if (g(8)) [day, month, year] = [Number(g(9)), monthWords[g(8)!]!, g(10) ? Number(g(10)) : null];
    else [day, month, year] = [Number(g(13)), Number(g(12)), Number(g(11))];
    const start = origin[m.index]!;
    const last = origin[m.index + m[0].length - 1]!;
    found.push({
      snippet: text.slice(start, last + 1).replace(/\s+/g, ' '),
      index: start,
      weekday,
      lang,
      day,
      month,
      year: year ?? nearestYear(month, day, around),
      yearWritten: year !== null,
    });
  }
  return found;
}
