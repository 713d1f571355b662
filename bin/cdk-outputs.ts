import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import type { Config } from '../shared/config';
import { ConfigError } from '../shared/errors';

/** The stack outputs the CLI needs, as `cdk deploy --outputs-file` writes them. */
const stackOutputs = z.object({
  TableName: z.string().min(1),
  RawMailBucketName: z.string().min(1),
  RawMailPrefix: z.string().optional(),
  FailureQueueUrl: z.string().min(1),
  Region: z.string().min(1),
});

/**
 * Reads `cdk-outputs.json` (`{ "<stack>": { "TableName": …, … } }`) into the settings
 * `--aws` needs, so ops need not export five variables by hand. With several stacks in the
 * file, `stack` picks one; a missing file or output is named in the error.
 */
export async function configFromCdkOutputs(file: string, stack?: string): Promise<Partial<Record<keyof Config, string>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`--outputs ${file}: cannot read it (write it with \`npx cdk deploy --outputs-file ${file}\`)`, { cause });
  }
  let all: unknown;
  try {
    all = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`--outputs ${file}: not JSON`, { cause });
  }
  if (!all || typeof all !== 'object') throw new ConfigError(`--outputs ${file}: expected an object of stacks`);
  const stacks = Object.keys(all);
  const name = stack ?? (stacks.length === 1 ? stacks[0] : undefined);
  if (!name || !(name in all)) {
    throw new ConfigError(`--outputs ${file}: ${stack ? `no stack ${JSON.stringify(stack)}` : 'several stacks'} in it (${stacks.join(', ') || 'none'}); pick one with --stack`);
  }
  const parsed = stackOutputs.safeParse((all as Record<string, unknown>)[name]);
  if (!parsed.success) {
    throw new ConfigError(`--outputs ${file}: stack ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const o = parsed.data;
  return {
    RSVP_MODE: 'aws',
    RSVP_TABLE: o.TableName,
    RSVP_RAW_BUCKET: o.RawMailBucketName,
    // The file owns every key it names: a prefix exported for another stack must not mix in.
    RSVP_RAW_PREFIX: o.RawMailPrefix ?? 'inbound/',
    RSVP_FAILURE_QUEUE_URL: o.FailureQueueUrl,
    AWS_REGION: o.Region,
  };
}
