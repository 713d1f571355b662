import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { RawMailError } from '../../errors';
import type { RawMailStore } from '../../ports/raw-mail';
import { writeSmallFile } from './write-small-file';

/**
 * Raw mail in a folder, keyed like the S3 objects (`inbound/<id>`). Mail just written is
 * also kept in a small write-through cache (bounded in bytes): the local SMTP inbox writes
 * it and the inbound handler reads it back a moment later, without reopening the file.
 */
export function createFsRawMailStore(root: string, cacheBytes = 32 * 1024 * 1024): RawMailStore {
  const recent = new Map<string, Buffer>();
  let cached = 0;
  const remember = (key: string, raw: Buffer) => {
    if (raw.length > cacheBytes / 4) return;
    recent.set(key, raw);
    cached += raw.length;
    for (const [k, v] of recent) {
      if (cached <= cacheBytes) break;
      recent.delete(k);
      cached -= v.length;
    }
  };
  const forget = (key: string) => {
    const v = recent.get(key);
    if (v) {
      recent.delete(key);
      cached -= v.length;
    }
  };
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
      await writeSmallFile(file, raw);
      remember(key, raw);
    },
    async get(key) {
      const hit = recent.get(key);
      if (hit) return hit;
      try {
        return await readFile(path(key));
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'ENOENT') throw new RawMailError('RAW_MAIL_MISSING', `raw mail ${key} is not in the store`, { cause });
        throw new RawMailError('RAW_MAIL_UNAVAILABLE', `raw mail ${key} could not be read`, { cause });
      }
    },
    async delete(key) {
      forget(key);
      await rm(path(key), { force: true });
    },
  };
}
