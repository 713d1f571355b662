import { RsvpError } from '../shared/errors';

/**
 * One line a person can act on, for any error that reaches the CLI: our typed errors by
 * code, the usual operating-system ones in words, and only unexpected ones with a stack.
 */
export function describeError(error: unknown): string {
  if (error instanceof RsvpError) return `${error.code}: ${error.message}`;
  const e = error as NodeJS.ErrnoException & { address?: string; port?: number };
  switch (e?.code) {
    case 'ENOENT':
      return `file not found: ${e.path ?? e.message}`;
    case 'EACCES':
      return `permission denied: ${e.path ?? e.message}`;
    case 'EISDIR':
      return `expected a file, got a folder: ${e.path ?? e.message}`;
    case 'ECONNREFUSED':
    case 'ESOCKET':
      return `nothing is listening on ${e.address ?? '127.0.0.1'}${e.port ? `:${e.port}` : ''}: is \`npm start\` running? (${e.message})`;
    default:
      return (error as Error)?.stack ?? String(error);
  }
}
