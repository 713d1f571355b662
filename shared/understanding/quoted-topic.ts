import { findWeekdayDates, weekdayOf } from '../events/find-weekday-dates';
import { CONDITIONAL } from './clause-words';
import { foldForMatching } from './text-normalize';

/**
 * A meeting named by its topic in the reply's own words: "Confirm participarea la întâlnirea de joi, 16 ianuarie, privind
 * bugetul participativ", "la seminarul despre fonduri europene din 22 ianuarie organizat de ADR Vest" (h483_062), or by
 * the body that holds it: "pentru ședința de pe 20 februarie a Comisiei de cultură, la aceea vin sigur" (h525_036), or after
 * its weekday: "Confirm pentru joi, întâlnirea de la noi despre apelul Interreg Europe" (h579_069). Romanian only: an English reply names the topic in words a Romanian invitation never holds.
 */
const NAMED_TOPIC =
  /(?:^|[^a-z])(?:la|pentru)(?: (?:luni|marti|miercuri|joi|vineri),)? (?:intalnirea|sedinta|dezbaterea|consultarea|sesiunea|atelierul|evenimentul|workshopul|reuniunea|conferinta|seminarul|webinarul|forumul|cursul|trainingul)(?![a-z])[^.!?\n]{0,60}?(?<![a-z])(?:privind|despre|pe tema|referitoare la|referitor la|dedicata|dedicat|legata de|legat de|cu tema|(?=(?:a|al) (?:comisiei|comitetului|consiliului|grupului|clubului|asociatiei|federatiei|camerei|agentiei|directiei|retelei|consortiului)(?![a-z])))\s*(?:(?:a|al)\s+)?((?:[a-z-]+\s*){1,3})/;
// Words of a topic too common to tell one meeting from another.
const COMMON = new Set(['acest', 'aceasta', 'acesta', 'aceste', 'acestui', 'noastra', 'nostru', 'dumneavoastra', 'proiect', 'proiectul', 'tema', 'temele', 'subiect', 'subiectul']);
// Its head word's first letters: "bugetul" against "bugetului", not "participativ" against the quote's "participați".
const STEM = 6;
/** Below this, the quote is too short to be the invitation (a one-line earlier message): nothing is compared. */
const MIN_QUOTE = 200;

/**
 * The topic of another meeting a yes confirms: the reply names the meeting it confirms by its topic ("… privind bugetul
 * participativ", h408_005), and the topic's head word is nowhere in the invitation it quotes. A city hall's stakeholders are
 * invited to many consultations, and a confirmation sent to the wrong thread is no answer to this one. Only when the
 * quote is there to compare with and the topic is in the sentence of the phrase that decided; else null.
 * @param plainText the mail's plain text, quote included (or a function giving it, for an HTML-only mail's lines).
 * @param trimmed the reply's own words.
 * @param evidence the phrases that decided the yes, "; "-separated.
 */
export function foreignTopic(plainText: string | null | undefined | (() => string | null), trimmed: string, evidence: string | null): string | null {
  if (!plainText || !evidence) return null;
  const own = foldForMatching(trimmed);
  const match = NAMED_TOPIC.exec(own);
  if (!match) return null;
  // An HTML-only mail's lines are read only now, when a topic is named at all.
  const plain = typeof plainText === 'function' ? plainText() : plainText;
  if (!plain) return null;
  const decidedBy = foldForMatching(evidence.split(/;|→/)[0]!.trim());
  const sentenceStart = Math.max(own.lastIndexOf('.', match.index), own.lastIndexOf('!', match.index), own.lastIndexOf('\n', match.index)) + 1;
  const sentenceEnd = own.slice(match.index).search(/[.!?\n]/);
  const sentence = own.slice(sentenceStart, sentenceEnd < 0 ? own.length : match.index + sentenceEnd);
  if (decidedBy === '' || !sentence.includes(decidedBy)) return null;
  const words = match[1]!.trim().split(/\s+/).filter((word) => word.length >= STEM && !COMMON.has(word));
  if (words.length === 0) return null;
  const quote = quotedPart(plain, trimmed);
  if (quote === null) return null;
  return quote.includes(words[0]!.slice(0, STEM)) ? null : match[1]!.trim();
}

/** A condition on the meeting being held online: "dacă întâlnirea va fi online", "if it's on Zoom". */
const ONLINE_CONDITION =
  /(?<![a-z])(?:daca|if|cu conditia ca|provided(?: that)?|as long as|atata timp cat)\s+(?:(?:intalnirea|sesiunea|atelierul|evenimentul|discutia|it|the meeting|the session|the workshop|this)\s+)?(?:e|este|va fi|se tine|se desfasoara|are loc|will be|is|takes place|is held|will take place|it's)\s+(?:tot\s+|still\s+)?(?:online|pe zoom|on zoom|via zoom|virtual|virtuala|remote)(?![a-z])/;
/** Its other side, said beside it: "Dacă e online, da. Dacă e la sediu, nu pot" (h615_068). */
const IN_PERSON_CONDITION =
  /(?<![a-z])(?:daca|if)\s+(?:(?:intalnirea|sesiunea|atelierul|evenimentul|it|the meeting|the session|the workshop)\s+)?(?:e|este|va fi|se tine|are loc|will be|is|it's|takes place)\s+(?:la sediu|fizic|fizica|in persoana|fata in fata|la primarie|in sala|in person|on site|onsite|physical|face to face)(?![a-z])/g;
/** Every word of the locales' `conditionals`, counted: the online one must be the reply's only condition (its in-person other side aside). */
const CONDITION_WORD = new RegExp(CONDITIONAL.source, 'g');
/** An invitation to a meeting held online names its platform. */
// Its platform by name: "înscrieri online" or "agenda e disponibilă online" in an invitation to a hall says nothing of the format.
const ONLINE_INVITATION = /(?<![a-z])(?:zoom|microsoft teams|google meet|webex)(?![a-z])/;
/** A doubt or a "but" beside the condition: the answer is not only conditional. */
const NOT_ONLY_CONDITION = /(?<![a-z])(?:poate|probabil|posibil|cred|nu stiu|nu sunt sigur|nu sunt sigura|dar|insa|depinde|maybe|perhaps|probably|possibly|not sure|but|however|depends|depending)(?![a-z])/;

/**
 * Whether the reply's one condition, that the meeting be online ("Particip cu drag dacă întâlnirea va fi online", h591_008),
 * is one the invitation it quotes already meets: that invitation names Zoom or says online. Without the quote, or with
 * another condition beside it (but its in-person other side), false: the answer stays conditional.
 * @param plain the mail's plain text, quote included.
 * @param trimmed the reply's own words.
 */
export function onlineConditionMet(plain: string | null | undefined, trimmed: string): boolean {
  const own = foldForMatching(trimmed);
  const conditions = (own.match(CONDITION_WORD)?.length ?? 0) - (own.match(IN_PERSON_CONDITION)?.length ?? 0);
  if (!ONLINE_CONDITION.test(own) || conditions !== 1 || NOT_ONLY_CONDITION.test(own) || !plain) return false;
  const quote = quotedPart(plain, trimmed);
  return quote !== null && ONLINE_INVITATION.test(quote);
}

/** The folded text below the reply's own words (the quote), or null when too short to be the invitation. */
function quotedPart(plain: string, trimmed: string): string | null {
  const own = trimmed.trim();
  let at = plain.indexOf(own.slice(-40));
  let end = at < 0 ? -1 : at + Math.min(40, own.length);
  if (at < 0) {
    // An HTML body's lines space the words otherwise than the trimmed reply: its last line, found after its first.
    const lines = own.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const from = plain.indexOf(lines[0] ?? '');
    at = from < 0 ? -1 : plain.indexOf(lines[lines.length - 1]!, from);
    end = at < 0 ? -1 : at + lines[lines.length - 1]!.length;
  }
  const quote = foldForMatching(end < 0 ? plain.replace(trimmed, '') : plain.slice(end));
  return quote.length < MIN_QUOTE ? null : quote;
}

/** A day of the month as a date: "17 ianuarie", "17.01", "on the 17th", not inside a longer number or an hour. */
const dayAsDate = (day: string): RegExp =>
  new RegExp(`(?<![0-9:.])0?${day}(?:\\s*(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|ian|feb|january|february|march|april|may|june|july|september|october|november|december|jan|st|nd|rd|th)(?![a-z])|[./]\\d{1,2}(?![0-9:]))`);

/**
 * Which side of a yes and a refusal that name different days ("Particip la atelierul din 26 ianuarie … Pe 17 nu pot",
 * h423_010) answers the invitation quoted below: the one whose day is the invitation's, when only one of them is. A
 * weekday alone settles nothing against another weekday, only against a date the quote writes with its weekday (see
 * `weekdaySide`); null when the quote is missing or settles nothing.
 * @param plain the mail's plain text, quote included.
 * @param trimmed the reply's own words.
 * @param days the days each side named.
 */
export function invitationSide(plain: string | null | undefined, trimmed: string, days: { yes: readonly string[]; no: readonly string[] }): 'yes' | 'no' | null {
  if (!plain) return null;
  const relative = tomorrowSide(plain, trimmed, days);
  if (relative) return relative;
  const numeric = (list: readonly string[]): string[] => list.filter((day) => /^\d{1,2}$/.test(day));
  const yes = numeric(days.yes);
  const no = numeric(days.no);
  if (yes.length === 0 && no.length === 0) return null;
  if (yes.length === 0 || no.length === 0) return weekdaySide(plain, trimmed, days);
  const quote = quotedPart(plain, trimmed);
  if (quote === null) return null;
  const quoted = (list: string[]): boolean => list.some((day) => dayAsDate(day).test(quote));
  const yesQuoted = quoted(yes);
  const noQuoted = quoted(no);
  if (yesQuoted === noQuoted) return null;
  return yesQuoted ? 'yes' : 'no';
}

const WEEKDAY_WORD = /^(?:luni|marti|miercuri|joi|vineri|sambata|duminica)$/;

/**
 * "Din păcate mâine nu pot, dar miercuri la Zoom sunt prezentă" (h549_015): "tomorrow" on one side, a weekday on the
 * other that the quoted invitation names: that side answers it.
 */
function tomorrowSide(plain: string, trimmed: string, days: { yes: readonly string[]; no: readonly string[] }): 'yes' | 'no' | null {
  const tomorrow = (list: readonly string[]): boolean => list.length > 0 && list.every((day) => day === 'maine');
  const weekdays = (list: readonly string[]): boolean => list.length > 0 && list.every((day) => WEEKDAY_WORD.test(day));
  const side = tomorrow(days.no) && weekdays(days.yes) ? 'yes' : tomorrow(days.yes) && weekdays(days.no) ? 'no' : null;
  if (side === null) return null;
  const quote = quotedPart(plain, trimmed);
  if (quote === null) return null;
  const folded = foldForMatching(quote);
  return (side === 'yes' ? days.yes : days.no).every((day) => new RegExp(`(?<![a-z])${day}(?![a-z])`).test(folded)) ? side : null;
}

/**
 * One side names a day of the month, the other only a weekday: "two of us will join the Rijeka Local Learning Lab next
 * Thursday … Regarding your Timișoara lab on 17th … we will not be able to connect" (h447_087). The quote writes the
 * invitation's date with its weekday ("miercuri, 17.01.2021"): the side whose day is that date answers the invitation
 * when the other side's weekday is not the date's.
 */
function weekdaySide(plain: string, trimmed: string, days: { yes: readonly string[]; no: readonly string[] }): 'yes' | 'no' | null {
  const yesDated = days.yes.some((day) => /^\d{1,2}$/.test(day));
  const dated = yesDated ? days.yes : days.no;
  const other = (yesDated ? days.no : days.yes).map((day) => weekdayOf(day));
  if (other.length === 0 || other.some((weekday) => weekday === null)) return null;
  const quote = quotedPart(plain, trimmed);
  if (quote === null) return null;
  const written = findWeekdayDates(quote, new Date(0)).filter((date) => dated.some((day) => Number(day) === date.day));
  if (written.length === 0 || written.some((date) => other.includes(date.weekday))) return null;
  return yesDated ? 'yes' : 'no';
}

/**
 * The hour the quoted invitation says the meeting starts at: "va avea loc miercuri, 17.01.2021, începând cu ora 11",
 * "luni, 20 ianuarie 2020, începând cu ora 10,00", "starting at 11:00". Only the invitation's own wording of a start, not
 * the quote header's "la 14:32". Empty when there is no quote long enough to be the invitation.
 * @param plain the mail's plain text, quote included.
 * @param trimmed the reply's own words.
 */
export function quotedStartHours(plain: string | null | undefined, trimmed: string): number[] {
  if (!plain) return [];
  const quote = quotedPart(plain, trimmed);
  if (quote === null) return [];
  return [...quote.matchAll(START_HOUR)].map((match) => Number(match[1] ?? match[2]));
}

const START_HOUR =
  /(?<![a-z])(?:(?:incepand|incepind) (?:cu|de la) (?:ora|orele)|(?:va )?incepe (?:la )?(?:ora|orele)|(?:starting|beginning|starts|begins|start|begin) at) (\d{1,2})(?:[:.,]00)?(?![0-9]|[:.,]\d)|(?<![a-z])(?:ora|orele) (\d{1,2})(?:[:.,]00)? pe (?:platforma|zoom|teams)/g;
