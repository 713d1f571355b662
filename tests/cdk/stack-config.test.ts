import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStackConfig, parseStackConfig, SES_RECEIVING_REGIONS, StackConfigError } from '../../cdk/stack-config';
import { exampleConfig } from './cdk-context';

const context = (values: Record<string, unknown>) => ({ tryGetContext: (key: string) => values[key] });

describe('stack configuration', () => {
  it('accepts the example committed in cdk.json and fills defaults', () => {
    const config = parseStackConfig(exampleConfig(), 'cdk.json');
    expect(config).toMatchObject({
      stackName: 'RsvpMail',
      mailDomain: 'primarie.example.org',
      recipients: ['rsvp@primarie.example.org'],
      region: 'eu-west-1',
      opsEmail: 'ops@primarie.example.org',
      retentionDays: 180,
      activateRuleSet: true,
      requireTls: false,
    });
    expect(config.account).toBeUndefined();
    expect(parseStackConfig({ ...exampleConfig(), retentionDays: undefined }, 'x').retentionDays).toBe(180);
  });

  it('refuses a region without SES email receiving, naming the key', () => {
    expect(() => parseStackConfig({ ...exampleConfig(), region: 'eu-central-2' }, 'cdk.json')).toThrow(StackConfigError);
    expect(() => parseStackConfig({ ...exampleConfig(), region: 'eu-central-2' }, 'cdk.json')).toThrow(/rsvp\.region: "eu-central-2" is not an SES email-receiving region/);
    expect(SES_RECEIVING_REGIONS).toContain('eu-west-1');
  });

  it('names each bad key', () => {
    const bad = { ...exampleConfig(), opsEmail: 'not-an-address', retentionDays: 0, account: '12345' };
    let message = '';
    try {
      parseStackConfig(bad, 'cdk.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/rsvp\.opsEmail/);
    expect(message).toMatch(/rsvp\.retentionDays/);
    expect(message).toMatch(/rsvp\.account: must be a 12-digit AWS account id/);
  });

  it('refuses recipients outside the mail domain and unknown keys', () => {
    expect(() => parseStackConfig({ ...exampleConfig(), recipients: ['rsvp@elsewhere.example.com'] }, 'x')).toThrow(/rsvp\.recipients\.0: .*must be an address at primarie\.example\.org/);
    expect(() => parseStackConfig({ ...exampleConfig(), recipients: [] }, 'x')).toThrow(/rsvp\.recipients/);
    expect(() => parseStackConfig({ ...exampleConfig(), retention: 30 }, 'x')).toThrow(/rsvp\.\(root\): Unrecognized key/);
  });

  it('accepts the domain itself and subdomain addresses as recipients', () => {
    const config = parseStackConfig({ ...exampleConfig(), recipients: ['primarie.example.org', '.primarie.example.org', 'RSVP@events.primarie.example.org'] }, 'x');
    expect(config.recipients).toEqual(['primarie.example.org', '.primarie.example.org', 'rsvp@events.primarie.example.org']);
    expect(() => parseStackConfig({ ...exampleConfig(), recipients: ['.example.org'] }, 'x')).toThrow(/rsvp\.recipients\.0/);
  });

  it('checks that the hosted zone contains the mail domain', () => {
    expect(() => parseStackConfig({ ...exampleConfig(), hostedZone: { id: 'Z0123456789ABC', name: 'other.example.net' } }, 'x')).toThrow(/rsvp\.hostedZone\.name/);
    expect(parseStackConfig({ ...exampleConfig(), hostedZone: { id: 'Z0123456789ABC', name: 'example.org' } }, 'x').hostedZone?.name).toBe('example.org');
  });

  it('reads context rsvp, or the JSON file named by rsvpConfigFile', () => {
    expect(loadStackConfig(context({ rsvp: exampleConfig() })).mailDomain).toBe('primarie.example.org');
    expect(loadStackConfig(context({ rsvp: JSON.stringify(exampleConfig()) })).region).toBe('eu-west-1');

    const file = join(mkdtempSync(join(tmpdir(), 'rsvp-config-')), 'prod.json');
    writeFileSync(file, JSON.stringify({ ...exampleConfig(), region: 'eu-central-1', retentionDays: 90 }));
    const fromFile = loadStackConfig(context({ rsvp: exampleConfig(), rsvpConfigFile: file }));
    expect(fromFile).toMatchObject({ region: 'eu-central-1', retentionDays: 90 });

    writeFileSync(file, JSON.stringify({ ...exampleConfig(), region: 'xx-nowhere-1' }));
    expect(() => loadStackConfig(context({ rsvpConfigFile: file }))).toThrow(new RegExp(`\\(${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\): rsvp\\.region`));
    expect(() => loadStackConfig(context({ rsvpConfigFile: join(file, 'missing.json') }))).toThrow(/rsvpConfigFile: cannot read JSON/);
  });

  it('fails fast when no configuration is given', () => {
    expect(() => loadStackConfig(context({}))).toThrow(/missing context "rsvp"/);
  });
});
