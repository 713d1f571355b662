import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../shared/app/logger';
import { createFsRawMailStore } from '../../shared/adapters/local/fs-raw-mail';
import { createOutboxTransport } from '../../shared/adapters/local/outbox-transport';
import { TransportError } from '../../shared/errors';
import { parseEvent } from '../../shared/events/parse-event';
import { cachedEvents } from '../../shared/inbound/event-catalog';
import type { InboundDeps, InboundRequest } from '../../shared/inbound/inbound-types';
import { processInbound } from '../../shared/inbound/process-inbound';
import { manualClock } from '../../shared/ports/clock';
import type { MailTransport } from '../../shared/ports/mailer';
import type { Store } from '../../shared/ports/store';
import { startTestDynamo, type TestDynamo } from '../helpers/dynalite';
import e2020 from '../../events/lll-2020-01.json';

// Crash and fault scenarios found in review: each must converge to one effect, one ack.
let db: TestDynamo;
let dir: string;
const clock = manualClock('2020-01-13T07:59:50Z');
beforeAll(async () => {
  db = await startTestDynamo();
  dir = await mkdtemp(join(tmpdir(), 'rsvp-review-'));
  raw = createFsRawMailStore(join(dir, 'raw'));
  await db.store.putEvent(parseEvent(e2020, 'e'), clock.now());
  await db.store.putEvent(parseEvent({ ...e2020, id: 'cap', capacity: 1 }, 'cap'), clock.now());
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const outbox = () => join(dir, 'outbox');
let raw: ReturnType<typeof createFsRawMailStore>;
function deps(over: { store?: Partial<Store>; transport?: MailTransport } = {}): InboundDeps {
  return {
    store: { ...db.store, ...over.store } as Store,
    transport: over.transport ?? createOutboxTransport(outbox(), clock),
    rawMail: raw,
    clock,
    log: silentLogger,
    events: cachedEvents(db.store, 0),
    settings: { maxMessageBytes: 1_000_000, ackLimitPerHour: 5, leaseMs: 90_000 },
  };
}
async function deliver(d: InboundDeps, mail: string, ses: string, receivedAt: string, to = 'rsvp+lll-2020-01@primarie.example.org'): Promise<unknown> {
  await raw.put(`inbound/${ses}`, Buffer.from(mail));
  const req: InboundRequest = { rawKey: `inbound/${ses}`, sesMessageId: ses, recipients: [to], receivedAt, verdicts: null };
  return processInbound(d, req).catch((e: unknown) => e);
}
const mail = (from: string, id: string, body: string, extra = '') =>
  `From: ${from}\r\nTo: rsvp+lll-2020-01@primarie.example.org\r\nSubject: Re: Invitatie\r\nMessage-ID: <${id}>\r\nDate: Mon, 13 Jan 2020 09:00:00 +0200\r\n${extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
const acksTo = async (address: string) => (await readdir(outbox()).catch(() => [] as string[])).filter((f) => f.includes('-ack-')).length && (await Promise.all((await readdir(outbox())).map(async (f) => (await import('node:fs/promises')).readFile(join(outbox(), f), 'utf8')))).filter((t) => t.includes(`To: ${address}`)).length;

describe('review findings', () => {
  it('a redelivery in the next hour after a crash before the final write does not acknowledge twice', async () => {
    const m = mail('twice@example.com', 'twice-1@example.com', 'Confirm participarea.');
    const crash = await deliver(deps({ store: { commitBatch: async () => Promise.reject(new Error('crash')) } }), m, 's1', '2020-01-13T07:59:50.000Z');
    expect(crash).toBeInstanceOf(Error);
    clock.set('2020-01-13T08:00:10Z');
    await deliver(deps(), m, 's2', '2020-01-13T08:00:10.000Z');
    expect(await acksTo('twice@example.com')).toBe(1);
    expect(await db.store.listReplies('lll-2020-01', 'twice@example.com')).toHaveLength(1);
  });

  it('a message whose acknowledgement SES refused is acknowledged on retry', async () => {
    const refusing: MailTransport = { send: async () => Promise.reject(new TransportError('SES refused', true, { notSent: true })) };
    const m = mail('refused@example.com', 'refused-1@example.com', 'Confirm participarea.');
    expect(await deliver(deps({ transport: refusing }), m, 's3', '2020-01-13T08:01:00.000Z')).toBeInstanceOf(TransportError);
    expect((await db.store.findMessage((await db.store.listMessages('failed')).find((r) => r.sesMessageId === 's3')!.messageKey))?.state).toBe('failed');
    await deliver(deps(), m, 's3', '2020-01-13T08:01:00.000Z');
    expect(await acksTo('refused@example.com')).toBe(1);
  });

  it('the waitlist moves up even when the decline was applied by an attempt that crashed', async () => {
    const capMail = (from: string, id: string, body: string) => mail(from, id, body).replace('lll-2020-01@', 'cap@');
    await deliver(deps(), capMail('first@example.com', 'c1@x', 'Confirm participarea.'), 'c1', '2020-01-13T08:02:00.000Z', 'rsvp+cap@primarie.example.org');
    await deliver(deps(), capMail('second@example.com', 'c2@x', 'Confirm participarea.'), 'c2', '2020-01-13T08:03:00.000Z', 'rsvp+cap@primarie.example.org');
    expect((await db.store.getGuest('cap', 'second@example.com'))?.status).toBe('waitlist');
    const decline = capMail('first@example.com', 'c3@x', 'Din păcate nu mai pot participa.').replace('09:00:00', '09:30:00');
    let calls = 0;
    const crashOnPromotion = deps({ store: { listGuests: async (id, o) => (o?.consistent && ++calls === 1 ? Promise.reject(new Error('crash')) : db.store.listGuests(id, o)) } });
    expect(await deliver(crashOnPromotion, decline, 'c3', '2020-01-13T08:04:00.000Z', 'rsvp+cap@primarie.example.org')).toBeInstanceOf(Error);
    expect((await db.store.getGuest('cap', 'first@example.com'))?.status).toBe('no');
    await deliver(deps(), decline, 'c3', '2020-01-13T08:04:00.000Z', 'rsvp+cap@primarie.example.org');
    expect((await db.store.getGuest('cap', 'second@example.com'))?.status).toBe('yes');
  });

  it('a calendar answer for someone else goes to review and never changes their status', async () => {
    await deliver(deps(), mail('victim@example.com', 'v1@x', 'Confirm participarea.'), 'v1', '2020-01-13T08:05:00.000Z');
    const ics = ['BEGIN:VCALENDAR', 'METHOD:REPLY', 'BEGIN:VEVENT', 'UID:lll-2020-01@primarie.example.org', 'ATTENDEE;PARTSTAT=DECLINED:mailto:victim@example.com', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const forged = `From: mallory@example.com\r\nTo: rsvp+lll-2020-01@primarie.example.org\r\nSubject: Declined: Invitatie\r\nMessage-ID: <forged-cal@x>\r\nDate: Mon, 13 Jan 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; method=REPLY; charset=utf-8\r\n\r\n${ics}\r\n`;
    await deliver(deps(), forged, 'v2', '2020-01-13T08:06:00.000Z');
    expect((await db.store.getGuest('lll-2020-01', 'victim@example.com'))?.status).toBe('yes');
    expect(await db.store.getGuest('lll-2020-01', 'mallory@example.com')).toMatchObject({ status: 'review', reviewReason: 'on-behalf: victim@example.com' });
  });

  it('a bounce from an unverified sender does not mark the address', async () => {
    await deliver(deps(), mail('alive@example.com', 'a1@x', 'Confirm participarea.'), 'b1', '2020-01-13T08:07:00.000Z');
    const dsn = ['From: mailer-daemon@example.com', 'To: rsvp@primarie.example.org', 'Subject: Undelivered Mail', 'Message-ID: <dsn-forged@x>', 'Authentication-Results: mx; spf=fail; dkim=fail; dmarc=fail', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'failed', '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; x', '', 'Final-Recipient: rfc822; alive@example.com', 'Action: failed', 'Status: 5.1.1', '--b--', ''].join('\r\n');
    await deliver(deps(), dsn, 'b2', '2020-01-13T08:08:00.000Z', 'rsvp@primarie.example.org');
    expect((await db.store.getGuest('lll-2020-01', 'alive@example.com'))?.bounce).toBeNull();
  });
});
