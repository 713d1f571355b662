import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailTransport, OutgoingMail, SendResult } from '../../ports/mailer';
import { writeSmallFile } from './write-small-file';

let sequence = 0;

/**
 * The local transport: each message becomes one `.eml` in the outbox, exactly the bytes
 * the SES transport would send. Written to a temp name then renamed, so a watcher never
 * sees half a file.
 */
export function createOutboxTransport(dir: string, clock: { now(): Date }): MailTransport {
  let ready: Promise<unknown> | null = null;
  return {
    async send(mail: OutgoingMail): Promise<SendResult> {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
      sequence = (sequence + 1) % 1_000_000;
      const id = mail.messageId.replace(/[<>]/g, '').replace(/[^\w.@-]+/g, '_').slice(0, 80);
      const name = `${stamp}-${process.pid}-${String(sequence).padStart(6, '0')}-${mail.purpose}-${id}.eml`;
      const file = join(dir, name);
      await writeSmallFile(file, mail.raw, true);
      return { messageId: mail.messageId, location: file };
    },
  };
}
