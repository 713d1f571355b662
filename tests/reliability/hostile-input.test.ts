import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundDeps } from '../../shared/inbound/inbound-deps';
import { processInbound } from '../../shared/inbound/process-inbound';
import { startTestStack, type TestStack } from '../helpers/local-stack';

const INBOX = 'rsvp+lll-2020-01@primarie.example.org';
let t: TestStack;
beforeAll(async () => {
  t = await startTestStack({ now: '2020-01-13T09:00:00+02:00' });
});
afterAll(async () => t.close());

const acksTo = async (address: string) => (await t.outbox()).filter((o) => o.raw.includes(`To: `) && o.mail.to && !Array.isArray(o.mail.to) && o.mail.to.value[0]?.address === address);

describe('hostile and unusual input through the whole flow', () => {
  it('handles a 10 MB message with attachments', async () => {
    await t.send({
      from: 'big@example.com',
      to: INBOX,
      subject: 'Re: Invitație',
      text: 'Confirm participarea. Vă trimit alăturat prezentarea.',
      messageId: '<big-1@example.com>',
      attachments: [
        { filename: 'prezentare.pdf', content: randomBytes(6 * 1024 * 1024) },
        { filename: 'poze.zip', content: randomBytes(4 * 1024 * 1024) },
      ],
    });
    expect((await t.stack.services.store.getGuest('lll-2020-01', 'big@example.com'))?.status).toBe('yes');
    expect(await acksTo('big@example.com')).toHaveLength(1);
  });

  it('never lets CR/LF from an encoded display name or subject reach our headers', async () => {
    const evilName = Buffer.from('Evil\r\nBcc: victim@example.net\r\nX-Injected: 1').toString('base64');
    const evilSubject = Buffer.from('Re: Invitație\r\nBcc: victim@example.net').toString('base64');
    const raw = [
      `From: =?UTF-8?B?${evilName}?= <crlf@example.com>`,
      `To: ${INBOX}`,
      `Subject: =?UTF-8?B?${evilSubject}?=`,
      'Message-ID: <crlf-1@example.com>',
      'Date: Mon, 13 Jan 2020 09:00:00 +0200',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Confirm participarea.',
      '',
    ].join('\r\n');
    await t.sendRaw(raw, { from: 'crlf@example.com', to: [INBOX] });
    const [ack] = await acksTo('crlf@example.com');
    expect(ack).toBeDefined();
    const head = ack!.raw.split('\r\n\r\n')[0]!;
    expect(head).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(ack!.mail.bcc).toBeUndefined();
    expect(ack!.mail.subject).not.toMatch(/[\r\n]/);
  });

  it('stops answering an auto-responder that does not say it is one, at the hourly limit', async () => {
    for (let i = 0; i < 8; i++) {
      await t.send({ from: 'loop@robot.example', to: INBOX, subject: `Re: Re: Invitație ${i}`, text: 'Mesajul dumneavoastră a fost primit. Vă mulțumim!', messageId: `<loop-${i}@robot.example>` });
    }
    expect(await acksTo('loop@robot.example')).toHaveLength(5);
    expect(await t.stack.services.store.listReplies('lll-2020-01', 'loop@robot.example')).toHaveLength(8);
  });

  it('keeps a message above the size limit unread and records it for review', async () => {
    const small = await startTestStack({ now: '2020-01-13T09:00:00+02:00', env: { RSVP_MAX_MESSAGE_BYTES: '20000' } });
    try {
      // Over the SMTP size limit: refused at SMTP time with 552, so the sender's server tells them.
      await expect(small.send({ from: 'huge@example.com', to: INBOX, subject: 'x', text: 'Confirm participarea.', attachments: [{ filename: 'a.bin', content: randomBytes(30000) }] })).rejects.toThrow(/552|exceeds/);
    } finally {
      await small.close();
    }
  });

  it('keeps mail over the size limit unread, records it for review, and does not answer (SES accepts up to 40 MB)', async () => {
    const deps = inboundDeps(t.stack.services);
    const raw = Buffer.from(`From: x@example.com\r\nTo: ${INBOX}\r\nSubject: big\r\n\r\n${'y'.repeat(5000)}`);
    await t.stack.services.rawMail.put('inbound/oversized-1', raw);
    const result = await processInbound({ ...deps, settings: { ...deps.settings, maxMessageBytes: 1000 } }, { rawKey: 'inbound/oversized-1', sesMessageId: 'oversized-1', recipients: [INBOX], receivedAt: '2020-01-13T07:00:00.000Z', verdicts: null });
    expect(result).toMatchObject({ outcome: 'oversized', ack: 'none' });
    expect((await t.stack.services.store.listUnrouted()).some((u) => u.reason.startsWith('oversized') && u.rawKey === 'inbound/oversized-1')).toBe(true);
  });
});
