import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { RawMailStore } from '../shared/ports/raw-mail';
import type { Logger } from '../shared/app/logger';
import { localSesEvent, rawHeaders } from './local-ses-event';
import type { Spool } from './spool';

export interface SmtpInboxOptions {
  host: string;
  port: number;
  maxBytes: number;
  rawPrefix: string;
  /** Domains we receive for (the events' inbox domains), read on every RCPT so new events count. */
  acceptsDomain(domain: string): boolean;
  rawMail: RawMailStore;
  spool: Spool;
  /** Called with the SES-shaped event once the mail is safely stored. */
  deliver(id: string, event: unknown): void;
  clock: { now(): Date };
  log: Logger;
}

/** An SES-style id: 20 lower-case base32-ish characters. */
function newMessageId(): string {
  return randomBytes(16).toString('hex').slice(0, 24);
}

/** The local inbox: an SMTP server that does what SES receiving does (store, then invoke). */
export async function startSmtpInbox(options: SmtpInboxOptions): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({
    name: 'rsvp.local',
    banner: 'rsvp local inbox',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
      if (options.acceptsDomain(domain)) return callback();
      const err = new Error(`5.1.1 <${address.address}>: no inbox here (not an event's inbox domain)`) as Error & { responseCode: number };
      err.responseCode = 550;
      return callback(err);
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const err = new Error(`5.3.4 message exceeds ${options.maxBytes} bytes`) as Error & { responseCode: number };
          err.responseCode = 552;
          return callback(err);
        }
        const raw = Buffer.concat(chunks);
        const id = newMessageId();
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const event = localSesEvent({ sesMessageId: id, envelopeFrom: from, recipients, receivedAt: options.clock.now(), headers: rawHeaders(raw) });
        options.rawMail
          .put(`${options.rawPrefix}${id}`, raw)
          .then(() => options.spool.add(id, event))
          .then(() => {
            callback(null, `Queued as ${id}`);
            options.deliver(id, event);
          })
          .catch((error: unknown) => {
            options.log.error('could not store inbound mail', { id, error: String(error) });
            const err = new Error('4.3.0 temporary failure storing the message, try again') as Error & { responseCode: number };
            err.responseCode = 451;
            callback(err);
          });
      });
    },
  });
  server.on('error', (error) => options.log.error('smtp server error', { error: String(error) }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
