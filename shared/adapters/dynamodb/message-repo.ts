import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MessageRecord } from '../../domain/records';
import type { ClaimResult, MessageRepo } from '../../ports/store';
import { queryPrefix } from './query-all';
import { isConditionFailed, keys, stripKeys, type DynamoContext } from './table';

/** Message records with a lease: SES and Lambda may deliver one mail twice, at once. */
export function messageRepo(ctx: DynamoContext): MessageRepo {
  const get = async (messageKey: string): Promise<MessageRecord | null> => {
    const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.message(messageKey), ConsistentRead: true }));
    return got.Item ? stripKeys<MessageRecord>(got.Item) : null;
  };
  const putState = (state: string, key: string, now: Date) =>
    ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.messageState(state, key), type: 'message-state', messageKey: key, at: now.toISOString() } }));
  const dropState = (state: string, key: string) => ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.messageState(state, key) }));

  return {
    async claimMessage(init, now, leaseMs): Promise<ClaimResult> {
      const nowIso = now.toISOString();
      // A new message (the usual case): one conditional put of the whole record, with a tiny
      // condition. Only a message seen before takes the update below (re-claim if failed or
      // its lease expired), which preserves what earlier attempts recorded.
      const fresh: MessageRecord = {
        messageKey: init.messageKey,
        sesMessageId: init.sesMessageId,
        rfcMessageId: init.rfcMessageId,
        rawKey: init.rawKey,
        recipients: init.recipients,
        verdicts: init.verdicts,
        state: 'processing',
        receivedAt: init.receivedAt,
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: 1,
        eventId: null,
        guestEmail: null,
        outcome: null,
        errorCode: null,
        errorMessage: null,
        ackState: 'none',
        ackMessageId: null,
        updatedAt: nowIso,
      };
      try {
        await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.message(init.messageKey), type: 'message', ...fresh }, ConditionExpression: 'attribute_not_exists(pk)' }));
        return { status: 'claimed', record: fresh };
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
      try {
        const updated = await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.table,
            Key: keys.message(init.messageKey),
            UpdateExpression:
              'SET #type = :type, messageKey = :key, #state = :processing, leaseUntil = :lease, attempts = if_not_exists(attempts, :zero) + :one, ' +
              'rawKey = if_not_exists(rawKey, :raw), recipients = if_not_exists(recipients, :rcpt), verdicts = if_not_exists(verdicts, :verdicts), receivedAt = if_not_exists(receivedAt, :received), sesMessageId = if_not_exists(sesMessageId, :ses), ' +
              'rfcMessageId = if_not_exists(rfcMessageId, :rfc), ackState = if_not_exists(ackState, :none), ackMessageId = if_not_exists(ackMessageId, :null), ' +
              'eventId = if_not_exists(eventId, :null), guestEmail = if_not_exists(guestEmail, :null), outcome = if_not_exists(outcome, :null), ' +
              'errorCode = :null, errorMessage = :null, updatedAt = :now',
            ConditionExpression: 'attribute_not_exists(pk) OR #state = :failed OR (#state = :processing AND leaseUntil < :now)',
            ExpressionAttributeNames: { '#state': 'state', '#type': 'type' },
            ExpressionAttributeValues: {
              ':type': 'message',
              ':key': init.messageKey,
              ':processing': 'processing',
              ':failed': 'failed',
              ':lease': new Date(now.getTime() + leaseMs).toISOString(),
              ':zero': 0,
              ':one': 1,
              ':raw': init.rawKey,
              ':rcpt': init.recipients,
              ':verdicts': init.verdicts,
              ':received': init.receivedAt,
              ':ses': init.sesMessageId,
              ':rfc': init.rfcMessageId,
              ':none': 'none',
              ':null': null,
              ':now': nowIso,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return { status: 'claimed', record: stripKeys<MessageRecord>(updated.Attributes ?? {}) };
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
        const record = await get(init.messageKey);
        if (!record) throw error;
        return record.state === 'done' || record.state === 'rejected' ? { status: 'done', record } : { status: 'in-progress', record };
      }
    },
    getMessage: get,
    findMessage: get,
    async finishMessage(messageKey, patch, now, options) {
      const fields = { ...patch, updatedAt: now.toISOString(), leaseUntil: null };
      const names: Record<string, string> = { '#state': 'state' };
      const values: Record<string, unknown> = {};
      const sets = Object.entries(fields).map(([k, v], i) => {
        names[`#f${i}`] = k;
        values[`:v${i}`] = v ?? null;
        return `#f${i} = :v${i}`;
      });
      const guarded = options?.attempt !== undefined;
      if (guarded) Object.assign(values, { ':processing': 'processing', ':attempt': options.attempt });
      try {
        await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.table,
            Key: keys.message(messageKey),
            UpdateExpression: `SET ${sets.join(', ')}`,
            ...(guarded ? { ConditionExpression: '#state = :processing AND attempts = :attempt' } : {}),
            ExpressionAttributeNames: guarded ? names : Object.fromEntries(Object.entries(names).filter(([k]) => k !== '#state')),
            ExpressionAttributeValues: values,
          }),
        );
      } catch (error) {
        // Another attempt took over this message: its outcome stands.
        if (guarded && isConditionFailed(error)) return;
        throw error;
      }
      // The sparse "failed" list lets replay find failures without a Scan.
      if (patch.state === 'failed') await putState('failed', messageKey, now);
      else if (patch.state === 'done') await dropState('failed', messageKey);
    },
    async completeMessage(record, attempt) {
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.table,
            Item: { ...keys.message(record.messageKey), type: 'message', ...record },
            ConditionExpression: '#state = :processing AND attempts = :attempt',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':processing': 'processing', ':attempt': attempt },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
    async listMessages(state) {
      const index = await queryPrefix(ctx, `MSGSTATE#${state}`, '');
      const records: MessageRecord[] = [];
      for (const item of index) {
        const record = await get(String(item.messageKey));
        if (record && record.state === state) records.push(record);
      }
      return records;
    },
  };
}
