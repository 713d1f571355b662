import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * An SQS queue that is itself a dead-letter destination: SQS-managed encryption (no key
 * policy for Lambda or Scheduler to get wrong), TLS-only, and the 14-day maximum retention
 * so failures survive a long weekend.
 */
export function deadLetterQueue(scope: Construct, id: string, role: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is ${role}; it is the dead-letter queue. Messages stay until ops replay or purge them, and an alarm fires on the first one.`,
  });
  return queue;
}
