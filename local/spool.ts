import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
      await writeFile(join(dir, `${id}.json.tmp`), JSON.stringify(event));
      await rename(join(dir, `${id}.json.tmp`), join(dir, `${id}.json`));
    },
    async remove(id: string): Promise<void> {
      await rm(join(dir, `${id}.json`), { force: true });
    },
    async pending(): Promise<{ id: string; event: unknown }[]> {
      await ready;
      const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
      return Promise.all(names.map(async (n) => ({ id: n.slice(0, -5), event: JSON.parse(await readFile(join(dir, n), 'utf8')) as unknown })));
    },
  };
}
export type Spool = ReturnType<typeof createSpool>;
