import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * Item-level operations the functions use. Deliberately no Scan (the key scheme in
 * shared/adapters/dynamodb/table.ts answers every read with Query/GetItem), no
 * table-management actions, never `dynamodb:*`.
 */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** The single table (pk/sk) holding events, guests, replies and message state. */
export class RsvpTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Rate-limit windows, dedupe markers etc. carry an epoch-seconds expiry; DynamoDB deletes them for free.
      timeToLiveAttribute: 'expiresAt',
      deletionProtection: true,
      // Guest lists and answers are the service's record: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Grants the item operations above on the table (no indexes exist, so no index ARNs). */
  grantItemAccess(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({ grantee, actions: [...TABLE_ITEM_ACTIONS], resourceArns: [this.table.tableArn] });
  }
}
