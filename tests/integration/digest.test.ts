import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDigest } from '../../bin/commands/digest';
import { silentLogger } from '../../shared/app/logger';
import { createLocalServices, localPaths } from '../../shared/app/local-services';
import type { Services } from '../../shared/app/services';
import { loadConfig } from '../../shared/config';
import { sendEventDigest } from '../../shared/digest/send-digest';
import type { GuestRecord } from '../../shared/domain/records';
import { manualClock } from '../../shared/ports/clock';
import { countGuests } from '../../shared/status/guest-summary';
import { startTestDynamo, type TestDynamo } from '../helpers/dynalite';
import { guest, lll2020, lll2021, reply } from '../unit/digest/fixtures';

let db: TestDynamo;
let dataDir: string;
let services: Services;
const clock = manualClock('2020-01-13T12:00:00+02:00');

beforeAll(async () => {
  db = await startTestDynamo();
  dataDir = await mkdtemp(join(tmpdir(), 'rsvp-digest-'));
  services = await createLocalServices(loadConfig({ RSVP_DATA_DIR: dataDir, RSVP_TABLE: 'digest-it' }), db.endpoint, { clock, log: silentLogger });
});
afterAll(async () => {
  await services.close();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const outbox = () => localPaths(services.config).outbox;
async function outboxFiles(): Promise<string[]> {
  try {
    return (await readdir(outbox())).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
}

/** Runs `rsvp digest …` in-process (the real command on these services) and returns what it printed. */
async function cli(...args: string[]): Promise<string> {
  let printed = '';
  const program = new Command('rsvp').exitOverride();
  registerDigest(program, async () => ({ ...services, close: async () => {} }), { write: (s: string) => (printed += s) });
  await program.parseAsync(['digest', ...args], { from: 'user' });
  return printed;
}

async function seed(guests: GuestRecord[], replies: ReturnType<typeof reply>[]): Promise<void> {
  for (const g of guests) expect(await services.store.createGuest(g)).toBe('ok');
  for (const r of replies) expect(await services.store.addReply(r)).toBe('ok');
}

describe('digest acceptance: lll-2020-01 on dynalite with the outbox transport', () => {
  beforeAll(async () => {
    await services.store.putEvent(lll2020(), clock.now());
    await seed(
      [
        guest('ana@example.org', { name: 'Ana Popescu', organization: 'Asociația Timișoara 2021', status: 'yes', headcount: 2, speaker: true, confirmedAt: '2020-01-13T07:00:00.000Z', respondedAt: '2020-01-13T07:00:00.000Z', invitedAt: null }),
        guest('bogdan@example.org', { name: 'Bogdan Ionescu', status: 'no', respondedAt: '2020-01-13T08:00:00.000Z', invitedAt: null }),
        guest('cristina@example.org', { name: 'Cristina Pop', status: 'pending', invitedAt: null }),
      ],
      [reply('ana@example.org', '2020-01-13T09:00:00+02:00', { headcount: 2, speaker: true }), reply('bogdan@example.org', '2020-01-13T10:00:00+02:00', { intent: 'no' })],
    );
  });

  it('sends the 14 January digest once, with text, HTML and CSV, counts equal to status', async () => {
    const first = JSON.parse(await cli('--event', 'lll-2020-01', '--at', '2020-01-14T08:00:00+02:00', '--json'));
    const counts = countGuests(await services.store.listGuests('lll-2020-01'));
    expect(first).toEqual({ event: 'lll-2020-01', sent: true, reason: 'sent', outbox: expect.stringContaining(outbox()), counts });
    expect(Object.keys(first.counts)).toEqual(['yes', 'no', 'maybe', 'pending', 'review', 'waitlist', 'attendees']);
    expect(counts).toMatchObject({ yes: 1, no: 1, pending: 1, attendees: 2 });

    const mail = await simpleParser(await readFile(first.outbox));
    expect(mail.subject).toBe('[lll-2020-01] Situația confirmărilor — marți, 14 ianuarie 2020');
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address));
    expect(to).toEqual(['lavinia.petrut@primarie.example.org', 'lavinia.simion@primarie.example.org']);
    expect(mail.text).toContain('Ana Popescu');
    expect(mail.html).toContain('Ana Popescu');
    expect(mail.attachments[0]?.filename).toBe('lll-2020-01-2020-01-14.csv');
    expect(mail.attachments[0]?.content.toString('utf8')).toContain('ana@example.org;Ana Popescu;Asociația Timișoara 2021;yes;2;true;');
    // Recorded as ours, so a manager's reply threads back to the digest, not to a guest.
    expect(await services.store.findSent([mail.messageId ?? ''])).toMatchObject({ purpose: 'digest', eventId: 'lll-2020-01' });

    const again = JSON.parse(await cli('--event', 'lll-2020-01', '--at', '2020-01-14T08:00:00+02:00', '--json'));
    expect(again).toEqual({ event: 'lll-2020-01', sent: false, reason: 'already-sent', outbox: null, counts });
    expect(await outboxFiles()).toHaveLength(1);
  });

  it('sends the final list the morning after the deadline, then nothing', async () => {
    const final = JSON.parse(await cli('--event', 'lll-2020-01', '--at', '2020-01-16T08:00:00+02:00', '--json'));
    expect(final).toMatchObject({ sent: true, reason: 'sent' });
    expect((await simpleParser(await readFile(final.outbox))).subject).toBe('[lll-2020-01] Lista finală — joi, 16 ianuarie 2020');

    const after = JSON.parse(await cli('--event', 'lll-2020-01', '--at', '2020-01-17T08:00:00+02:00', '--json'));
    expect(after).toMatchObject({ sent: false, reason: 'after-final', outbox: null });
    expect(await outboxFiles()).toHaveLength(2);
  });

  it('never sends a missed day later: the 15th was skipped by the trigger, the 16th only sends its own', async () => {
    expect(await services.store.getDigest('lll-2020-01', '2020-01-15')).toBeNull();
    expect((await services.store.listDigests('lll-2020-01')).map((d) => [d.day, d.kind, d.state])).toEqual([
      ['2020-01-14', 'daily', 'sent'],
      ['2020-01-16', 'final', 'sent'],
    ]);
  });

  it('--force sends even when not due, and is recorded; an unknown event is a clear error', async () => {
    const forced = JSON.parse(await cli('--event', 'lll-2020-01', '--at', '2020-01-17T08:00:00+02:00', '--force', '--json'));
    expect(forced).toMatchObject({ sent: true, reason: 'forced' });
    expect(await services.store.getDigest('lll-2020-01', '2020-01-17')).toMatchObject({ state: 'sent', forced: true, kind: 'final' });
    await expect(cli('--event', 'nope', '--json')).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
    expect(await cli('--event', 'lll-2020-01', '--at', '2020-01-17T09:00:00+02:00')).toMatch(/^lll-2020-01: nothing sent for 2020-01-17: after-final \(.+\)\n$/);
  });
});

describe('exactly once under concurrency, retries and unchanged days', () => {
  const id = 'lll-2021-01';
  beforeAll(async () => {
    await services.store.putEvent({ ...lll2021(), digest: { time: '08:00', skipWhenUnchanged: true } }, clock.now());
    await seed(
      [guest('s1@example.org', { status: 'yes', speaker: true, confirmedAt: '2021-01-05T10:00:00.000Z', invitedAt: '2021-01-04T10:00:00.000Z' }, id), guest('p@example.org', { invitedAt: '2021-01-04T10:00:00.000Z' }, id)],
      [],
    );
  });

  it('sends one mail when the trigger fires five times at once', async () => {
    const before = (await outboxFiles()).length;
    const at = new Date('2021-01-06T08:00:00+02:00');
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => sendEventDigest(services, lll2021(), at)));
    expect(outcomes.filter((o) => o.sent)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.sent).map((o) => o.reason)).toEqual(Array(4).fill(expect.stringMatching(/^(already-sent|in-progress)$/)));
    expect((await outboxFiles()).length).toBe(before + 1);
  });

  it('skips a daily digest when nothing changed, and sends again when an answer arrives', async () => {
    const event = (await services.store.getEvent(id))!;
    expect(await sendEventDigest(services, event, new Date('2021-01-07T08:00:00+02:00'))).toMatchObject({ sent: false, reason: 'unchanged' });
    expect(await sendEventDigest(services, event, new Date('2021-01-07T09:00:00+02:00'))).toMatchObject({ sent: false, reason: 'already-skipped' });
    await services.store.addReply(reply('p@example.org', '2021-01-07T12:00:00+02:00', { intent: 'no' }, id));
    const p = (await services.store.getGuest(id, 'p@example.org'))!;
    await services.store.updateGuest({ ...p, status: 'no', respondedAt: '2021-01-07T10:00:00.000Z', version: p.version + 1 });
    const sent = await sendEventDigest(services, event, new Date('2021-01-08T08:00:00+02:00'));
    expect(sent).toMatchObject({ sent: true, reason: 'sent' });
    const mail = await simpleParser(await readFile(sent.outbox!));
    expect(mail.text).toContain('p@example.org — răspuns nou: Refuzat');
    // The final list is never skipped.
    expect(await sendEventDigest(services, event, new Date('2021-01-13T08:00:00+02:00'))).toMatchObject({ sent: true, kind: 'final' });
  });

  it('retries a day whose send failed, on the next trigger', async () => {
    const event = { ...lll2021(), id: 'retry-1' };
    await services.store.putEvent(event, clock.now());
    await seed([guest('a@example.org', { invitedAt: '2021-01-04T10:00:00.000Z' }, 'retry-1')], []);
    const failing = { ...services, transport: { send: async () => Promise.reject(new Error('SES down')) } };
    await expect(sendEventDigest(failing, event, new Date('2021-01-06T08:00:00+02:00'))).rejects.toThrow('SES down');
    expect(await services.store.getDigest('retry-1', '2021-01-06')).toMatchObject({ state: 'failed' });
    expect(await sendEventDigest(services, event, new Date('2021-01-06T08:05:00+02:00'))).toMatchObject({ sent: true });
  });

  it('does not send before the day after invitations went out', async () => {
    const event = { ...lll2021(), id: 'fresh-1' };
    await services.store.putEvent(event, clock.now());
    await seed([guest('a@example.org', { invitedAt: '2021-01-06T07:00:00.000Z' }, 'fresh-1')], []);
    expect(await sendEventDigest(services, event, new Date('2021-01-06T08:00:00+02:00'))).toMatchObject({ sent: false, reason: 'no-activity' });
    expect(await sendEventDigest(services, event, new Date('2021-01-07T08:00:00+02:00'))).toMatchObject({ sent: true });
  });
});
