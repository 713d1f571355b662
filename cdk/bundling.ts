import { Charset, LogLevel, OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

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
   * Nothing is external: we bundle our pinned @aws-sdk/* versions rather than the runtime's
   * (see docs/ops.md "Bundle" for the measurement behind this).
   */
  external: [] as string[],
} as const;

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
    charset: Charset.UTF8,
    banner: LAMBDA_BUNDLE.banner,
    // CDK's default for Node 18+ marks @aws-sdk/* external; override to bundle ours.
    externalModules: [...LAMBDA_BUNDLE.external],
    forceDockerBundling: false,
    logLevel: LogLevel.WARNING,
  };
}
