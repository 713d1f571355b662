import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Encoding from 'encoding-japanese';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultProvider, credentialsTreatedAsExpired, credentialsWillNeedRefresh } from '../../cdk/bundle-trims/credential-provider-node';
import { lambdaEsbuildOptions } from '../../cdk/bundling';
import { repoPath } from '../../cdk/paths';
import { parseMail } from '../../shared/understanding/parse-mail';
import { understand } from '../../shared/understanding/understand';

type ParseMail = typeof parseMail;
type Understand = typeof understand;
let bundledParseMail: ParseMail;
let bundledUnderstand: Understand;

/** The lead's mail parser and the whole reader, bundled exactly as the Lambda is (trims included). */
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsvp-trims-'));
  const bundle = async (source: string, name: string): Promise<string> => {
    const outfile = join(dir, name);
    await build({ ...lambdaEsbuildOptions(repoPath(source), outfile), sourcemap: false, logLevel: 'error' });
    return pathToFileURL(outfile).href;
  };
  ({ parseMail: bundledParseMail } = (await import(await bundle('shared/understanding/parse-mail.ts', 'parse-mail.mjs'))) as { parseMail: ParseMail });
  ({ understand: bundledUnderstand } = (await import(await bundle('shared/understanding/understand.ts', 'understand.mjs'))) as { understand: Understand });
}, 60_000);

/** Comparable form of a parse result (Buffers as base64, Maps as entries), or the error message. */
async function outcome(parse: ParseMail, raw: Buffer): Promise<string> {
  try {
    return JSON.stringify(await parse(raw), (_key, value: unknown) => {
      if (value instanceof Map) return [...value];
      if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer') return Buffer.from((value as { data: number[] }).data).toString('base64');
      return value;
    });
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

function mailIn(charset: string, body: Buffer): Buffer {
  const head = `From: Guest <guest@example.com>\r\nTo: rsvp@primarie.example.org\r\nSubject: RSVP\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), Buffer.from(`${body.toString('base64')}\r\n`)]);
}

describe('bundle trims (cdk/bundle-trims, cdk/bundling.ts)', () => {
  it('parse every fixture mail exactly as the unbundled parser does', async () => {
    const dir = repoPath('tests/fixtures/emails');
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(20);
    const differing: string[] = [];
    for (const file of files) {
      const raw = readFileSync(join(dir, file));
      if ((await outcome(parseMail, raw)) !== (await outcome(bundledParseMail, raw))) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it('read every fixture mail, HTML-only ones included, exactly as the unbundled reader does', async () => {
    const dir = repoPath('tests/fixtures/emails');
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    const differing: string[] = [];
    for (const file of files) {
      const raw = readFileSync(join(dir, file));
      const read = async (reader: Understand): Promise<string> => JSON.stringify(await reader(raw).catch((error: Error) => `error: ${error.message}`));
      if ((await read(understand)) !== (await read(bundledUnderstand))) differing.push(file);
    }
    expect(files.filter((f) => f.includes('html')).length).toBeGreaterThan(5);
    expect(differing).toEqual([]);
  });

  it('keep Romanian legacy charsets and GBK exact', async () => {
    for (const [charset, text] of [
      ['windows-1250', 'Confirm participarea. Mulțumesc, Ștefan Bălănescu'],
      ['iso-8859-2', 'Nu pot participa, îmi pare rău.'],
      ['gbk', '我会出席'],
    ] as const) {
      const raw = mailIn(charset, iconv.encode(text, charset));
      expect(await outcome(bundledParseMail, raw)).toBe(await outcome(parseMail, raw));
      expect((await bundledParseMail(raw)).text).toContain(text.slice(0, 6));
    }
  });

  it('degrade Japanese, Korean and traditional Chinese bodies to garbled text, never an exception', async () => {
    const samples: Array<[string, Buffer]> = [
      ['shift_jis', iconv.encode('出席します', 'shift_jis')],
      ['euc-kr', iconv.encode('참석합니다', 'euc-kr')],
      ['big5', iconv.encode('我會出席', 'big5')],
      ['iso-2022-jp', Buffer.from(Encoding.convert(Encoding.stringToCode('出席します'), { to: 'JIS', from: 'UNICODE' }))],
    ];
    for (const [charset, body] of samples) {
      const parsed = await bundledParseMail(mailIn(charset, body));
      expect(parsed.facts.from?.address, charset).toBe('guest@example.com');
      expect(typeof parsed.text, charset).toBe('string');
    }
  });
});

describe('Lambda credential provider stand-in', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('returns the execution-role credentials Lambda puts in the environment', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_SESSION_TOKEN = 'token';
    delete process.env.AWS_CREDENTIAL_EXPIRATION;
    expect(await defaultProvider()()).toEqual({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' });
  });

  it('fails loudly without them, and refreshes like the real chain', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    await expect(defaultProvider()()).rejects.toThrow(/environment only/);
    expect(credentialsWillNeedRefresh({})).toBe(false);
    expect(credentialsWillNeedRefresh({ expiration: new Date() })).toBe(true);
    expect(credentialsTreatedAsExpired({ expiration: new Date(Date.now() + 60_000) })).toBe(true);
    expect(credentialsTreatedAsExpired({ expiration: new Date(Date.now() + 3_600_000) })).toBe(false);
  });
});
