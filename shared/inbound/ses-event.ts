import * as z from '../zod';
import type { SesVerdicts } from './authenticity';
import type { InboundRequest } from './inbound-types';

const verdict = z.optional(z.object({ status: z.string() }));

/** The SES receipt event as delivered to Lambda (see AWS's samples: Records[].ses.{mail,receipt}). */
export const sesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        eventVersion: z.optional(z.string()),
        ses: z.object({
          mail: z.looseObject({
            messageId: z.string().check(z.minLength(1)),
            timestamp: z.string(),
            source: z.optional(z.string()),
            destination: z._default(z.array(z.string()), []),
            headersTruncated: z.optional(z.boolean()),
          }),
          receipt: z.looseObject({
            timestamp: z.string(),
            recipients: z.array(z.string()).check(z.minLength(1)),
            spamVerdict: verdict,
            virusVerdict: verdict,
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
            action: z.looseObject({ type: z.string() }),
          }),
        }),
      }),
    )
    .check(z.minLength(1)),
});

export type SesEvent = z.infer<typeof sesEventSchema>;
export type SesRecord = SesEvent['Records'][number];

/** Maps one SES record to an inbound request; the S3 action stored the mail at `<prefix><messageId>`. */
export function toInboundRequest(record: SesRecord, rawPrefix: string): InboundRequest {
  const { mail, receipt } = record.ses;
  const v = (x: { status: string } | undefined) => x?.status ?? 'GRAY';
  // The local SMTP inbox leaves the verdicts out: then the message's own
  // Authentication-Results header decides (there is no SES scan locally).
  const hasVerdicts = [receipt.spamVerdict, receipt.virusVerdict, receipt.spfVerdict, receipt.dkimVerdict, receipt.dmarcVerdict].some(Boolean);
  const verdicts: SesVerdicts | null = hasVerdicts
    ? { spam: v(receipt.spamVerdict), virus: v(receipt.virusVerdict), spf: v(receipt.spfVerdict), dkim: v(receipt.dkimVerdict), dmarc: v(receipt.dmarcVerdict) }
    : null;
  const s3Key = receipt.action.type === 'S3' && typeof receipt.action.objectKey === 'string' ? receipt.action.objectKey : null;
  return {
    rawKey: s3Key ?? `${rawPrefix}${mail.messageId}`,
    sesMessageId: mail.messageId,
    recipients: receipt.recipients.map((r) => r.toLowerCase()),
    receivedAt: new Date(receipt.timestamp).toISOString(),
    verdicts,
  };
}
