import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { createDynamoStore } from '../../shared/adapters/dynamodb/dynamo-store';
import { createDocumentClient, ensureTable, type DynamoContext } from '../../shared/adapters/dynamodb/table';
import type { Store } from '../../shared/ports/store';

export interface TestDynamo {
  endpoint: string;
  ctx: DynamoContext;
  store: Store;
  close(): Promise<void>;
}

/** An in-memory dynalite on an ephemeral port, with a fresh table. */
export async function startTestDynamo(table = `t${Math.random().toString(36).slice(2, 10)}`): Promise<TestDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const doc = createDocumentClient({ region: 'eu-west-1', endpoint, localCredentials: true });
  await ensureTable(doc, table);
  const ctx = { doc, table };
  return {
    endpoint,
    ctx,
    store: createDynamoStore(ctx),
    close: async () => {
      doc.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
