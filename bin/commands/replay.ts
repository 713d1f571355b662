import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Command } from 'commander';
import { RsvpError } from '../../shared/errors';
import { inboundDeps } from '../../shared/inbound/inbound-deps';
import type { InboundDeps } from '../../shared/inbound/inbound-types';
import { processInbound } from '../../shared/inbound/process-inbound';
import { findMessageByAnyId, replayFailed, replayMessage } from '../../shared/inbound/replay';
import { sesEventSchema, toInboundRequest } from '../../shared/inbound/ses-event';
import { withServices, type OpenServices } from '../open-services';

const line = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

/** `rsvp replay [--failed | --message <id>]`: reprocess recorded failures, idempotently. */
export function registerReplay(program: Command, open: OpenServices): void {
  program
    .command('replay')
    .description('reprocess failed messages (and, with --aws, drain the failure queue) or one message by SES id / key')
    .option('--failed', 'every message recorded as failed (with --aws, also drains the failure queue, where Lambda puts deliveries that timed out or crashed)')
    .option('--message <id>', 'one message, by SES message id or message key')
    .action(async (opts: { failed?: boolean; message?: string }) => {
      if (!opts.failed && !opts.message) throw new RsvpError('USAGE', 'say --failed or --message <id>');
      await withServices(open, async (services) => {
        const deps = inboundDeps(services);
        if (opts.message) {
          const record = await findMessageByAnyId(deps, opts.message, services.config.RSVP_RAW_PREFIX);
          if (!record) throw new RsvpError('MESSAGE_NOT_FOUND', `no message ${opts.message}`);
          line({ messageKey: record.messageKey, result: await replayMessage(deps, record) });
          return;
        }
        const outcomes = await replayFailed(deps, line);
        let drained = 0;
        if (services.config.RSVP_MODE === 'aws' && services.config.RSVP_FAILURE_QUEUE_URL) drained = await drainFailureQueue(deps, services.config.RSVP_FAILURE_QUEUE_URL, services.config.AWS_REGION, services.config.RSVP_RAW_PREFIX);
        process.stderr.write(`replayed ${outcomes.length} recorded message(s), ${outcomes.filter((o) => o.error).length} still failing; ${drained} from the failure queue\n`);
      });
    });
}

/**
 * Lambda's on-failure destination wraps the original SES event in `requestPayload`;
 * each is reprocessed and deleted from the queue only once it succeeded.
 */
async function drainFailureQueue(deps: InboundDeps, queueUrl: string, region: string, rawPrefix: string): Promise<number> {
  const sqs = new SQSClient({ region });
  let done = 0;
  try {
    for (;;) {
      const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 120 }));
      if (!got.Messages?.length) return done;
      for (const m of got.Messages) {
        const body = JSON.parse(m.Body ?? '{}') as { requestPayload?: unknown };
        const parsed = sesEventSchema.safeParse(body.requestPayload);
        if (!parsed.success) {
          line({ queueMessage: m.MessageId, error: 'not an SES event; left in the queue' });
          continue;
        }
        try {
          for (const record of parsed.data.Records) line({ queueMessage: m.MessageId, result: await processInbound(deps, toInboundRequest(record, rawPrefix)) });
          await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle }));
          done++;
        } catch (error) {
          line({ queueMessage: m.MessageId, error: (error as Error).message });
        }
      }
    }
  } finally {
    sqs.destroy();
  }
}
