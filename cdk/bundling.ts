import { LogLevel, OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { repoPath } from './paths';

/**
 * Packages replaced at bundle time by a small stand-in in cdk/bundle-trims (each file says
 * why it is safe). Only the Lambda bundles see these; tests and the CLI run the real packages,
 * and tests/cdk/bundle-trims.test.ts checks the bundled mail parser against the real one.
 */
const TRIMS: Record<string, string> = {
  'encoding-japanese': repoPath('cdk/bundle-trims/encoding-japanese.ts'),
  'html-to-text': repoPath('cdk/bundle-trims/html-to-text.ts'),
  'linkify-it': repoPath('cdk/bundle-trims/linkify-it.ts'),
  he: repoPath('cdk/bundle-trims/he.ts'),
  domutils: repoPath('cdk/bundle-trims/domutils.ts'),
  libmime: repoPath('cdk/bundle-trims/libmime.cjs'),
  '@aws-sdk/credential-provider-node': repoPath('cdk/bundle-trims/credential-provider-node.ts'),
};

/**
 * iconv-lite's double-byte tables for Japanese, Korean and traditional Chinese (~165 KB),
 * left out of the bundle: iconv-lite loads a table only when that charset is decoded, the
 * load then fails, and libmime falls back to UTF-8 (garbled text, never an exception). GBK
 * (cp936, gbk-added) stays: libmime opens it at import time.
 */
const UNBUNDLED_CJK_TABLES = ['shiftjis', 'eucjp', 'cp949', 'cp950', 'big5-added', 'gb18030-ranges'].map((t) => `./tables/${t}.json`);

/**
 * One definition of how Lambda code is bundled, read by the stack (NodejsFunction) and by
 * `bench/bundle.ts` (esbuild API), so what we measure is what we deploy.
 */
export const LAMBDA_BUNDLE = {
  /** Matches the nodejs24.x runtime: no down-levelling of syntax Node 24 already has. */
  target: 'node24',
  format: 'esm',
  minify: true,
  /** External .map file: stack traces via NODE_OPTIONS=--enable-source-maps, no bytes in the code file. */
  sourcemap: true,
  /** Source text is in the repo; leaving it out of the map halves the .map size. */
  sourcesContent: false,
  /** Prefer ESM builds (the AWS SDK ships them) so esbuild can tree-shake. */
  mainFields: ['module', 'main'],
  /** Non-ASCII (iconv tables, Romanian text) stays UTF-8 instead of \uXXXX escapes: smaller. */
  charset: 'utf8',
  /**
   * CommonJS dependencies (mailparser, iconv-lite …) call `require` for Node built-ins;
   * an ESM bundle has none, so give them one.
   */
  banner: "import { createRequire as __rsvpCreateRequire } from 'node:module'; const require = __rsvpCreateRequire(import.meta.url);",
  /**
   * The AWS SDK is bundled (our pinned versions, and measured faster to load than the
   * runtime's copy: docs/ops.md "Bundle size and cold start"); only the tables above stay out.
   */
  external: UNBUNDLED_CJK_TABLES,
  alias: TRIMS,
} as const;

/** esbuild API options equal to the Lambda bundling, for measuring and testing what we deploy. */
export function lambdaEsbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: LAMBDA_BUNDLE.target,
    format: LAMBDA_BUNDLE.format,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourcemap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    charset: LAMBDA_BUNDLE.charset,
    banner: { js: LAMBDA_BUNDLE.banner },
    external: [...LAMBDA_BUNDLE.external],
    alias: { ...LAMBDA_BUNDLE.alias },
    absWorkingDir: repoPath(),
    logLevel: 'warning',
  };
}

/** NodejsFunction `bundling` props derived from LAMBDA_BUNDLE. Local esbuild only: Docker is never needed. */
export function nodejsBundling(): BundlingOptions {
  return {
    target: LAMBDA_BUNDLE.target,
    format: OutputFormat.ESM,
    minify: LAMBDA_BUNDLE.minify,
    sourceMap: LAMBDA_BUNDLE.sourcemap,
    sourceMapMode: SourceMapMode.DEFAULT,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: LAMBDA_BUNDLE.banner,
    // Replaces CDK's default for Node 18+, which marks all of @aws-sdk/* external.
    externalModules: [...LAMBDA_BUNDLE.external],
    esbuildArgs: {
      // aws-cdk-lib 2.276 accepts a `charset` prop but never passes it to esbuild (measured: +180 KB of \u escapes).
      '--charset': LAMBDA_BUNDLE.charset,
      ...Object.fromEntries(Object.entries(LAMBDA_BUNDLE.alias).map(([name, path]) => [`--alias:${name}`, path])),
    },
    forceDockerBundling: false,
    logLevel: LogLevel.WARNING,
  };
}
