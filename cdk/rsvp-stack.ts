import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './constructs/alarms';
import { DigestSchedule } from './constructs/digest-schedule';
import { InboundFunction } from './constructs/inbound-function';
import { InboundMail } from './constructs/inbound-mail';
import { RawMailBucket } from './constructs/raw-mail-bucket';
import { ReceiptRuleActivation } from './constructs/receipt-rule-activation';
import { RsvpTable } from './constructs/table';
import { senderIdentityOf, type StackConfig } from './stack-config';

/** Where SES stores raw mail in the bucket; the inbound function reads `<prefix><sesMessageId>`. */
export const RAW_PREFIX = 'inbound/';

export interface RsvpStackProps extends StackProps {
  readonly config: StackConfig;
}

/** The whole production deployment: mail in → S3 → Lambda → DynamoDB → SES out, plus the daily digest. */
export class RsvpStack extends Stack {
  constructor(scope: Construct, id: string, props: RsvpStackProps) {
    super(scope, id, props);
    const { config } = props;

    const raw = new RawMailBucket(this, 'RawMail', { retentionDays: config.retentionDays });
    const table = new RsvpTable(this, 'Data');
    const senderIdentityArn = this.formatArn({ service: 'ses', resource: 'identity', resourceName: senderIdentityOf(config) });

    const inbound = new InboundFunction(this, 'Inbound', { table, rawBucket: raw.bucket, rawPrefix: RAW_PREFIX, senderIdentityArn });
    const digest = new DigestSchedule(this, 'Digest', { table, senderIdentityArn, rawBucketName: raw.bucket.bucketName, rawPrefix: RAW_PREFIX });

    const mail = new InboundMail(this, 'Receiving', {
      namePrefix: this.stackName,
      recipients: config.recipients,
      bucket: raw.bucket,
      prefix: RAW_PREFIX,
      fn: inbound.fn,
      requireTls: config.requireTls,
      mailDomain: config.mailDomain,
      ...(config.hostedZone ? { hostedZone: config.hostedZone } : {}),
    });
    if (config.activateRuleSet) {
      const activation = new ReceiptRuleActivation(this, 'ActivateReceiving', { ruleSetName: mail.ruleSetName });
      // Activate only once the rule exists, so no mail arrives at an empty, active rule set.
      activation.node.addDependency(mail.ruleSet, mail.rule);
    }

    new Alarms(this, 'Alarms', {
      opsEmail: config.opsEmail,
      inboundFunction: inbound.fn,
      digestFunction: digest.fn,
      failureQueue: inbound.failureQueue,
      digestDeadLetterQueue: digest.deadLetterQueue,
      ruleSetName: mail.ruleSetName,
      ruleName: mail.ruleName,
    });

    // Read by the CLI's --aws mode (DescribeStacks on this stack name).
    new CfnOutput(this, 'TableName', { value: table.table.tableName });
    new CfnOutput(this, 'RawMailBucketName', { value: raw.bucket.bucketName });
    new CfnOutput(this, 'RawMailPrefix', { value: RAW_PREFIX });
    new CfnOutput(this, 'FailureQueueUrl', { value: inbound.failureQueue.queueUrl });
    new CfnOutput(this, 'DigestDeadLetterQueueUrl', { value: digest.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'InboundFunctionName', { value: inbound.fn.functionName });
    new CfnOutput(this, 'DigestFunctionName', { value: digest.fn.functionName });
    new CfnOutput(this, 'ReceiptRuleSetName', { value: mail.ruleSetName });
    new CfnOutput(this, 'Region', { value: this.region });
  }
}
