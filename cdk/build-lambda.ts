import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from './bundling';
import { repoPath } from './paths';

/**
 * `tsx cdk/build-lambda.ts <entry> <outdir>`: bundles a handler (path relative to the
 * repository root) into `<outdir>/index.mjs` with its source map, exactly as deployed.
 * Run by `lambdaCode` (cdk/bundling.ts) during synthesis; exits non-zero with esbuild's
 * messages on stderr when the bundle cannot be built.
 */
const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: tsx cdk/build-lambda.ts <entry> <outdir>');
  process.exit(2);
}
try {
  await build({ ...lambdaEsbuildOptions(repoPath(entry), join(resolve(outdir), 'index.mjs')), logLevel: 'error' });
} catch (error) {
  // esbuild has already printed its own build errors (logLevel 'error'); anything else is said here.
  if (!(error instanceof Error && 'errors' in error)) console.error(error);
  process.exit(1);
}
