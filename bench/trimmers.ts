/**
 * Exact-match score of reply trimmers on Discourse's email_reply_trimmer suite
 * (64 replies, each with the expected trimmed text): ours, npm
 * `email-reply-parser` and npm `planer`, in the same run and with the same
 * comparison (see `sameTrimmed`). Run: `npx tsx bench/trimmers.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmailReplyParser from 'email-reply-parser';
import planer from 'planer';
import { trimReply } from '../shared/understanding/trim';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** CI clones the repository with the team's shared/ folder beside it. */
export const EMAIL_REPLY_TRIMMER_DIR = path.resolve(repoRoot, '../shared/peer/email-reply-trimmer');

export interface TrimmerScores {
  ours: number;
  emailReplyParser: number;
  planer: number;
  total: number;
  /** Files our trimmer does not match exactly. */
  failures: string[];
}

export interface PeerCase {
  name: string;
  email: string;
  expected: string;
}

/** The suite's cases, sorted by file name. */
export async function loadEmailReplyTrimmerCases(dir = EMAIL_REPLY_TRIMMER_DIR): Promise<PeerCase[]> {
  const names = (await readdir(path.join(dir, 'emails'))).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      email: await readFile(path.join(dir, 'emails', name), 'utf8'),
      expected: await readFile(path.join(dir, 'trimmed', name), 'utf8'),
    })),
  );
}

/**
 * The comparison: exact text, with CRLF read as LF and white space around the
 * whole text ignored (planer keeps CRLF; email-reply-parser leaves a leading
 * blank line). This reproduces the peer README's 32/64 and 30/64.
 */
export function sameTrimmed(actual: string, expected: string): boolean {
  const clean = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
  return clean(actual) === clean(expected);
}

function safely(trim: (email: string) => string, email: string): string {
  try {
    return trim(email);
  } catch {
    return '\u0000failed';
  }
}

/** Scores the three trimmers on the suite. */
export async function benchTrimmers(): Promise<TrimmerScores> {
  const cases = await loadEmailReplyTrimmerCases();
  const failures: string[] = [];
  let ours = 0;
  let emailReplyParser = 0;
  let planerScore = 0;
  for (const { name, email, expected } of cases) {
    if (sameTrimmed(trimReply({ text: email, html: null }).text, expected)) ours += 1;
    else failures.push(name);
    if (sameTrimmed(safely((text) => new EmailReplyParser().parseReply(text), email), expected)) emailReplyParser += 1;
    if (sameTrimmed(safely((text) => planer.extractFrom(text, 'text/plain'), email), expected)) planerScore += 1;
  }
  return { ours, emailReplyParser, planer: planerScore, total: cases.length, failures };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const scores = await benchTrimmers();
  const row = (name: string, score: number): string =>
    `${name.padEnd(20)} ${String(score).padStart(3)} / ${scores.total}  ${((100 * score) / scores.total).toFixed(1).padStart(5)} %`;
  console.log('Exact matches on discourse/email_reply_trimmer (line endings and surrounding white space ignored)');
  console.log(row('ours (trimReply)', scores.ours));
  console.log(row('email-reply-parser', scores.emailReplyParser));
  console.log(row('planer', scores.planer));
  if (scores.failures.length > 0) console.log(`ours misses: ${scores.failures.join(', ')}`);
}
