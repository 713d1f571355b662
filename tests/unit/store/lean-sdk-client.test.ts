import { SESClient } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../shared/adapters/dynamodb/table';
import { withoutSdkLogging } from '../../../shared/adapters/lean-sdk-client';

describe('SDK clients without the logger middleware', () => {
  it('a plain client has it; withoutSdkLogging removes it and keeps the rest', () => {
    const ses = new SESClient({ region: 'eu-west-1' });
    const before = ses.middlewareStack.identify();
    expect(before.some((m) => m.startsWith('loggerMiddleware'))).toBe(true);
    withoutSdkLogging(ses);
    const after = ses.middlewareStack.identify();
    expect(after.some((m) => m.startsWith('loggerMiddleware'))).toBe(false);
    expect(after).toHaveLength(before.length - 1);
    ses.destroy();
  });

  it('the DynamoDB document client is built without it', () => {
    const doc = createDocumentClient({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:1', localCredentials: true });
    expect(doc.middlewareStack.identify().some((m) => m.startsWith('loggerMiddleware'))).toBe(false);
    doc.destroy();
  });
});
