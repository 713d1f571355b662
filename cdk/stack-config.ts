import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';

/**
 * Regions where SES offers email *receiving* (receipt rules + an inbound-smtp endpoint).
 * SES sends from more regions than it receives in; deploying the stack anywhere else
 * fails late, at CreateReceiptRuleSet, so we refuse it at synth time instead.
 * Source: AWS General Reference, "Amazon SES endpoints and quotas" → Email receiving endpoints.
 */
export const SES_RECEIVING_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'il-central-1',
  'af-south-1',
  'me-south-1',
  'sa-east-1',
] as const;

export type SesReceivingRegion = (typeof SES_RECEIVING_REGIONS)[number];

const hostname = z
  .string()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a DNS domain such as primarie.example.org');

/** True when `domain` is `mailDomain` itself or one of its subdomains. */
function withinDomain(domain: string, mailDomain: string): boolean {
  return domain === mailDomain || domain.endsWith(`.${mailDomain}`);
}

export const stackConfigSchema = z
  .strictObject({
    /** CloudFormation stack name; the CLI's `--aws` mode looks its outputs up by this name. */
    stackName: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, 'must start with a letter and hold at most 40 letters, digits and hyphens (it prefixes SES rule names)')
      .default('RsvpMail'),
    /** Domain guests write to and acknowledgements come from. */
    mailDomain: hostname,
    /**
     * Receipt rule recipients: addresses (SES also matches their `+label` forms, which the
     * service uses per event: rsvp+<event>@…), the domain itself, or `.domain` for its subdomains.
     */
    recipients: z.array(z.string().trim().toLowerCase().min(1)).min(1, 'needs at least one address or the domain'),
    region: z.enum(SES_RECEIVING_REGIONS, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not an SES email-receiving region; use one of ${SES_RECEIVING_REGIONS.join(', ')}`,
    }),
    /** Optional: pins the stack to an account. Otherwise the CLI's credentials decide at deploy time. */
    account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    /** Receives alarm notifications (SNS email subscription; confirm the mail AWS sends). */
    opsEmail: z.email('must be an email address'),
    /** Days raw mail is kept in S3 before lifecycle expiry (and noncurrent versions after that). */
    retentionDays: z.number().int().min(1).max(3650).default(180),
    /** When set, the stack creates the SES domain identity (Easy DKIM records) and the MX record in this zone. */
    hostedZone: z.strictObject({ id: z.string().regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id (Z…)'), name: hostname }).optional(),
    /** SES identity acknowledgements and digests are sent from (domain or address); defaults to mailDomain. */
    senderIdentity: z.string().trim().toLowerCase().min(3).optional(),
    /**
     * SES allows ONE active receipt rule set per account and region. Set false when the
     * account already has an active set (another service's mail) and ops will add our rule to it by hand.
     */
    activateRuleSet: z.boolean().default(true),
    /** Refuse mail from servers that cannot do STARTTLS. Off by default: some small institutions' servers still cannot. */
    requireTls: z.boolean().default(false),
  })
  .superRefine((config, ctx) => {
    config.recipients.forEach((recipient, index) => {
      // SES forms: an address (matches its +label variants too), a domain, or `.domain` for all its subdomains.
      const domain = recipient.includes('@') ? recipient.slice(recipient.lastIndexOf('@') + 1) : recipient.replace(/^\./, '');
      const validShape = recipient.includes('@') ? z.email().safeParse(recipient).success : hostname.safeParse(domain).success;
      if (!validShape || !withinDomain(domain, config.mailDomain)) {
        ctx.addIssue({
          code: 'custom',
          path: ['recipients', index],
          message: `${JSON.stringify(recipient)} must be an address at ${config.mailDomain} (or the domain itself): SES only receives for verified domains`,
        });
      }
    });
    if (config.hostedZone && !withinDomain(config.mailDomain, config.hostedZone.name)) {
      ctx.addIssue({ code: 'custom', path: ['hostedZone', 'name'], message: `zone ${config.hostedZone.name} does not contain mailDomain ${config.mailDomain}` });
    }
    if (config.senderIdentity) {
      const domain = config.senderIdentity.includes('@') ? config.senderIdentity.slice(config.senderIdentity.lastIndexOf('@') + 1) : config.senderIdentity;
      if (!hostname.safeParse(domain).success) {
        ctx.addIssue({ code: 'custom', path: ['senderIdentity'], message: 'must be a domain or an email address' });
      }
    }
  });

export type StackConfig = z.infer<typeof stackConfigSchema>;

/** Raised for any invalid deployment setting; the message names the offending key. */
export class StackConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StackConfigError';
  }
}

/** Validates raw configuration; `source` says where it came from, for the error message. */
export function parseStackConfig(raw: unknown, source: string): StackConfig {
  const parsed = stackConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => `rsvp.${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new StackConfigError(`Invalid RSVP deployment configuration (${source}): ${details}`);
}

/** Reads context key `rsvpConfigFile` (a JSON file path, relative to cwd) or else the inline `rsvp` object. */
export interface ConfigContext {
  tryGetContext(key: string): unknown;
}

export function loadStackConfig(context: ConfigContext): StackConfig {
  const file = context.tryGetContext('rsvpConfigFile');
  if (file !== undefined) {
    if (typeof file !== 'string' || file === '') throw new StackConfigError('context rsvpConfigFile must be a file path');
    const path = resolve(file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (cause) {
      throw new StackConfigError(`context rsvpConfigFile: cannot read JSON from ${path}: ${(cause as Error).message}`);
    }
    return parseStackConfig(raw, path);
  }
  const inline = context.tryGetContext('rsvp');
  if (inline === undefined) throw new StackConfigError('missing context "rsvp" (cdk.json) or "rsvpConfigFile" (-c rsvpConfigFile=path.json)');
  // `-c rsvp='{...}'` arrives as a string.
  const raw = typeof inline === 'string' ? safeJson(inline) : inline;
  return parseStackConfig(raw, 'context rsvp');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StackConfigError('context rsvp: not valid JSON');
  }
}

/** SES identity the functions send as: the domain part unless an address identity is configured. */
export function senderIdentityOf(config: StackConfig): string {
  return config.senderIdentity ?? config.mailDomain;
}
