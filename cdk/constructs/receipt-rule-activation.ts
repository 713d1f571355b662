import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

export interface ReceiptRuleActivationProps {
  readonly ruleSetName: string;
}

/**
 * CloudFormation can create a receipt rule set but not make it the active one (SES allows
 * exactly one active set per account and region). This custom resource calls
 * SetActiveReceiptRuleSet on create/update and, on delete, calls it with no name, which
 * deactivates receiving, so the rule set can then be deleted.
 */
export class ReceiptRuleActivation extends Construct {
  readonly resource: cr.AwsCustomResource;

  constructor(scope: Construct, id: string, props: ReceiptRuleActivationProps) {
    super(scope, id);
    const activate: cr.AwsSdkCall = {
      service: 'SES',
      action: 'SetActiveReceiptRuleSet',
      parameters: { RuleSetName: props.ruleSetName },
      physicalResourceId: cr.PhysicalResourceId.of(`active-receipt-rule-set-${props.ruleSetName}`),
    };

    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    // Our own role instead of the default one that carries the AWSLambdaBasicExecutionRole managed policy.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Activates the RSVP receipt rule set',
    });
    role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));

    this.resource = new cr.AwsCustomResource(this, 'Activate', {
      resourceType: 'Custom::SesActiveReceiptRuleSet',
      onCreate: activate,
      onUpdate: activate,
      onDelete: { service: 'SES', action: 'SetActiveReceiptRuleSet', parameters: {} },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        // SetActiveReceiptRuleSet supports no resource-level permissions: the resource must be "*".
        new iam.PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
      role,
      logGroup,
      // Use the SDK already in the runtime: installing the latest at deploy time needs npm and network.
      installLatestAwsSdk: false,
      timeout: Duration.minutes(2),
    });

    // On the construct, not the role: AwsCustomResource attaches its policy as a sibling of the role.
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ses:SetActiveReceiptRuleSet has no resource-level permissions (IAM service authorization reference); the role allows only that one action.',
    });
  }
}
