import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { nagArnRef } from '../nag-ids';
import { deadLetterQueue } from './encrypted-queue';
import { RsvpFunction } from './rsvp-function';
import type { RsvpTable } from './table';

export interface InboundFunctionProps {
  readonly table: RsvpTable;
  readonly rawBucket: s3.IBucket;
  /** Key prefix SES stores raw mail under, e.g. `inbound/`. */
  readonly rawPrefix: string;
  /** ARN of the SES identity acknowledgements are sent from. */
  readonly senderIdentityArn: string;
}

/**
 * The function SES invokes (asynchronously) for each received message, after the S3 action
 * stored it. Failed invocations are retried twice by Lambda, then parked in the failure queue
 * that `rsvp replay --failed --aws` drains.
 */
export class InboundFunction extends Construct {
  readonly fn: lambda.Function;
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: InboundFunctionProps) {
    super(scope, id);
    this.failureQueue = deadLetterQueue(this, 'FailureQueue', "the inbound function's on-failure destination");

    const fn = new RsvpFunction(this, 'Inbound', {
      entry: 'lambdas/inbound.ts',
      description: 'RSVP inbound: parse a received reply, record it, acknowledge it',
      // Memory also buys CPU: mailparser on a large HTML mail is CPU-bound.
      memorySize: 1024,
      timeout: Duration.seconds(60),
      environment: {
        RSVP_MODE: 'aws',
        RSVP_TABLE: props.table.table.tableName,
        RSVP_RAW_BUCKET: props.rawBucket.bucketName,
        RSVP_RAW_PREFIX: props.rawPrefix,
        RSVP_FAILURE_QUEUE_URL: this.failureQueue.queueUrl,
        RSVP_LOG_LEVEL: 'info',
      },
      retryAttempts: 2,
      // A reply still unprocessed after 6 h (throttled, or failing) waits in the queue for a deliberate replay.
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.failureQueue),
    });
    this.fn = fn.fn;

    fn.role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [props.rawBucket.arnForObjects(`${props.rawPrefix}*`)] }));
    props.table.grantItemAccess(fn.role);
    fn.role.addToPolicy(new iam.PolicyStatement({ actions: ['ses:SendRawEmail'], resources: [props.senderIdentityArn] }));

    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagArnRef(props.rawBucket)}/${props.rawPrefix}*]`,
      reason: 'Object keys are SES message ids, unknown in advance; the grant is GetObject only, limited to the prefix SES writes to.',
    });
  }
}
