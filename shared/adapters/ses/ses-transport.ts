import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { TransportError } from '../../errors';
import type { MailTransport, OutgoingMail } from '../../ports/mailer';

const RETRYABLE = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'ServiceUnavailable', 'InternalFailure', 'RequestTimeout', 'TimeoutError']);

export interface SesTransportOptions {
  region: string;
  /** Attempts for throttling and transient faults, with exponential backoff and jitter. */
  maxAttempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * SES SendRawEmail. SES replaces our Message-ID with `<MessageId@region.amazonses.com>`;
 * that is the id replies will reference, so it is the one we return and record.
 */
export function createSesTransport(ses: SESClient, options: SesTransportOptions): MailTransport {
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 200;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  return {
    async send(mail: OutgoingMail) {
      for (let attempt = 1; ; attempt++) {
        try {
          const out = await ses.send(new SendRawEmailCommand({ RawMessage: { Data: mail.raw }, Source: mail.from, Destinations: mail.to }));
          const id = out.MessageId ? `<${out.MessageId}@${options.region}.amazonses.com>` : mail.messageId;
          return { messageId: id, location: null };
        } catch (cause) {
          const name = (cause as { name?: string }).name ?? '';
          const retryable = RETRYABLE.has(name) || (cause as { $retryable?: unknown }).$retryable !== undefined;
          if (!retryable) throw new TransportError(`SES refused the message: ${name || 'error'}`, false, { cause });
          if (attempt >= maxAttempts) throw new TransportError(`SES still throttling after ${attempt} attempts`, true, { cause });
          await sleep(base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
        }
      }
    },
  };
}
