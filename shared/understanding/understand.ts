import { analyzeText } from './analyze-text';
import type { TextAnalysis } from './analyze-text';
import { detectBounce } from './bounce';
import { calendarFromTnefSubject, findCalendarReply, partstatToIntent } from './calendar';
import { extractDetails } from './details';
import { decideIntent } from './intent';
import type { IntentResult } from './intent';
import { detectLanguage } from './language';
import { parseMail } from './parse-mail';
import type { ParsedMessage } from './parse-mail';
import { detectAutoReply, outOfOfficeText } from './robots';
import { quotedSubjects } from './quoted-subject';
import { isReplySubject, ownWordsSubject } from './subject';
import { trimReply } from './trim';
import type { Understanding } from './types';

export interface UnderstandOptions {
  /**
   * Subjects of our own invitations: a reply titled with one of them says nothing by its
   * subject, and words added around one ("RE: <ours> - NU pot participa") are the sender's.
   */
  ownSubjects?: string[];
}

/**
 * The understanding pipeline: raw RFC 5322 mail → what kind of message it is and what the
 * person answered. Pure (no I/O). Precedence: bounce > auto > calendar > reply.
 * @throws MailParseError only when the input is not a mail at all.
 */
export async function understand(raw: Buffer | string, options: UnderstandOptions = {}): Promise<Understanding> {
  const message = await parseMail(raw);
  const trimmed = trimReply({ text: message.text, html: message.html }).text;
  const bounce = detectBounce(message);
  if (bounce && !('delivered' in bounce)) {
    return robot(message, trimmed, 'bounce', { bounced: bounce.address, bounceType: bounce.type, autoReason: 'delivery failure report' });
  }
  const autoReason = bounce ? `delivery-status notification (${bounce.action})` : detectAutoReply(message);
  if (autoReason) return robot(message, trimmed, 'auto', { bounced: null, bounceType: null, autoReason });

  const from = message.facts.from?.address;
  const calendar = findCalendarReply(message.parts, from) ?? calendarFromTnefSubject(message.facts.subject, message.parts, from);
  // The calendar comment is the person's words too ("Vin cu un coleg"); details read both.
  const combined = calendar?.comment && !trimmed.includes(calendar.comment) ? `${trimmed}\n\n${calendar.comment}`.trim() : trimmed;
  // An answer sits at the top of a reply; a huge untrimmed body must not cost seconds.
  const words = combined.length > ANALYSIS_LIMIT ? combined.slice(0, ANALYSIS_LIMIT) : combined;
  const analysis = analyzeText(words);
  // The subject's own words, read only when needed: for a reply, finding them means reading
  // the quoted header block for the subject that was replied to.
  let subjectRead = false;
  let subject: string | null = null;
  const subjectWords = (): string | null => {
    if (subjectRead) return subject;
    subjectRead = true;
    const raw = message.facts.subject;
    const quoted = isReplySubject(raw) ? quotedSubjects(message.text, message.html) : [];
    subject = ownWordsSubject(raw, [...(options.ownSubjects ?? []), ...quoted]);
    return subject;
  };
  let decided: IntentResult;
  if (calendar) {
    const intent = partstatToIntent(calendar.partstat);
    decided = { intent, confidence: intent === 'unknown' ? 0.3 : 0.98, evidence: `PARTSTAT=${calendar.partstat}` };
  } else {
    decided = decideIntent(analysis, () => {
      const own = subjectWords();
      return own ? analyzeText(own) : null;
    });
    // An out-of-office without any robot header still reads like one, and answers nothing
    // (its "sunt în concediu" is not a refusal written to us).
    const outOfOffice = answersNothing(analysis) ? outOfOfficeText(words) : null;
    if (outOfOffice) return robot(message, trimmed, 'auto', { bounced: null, bounceType: null, autoReason: outOfOffice });
  }
  const details = extractDetails(words, analysis, decided.intent, decided.delegated ?? false);
  return {
    kind: calendar ? 'calendar' : 'reply',
    intent: decided.intent,
    confidence: round(decided.confidence),
    headcount: details.headcount,
    speaker: details.speaker,
    bounced: null,
    bounceType: null,
    note: details.note,
    text: trimmed,
    evidence: decided.evidence,
    language: detectLanguage(words) ?? detectLanguage(subjectWords() ?? ''),
    onBehalfOf: details.onBehalfOf,
    calendar,
    autoReason: null,
    facts: message.facts,
  };
}

function robot(
  message: ParsedMessage,
  text: string,
  kind: 'bounce' | 'auto',
  extra: Pick<Understanding, 'bounced' | 'bounceType' | 'autoReason'>,
): Understanding {
  return {
    kind,
    intent: null,
    confidence: 1,
    headcount: null,
    speaker: null,
    note: null,
    text,
    evidence: null,
    language: null,
    onBehalfOf: null,
    calendar: null,
    ...extra,
    facts: message.facts,
  };
}

const ANALYSIS_LIMIT = 20_000;
const ANSWERS = new Set(['yes', 'wish', 'no', 'maybe', 'softYes', 'othersYes', 'substitute']);

function answersNothing(analysis: TextAnalysis): boolean {
  return analysis.clauses.every((clause) => clause.question || clause.spans.every((span) => span.partial || !ANSWERS.has(span.kind)));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
