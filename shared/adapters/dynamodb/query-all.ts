import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DynamoContext } from './table';

/** Reads every page of a Query; `onPage` sees the count of items read (bench: items read). */
export async function queryAll(ctx: DynamoContext, input: Omit<QueryCommandInput, 'TableName'>, onPage?: (count: number) => void): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await ctx.doc.send(new QueryCommand({ ...input, TableName: ctx.table, ExclusiveStartKey: startKey }));
    const got = page.Items ?? [];
    items.push(...got);
    onPage?.(got.length);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Query items of one partition whose sort key starts with a prefix (strongly consistent on request). */
export function queryPrefix(ctx: DynamoContext, pk: string, skPrefix: string, consistent = false): Promise<Record<string, unknown>[]> {
  return queryAll(ctx, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
    ExpressionAttributeValues: { ':pk': pk, ':p': skPrefix },
    ...(consistent ? { ConsistentRead: true } : {}),
  });
}
