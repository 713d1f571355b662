import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { withoutSdkLogging } from '../lean-sdk-client';

/** What every repository function needs: the document client and the table name. */
export interface DynamoContext {
  doc: DynamoDBDocumentClient;
  table: string;
}

/**
 * Single-table key scheme. Everything about one event shares its partition, so the
 * digest reads one event with a single paginated Query (never a Scan).
 */
export const keys = {
  event: (id: string) => ({ pk: `EVENT#${id}`, sk: '#EVENT' }),
  eventsIndex: (id: string) => ({ pk: 'EVENTS', sk: id }),
  guest: (eventId: string, email: string) => ({ pk: `EVENT#${eventId}`, sk: `GUEST#${email}` }),
  reply: (eventId: string, email: string, messageKey: string) => ({ pk: `EVENT#${eventId}`, sk: `REPLY#${email}#${messageKey}` }),
  message: (key: string) => ({ pk: `MSG#${key}`, sk: 'MSG' }),
  /** Sparse list of failed messages so replay needs no Scan. */
  messageState: (state: string, key: string) => ({ pk: `MSGSTATE#${state}`, sk: key }),
  unrouted: (receivedAt: string, key: string) => ({ pk: 'UNROUTED', sk: `${receivedAt}#${key}` }),
  sent: (messageId: string) => ({ pk: `SENT#${messageId}`, sk: 'SENT' }),
  token: (token: string) => ({ pk: `TOKEN#${token}`, sk: 'TOKEN' }),
  rate: (key: string, windowStart: string) => ({ pk: `RATE#${key}`, sk: windowStart }),
  /** One digest per event and local day: the idempotency record written before sending. */
  digest: (eventId: string, day: string) => ({ pk: `DIGEST#${eventId}`, sk: day }),
} as const;

export interface DynamoClientOptions {
  region: string;
  endpoint?: string | undefined;
  /** Local dynalite accepts any credentials; never used against AWS. */
  localCredentials?: boolean;
  maxAttempts?: number;
}

/** Builds the document client (undefined attributes dropped, so optional fields can be omitted). */
export function createDocumentClient(options: DynamoClientOptions): DynamoDBDocumentClient {
  const client = withoutSdkLogging(new DynamoDBClient({
    region: options.region,
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts ?? 3,
    ...(options.localCredentials ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }));
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
}

/**
 * Creates the table when it is missing (local stack and tests; in AWS the CDK stack owns it).
 * dynalite has no UpdateTimeToLive, so TTL (`expiresAt`) is only enabled by CDK.
 */
export async function ensureTable(doc: DynamoDBDocumentClient, table: string): Promise<void> {
  try {
    await doc.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as { name?: string }).name !== 'ResourceNotFoundException') throw error;
  }
  try {
    await doc.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  } catch (error) {
    // Two processes starting at once: the other one created it.
    if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
  }
  for (let i = 0; i < 200; i++) {
    const described = await doc.send(new DescribeTableCommand({ TableName: table }));
    if (described.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`table ${table} did not become ACTIVE`);
}

/** True for DynamoDB's failed-condition error. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/** Removes the key attributes from an item read back. */
export function stripKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, type: _type, expiresAt: _exp, ...rest } = item;
  return rest as T;
}
