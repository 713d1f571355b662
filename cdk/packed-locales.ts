import { isDeepStrictEqual } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** The one module every reader imports the phrase tables through. */
const LOCALES_MODULE = /[\\/]shared[\\/]understanding[\\/]intent-locales\.ts$/;

/**
 * Evaluates `shared/understanding/intent-locales.ts` (plain data: strings, arrays, objects)
 * and returns its `LOCALES` as JSON, after checking that JSON loses nothing.
 */
export async function localesJson(path: string): Promise<string> {
  const result = await build({ entryPoints: [path], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'error' });
  const code = result.outputFiles[0]?.text ?? '';
  const module = { exports: {} as { LOCALES?: unknown } };
  // The phrase tables import nothing at run time; a require would mean they stopped being data.
  new Function('module', 'exports', 'require', code)(module, module.exports, (name: string) => {
    throw new Error(`packed locales: ${path} requires ${name} at run time; the phrase tables must be plain data`);
  });
  const json = JSON.stringify(module.exports.LOCALES);
  if (!json || !isDeepStrictEqual(JSON.parse(json), module.exports.LOCALES)) {
    throw new Error(`packed locales: LOCALES in ${path} does not survive JSON (a function, undefined or shared object in a phrase table?)`);
  }
  return json;
}

/**
 * The phrase tables, about 356 KB of text (the largest part of the inbound bundle), go into
 * the Lambda bundle brotli-compressed (about 100 KB as base64) and are unpacked once at
 * import, in about 1–3 ms. This keeps the bundle under its 1.5 MB goal as the tables grow.
 * Tests and the CLI import the tables as written; tests/cdk/bundle-trims.test.ts checks that
 * the bundled reader reads every fixture mail exactly as the unbundled one does.
 */
export const packedLocales: Plugin = {
  name: 'rsvp-packed-locales',
  setup(b) {
    b.onLoad({ filter: LOCALES_MODULE }, async (args) => {
      const json = await localesJson(args.path);
      const packed = brotliCompressSync(json, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
      }).toString('base64');
      return {
        loader: 'js',
        contents: [
          "import { brotliDecompressSync } from 'node:zlib';",
          `export const LOCALES = JSON.parse(brotliDecompressSync(Buffer.from('${packed}', 'base64')).toString('utf8'));`,
        ].join('\n'),
      };
    });
  },
};
