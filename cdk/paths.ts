import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, independent of the directory `cdk` is run from. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file in the repository. */
export function repoPath(...segments: string[]): string {
  return join(REPO_ROOT, ...segments);
}
