import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromCdkOutputs } from '../../../bin/cdk-outputs';
import { servicesOpener } from '../../../bin/open-services';

const dir = mkdtempSync(join(tmpdir(), 'cdk-outputs-'));
const outputs = {
  TableName: 'RsvpMail-TableCD117FA1-1A2B3C',
  RawMailBucketName: 'rsvpmail-rawmailbucket-abc',
  RawMailPrefix: 'inbound/',
  FailureQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/RsvpMail-Failures',
  DigestDeadLetterQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/RsvpMail-DigestDlq',
  Region: 'eu-west-1',
};
const file = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

describe('--outputs cdk-outputs.json', () => {
  it('maps the stack outputs to the settings --aws needs', async () => {
    expect(await configFromCdkOutputs(file('one.json', { RsvpMail: outputs }))).toEqual({
      RSVP_MODE: 'aws',
      RSVP_TABLE: outputs.TableName,
      RSVP_RAW_BUCKET: outputs.RawMailBucketName,
      RSVP_RAW_PREFIX: 'inbound/',
      RSVP_FAILURE_QUEUE_URL: outputs.FailureQueueUrl,
      AWS_REGION: 'eu-west-1',
    });
  });

  it('opens the deployed services with them, over what the environment says', async () => {
    const saved = { RSVP_TABLE: process.env.RSVP_TABLE, RSVP_RAW_PREFIX: process.env.RSVP_RAW_PREFIX };
    process.env.RSVP_TABLE = 'table-of-another-stack';
    process.env.RSVP_RAW_PREFIX = 'other-prefix/';
    const { RawMailPrefix: _omitted, ...withoutPrefix } = outputs;
    try {
      const services = await servicesOpener(() => ({ outputs: file('two.json', { RsvpMail: withoutPrefix }) }))();
      try {
        expect(services.config).toMatchObject({ RSVP_MODE: 'aws', RSVP_TABLE: outputs.TableName, RSVP_RAW_BUCKET: outputs.RawMailBucketName, RSVP_RAW_PREFIX: 'inbound/', AWS_REGION: 'eu-west-1' });
      } finally {
        await services.close();
      }
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('--stack without --outputs is a config error, not ignored', async () => {
    await expect(servicesOpener(() => ({ stack: 'RsvpMail' }))()).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('give --outputs too') });
  });

  it('needs --stack when the file holds several, and names what is missing', async () => {
    const several = file('several.json', { RsvpMail: outputs, Other: {} });
    await expect(configFromCdkOutputs(several)).rejects.toThrow(/several stacks in it \(RsvpMail, Other\); pick one with --stack/);
    expect((await configFromCdkOutputs(several, 'RsvpMail')).RSVP_TABLE).toBe(outputs.TableName);
    await expect(configFromCdkOutputs(several, 'Other')).rejects.toThrow(/stack Other: TableName/);
    await expect(configFromCdkOutputs(several, 'Nope')).rejects.toThrow(/no stack "Nope"/);
  });

  it('a missing or broken file is a config error naming it', async () => {
    await expect(configFromCdkOutputs(join(dir, 'absent.json'))).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('absent.json: cannot read it') });
    await expect(configFromCdkOutputs(file('broken.json', '{ nope'))).rejects.toThrow(/broken.json: not JSON/);
  });
});
