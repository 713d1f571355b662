import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../shared/app/logger';
import { createLocalServices, localPaths } from '../../shared/app/local-services';
import type { Services } from '../../shared/app/services';
import { loadConfig } from '../../shared/config';
import type { GuestRecord } from '../../shared/domain/records';
import { TransportError } from '../../shared/errors';
import { parseEvent } from '../../shared/events/parse-event';
import { importGuests } from '../../shared/guests/import-guests';
import { parseGuestCsv } from '../../shared/guests/parse-guest-csv';
import { createTokenBucket } from '../../shared/invitations/rate-limiter';
import { parseReplyAddress } from '../../shared/invitations/reply-address';
import { remindNow, sendDueReminders } from '../../shared/invitations/send-due-reminders';
import { sendInvitations } from '../../shared/invitations/send-invitations';
import { manualClock } from '../../shared/ports/clock';
import type { MailTransport } from '../../shared/ports/mailer';
import { runDaily } from '../../shared/scheduler/run-daily';
import { startTestDynamo, type TestDynamo } from '../helpers/dynalite';
import event2020 from '../../events/lll-2020-01.json';

const EVENT = 'lll-2020-01';
let db: TestDynamo;
let dataDir: string;
let services: Services;
const clock = manualClock('2020-01-08T09:00:00+02:00');
// Virtual pacing: sleeping moves a counter, not the test.
let paced = 0;
const limiter = () => createTokenBucket({ ratePerSecond: 14, now: () => paced, sleep: async (ms) => void (paced += ms) });

async function outbox(purpose: 'invitation' | 'reminder'): Promise<{ raw: string; mail: ParsedMail }[]> {
  const dir = localPaths(services.config).outbox;
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml') && n.includes(`-${purpose}-`)).sort();
  return Promise.all(names.map(async (n) => ({ raw: await readFile(join(dir, n), 'utf8'), mail: await simpleParser(await readFile(join(dir, n))) })));
}
const guest = async (email: string) => (await services.store.getGuest(EVENT, email))!;
const setGuest = async (email: string, patch: Partial<GuestRecord>) => {
  const g = await guest(email);
  expect(await services.store.updateGuest({ ...g, ...patch, version: g.version + 1 })).toBe('ok');
};
const to = (m: { mail: ParsedMail }) => (Array.isArray(m.mail.to) ? m.mail.to[0] : m.mail.to)?.value[0]?.address;

beforeAll(async () => {
  db = await startTestDynamo();
  dataDir = await mkdtemp(join(tmpdir(), 'rsvp-invite-'));
  const config = loadConfig({ RSVP_DATA_DIR: dataDir, RSVP_TABLE: db.ctx.table, RSVP_LOG_LEVEL: 'silent' });
  services = await createLocalServices(config, db.endpoint, { clock, log: silentLogger });
  await services.store.putEvent(parseEvent({ ...event2020, reminders: { daysBefore: [2] } }, 'lll-2020-01.json'), clock.now());
});
afterAll(async () => {
  await services.close();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('guest list → invitations → reminders, on dynalite and the local outbox', () => {
  it('imports the Romanian Excel list: bad row reported by line, 3 pending guests', async () => {
    const csv = await readFile(new URL('../fixtures/csv/guests-ro-bom-semicolon.csv', import.meta.url));
    const summary = await importGuests(services, EVENT, parseGuestCsv(csv));
    expect(summary).toMatchObject({ created: 3, skipped: 1, errors: [{ line: 4 }], duplicates: [{ line: 6, firstLine: 2 }] });
    const guests = await services.store.listGuests(EVENT);
    expect(guests.map((g) => g.status)).toEqual(['pending', 'pending', 'pending']);
  });

  it('a dry run lists who would be invited and sends nothing', async () => {
    const report = await sendInvitations(services, EVENT, { dryRun: true });
    expect(report.planned.map((p) => [p.email, p.language])).toEqual([
      ['ana.muresan@example.ro', 'en'],
      ['ion.popescu@example.org', 'ro'],
      ['stefan.taranu@example.org', 'ro'],
    ]);
    expect(await outbox('invitation')).toEqual([]);
  });

  it('invites each guest once: calendar REQUEST, per-guest Reply-To that resolves to the guest, Message-ID recorded', async () => {
    const progress: number[] = [];
    const report = await sendInvitations(services, EVENT, { limiter: limiter(), onProgress: (done) => progress.push(done) });
    expect(report.sent).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3]);
    expect(paced).toBeGreaterThanOrEqual(Math.floor((2 * 1000) / 14)); // three sends at 14/s: two gaps
    const mails = await outbox('invitation');
    expect(mails).toHaveLength(3);
    for (const m of mails) {
      expect(m.raw).toContain('Content-Type: text/calendar; charset=utf-8; method=REQUEST');
      expect(m.raw).toContain('Auto-Submitted: auto-generated');
      const replyTo = m.mail.replyTo?.value[0]?.address ?? '';
      expect(replyTo).toContain('+lll-2020-01.');
      const parsed = parseReplyAddress(replyTo)!;
      expect(await services.store.resolveToken(parsed.token!)).toEqual({ eventId: EVENT, email: to(m) });
      const g = await guest(to(m)!);
      expect(g).toMatchObject({ token: parsed.token, invitedAt: clock.now().toISOString(), status: 'pending' });
      const sent = await services.store.findSent([m.mail.messageId!]);
      expect(sent).toMatchObject({ purpose: 'invitation', eventId: EVENT });
      // Sent records hold no address, so nothing personal outlives an erasure.
      expect(JSON.stringify(sent)).not.toContain(to(m));
    }
    const ana = mails.find((m) => to(m) === 'ana.muresan@example.ro')!;
    expect(ana.mail.subject).toMatch(/^Invitation: /);
    expect(ana.mail.text).toContain('Monday, 20 January 2020');
    // Tokens differ per guest.
    expect(new Set(mails.map((m) => m.mail.replyTo?.value[0]?.address)).size).toBe(3);
  });

  it('sends nothing when run again', async () => {
    const report = await sendInvitations(services, EVENT, { limiter: limiter() });
    expect(report).toMatchObject({ sent: [], alreadyInvited: 3, failed: [] });
    expect(await outbox('invitation')).toHaveLength(3);
  });

  it('invites a guest added later; a refused address is reported, left uninvited, and retried next run', async () => {
    await importGuests(services, EVENT, parseGuestCsv('email;nume\nnou@example.org;Nou Venit\nrefuzat@example.org;Refuzat\n'));
    const refusing: MailTransport = {
      send: async (mail) => {
        if (mail.to.includes('refuzat@example.org')) throw new TransportError('SES refused the message: MessageRejected', false);
        return services.transport.send(mail);
      },
    };
    const report = await sendInvitations({ ...services, transport: refusing }, EVENT, { limiter: limiter() });
    expect(report.sent.map((s) => s.email)).toEqual(['nou@example.org']);
    expect(report.failed).toEqual([{ email: 'refuzat@example.org', code: 'TRANSPORT_FAILED', message: 'SES refused the message: MessageRejected' }]);
    expect((await guest('refuzat@example.org')).invitedAt).toBeNull();
    const again = await sendInvitations(services, EVENT, { limiter: limiter() });
    expect(again.sent.map((s) => s.email)).toEqual(['refuzat@example.org']);
    expect(await outbox('invitation')).toHaveLength(5);
  });

  it('remind goes only to guests still undecided, never to yes/no or a hard bounce, once a day', async () => {
    await setGuest('ion.popescu@example.org', { status: 'yes', headcount: 1 });
    await setGuest('stefan.taranu@example.org', { status: 'maybe' });
    await setGuest('refuzat@example.org', { bounce: 'hard' });
    await setGuest('nou@example.org', { status: 'no' });
    await importGuests(services, EVENT, parseGuestCsv('email\nneinvitat@example.org\n'));

    const onlyPending = await remindNow(services, EVENT, ['pending'], { limiter: limiter() });
    expect(onlyPending.sent.map((s) => s.email)).toEqual(['ana.muresan@example.ro']);
    expect(onlyPending.notInvited).toBe(1);
    const both = await remindNow(services, EVENT, ['pending', 'maybe'], { limiter: limiter() });
    expect(both.sent.map((s) => s.email)).toEqual(['stefan.taranu@example.org']);
    expect(both.alreadyReminded).toBe(1);

    const mails = await outbox('reminder');
    expect(mails.map(to).sort()).toEqual(['ana.muresan@example.ro', 'stefan.taranu@example.org']);
    const ana = mails.find((m) => to(m) === 'ana.muresan@example.ro')!;
    expect(ana.mail.subject).toBe('Reminder: Local Learning Lab – third session – please reply by Wednesday, 15 January 2020');
    expect(ana.raw).toContain('method=REQUEST');
    expect(ana.mail.replyTo?.value[0]?.address).toBe(`rsvp+lll-2020-01.${(await guest('ana.muresan@example.ro')).token}@primarie.example.org`);
    expect((await guest('ana.muresan@example.ro')).remindersSent).toEqual(['2020-01-08']);
  });

  it('the daily scheduler sends the daysBefore reminder on its local day, once, and none after the deadline', async () => {
    expect(await sendDueReminders(services, new Date('2020-01-12T12:00:00Z'), { limiter: limiter() })).toEqual([]);
    clock.set('2020-01-13T08:00:00+02:00');
    const summary = await runDaily(services, clock.now());
    expect(summary.jobs.find((j) => j.job === 'reminders')?.outcomes).toHaveLength(2);
    expect((await guest('stefan.taranu@example.org')).remindersSent).toEqual(['2020-01-08', '2020-01-13']);
    const [again] = await sendDueReminders(services, new Date('2020-01-13T15:00:00+02:00'), { limiter: limiter() });
    expect(again).toMatchObject({ sent: [], alreadyReminded: 2, notInvited: 1 });
    expect(await sendDueReminders(services, new Date('2020-01-16T08:00:00+02:00'), { limiter: limiter() })).toEqual([]);
    await expect(remindNow({ ...services, clock: manualClock('2020-01-16T08:00:00+02:00') }, EVENT, ['pending'])).rejects.toMatchObject({ code: 'DEADLINE_PASSED' });
    expect(await outbox('reminder')).toHaveLength(4);
  });

  it('takes a reminder day back when the send fails, so the next run retries', async () => {
    const down: MailTransport = { send: async () => Promise.reject(new TransportError('SES still throttling after 5 attempts', true)) };
    clock.set('2020-01-14T09:00:00+02:00');
    const report = await remindNow({ ...services, transport: down }, EVENT, ['pending', 'maybe'], { limiter: limiter() });
    expect(report.failed).toHaveLength(1);
    expect(report.stopped).toMatch(/run again/);
    expect((await guest('ana.muresan@example.ro')).remindersSent).toEqual(['2020-01-08', '2020-01-13']);
    const retry = await remindNow(services, EVENT, ['pending', 'maybe'], { limiter: limiter() });
    expect(retry.sent).toHaveLength(2);
  });
});
