import { describe, expect, it } from 'vitest';
import { judgeAuthenticity } from '../../../shared/inbound/authenticity';
import { effectiveTime, messageKey } from '../../../shared/inbound/message-key';

describe('authenticity', () => {
  const pass = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
  it('rejects spam and viruses, distrusts DMARC failures and double SPF+DKIM failures', () => {
    expect(judgeAuthenticity({ ...pass, virus: 'FAIL' }, null)).toMatchObject({ verdict: 'reject', reason: 'virus' });
    expect(judgeAuthenticity({ ...pass, spam: 'FAIL' }, null)).toMatchObject({ verdict: 'reject' });
    expect(judgeAuthenticity({ ...pass, dmarc: 'FAIL' }, null).verdict).toBe('unverified');
    expect(judgeAuthenticity({ ...pass, spf: 'FAIL', dkim: 'FAIL' }, null).verdict).toBe('unverified');
    expect(judgeAuthenticity({ ...pass, spf: 'FAIL' }, null).verdict).toBe('pass');
  });
  it('uses Authentication-Results locally, and passes without it', () => {
    expect(judgeAuthenticity(null, { spf: 'fail', dkim: 'fail', dmarc: 'none' }).verdict).toBe('unverified');
    expect(judgeAuthenticity(null, null).verdict).toBe('pass');
  });
});

describe('message keys and times', () => {
  it('keys by Message-ID and sender, else by the raw bytes', () => {
    const a = messageKey({ messageId: '<X@y>', from: { address: 'a@b', name: null } }, Buffer.from('1'));
    expect(messageKey({ messageId: '<x@y>', from: { address: 'a@b', name: null } }, Buffer.from('2'))).toBe(a);
    expect(messageKey({ messageId: '<x@y>', from: { address: 'c@d', name: null } }, Buffer.from('1'))).not.toBe(a);
    expect(messageKey({ messageId: null, from: null }, Buffer.from('1'))).not.toBe(messageKey({ messageId: null, from: null }, Buffer.from('2')));
  });
  it('trusts a sane Date header and falls back to receipt time', () => {
    expect(effectiveTime('Mon, 13 Jan 2020 10:00:00 +0200', '2020-01-13T09:00:00.000Z')).toBe('2020-01-13T08:00:00.000Z');
    expect(effectiveTime('Mon, 13 Jan 2031 10:00:00 +0200', '2020-01-13T09:00:00.000Z')).toBe('2020-01-13T09:00:00.000Z');
    expect(effectiveTime(null, '2020-01-13T09:00:00.000Z')).toBe('2020-01-13T09:00:00.000Z');
  });
});

describe('review reasons', () => {
  it('are stored as codes and worded in the reader’s language', async () => {
    const { describeReviewReason, reviewReason } = await import('../../../shared/status/review-reason');
    expect(reviewReason('unclear', 'Se poate online?')).toBe('unclear: Se poate online?');
    expect(describeReviewReason('unclear: Se poate online?', 'ro')).toBe('răspuns neclar: Se poate online?');
    expect(describeReviewReason('unverified: DMARC failed', 'en')).toBe('unverified sender: DMARC failed');
    expect(describeReviewReason('on-behalf', 'ro')).toBe('răspunde în numele altcuiva');
    expect(describeReviewReason('something else', 'ro')).toBe('something else');
  });
});

describe('dedup key without a Message-ID', () => {
  it('is the same for two deliveries that differ only in trace headers', () => {
    const body = 'From: a@example.com\r\nTo: rsvp@primarie.example.org\r\nSubject: x\r\n\r\nConfirm participarea.\r\n';
    const first = Buffer.from(`Received: from mx1 by inbound-smtp with SMTP id aaa; Mon, 13 Jan 2020 07:00:01 +0000\r\nReturn-Path: <a@example.com>\r\n${body}`);
    const second = Buffer.from(`Received: from mx2 by inbound-smtp with SMTP id bbb;\r\n Mon, 13 Jan 2020 07:00:09 +0000\r\nX-SES-Spam-Verdict: PASS\r\n${body}`);
    expect(messageKey({ messageId: null, from: null }, first)).toBe(messageKey({ messageId: null, from: null }, second));
    expect(messageKey({ messageId: null, from: null }, Buffer.from(body.replace('Confirm', 'Nu confirm')))).not.toBe(messageKey({ messageId: null, from: null }, first));
  });
});
