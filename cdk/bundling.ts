import { spawnSync } from 'node:child_process';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { BuildOptions, Plugin } from 'esbuild';
import { packedLocales } from './packed-locales';
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
 * Modules a dependency imports by a relative path, which `alias` cannot reach (esbuild
 * aliases package paths only): the importing package, the path as written, the stand-in.
 */
const RELATIVE_TRIMS: ReadonlyArray<{ importer: RegExp; path: RegExp; standIn: string }> = [
  { importer: /[\\/]nodemailer[\\/].*[\\/]mime-funcs[\\/]/, path: /^\.\/mime-types(\.js)?$/, standIn: repoPath('cdk/bundle-trims/nodemailer-mime-types.ts') },
  { importer: /[\\/]libmime[\\/]/, path: /^\.\/mimetypes(\.js)?$/, standIn: repoPath('cdk/bundle-trims/libmime-mimetypes.ts') },
];

/** Swaps each RELATIVE_TRIMS module for its stand-in, only when imported from its own package. */
const relativeTrims: Plugin = {
  name: 'rsvp-relative-trims',
  setup(build) {
    for (const trim of RELATIVE_TRIMS) {
      build.onResolve({ filter: trim.path }, (args) => (trim.importer.test(args.importer) ? { path: trim.standIn } : undefined));
    }
  },
};

/**
 * iconv-lite's double-byte tables for Japanese, Korean and traditional Chinese (~165 KB),
 * left out of the bundle: iconv-lite loads a table only when that charset is decoded, the
 * load then fails, and libmime falls back to UTF-8 (garbled text, never an exception). GBK
 * (cp936, gbk-added) stays: libmime opens it at import time.
 */
const UNBUNDLED_CJK_TABLES = ['shiftjis', 'eucjp', 'cp949', 'cp950', 'big5-added', 'gb18030-ranges'].map((t) => `./tables/${t}.json`);

/**
 * One definition of how Lambda code is bundled, read by the stack (through
 * `cdk/build-lambda.ts`) and by `bench/bundle.ts`, both with the esbuild API, so what we
 * measure is what we deploy.
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
    plugins: [relativeTrims, packedLocales],
    absWorkingDir: repoPath(),
    logLevel: 'warning',
  };
}

/**
 * The code asset of a Lambda: `cdk/build-lambda.ts` bundles the handler with
 * `lambdaEsbuildOptions` into the asset directory as `index.mjs` (handler `index.handler`).
 * Built by the local esbuild API, never Docker, because the trims need an esbuild plugin,
 * which NodejsFunction's esbuild CLI cannot take. The asset hash is the output's, so a
 * change to any bundled file, and only that, deploys a new version.
 */
export function lambdaCode(entry: string): lambda.Code {
  const script = repoPath('cdk/build-lambda.ts');
  return lambda.Code.fromAsset(repoPath(), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type; used only if local bundling is refused, which it never is.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
      // Names the entry, so each function gets its own bundling cache key.
      command: ['npx', 'tsx', 'cdk/build-lambda.ts', entry, '/asset-output'],
      local: {
        tryBundle(outputDir: string): boolean {
          // esbuild plugins need its async API, and CDK's tryBundle is synchronous: a child process.
          const run = spawnSync(process.execPath, ['--import', 'tsx', script, entry, outputDir], { cwd: repoPath(), encoding: 'utf8' });
          if (run.status !== 0) {
            throw new Error(`bundling ${entry} failed (exit ${run.status ?? run.signal}): ${run.stderr || run.error?.message || ''}`.trim());
          }
          return true;
        },
      },
    },
  });
}
