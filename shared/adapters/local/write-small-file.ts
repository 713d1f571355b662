import { renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';

/** Below this, a synchronous write is far cheaper than the promise API's many async steps. */
const SYNC_LIMIT = 256 * 1024;

/**
 * Writes a file, synchronously when it is small (a mail of a few KB: ~0.1 ms instead of
 * ~1 ms of event-loop work on Node 20), asynchronously when large, so a 10 MB attachment
 * never blocks the loop. With `atomic`, writes a temp file and renames it, so a watcher
 * never sees half a message.
 */
export async function writeSmallFile(file: string, data: Buffer | string, atomic = false): Promise<void> {
  const target = atomic ? `${file}.tmp` : file;
  if (data.length <= SYNC_LIMIT) {
    writeFileSync(target, data);
    if (atomic) renameSync(target, file);
    return;
  }
  await writeFile(target, data);
  if (atomic) await rename(target, file);
}
