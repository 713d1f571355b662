import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsRawMailStore } from '../../../shared/adapters/local/fs-raw-mail';
import { silentLogger } from '../../../shared/app/logger';
import { newGuest } from '../../../shared/domain/new-guest';
import type { ReplyRecord } from '../../../shared/domain/records';
import { parseEvent } from '../../../shared/events/parse-event';
import { forgetPerson } from '../../../shared/privacy/forget';
import { manualClock } from '../../../shared/ports/clock';
import type { RawMailStore } from '../../../shared/ports/raw-mail';
import { startTestDynamo, type TestDynamo } from '../../helpers/dynalite';
import event2020 from '../../../events/lll-2020-01.json';
import event2021 from '../../../events/lll-2021-01.json';

let db: TestDynamo;
let dir: string;
let rawMail: RawMailStore;
const clock = manualClock('2021-01-20T10:00:00Z');
const now = clock.now();
const ana = 'ana.muresan@example.ro';
const other = 'ion@example.org';

function reply(eventId: string, email: string, messageKey: string, from: string): ReplyRecord {
  const at = now.toISOString();
  return { eventId, email, messageKey, receivedAt: at, effectiveAt: at, kind: 'reply', intent: 'yes', confidence: 0.9, headcount: 1, speaker: null, evidence: 'Confirm', note: null, text: 'Confirm participarea', rawKey: `inbound/${messageKey}`, subject: 'Re: Invitație', from, late: false, outcome: 'applied' };
}

async function message(key: string, guestEmail: string) {
  await rawMail.put(`inbound/${key}`, Buffer.from(`From: ${guestEmail}\r\n\r\nConfirm`));
  await db.store.claimMessage({ messageKey: key, sesMessageId: null, rfcMessageId: `<${key}@x>`, rawKey: `inbound/${key}`, receivedAt: now.toISOString(), recipients: [], verdicts: null }, now, 60_000);
  await db.store.finishMessage(key, { state: 'done', eventId: 'lll-2020-01', guestEmail }, now);
}

beforeAll(async () => {
  db = await startTestDynamo();
  dir = await mkdtemp(join(tmpdir(), 'forget-'));
  rawMail = createFsRawMailStore(dir);
  for (const e of [event2020, event2021]) await db.store.putEvent(parseEvent(e, 'e.json'), now);
  // Ana is on both lists with tokens, replied to one, wrote for Ion from her own address, and sent one unroutable mail.
  await db.store.createGuest(newGuest('lll-2020-01', ana, now, { token: 'tokenana2020aaaaaaaaaaaaaa', status: 'yes' }));
  await db.store.createGuest(newGuest('lll-2021-01', ana, now, { token: 'tokenana2021aaaaaaaaaaaaaa' }));
  await db.store.putToken('tokenana2020aaaaaaaaaaaaaa', 'lll-2020-01', ana);
  await db.store.putToken('tokenana2021aaaaaaaaaaaaaa', 'lll-2021-01', ana);
  await db.store.createGuest(newGuest('lll-2020-01', other, now, { token: 'tokenion2020aaaaaaaaaaaaaa', status: 'yes' }));
  await db.store.putToken('tokenion2020aaaaaaaaaaaaaa', 'lll-2020-01', other);
  await message('m-ana', ana);
  await message('m-for-ion', other);
  await message('m-ion', other);
  await db.store.addReply(reply('lll-2020-01', ana, 'm-ana', `Ana Mureșan <${ana}>`));
  await db.store.addReply(reply('lll-2020-01', other, 'm-for-ion', ana));
  await db.store.addReply(reply('lll-2020-01', other, 'm-ion', other));
  await rawMail.put('inbound/m-unrouted', Buffer.from('x'));
  await db.store.addUnrouted({ messageKey: 'm-unrouted', receivedAt: now.toISOString(), from: 'ANA.MURESAN@example.ro', subject: 'hello', reason: 'no event', rawKey: 'inbound/m-unrouted', text: 'hello' });
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('forgetPerson', () => {
  it('erases the person everywhere, keeps everyone else, and records the erasure without the address', async () => {
    const record = await forgetPerson({ store: db.store, rawMail, clock, log: silentLogger }, ' Ana.Muresan@Example.ro ');
    expect(record).toMatchObject({ at: now.toISOString(), events: 2, guests: 2, replies: 2, tokens: 2, rawMails: 3, messages: 2, unrouted: 1 });
    expect(record.erasureId).toMatch(/^[0-9a-f-]{36}$/);

    for (const e of ['lll-2020-01', 'lll-2021-01']) expect(await db.store.getGuest(e, ana)).toBeNull();
    expect(await db.store.resolveToken('tokenana2020aaaaaaaaaaaaaa')).toBeNull();
    expect(await db.store.resolveToken('tokenana2021aaaaaaaaaaaaaa')).toBeNull();
    expect(await db.store.listUnrouted()).toEqual([]);
    expect((await db.store.listReplies('lll-2020-01')).map((r) => r.messageKey)).toEqual(['m-ion']);
    expect((await db.store.getMessage('m-ana'))).toMatchObject({ state: 'done', guestEmail: null });
    expect((await readdir(join(dir, 'inbound'))).sort()).toEqual(['m-ion']);

    // Ion is untouched.
    expect(await db.store.getGuest('lll-2020-01', other)).toMatchObject({ status: 'yes' });
    expect(await db.store.resolveToken('tokenion2020aaaaaaaaaaaaaa')).toEqual({ eventId: 'lll-2020-01', email: other });
    expect((await db.store.getMessage('m-ion'))?.guestEmail).toBe(other);

    const log = await db.store.listErasures();
    expect(log).toEqual([record]);
    expect(JSON.stringify(log)).not.toMatch(/ana|muresan/i);
  });

  it('records an erasure even when nothing was stored, and refuses a non-address', async () => {
    const record = await forgetPerson({ store: db.store, rawMail, clock, log: silentLogger }, 'nobody@example.org');
    expect(record).toMatchObject({ events: 0, guests: 0, replies: 0, rawMails: 0 });
    expect(await db.store.listErasures()).toHaveLength(2);
    await expect(forgetPerson({ store: db.store, rawMail, clock, log: silentLogger }, 'not an address')).rejects.toMatchObject({ code: 'ADDRESS_INVALID' });
  });
});
