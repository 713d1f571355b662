import { Aws, Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as route53 from 'aws-cdk-lib/aws-route53';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface InboundMailProps {
  /** Names the rule set and rule; both must be stable, because ARNs in permissions are built from them. */
  readonly namePrefix: string;
  readonly recipients: string[];
  readonly bucket: s3.Bucket;
  /** Key prefix the S3 action writes under; must end with `/`. */
  readonly prefix: string;
  readonly fn: lambda.IFunction;
  readonly requireTls: boolean;
  /** When set, create the SES domain identity (Easy DKIM) and the MX record in this zone. */
  readonly hostedZone?: { readonly id: string; readonly name: string };
  readonly mailDomain: string;
}

/**
 * SES receiving: a rule set with one rule that (1) stores the raw message in S3 and then
 * (2) invokes the inbound function asynchronously. SES validates both targets when the
 * rule is created, so the bucket policy and the invoke permission are made dependencies
 * of the rule (otherwise CloudFormation may create them in parallel and the rule fails
 * with "Could not write to bucket" / "Could not invoke function").
 */
export class InboundMail extends Construct {
  readonly ruleSet: ses.ReceiptRuleSet;
  readonly rule: ses.ReceiptRule;
  readonly ruleSetName: string;
  readonly ruleName: string;
  readonly identity?: ses.EmailIdentity;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    this.ruleSetName = `${props.namePrefix}-inbound`;
    this.ruleName = `${props.namePrefix}-store-then-process`;
    // Built from names, not from the rule resource: referencing the rule here would make a cycle.
    const ruleArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'receipt-rule-set',
      resourceName: `${this.ruleSetName}:receipt-rule/${this.ruleName}`,
    });
    const fromOurRule = { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': ruleArn };

    props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSesPutRawMail',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [props.bucket.arnForObjects(`${props.prefix}*`)],
        conditions: { StringEquals: fromOurRule },
      }),
    );
    props.fn.addPermission('AllowSesInvoke', {
      principal: new iam.ServicePrincipal('ses.amazonaws.com'),
      action: 'lambda:InvokeFunction',
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: ruleArn,
    });

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: this.ruleSetName });
    this.rule = new ses.ReceiptRule(this, 'Rule', {
      ruleSet: this.ruleSet,
      receiptRuleName: this.ruleName,
      recipients: props.recipients,
      enabled: true,
      // Spam and virus verdicts land in the stored mail's headers; the function reads them.
      scanEnabled: true,
      tlsPolicy: props.requireTls ? ses.TlsPolicy.REQUIRE : ses.TlsPolicy.OPTIONAL,
      // Order matters: SES runs actions in sequence; the function reads the object the S3 action wrote.
      actions: [s3Action(props.bucket, props.prefix), lambdaEventAction(props.fn)],
    });

    const bucketPolicy = props.bucket.policy;
    if (!bucketPolicy) throw new Error('raw-mail bucket has no policy; addToResourcePolicy should have created it');
    const permission = props.fn.permissionsNode.tryFindChild('AllowSesInvoke');
    if (!permission) throw new Error('SES invoke permission missing');
    this.rule.node.addDependency(bucketPolicy, permission);

    if (props.hostedZone) {
      const zone = route53.PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: props.hostedZone.id,
        zoneName: props.hostedZone.name,
      });
      // Easy DKIM: the construct writes the three DKIM CNAMEs into the zone.
      this.identity = new ses.EmailIdentity(this, 'Identity', {
        identity: new ZoneDomainIdentity(props.mailDomain, zone),
        dkimSigning: true,
        dkimIdentity: ses.DkimIdentity.easyDkim(),
      });
      new route53.MxRecord(this, 'Mx', {
        zone,
        recordName: `${props.mailDomain}.`,
        values: [{ priority: 10, hostName: `inbound-smtp.${Stack.of(this).region}.amazonaws.com` }],
        ttl: Duration.hours(1),
      });
    }
  }
}

/**
 * `Identity.publicHostedZone()` always verifies the zone apex; the mail domain may be a
 * subdomain of the zone (recommended: keep the institution's own MX untouched).
 */
class ZoneDomainIdentity extends ses.Identity {
  constructor(
    readonly value: string,
    readonly hostedZone: route53.IPublicHostedZone,
  ) {
    super();
  }
}

function s3Action(bucket: s3.IBucket, prefix: string): ses.IReceiptRuleAction {
  return { bind: () => ({ s3Action: { bucketName: bucket.bucketName, objectKeyPrefix: prefix } }) };
}

function lambdaEventAction(fn: lambda.IFunction): ses.IReceiptRuleAction {
  // Event: SES does not wait for the function, so a slow parse never delays the SMTP conversation.
  return { bind: () => ({ lambdaAction: { functionArn: fn.functionArn, invocationType: 'Event' } }) };
}
