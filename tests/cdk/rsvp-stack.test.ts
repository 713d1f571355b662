import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_ITEM_ACTIONS } from '../../cdk/constructs/table';
import { synth, type Synthesized } from './cdk-context';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }>;
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

let s: Synthesized;
let resources: Resources;

/** Logical id of the one resource of `type` whose construct path contains `pathPart`. */
function logicalId(type: string, pathPart: string): string {
  const found = Object.entries(s.template.findResources(type)).filter(([, r]) => String((r as { Metadata?: Record<string, unknown> }).Metadata?.['aws:cdk:path']).includes(pathPart));
  expect(found, `${type} at ${pathPart}`).toHaveLength(1);
  return found[0]![0];
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

beforeAll(() => {
  // One synthesis with real esbuild bundling and cdk-nag validation (throws on findings).
  s = synth();
  resources = s.template.toJSON().Resources as Resources;
});

afterAll(() => s?.cleanup());

describe('raw-mail bucket', () => {
  it('is private, encrypted, versioned, logged and expires mail after retentionDays', () => {
    const bucket = logicalId('AWS::S3::Bucket', '/RawMail/Bucket/');
    const logs = logicalId('AWS::S3::Bucket', '/RawMail/AccessLogs/');
    expect(resources[bucket]!.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logs }, LogFilePrefix: 'raw-mail/' },
    });
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Status: 'Enabled', ExpirationInDays: 180, NoncurrentVersionExpiration: { NoncurrentDays: 30 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
          Match.objectLike({ ExpiredObjectDeleteMarker: true }),
        ]),
      },
    });
    s.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }) });
  });

  it('has a private, encrypted, expiring access-log bucket', () => {
    const logs = logicalId('AWS::S3::Bucket', '/RawMail/AccessLogs/');
    expect(resources[logs]!.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: 365 })] },
    });
  });

  it('denies non-TLS access and lets only our SES rule put under inbound/', () => {
    const bucket = logicalId('AWS::S3::Bucket', '/RawMail/Bucket/');
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucket },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, '/inbound/*']] },
            Condition: {
              StringEquals: {
                'aws:SourceAccount': { Ref: 'AWS::AccountId' },
                'aws:SourceArn': { 'Fn::Join': ['', ['arn:aws:ses:eu-west-1:', { Ref: 'AWS::AccountId' }, ':receipt-rule-set/RsvpMail-inbound:receipt-rule/RsvpMail-store-then-process']] },
              },
            },
          }),
        ]),
      },
    });
  });
});

describe('SES receiving', () => {
  it('has a rule set and a scanning rule for the configured recipients', () => {
    s.template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    s.template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'RsvpMail-inbound' });
    s.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({ Name: 'RsvpMail-store-then-process', Enabled: true, ScanEnabled: true, TlsPolicy: 'Optional', Recipients: ['rsvp@primarie.example.org'] }),
    });
  });

  it('stores the raw mail in S3 first, then invokes the inbound function asynchronously', () => {
    const rule = resources[logicalId('AWS::SES::ReceiptRule', '/Receiving/Rule/')]!;
    const actions = (rule.Properties!.Rule as { Actions: Array<Record<string, Record<string, unknown>>> }).Actions;
    expect(actions).toHaveLength(2);
    expect(Object.keys(actions[0]!)).toEqual(['S3Action']);
    expect(actions[0]!.S3Action).toEqual({ BucketName: { Ref: logicalId('AWS::S3::Bucket', '/RawMail/Bucket/') }, ObjectKeyPrefix: 'inbound/' });
    expect(Object.keys(actions[1]!)).toEqual(['LambdaAction']);
    expect(actions[1]!.LambdaAction).toEqual({ FunctionArn: { 'Fn::GetAtt': [logicalId('AWS::Lambda::Function', '/Inbound/Inbound/Function/'), 'Arn'] }, InvocationType: 'Event' });
  });

  it('creates the rule only after the bucket policy and the invoke permission exist', () => {
    const rule = resources[logicalId('AWS::SES::ReceiptRule', '/Receiving/Rule/')]!;
    expect(rule.DependsOn).toEqual(expect.arrayContaining([logicalId('AWS::S3::BucketPolicy', '/RawMail/Bucket/'), logicalId('AWS::Lambda::Permission', 'AllowSesInvoke')]));
    s.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [logicalId('AWS::Lambda::Function', '/Inbound/Inbound/Function/'), 'Arn'] },
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith([':receipt-rule-set/RsvpMail-inbound:receipt-rule/RsvpMail-store-then-process']) ]) }),
    });
  });

  it('activates the rule set through a custom resource and deactivates it on delete', () => {
    const [id, activation] = Object.entries(s.template.findResources('Custom::SesActiveReceiptRuleSet'))[0]!;
    const props = (activation as { Properties: Record<string, string> }).Properties;
    expect(JSON.parse(props.Create!)).toMatchObject({ service: 'SES', action: 'SetActiveReceiptRuleSet', parameters: { RuleSetName: 'RsvpMail-inbound' } });
    expect(JSON.parse(props.Update!)).toMatchObject({ action: 'SetActiveReceiptRuleSet', parameters: { RuleSetName: 'RsvpMail-inbound' } });
    expect(JSON.parse(props.Delete!)).toEqual({ service: 'SES', action: 'SetActiveReceiptRuleSet', parameters: {} });
    expect(props.InstallLatestAwsSdk).toBe(false);
    expect(resources[id]!.DependsOn).toEqual(expect.arrayContaining([logicalId('AWS::SES::ReceiptRule', '/Receiving/Rule/'), logicalId('AWS::SES::ReceiptRuleSet', '/Receiving/RuleSet/')]));
    s.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'ses:SetActiveReceiptRuleSet', Resource: '*' }] },
    });
  });

  it('creates no SES identity or DNS records without a hosted zone', () => {
    s.template.resourceCountIs('AWS::SES::EmailIdentity', 0);
    s.template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });
});

describe('table', () => {
  it('is a single on-demand pk/sk table with PITR, TTL, deletion protection, retained', () => {
    s.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    s.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        DeletionProtectionEnabled: true,
      },
    });
    const table = Object.values(s.template.findResources('AWS::DynamoDB::Table'))[0] as { Properties: Record<string, unknown> };
    expect(table.Properties.GlobalSecondaryIndexes).toBeUndefined();
  });
});

describe('functions', () => {
  const env = (pathPart: string) => (resources[logicalId('AWS::Lambda::Function', pathPart)]!.Properties!.Environment as { Variables: Record<string, unknown> }).Variables;

  it('runs both service functions on nodejs24.x arm64 with JSON logs into retained log groups', () => {
    for (const path of ['/Inbound/Inbound/Function/', '/Digest/Digest/Function/']) {
      const props = resources[logicalId('AWS::Lambda::Function', path)]!.Properties!;
      expect(props).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'INFO', LogGroup: { Ref: expect.any(String) } },
      });
      const logGroup = (props.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroup]).toMatchObject({ DeletionPolicy: 'Retain', Properties: { RetentionInDays: 90 } });
    }
    expect(resources[logicalId('AWS::Lambda::Function', '/Inbound/Inbound/Function/')]!.Properties).toMatchObject({ MemorySize: 1024, Timeout: 60 });
  });

  it('gives the functions the environment the handlers read', () => {
    const table = { Ref: logicalId('AWS::DynamoDB::Table', '/Data/') };
    const bucket = { Ref: logicalId('AWS::S3::Bucket', '/RawMail/Bucket/') };
    const common = { RSVP_MODE: 'aws', RSVP_TABLE: table, RSVP_RAW_BUCKET: bucket, RSVP_RAW_PREFIX: 'inbound/', RSVP_LOG_LEVEL: 'info', NODE_OPTIONS: '--enable-source-maps' };
    expect(env('/Inbound/Inbound/Function/')).toEqual({ ...common, RSVP_FAILURE_QUEUE_URL: { Ref: logicalId('AWS::SQS::Queue', '/Inbound/FailureQueue/') } });
    expect(env('/Digest/Digest/Function/')).toEqual(common);
  });

  it('retries inbound twice within 6 h, then sends it to an encrypted TLS-only queue kept 14 days', () => {
    const queue = logicalId('AWS::SQS::Queue', '/Inbound/FailureQueue/');
    s.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId('AWS::Lambda::Function', '/Inbound/Inbound/Function/') },
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 6 * 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
    expect(resources[queue]!.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    s.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
  });

  it('bundles each function as one minified ESM file with a source map, within 1.5 MB', () => {
    for (const path of ['/Inbound/Inbound/Function/', '/Digest/Digest/Function/']) {
      const metadata = (s.template.toJSON().Resources[logicalId('AWS::Lambda::Function', path)] as { Metadata: Record<string, string> }).Metadata;
      const dir = join(s.outdir, metadata['aws:asset:path']!);
      const code = join(dir, 'index.mjs');
      expect(existsSync(code), code).toBe(true);
      expect(existsSync(`${code}.map`)).toBe(true);
      expect(statSync(code).size, `${path} bundle bytes`).toBeLessThanOrEqual(1_500_000);
      const text = readFileSync(code, 'utf8');
      expect(text.startsWith("import { createRequire as __rsvpCreateRequire } from 'node:module';")).toBe(true);
      // `import { z } from 'zod'` anywhere in a handler's graph drags in every zod locale (~290 KB):
      // write `import * as z from 'zod'`. German is one of those locales.
      expect(text.includes('Ungültige Eingabe'), `${path}: zod locales are bundled`).toBe(false);
      // Trims in effect (cdk/bundle-trims): the stand-ins are in, the SDK's SSO/INI chain is not.
      expect(text).toContain('reads credentials from the environment only');
      expect(text).not.toContain('defaultProvider::fromSSO');
      // A relative-path trim (the esbuild plugin in cdk/bundling.ts): nodemailer's full MIME-type table is not.
      expect(text).not.toContain('vnd.handheld-entertainment');
    }
  });
});

describe('IAM', () => {
  const policiesOf = (rolePathPart: string): Statement[] => {
    const role = logicalId('AWS::IAM::Role', rolePathPart);
    return Object.values(s.template.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(role))
      .flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
  };

  it('never allows a wildcard action on a wildcard resource, anywhere', () => {
    for (const policy of Object.values(s.template.findResources('AWS::IAM::Policy'))) {
      for (const st of (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement) {
        const wildAction = asArray(st.Action).some((a) => a === '*' || a.endsWith(':*'));
        const wildResource = asArray(st.Resource).some((r) => r === '*');
        expect(st.Effect === 'Allow' && wildAction && wildResource, JSON.stringify(st)).toBe(false);
      }
    }
    s.template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
    for (const role of Object.values(s.template.findResources('AWS::IAM::Role'))) {
      expect((role as { Properties: Record<string, unknown> }).Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('gives our functions named actions on named resources only', () => {
    for (const rolePath of ['/Inbound/Inbound/Role/', '/Digest/Digest/Role/']) {
      const statements = policiesOf(rolePath);
      expect(statements.length).toBeGreaterThan(0);
      for (const st of statements) {
        expect(asArray(st.Action).every((a) => !a.includes('*')), JSON.stringify(st.Action)).toBe(true);
        expect(asArray(st.Resource).every((r) => r !== '*'), JSON.stringify(st.Resource)).toBe(true);
      }
    }
  });

  it('lets the inbound function read raw mail, use table items and send as the mail domain', () => {
    const statements = policiesOf('/Inbound/Inbound/Role/');
    const bucket = logicalId('AWS::S3::Bucket', '/RawMail/Bucket/');
    expect(statements).toContainEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, '/inbound/*']] } });
    expect(statements).toContainEqual({ Effect: 'Allow', Action: [...TABLE_ITEM_ACTIONS].sort(), Resource: { 'Fn::GetAtt': [logicalId('AWS::DynamoDB::Table', '/Data/'), 'Arn'] } });
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: { 'Fn::Join': ['', ['arn:aws:ses:eu-west-1:', { Ref: 'AWS::AccountId' }, ':identity/primarie.example.org']] },
    });
    const actions = statements.flatMap((st) => asArray(st.Action));
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.filter((a) => a.startsWith('s3:'))).toEqual(['s3:GetObject']);
  });

  it('lets the digest function use table items and send mail, and nothing in S3', () => {
    const actions = policiesOf('/Digest/Digest/Role/').flatMap((st) => asArray(st.Action));
    expect(actions).toEqual(expect.arrayContaining([...TABLE_ITEM_ACTIONS, 'ses:SendRawEmail']));
    expect(actions.some((a) => a.startsWith('s3:') || a === 'dynamodb:Scan')).toBe(false);
  });
});

describe('digest schedule', () => {
  it('fires daily at 08:00 Europe/Bucharest, no flexible window, with retries and an encrypted DLQ', () => {
    const dlq = logicalId('AWS::SQS::Queue', '/Digest/DeadLetterQueue/');
    s.template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    s.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6-22 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Bucharest',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [logicalId('AWS::Lambda::Function', '/Digest/Digest/Function/'), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
        RoleArn: Match.anyValue(),
      },
    });
    expect(resources[dlq]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
  });
});

describe('alarms', () => {
  const alarmOn = (metricName: string, dimensionRef: string) =>
    Object.values(s.template.findResources('AWS::CloudWatch::Alarm')).filter((a) => {
      const p = (a as { Properties: Record<string, unknown> }).Properties;
      return p.MetricName === metricName && JSON.stringify(p.Dimensions).includes(dimensionRef);
    });

  it('alarms on both functions, both queues and the receipt rule, into an encrypted topic mailed to ops', () => {
    s.template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    expect(alarmOn('Errors', logicalId('AWS::Lambda::Function', '/Inbound/Inbound/Function/'))).toHaveLength(1);
    expect(alarmOn('Errors', logicalId('AWS::Lambda::Function', '/Digest/Digest/Function/'))).toHaveLength(1);
    expect(alarmOn('ApproximateNumberOfMessagesVisible', logicalId('AWS::SQS::Queue', '/Inbound/FailureQueue/'))).toHaveLength(1);
    expect(alarmOn('ApproximateNumberOfMessagesVisible', logicalId('AWS::SQS::Queue', '/Digest/DeadLetterQueue/'))).toHaveLength(1);
    const topic = logicalId('AWS::SNS::Topic', '/Alarms/Topic/');
    for (const alarm of Object.values(s.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect((alarm as { Properties: Record<string, unknown> }).Properties).toMatchObject({
        AlarmActions: [{ Ref: topic }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [logicalId('AWS::KMS::Key', '/Alarms/TopicKey/'), 'Arn'] } });
    s.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    s.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@primarie.example.org', TopicArn: { Ref: topic } });
  });

  it('watches SES PublishFailure and PublishExpired for our receipt rule', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Metrics: Match.arrayWith([
        Match.objectLike({ ReturnData: true, Expression: Match.stringLikeRegexp('FILL\\(f0, 0\\).*FILL\\(e0, 0\\)') }),
        Match.objectLike({
          Id: 'f0',
          MetricStat: Match.objectLike({
            Metric: { Namespace: 'AWS/SES', MetricName: 'PublishFailure', Dimensions: Match.arrayWith([{ Name: 'RuleSetName', Value: 'RsvpMail-inbound' }]) },
          }),
        }),
        Match.objectLike({ Id: 'e0', MetricStat: Match.objectLike({ Metric: Match.objectLike({ Namespace: 'AWS/SES', MetricName: 'PublishExpired' }) }) }),
      ]),
    });
  });
});

describe('outputs and cdk-nag', () => {
  it('exports what the CLI --aws mode reads', () => {
    const outputs = s.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['TableName', 'RawMailBucketName', 'FailureQueueUrl', 'InboundFunctionName', 'DigestFunctionName', 'Region']));
    expect(outputs.Region!.Value).toBe('eu-west-1');
    expect(outputs.TableName!.Value).toEqual({ Ref: logicalId('AWS::DynamoDB::Table', '/Data/') });
  });

  it('has no unacknowledged AwsSolutions finding (errors or warnings)', () => {
    const report = new AwsSolutionsChecks().validateScope(s.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('gives every acknowledgement a written reason', () => {
    const acknowledged = s.app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules'))
      .flatMap((m) => Object.entries(m.data as Record<string, unknown>));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) {
      const text = typeof reason === 'string' ? reason : JSON.stringify(reason);
      expect(text.length, id).toBeGreaterThan(40);
    }
  });
});
