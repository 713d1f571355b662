import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { RawMailError } from '../../errors';
import type { RawMailStore } from '../../ports/raw-mail';

/** Raw mail in a folder, keyed like the S3 objects (`inbound/<id>`). */
export function createFsRawMailStore(root: string): RawMailStore {
  const base = resolve(root);
  const path = (key: string) => {
    const file = resolve(join(base, key));
    // Keys come from events; never let one escape the folder.
    if (!file.startsWith(base + sep)) throw new RawMailError('RAW_MAIL_MISSING', `invalid raw-mail key ${JSON.stringify(key)}`);
    return file;
  };
  const made = new Set<string>();
  return {
    async put(key, raw) {
      const file = path(key);
      const dir = dirname(file);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(file, raw);
    },
    async get(key) {
      try {
        return await readFile(path(key));
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'ENOENT') throw new RawMailError('RAW_MAIL_MISSING', `raw mail ${key} is not in the store`, { cause });
        throw new RawMailError('RAW_MAIL_UNAVAILABLE', `raw mail ${key} could not be read`, { cause });
      }
    },
    async delete(key) {
      await rm(path(key), { force: true });
    },
  };
}
