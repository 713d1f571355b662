import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import nodemailer from 'nodemailer';
import { loadConfig } from '../../shared/config';

interface SendOptions {
  from: string;
  to: string;
  subject: string;
  text?: string;
  eml?: string;
  date?: string;
}

/** `rsvp send`: mail the local inbox over SMTP, as any mail client would (for trying the stack). */
export function registerSend(program: Command): void {
  program
    .command('send')
    .description('send a reply to the local SMTP inbox (npm start must be running)')
    .requiredOption('--to <address>', 'e.g. rsvp+lll-2020-01@primarie.example.org')
    .option('--from <address>', 'sender', 'ion.popescu@example.com')
    .option('--subject <text>', 'subject', 'Re: Invitație')
    .option('--text <text>', 'body text')
    .option('--eml <file>', 'send this raw .eml file instead')
    .option('--date <iso>', 'Date header')
    .action(async (opts: SendOptions) => {
      const config = loadConfig();
      const transport = nodemailer.createTransport({ host: config.RSVP_SMTP_HOST, port: config.RSVP_SMTP_PORT, secure: false, ignoreTLS: true });
      try {
        const info = opts.eml
          ? await transport.sendMail({ envelope: { from: opts.from, to: [opts.to] }, raw: await readFile(opts.eml) })
          : await transport.sendMail({ from: opts.from, to: opts.to, subject: opts.subject, text: opts.text ?? 'Confirm participarea.', ...(opts.date ? { date: new Date(opts.date) } : {}) });
        process.stdout.write(`${JSON.stringify({ accepted: info.accepted, response: info.response, messageId: info.messageId })}\n`);
      } finally {
        transport.close();
      }
    });
}
