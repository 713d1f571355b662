import { loadConfig } from '../shared/config';
import { RsvpError } from '../shared/errors';
import { buildReplyAddress } from '../shared/invitations/reply-address';
import { startLocalScheduler } from './scheduler';
import { startLocalStack } from './stack';
import { publishStackClock, withdrawStackClock } from './stack-clock';

/** `npm start`: the whole service locally, until Ctrl-C. */
async function main(): Promise<void> {
  const config = loadConfig();
  const stack = await startLocalStack(config, { web: true, dynamoInWorker: true, startJobs: (services) => startLocalScheduler(services, { intervalMs: 60_000 }) });
  await publishStackClock(config.RSVP_DATA_DIR, stack.services.clock);
  const events = await stack.services.store.listEvents();
  const addresses = events.map((e) => `${buildReplyAddress(e.inbox, e.id, null)} (${e.id})`).join(', ');
  const now = stack.services.clock.now().toISOString();
  process.stdout.write(
    `rsvp local stack ready: SMTP ${config.RSVP_SMTP_HOST}:${stack.smtpPort} · write to ${addresses || '(no events)'} · outbox ${config.RSVP_DATA_DIR}/outbox (web http://${config.RSVP_SMTP_HOST}:${stack.webPort}) · DynamoDB ${stack.dynamoEndpoint} · clock ${now}\n`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`rsvp: ${signal} received, finishing in-flight mail and stopping…\n`);
    Promise.all([stack.close(), withdrawStackClock(config.RSVP_DATA_DIR)]).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`rsvp: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof RsvpError) process.stderr.write(`rsvp: ${error.code}: ${error.message}\n`);
  else if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') process.stderr.write(`rsvp: a port is already in use (${(error as Error).message}); is another 'npm start' running? Set RSVP_SMTP_PORT / RSVP_DYNAMODB_PORT / RSVP_OUTBOX_WEB_PORT.\n`);
  else process.stderr.write(`rsvp: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
