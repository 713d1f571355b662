import type { SesEvent } from '../shared/inbound/ses-event';

export interface LocalDelivery {
  sesMessageId: string;
  envelopeFrom: string;
  recipients: string[];
  receivedAt: Date;
  headers: { name: string; value: string }[];
}

/**
 * An SES receipt event shaped like AWS's samples (Lambda action, Event invocation), so the
 * local stack exercises the very handler module that runs in Lambda. Verdicts are left
 * out on purpose: locally, Authentication-Results decides.
 */
export function localSesEvent(d: LocalDelivery): SesEvent {
  const at = d.receivedAt.toISOString();
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: { messageId: d.sesMessageId, timestamp: at, source: d.envelopeFrom, destination: d.recipients, headersTruncated: false, headers: d.headers },
          receipt: {
            timestamp: at,
            recipients: d.recipients,
            action: { type: 'Lambda', invocationType: 'Event', functionArn: 'arn:aws:lambda:local:000000000000:function:rsvp-inbound' },
          },
        },
      },
    ],
  };
}

/** Top-level headers of a raw message (unfolded), for the event's `mail.headers`. */
export function rawHeaders(raw: Buffer, max = 100): { name: string; value: string }[] {
  const end = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  const head = raw.subarray(0, end < 0 ? Math.min(raw.length, 65536) : Math.min(end, 65536)).toString('latin1');
  const out: { name: string; value: string }[] = [];
  for (const line of head.split(/\r?\n(?![ \t])/)) {
    const i = line.indexOf(':');
    if (i > 0) out.push({ name: line.slice(0, i).trim(), value: line.slice(i + 1).replace(/\r?\n[ \t]+/g, ' ').trim() });
    if (out.length >= max) break;
  }
  return out;
}
