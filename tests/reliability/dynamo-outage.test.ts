import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestStack } from '../helpers/local-stack';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('local DynamoDB stops and restarts in the middle of a burst', () => {
  it('processes every accepted message exactly once after recovery; none lost', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rsvp-outage-'));
    dirs.push(dataDir);
    const t = await startTestStack({ now: '2020-01-13T09:00:00+02:00', dataDir, inMemory: false });
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: t.stack.smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: 4 });
    const send = (i: number) =>
      client.sendMail({ from: `burst${i}@example.com`, to: 'rsvp+lll-2020-01@primarie.example.org', subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: `<burst-${i}@example.com>` });
    try {
      const first = Array.from({ length: 20 }, (_, i) => send(i));
      await Promise.all(first.slice(0, 5));
      await t.stack.dynamo.stop();
      // SMTP keeps accepting while the store is down: mail waits in the spool.
      await Promise.all([...first, ...Array.from({ length: 20 }, (_, i) => send(20 + i))]);
      // Wait until the outage has really bitten: deliveries failed and wait for a retry.
      await new Promise<void>((resolve) => {
        const check = () => (t.errors.some((e) => e.startsWith('inbound failed')) ? resolve() : setImmediate(check));
        check();
      });
      await t.stack.dynamo.start();
      await t.stack.idle();

      const guests = await t.stack.services.store.listGuests('lll-2020-01');
      expect(guests.filter((g) => g.email.startsWith('burst') && g.status === 'yes')).toHaveLength(40);
      const replies = await t.stack.services.store.listReplies('lll-2020-01');
      expect(replies.filter((r) => r.email.startsWith('burst'))).toHaveLength(40);
      const acks = (await t.outbox()).filter((o) => o.mail.inReplyTo?.startsWith('<burst-'));
      expect(new Set(acks.map((a) => a.mail.inReplyTo)).size).toBe(40);
      expect(acks).toHaveLength(40);
    } finally {
      client.close();
      await t.close();
    }
  }, 120_000);
});
