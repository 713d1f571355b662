import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestStack } from '../helpers/local-stack';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('deadline and persistence', () => {
  it('records a reply after the deadline as late and says registration closed', async () => {
    const t = await startTestStack({ now: '2020-01-16T09:00:00+02:00' });
    try {
      await t.send({ from: 'late@example.com', to: 'rsvp+lll-2020-01@primarie.example.org', subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<late-1@example.com>' });
      const g = await t.stack.services.store.getGuest('lll-2020-01', 'late@example.com');
      expect(g?.late).toBe(true);
      const [ack] = await t.outbox();
      expect(ack!.mail.text).toContain('înscrierile s-au închis');
    } finally {
      await t.close();
    }
  });

  it('keeps answers across a stop and start (LevelDB under the data folder)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rsvp-persist-'));
    dirs.push(dataDir);
    const first = await startTestStack({ now: '2020-01-13T09:00:00+02:00', dataDir, inMemory: false });
    await first.send({ from: 'keep@example.com', to: 'rsvp+lll-2020-01@primarie.example.org', subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<keep-1@example.com>' });
    await first.close();
    const second = await startTestStack({ now: '2020-01-13T10:00:00+02:00', dataDir, inMemory: false });
    try {
      expect((await second.stack.services.store.getGuest('lll-2020-01', 'keep@example.com'))?.status).toBe('yes');
    } finally {
      await second.close();
    }
  });
});
