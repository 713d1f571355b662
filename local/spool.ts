import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
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
  let handle: Promise<FileHandle> | null = null;
  const journal = () => (handle ??= mkdir(dir, { recursive: true }).then(() => open(file, 'a')));
  let tail: Promise<unknown> = Promise.resolve();
  // Appends are serialised so lines never interleave.
  const append = (line: string) => {
    const write = tail.then(async () => (await journal()).appendFile(line));
    tail = write.catch(() => undefined);
    return write;
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
      if (inFlight.size === 0) {
        // Nothing pending: start the journal afresh (in the same serial chain as appends).
        const truncate = tail.then(async () => {
          if (inFlight.size === 0) await (await journal()).truncate(0);
        });
        tail = truncate.catch(() => undefined);
        await truncate;
      }
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
      await tail;
      if (handle) await (await handle).close();
      handle = null;
    },
  };
}
export type Spool = ReturnType<typeof createSpool>;
