#!/usr/bin/env node
import { Command } from 'commander';
import { registerClassify } from './commands/classify';
import { registerDigest } from './commands/digest';
import { registerEvent } from './commands/event';
import { registerExport } from './commands/export';
import { registerForget } from './commands/forget';
import { registerGuests } from './commands/guests';
import { registerInvite } from './commands/invite';
import { registerRemind } from './commands/remind';
import { registerReplay } from './commands/replay';
import { registerSend } from './commands/send';
import { registerStatus } from './commands/status';
import { describeError } from './describe-error';
import { servicesOpener, type GlobalOptions } from './open-services';

const program = new Command('rsvp')
  .description('RSVP-by-email service: operations CLI (local stack by default, --aws for the deployed stack)')
  .option('--aws', 'act on the deployed AWS stack (RSVP_TABLE, RSVP_RAW_BUCKET, RSVP_FAILURE_QUEUE_URL, AWS_REGION from the environment)')
  .option('--outputs <file>', 'act on the deployed stack named in this `cdk deploy --outputs-file` file (implies --aws)')
  .option('--stack <name>', 'with --outputs: the stack to use when the file holds several')
  .showHelpAfterError();

const open = servicesOpener(() => program.opts<GlobalOptions>());
registerStatus(program, open);
registerClassify(program);
registerDigest(program, open);
registerEvent(program, open);
registerGuests(program, open);
registerInvite(program, open);
registerRemind(program, open);
registerExport(program, open);
registerForget(program, open);
registerReplay(program, open);
registerSend(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`rsvp: ${describeError(error)}\n`);
  process.exitCode = 1;
});
