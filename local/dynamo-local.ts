import { mkdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { startTsWorker } from './ts-worker';

export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

/** Starts dynalite on LevelDB in `path` (or in memory when path is null). */
export async function startDynalite(path: string | null, port: number, host = '127.0.0.1'): Promise<LocalDynamo> {
  if (path) await mkdir(path, { recursive: true });
  const server = dynalite({ ...(path ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  // An orderly stop under load: once closing, no request reaches dynalite any more (it gets
  // a 503, which the SDK retries), and the database closes only after in-flight requests
  // finished; otherwise LevelDB is closed under them and dynalite throws.
  let closing = false;
  let active = 0;
  const dynaliteHandlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (closing) {
      res.writeHead(503, { 'content-type': 'application/x-amz-json-1.0', connection: 'close' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ServiceUnavailable', message: 'local DynamoDB is stopping' }));
      return;
    }
    active++;
    res.once('close', () => active--);
    for (const handler of dynaliteHandlers) handler.call(server, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        const drain = () => {
          if (active > 0) return void setTimeout(drain, 5);
          server.closeAllConnections();
        };
        drain();
      }),
  };
}

/** True when something answers DynamoDB's API at the endpoint (the running local stack). */
export async function isDynamoUp(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables', authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' },
      body: '{}',
      signal: AbortSignal.timeout(1000),
    });
    return res.status < 500;
  } catch {
    return false;
  }
}

/** Starts dynalite in a worker thread (its own core); same contract as `startDynalite`. */
export async function startDynaliteWorker(path: string | null, port: number, host = '127.0.0.1'): Promise<LocalDynamo> {
  const worker = startTsWorker(new URL('./dynalite-worker.ts', import.meta.url), { path, port, host });
  const endpoint = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (msg: { type: string; endpoint?: string; message?: string; code?: string }) => {
      if (msg.type === 'ready' && msg.endpoint) return resolve(msg.endpoint);
      const error = new Error(msg.message ?? 'dynalite worker failed') as NodeJS.ErrnoException;
      if (msg.code) error.code = msg.code;
      reject(error);
    });
  });
  return {
    endpoint,
    close: async () => {
      const closed = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}
