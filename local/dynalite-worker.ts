import { parentPort, workerData } from 'node:worker_threads';
import { startDynalite } from './dynamo-local';

// dynalite (HTTP + LevelDB) in its own thread: in `npm start` the DynamoDB server's work
// then runs on the second core instead of competing with mail processing.
const { path, port, host } = workerData as { path: string | null; port: number; host: string };
startDynalite(path, port, host).then(
  (dyn) => {
    parentPort!.postMessage({ type: 'ready', endpoint: dyn.endpoint });
    parentPort!.on('message', (msg: unknown) => {
      if (msg === 'close') void dyn.close().then(() => parentPort!.postMessage({ type: 'closed' }));
    });
  },
  (error: unknown) => parentPort!.postMessage({ type: 'error', message: String((error as Error)?.message ?? error), code: (error as NodeJS.ErrnoException)?.code }),
);
