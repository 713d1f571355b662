import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../shared/app/services';
import { importGuests } from '../../shared/guests/import-guests';
import { parseGuestCsv } from '../../shared/guests/parse-guest-csv';
import { unlimited } from '../../shared/invitations/rate-limiter';
import { remindNow } from '../../shared/invitations/send-due-reminders';
import { sendInvitations } from '../../shared/invitations/send-invitations';
import { startTestStack, type TestStack } from '../helpers/local-stack';

const EVENT = 'lll-2020-01';
let t: TestStack;
let services: Services;
beforeAll(async () => {
  t = await startTestStack({ now: '2020-01-08T09:00:00+02:00' });
  services = t.stack.services;
});
afterAll(async () => t.close());

const sentOf = async (purpose: string) => (await t.outbox()).filter((o) => o.file.includes(`-${purpose}-`));
const firstTo = (o: { mail: { to?: unknown } }) => {
  const to = o.mail.to as { value: { address?: string }[] } | undefined;
  return to?.value[0]?.address;
};

describe('acceptance on the local stack: CSV → invite → reply to the per-guest address → remind', () => {
  it('imports the ";" UTF-8-BOM list: the bad row by its line, 3 pending guests', async () => {
    const summary = await importGuests(services, EVENT, parseGuestCsv(await readFile(new URL('../fixtures/csv/guests-ro-bom-semicolon.csv', import.meta.url))));
    expect(summary.errors).toEqual([{ line: 4, reason: 'not a valid e-mail address: "nu-este-o-adresa"' }]);
    expect((await services.store.listGuests(EVENT)).map((g) => g.status)).toEqual(['pending', 'pending', 'pending']);
  });

  it('writes one invitation per guest with a METHOD:REQUEST calendar part and a per-guest Reply-To; a second run sends nothing', async () => {
    expect((await sendInvitations(services, EVENT, { limiter: unlimited })).sent).toHaveLength(3);
    const invitations = await sentOf('invitation');
    expect(invitations.map(firstTo).sort()).toEqual(['ana.muresan@example.ro', 'ion.popescu@example.org', 'stefan.taranu@example.org']);
    for (const o of invitations) {
      expect(o.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      expect(o.mail.replyTo?.value[0]?.address).toContain('+lll-2020-01.');
    }
    expect((await sendInvitations(services, EVENT, { limiter: unlimited })).sent).toHaveLength(0);
    expect(await sentOf('invitation')).toHaveLength(3);
  });

  it('counts "Confirm participarea" sent to a guest\'s Reply-To from another address for that guest', async () => {
    const ion = (await sentOf('invitation')).find((o) => firstTo(o) === 'ion.popescu@example.org')!;
    const replyTo = ion.mail.replyTo!.value[0]!.address!;
    await t.send({ from: 'Secretariat <secretariat@other.example>', to: replyTo, subject: `Re: ${ion.mail.subject}`, text: 'Confirm participarea.', inReplyTo: ion.mail.messageId, references: ion.mail.messageId });
    expect((await services.store.getGuest(EVENT, 'ion.popescu@example.org'))?.status).toBe('yes');
    expect(await services.store.getGuest(EVENT, 'secretariat@other.example')).toBeNull();
  });

  it('reminds only the guests still pending', async () => {
    const report = await remindNow(services, EVENT, ['pending', 'maybe'], { limiter: unlimited });
    expect(report.sent.map((s) => s.email)).toEqual(['ana.muresan@example.ro', 'stefan.taranu@example.org']);
    expect((await sentOf('reminder')).map(firstTo).sort()).toEqual(['ana.muresan@example.ro', 'stefan.taranu@example.org']);
  });
});
