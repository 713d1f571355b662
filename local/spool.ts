import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Deliveries accepted over SMTP but not yet processed. SMTP says 250 once the raw mail
 * and this entry are on disk (as SES does once it is in S3); a crash before processing
 * is recovered at the next start, so nothing accepted is lost.
 */
export function createSpool(dir: string) {
  const ready = mkdir(dir, { recursive: true });
  return {
    async add(id: string, event: unknown): Promise<void> {
      await ready;
      // No temp-and-rename: SMTP has not said 250 yet, so a torn entry (crash mid-write)
      // is a mail the client will send again; `pending()` drops it.
      await writeFile(join(dir, `${id}.json`), JSON.stringify(event));
    },
    async remove(id: string): Promise<void> {
      await unlink(join(dir, `${id}.json`)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
    async pending(): Promise<{ id: string; event: unknown }[]> {
      await ready;
      const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
      const entries = await Promise.all(
        names.map(async (n) => {
          try {
            return { id: n.slice(0, -5), event: JSON.parse(await readFile(join(dir, n), 'utf8')) as unknown };
          } catch {
            await unlink(join(dir, n)).catch(() => undefined);
            return null;
          }
        }),
      );
      return entries.filter((e) => e !== null);
    },
  };
}
export type Spool = ReturnType<typeof createSpool>;
