import { Aws, Duration, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { nagArnRef } from '../nag-ids';
import { deadLetterQueue } from './encrypted-queue';
import { RsvpFunction } from './rsvp-function';
import type { RsvpTable } from './table';

export interface DigestScheduleProps {
  readonly table: RsvpTable;
  readonly senderIdentityArn: string;
  readonly rawBucketName: string;
  readonly rawPrefix: string;
}

/**
 * The daily digest: a function that sends every digest and reminder that is due, and one
 * EventBridge Scheduler schedule in Bucharest time (DST handled by Scheduler, which a UTC
 * EventBridge rule would not do). It fires every hour from 06:00 to 22:00 rather than once
 * at 08:00: each event's own `digest.time` decides (one sent per event and day, by an
 * idempotency record), so an event with a 09:30 digest needs no redeploy.
 */
export class DigestSchedule extends Construct {
  readonly fn: lambda.Function;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: DigestScheduleProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue', 'where failed digest runs end up (schedule delivery failures and function errors)');
    const fn = new RsvpFunction(this, 'Digest', {
      entry: 'lambdas/digest.ts',
      description: 'RSVP digest: mail managers the daily digest and due reminders',
      memorySize: 512,
      // Sending is throttled to the SES rate (14/s by default); a few hundred mails fit easily.
      timeout: Duration.minutes(5),
      environment: {
        RSVP_MODE: 'aws',
        RSVP_TABLE: props.table.table.tableName,
        RSVP_RAW_BUCKET: props.rawBucketName,
        RSVP_RAW_PREFIX: props.rawPrefix,
        RSVP_LOG_LEVEL: 'info',
      },
      // Scheduler invokes asynchronously: its retry policy covers delivery, these cover a run that throws.
      // A rerun is safe: the digest records what it sent and sends only what is still due.
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    this.fn = fn.fn;
    props.table.grantItemAccess(fn.role);
    fn.role.addToPolicy(new iam.PolicyStatement({ actions: ['ses:SendRawEmail'], resources: [props.senderIdentityArn] }));

    // Our role (instead of the one the target would create at stack level) keeps the acknowledgement below local.
    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } } }),
      description: 'EventBridge Scheduler: invoke the RSVP digest function',
    });
    this.schedule = new scheduler.Schedule(this, 'Daily', {
      description: 'RSVP daily digests and reminders: hourly 06:00-22:00 Europe/Bucharest; each event\'s digest.time decides',
      schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '6-22', timeZone: TimeZone.EUROPE_BUCHAREST }),
      timeWindow: scheduler.TimeWindow.off(),
      target: new LambdaInvoke(this.fn, {
        role: schedulerRole,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: this.deadLetterQueue,
      }),
    });
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagArnRef(this.fn)}:*]`,
      reason: 'Written by the Scheduler Lambda target: lambda:InvokeFunction on this one function and its versions/aliases (ARN suffix :*), nothing else.',
    });
  }
}
