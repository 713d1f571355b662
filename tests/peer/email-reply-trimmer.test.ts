import { describe, expect, it } from 'vitest';
import { benchTrimmers, loadEmailReplyTrimmerCases, sameTrimmed } from '../../bench/trimmers';
import { trimReply } from '../../shared/understanding/trim';

/*
 * Discourse's email_reply_trimmer suite (../shared/peer/email-reply-trimmer, MIT),
 * read in place. Four expected outputs keep text that, in an RSVP reply, would be
 * the quoted invitation read as the person's answer; we cut it on purpose and pin
 * what we produce instead.
 */
const DELIBERATE: Record<string, { ours: string; why: string }> = {
  'embedded_email_7.txt': {
    why: 'the "> " lines under "On … wrote:" are the quoted original; only the text around them is kept',
    ours: 'This is a line before the embedded email.\n\nThis is some text\n\nafter the\n\nembedded email.',
  },
  'embedded_email_17.txt': {
    why: 'everything under a leading "On … wrote:" is the unquoted original (Outlook Mobile style)',
    ours: '',
  },
  'embedded_email_18.txt': {
    why: 'everything under a leading "On … wrote:" is the unquoted original (Outlook Mobile style)',
    ours: '',
  },
  'forwarded_message.txt': {
    why: 'a bare forward carries nobody\'s answer; its body is the forwarded original',
    ours: '',
  },
};

const cases = await loadEmailReplyTrimmerCases();
const matching = cases.filter((c) => !(c.name in DELIBERATE));

describe('discourse/email_reply_trimmer suite', () => {
  it('has the 64 cases this test was written for', () => {
    expect(cases).toHaveLength(64);
    for (const name of Object.keys(DELIBERATE)) expect(cases.map((c) => c.name)).toContain(name);
  });

  it.each(matching.map((c) => [c.name, c] as const))('%s is trimmed as expected', (_name, c) => {
    const result = trimReply({ text: c.email, html: null });
    expect(result.text.replace(/\r\n?/g, '\n').trim()).toBe(c.expected.replace(/\r\n?/g, '\n').trim());
  });

  it.each(Object.entries(DELIBERATE))('%s deviates on purpose', (name, deviation) => {
    const c = cases.find((candidate) => candidate.name === name);
    expect(c, deviation.why).toBeDefined();
    const result = trimReply({ text: c?.email ?? '', html: null });
    expect(result.text).toBe(deviation.ours);
    expect(result.quoted).toBe(true);
  });

  it('scores at least 60 of 64 and beats email-reply-parser and planer in the same run', async () => {
    const scores = await benchTrimmers();
    expect(scores.total).toBe(64);
    expect(scores.ours).toBeGreaterThanOrEqual(60);
    expect(scores.failures.sort()).toEqual(Object.keys(DELIBERATE).sort());
    expect(scores.ours).toBeGreaterThan(scores.emailReplyParser);
    expect(scores.ours).toBeGreaterThan(scores.planer);
  });

  it('compares the way the peer README counts (CRLF and surrounding white space ignored)', () => {
    expect(sameTrimmed('a\r\nb\n\n', '\na\nb')).toBe(true);
    expect(sameTrimmed('a\nb', 'a\n b')).toBe(false);
  });
});
