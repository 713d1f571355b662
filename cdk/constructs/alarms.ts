import { Aws, Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  readonly opsEmail: string;
  readonly inboundFunction: lambda.IFunction;
  readonly digestFunction: lambda.IFunction;
  readonly failureQueue: sqs.IQueue;
  readonly digestDeadLetterQueue: sqs.IQueue;
  readonly ruleSetName: string;
  readonly ruleName: string;
}

/** Every alarm here means "a reply or a digest may be lost": one occurrence is enough. */
const AT_LEAST_ONE = { threshold: 1, evaluationPeriods: 1, comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD };

/** Alarms for the RSVP service, notifying ops by email through an encrypted SNS topic. */
export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    const key = new kms.Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Encrypts the RSVP alarm topic' });
    // CloudWatch publishes to the encrypted topic itself; the AWS-managed aws/sns key would not let it.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'RSVP service alarms', masterKey: key, enforceSSL: true });
    // The topic now has an explicit policy (the SSL-only deny), so CloudWatch's publish right must be stated too.
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    this.topic.addSubscription(new EmailSubscription(props.opsEmail));

    this.add('InboundErrors', 'The inbound function failed on a received reply (Lambda retries twice, then the failure queue).', props.inboundFunction.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }));
    this.add('DigestErrors', 'The daily digest function failed.', props.digestFunction.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }));
    this.add(
      'FailureQueueNotEmpty',
      'A received reply could not be processed after retries; run `rsvp replay --failed --aws`.',
      props.failureQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    );
    this.add(
      'DigestDeadLetterQueueNotEmpty',
      'A digest run was not delivered or failed after retries; see docs/ops.md to rerun it.',
      props.digestDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    );
    this.add('ReceiptRuleActionFailures', 'SES could not store a received message or invoke the inbound function.', this.receiptRuleFailures(props));
  }

  /**
   * SES publishes PublishFailure / PublishExpired for receipt rule actions (console group
   * "SES > Rule Metrics"), but the dimension names are not documented in text and public
   * examples disagree (RuleSetName+ReceiptRuleName, RuleSetName, RuleName). An alarm on a
   * series that never exists would stay silent forever, so this sums every plausible shape,
   * each FILLed with 0: the expression breaches on any failure whatever the real shape is.
   */
  private receiptRuleFailures(props: AlarmsProps): cloudwatch.IMetric {
    const dimensionSets: Array<Record<string, string>> = [
      { RuleSetName: props.ruleSetName, ReceiptRuleName: props.ruleName },
      { RuleSetName: props.ruleSetName },
      { RuleName: props.ruleName },
      {},
    ];
    const usingMetrics: Record<string, cloudwatch.IMetric> = {};
    const terms: string[] = [];
    for (const metricName of ['PublishFailure', 'PublishExpired']) {
      dimensionSets.forEach((dimensionsMap, index) => {
        const key = `${metricName === 'PublishFailure' ? 'f' : 'e'}${index}`;
        usingMetrics[key] = new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, dimensionsMap, statistic: 'Sum', period: Duration.minutes(5) });
        terms.push(`FILL(${key}, 0)`);
      });
    }
    return new cloudwatch.MathExpression({ expression: terms.join(' + '), usingMetrics, label: 'Receipt rule action failures', period: Duration.minutes(5) });
  }

  private add(id: string, description: string, metric: cloudwatch.IMetric): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      ...AT_LEAST_ONE,
      metric,
      alarmDescription: description,
      // No data means nothing happened (no invocations, empty queue).
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
