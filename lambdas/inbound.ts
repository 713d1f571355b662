import { createAwsServices } from '../shared/app/aws-services';
import { loadConfig } from '../shared/config';
import { errorCode } from '../shared/errors';
import { inboundDeps } from '../shared/inbound/inbound-deps';
import type { InboundDeps, InboundResult } from '../shared/inbound/inbound-types';
import { processInbound } from '../shared/inbound/process-inbound';
import { sesEventSchema, toInboundRequest } from '../shared/inbound/ses-event';

export interface InboundHandlerContext {
  deps: InboundDeps;
  rawPrefix: string;
}

/**
 * The SES receipt-rule Lambda (Event invocation, after the S3 action stored the mail).
 * A thrown error makes Lambda retry (twice) and then send the event to the failure
 * queue, which `rsvp replay` drains; the message record keeps the error code meanwhile.
 */
export function createInboundHandler(getContext: () => Promise<InboundHandlerContext> | InboundHandlerContext) {
  return async (event: unknown): Promise<{ results: InboundResult[] }> => {
    const ctx = await getContext();
    const parsed = sesEventSchema.safeParse(event);
    if (!parsed.success) {
      ctx.deps.log.error('not an SES receipt event', { issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) });
      // Retrying a malformed event cannot help: report it and stop.
      return { results: [] };
    }
    const results: InboundResult[] = [];
    for (const record of parsed.data.Records) {
      const request = toInboundRequest(record, ctx.rawPrefix);
      try {
        results.push(await processInbound(ctx.deps, request));
      } catch (error) {
        ctx.deps.log.error('inbound processing failed', { sesMessageId: request.sesMessageId, code: errorCode(error) });
        throw error;
      }
    }
    return { results };
  };
}

let context: InboundHandlerContext | null = null;

/** Services are built on the first invocation, not at import: a cheaper cold start. */
export const handler = createInboundHandler(() => {
  if (!context) {
    const config = loadConfig();
    context = { deps: inboundDeps(createAwsServices({ ...config, RSVP_MODE: 'aws' })), rawPrefix: config.RSVP_RAW_PREFIX };
  }
  return context;
});
