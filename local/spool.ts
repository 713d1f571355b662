import { closeSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Deliveries accepted over SMTP but not yet processed. SMTP says 250 once the raw mail and
 * the spool entry are written (as SES does once the mail is in S3); a crash before
 * processing is recovered at the next start, so nothing accepted is lost.
 *
 * The spool is an append-only journal (`+id event` / `-id` lines) on one open file: no
 * file created and deleted per message. At start it is compacted to what is still pending.
 * A torn last line (crash mid-write, before the 250) is dropped: the client sends again.
 */
export function createSpool(dir: string) {
  const file = join(dir, 'journal');
  // One descriptor for the journal's life; each line is one synchronous write() (a line
  // is small, and a single append write is never interleaved with another).
  let fd: number | null = null;
  const journal = () => {
    if (fd === null) {
      mkdirSync(dir, { recursive: true });
      fd = openSync(file, 'a');
    }
    return fd;
  };
  const append = async (line: string) => {
    writeSync(journal(), line);
  };
  const inFlight = new Set<string>();
  return {
    async add(id: string, event: unknown): Promise<void> {
      inFlight.add(id);
      await append(`+${id} ${JSON.stringify(event)}\n`);
    },
    async remove(id: string): Promise<void> {
      inFlight.delete(id);
      await append(`-${id}\n`);
      // Nothing pending: start the journal afresh.
      if (inFlight.size === 0) ftruncateSync(journal(), 0);
    },
    /** What is still pending; compacts the journal to exactly that. Call before add/remove. */
    async pending(): Promise<{ id: string; event: unknown }[]> {
      await mkdir(dir, { recursive: true });
      const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? '' : Promise.reject(e)));
      const open_ = new Map<string, unknown>();
      for (const line of text.split('\n')) {
        if (line.startsWith('-')) open_.delete(line.slice(1));
        else if (line.startsWith('+')) {
          const space = line.indexOf(' ');
          try {
            open_.set(line.slice(1, space), JSON.parse(line.slice(space + 1)) as unknown);
          } catch {
            // torn line: never acknowledged over SMTP
          }
        }
      }
      const entries = [...open_].map(([id, event]) => ({ id, event }));
      for (const e of entries) inFlight.add(e.id);
      const compacted = entries.map((e) => `+${e.id} ${JSON.stringify(e.event)}\n`).join('');
      const h = await open(`${file}.tmp`, 'w');
      await h.writeFile(compacted);
      await h.close();
      await rename(`${file}.tmp`, file);
      return entries;
    },
    async close(): Promise<void> {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
export type Spool = ReturnType<typeof createSpool>;
