import * as sqs from 'aws-cdk-lib/aws-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../cdk/build-app';
import { cdkJsonContext, exampleConfig, synth as synthOnce, type Synthesized } from './cdk-context';

const made: Synthesized[] = [];
const synth: typeof synthOnce = (...args) => {
  const result = synthOnce(...args);
  made.push(result);
  return result;
};
afterAll(() => {
  for (const result of made) result.cleanup();
});

// Configuration variants; code bundling is skipped (the main stack test covers it).
describe('stack variants', () => {
  it('with a hosted zone: SES domain identity with Easy DKIM records and the MX record to SES inbound', () => {
    const { template } = synth(
      { mailDomain: 'rsvp.primarie.example.org', recipients: ['rsvp.primarie.example.org'], hostedZone: { id: 'Z0123456789ABCDEFGHIJ', name: 'primarie.example.org' }, region: 'eu-central-1' },
      { bundle: false },
    );
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'rsvp.primarie.example.org', DkimAttributes: { SigningEnabled: true } });
    template.hasResourceProperties('AWS::Route53::RecordSet', {
      HostedZoneId: 'Z0123456789ABCDEFGHIJ',
      Name: 'rsvp.primarie.example.org.',
      Type: 'MX',
      ResourceRecords: ['10 inbound-smtp.eu-central-1.amazonaws.com'],
    });
    // Three DKIM CNAMEs + the MX.
    template.resourceCountIs('AWS::Route53::RecordSet', 4);
    template.hasResourceProperties('AWS::SES::ReceiptRule', { Rule: { Recipients: ['rsvp.primarie.example.org'] } });
  });

  it('requireTls, another retention and a separate sender identity are honoured', () => {
    const { template } = synth({ requireTls: true, retentionDays: 30, senderIdentity: 'noreply@primarie.example.org' }, { bundle: false });
    template.hasResourceProperties('AWS::SES::ReceiptRule', { Rule: { TlsPolicy: 'Require' } });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [{ Id: 'expire-raw-mail', Status: 'Enabled', ExpirationInDays: 30, NoncurrentVersionExpiration: { NoncurrentDays: 30 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }, { Id: 'remove-expired-delete-markers', Status: 'Enabled', ExpiredObjectDeleteMarker: true }] },
    });
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Array<{ Action: unknown; Resource: unknown }> } } }).Properties.PolicyDocument.Statement);
    const sends = statements.filter((st) => st.Action === 'ses:SendRawEmail');
    expect(sends).toHaveLength(2);
    for (const st of sends) expect(JSON.stringify(st.Resource)).toContain(':identity/noreply@primarie.example.org');
  });

  it('activateRuleSet: false leaves the active rule set alone', () => {
    const { template } = synth({ activateRuleSet: false }, { bundle: false });
    template.resourceCountIs('Custom::SesActiveReceiptRuleSet', 0);
    template.resourceCountIs('AWS::SES::ReceiptRule', 1);
  });

  it('pins the account only when configured', () => {
    const saved = process.env.CDK_DEFAULT_ACCOUNT;
    delete process.env.CDK_DEFAULT_ACCOUNT;
    try {
      expect(synth({}, { bundle: false }).stack.account).toMatch(/^\$\{Token/);
      expect(synth({ account: '123456789012' }, { bundle: false }).stack.account).toBe('123456789012');
    } finally {
      if (saved !== undefined) process.env.CDK_DEFAULT_ACCOUNT = saved;
    }
  });

  it('fails synthesis on an unacknowledged cdk-nag finding (the pack is wired into every synth)', () => {
    const { app, stack } = buildApp({ context: { ...cdkJsonContext(), rsvp: exampleConfig(), 'aws:cdk:bundling-stacks': [] } });
    new sqs.Queue(stack, 'NotCompliant');
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  });

  it('refuses to build with an invalid region, naming the key', () => {
    expect(() => buildApp({ context: { ...cdkJsonContext(), rsvp: { ...exampleConfig(), region: 'cn-north-1' } } })).toThrow(/rsvp\.region/);
  });
});
