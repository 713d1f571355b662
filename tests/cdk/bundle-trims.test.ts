import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Encoding from 'encoding-japanese';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import * as realMimeTypes from 'nodemailer/lib/mime-funcs/mime-types';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultProvider, credentialsTreatedAsExpired, credentialsWillNeedRefresh } from '../../cdk/bundle-trims/credential-provider-node';
import * as libmimeTypesStandIn from '../../cdk/bundle-trims/libmime-mimetypes';
import * as mimeTypesStandIn from '../../cdk/bundle-trims/nodemailer-mime-types';
import { lambdaEsbuildOptions } from '../../cdk/bundling';
import { localesJson } from '../../cdk/packed-locales';
import { repoPath } from '../../cdk/paths';
import { composeMail } from '../../shared/mail/compose';
import { LOCALES } from '../../shared/understanding/intent-locales';
import { parseMail } from '../../shared/understanding/parse-mail';
import { understand } from '../../shared/understanding/understand';

type ParseMail = typeof parseMail;
type Understand = typeof understand;
type ComposeMail = typeof composeMail;
let bundledLocales: typeof LOCALES;
let bundledLocalesSource: string;
let bundledComposeMail: ComposeMail;
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
  const localesFile = await bundle('shared/understanding/intent-locales.ts', 'intent-locales.mjs');
  bundledLocalesSource = readFileSync(new URL(localesFile), 'utf8');
  ({ LOCALES: bundledLocales } = (await import(localesFile)) as { LOCALES: typeof LOCALES });
  ({ composeMail: bundledComposeMail } = (await import(await bundle('shared/mail/compose.ts', 'compose.mjs'))) as { composeMail: ComposeMail });
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

describe('packed phrase tables (cdk/packed-locales.ts)', () => {
  it('unpack to exactly the tables as written, from a bundle a third their size', () => {
    expect(bundledLocales).toEqual(LOCALES);
    expect(bundledLocales.map((locale) => locale.language)).toEqual(['ro', 'en']);
    const json = JSON.stringify(LOCALES);
    expect(json.length).toBeGreaterThan(100_000);
    expect(bundledLocalesSource.length).toBeLessThan(json.length / 3);
    expect(bundledLocalesSource).not.toContain('participarea');
  });

  it('refuse tables that are not plain data, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rsvp-locales-'));
    const file = join(dir, 'intent-locales.ts');
    writeFileSync(file, "export const LOCALES = [{ language: 'ro', yes: ['da'], pick: () => 'da' }];\n");
    await expect(localesJson(file)).rejects.toThrow(/does not survive JSON/);
    writeFileSync(file, "import { readFileSync } from 'node:fs';\nexport const LOCALES = [{ yes: [String(readFileSync)] }];\n");
    await expect(localesJson(file)).rejects.toThrow(/requires node:fs at run time/);
  });
});

describe("nodemailer's MIME-type table stand-in", () => {
  it('answers every type and extension it lists exactly as the real table does', () => {
    expect(mimeTypesStandIn.EXTENSIONS.size).toBeGreaterThan(10);
    for (const extension of mimeTypesStandIn.EXTENSIONS.keys()) {
      for (const asked of [extension, `invitatie.${extension}`, `Export.${extension.toUpperCase()}`, `a/b.${extension}?x=1`]) {
        expect(mimeTypesStandIn.detectMimeType(asked), asked).toBe(realMimeTypes.detectMimeType(asked));
      }
    }
    for (const type of mimeTypesStandIn.MIME_TYPES.keys()) {
      for (const asked of [type, ` ${type.toUpperCase()} `]) expect(mimeTypesStandIn.detectExtension(asked), asked).toBe(realMimeTypes.detectExtension(asked));
    }
  });

  it('falls back as the real table does for what it leaves out', () => {
    for (const asked of [undefined, '', 'noextension']) expect(mimeTypesStandIn.detectMimeType(asked)).toBe(realMimeTypes.detectMimeType(asked));
    for (const asked of [undefined, '', 'text/x-unheard-of', 'image/x-unheard-of']) expect(mimeTypesStandIn.detectExtension(asked)).toBe(realMimeTypes.detectExtension(asked));
    // The trim: a type the Lambdas never attach gets the default, not the real table's answer.
    expect(mimeTypesStandIn.detectMimeType('deck.pptx')).toBe('application/octet-stream');
  });
});

describe('the bundled mail composer', () => {
  it('writes the same message as the real one, attachments typed from their names included', async () => {
    const options = {
      from: 'RSVP <rsvp@primarie.example.org>',
      to: 'guest@example.com',
      subject: 'Confirmare: Local Learning Lab',
      date: new Date('2026-11-22T10:00:00Z'),
      messageId: '<fixed@primarie.example.org>',
      text: 'Mulțumim, v-am înregistrat.',
      html: '<p>Mulțumim, v-am înregistrat.</p>',
      attachments: [
        { filename: 'participanti.csv', content: 'nume,raspuns\nAna,da\n' },
        { filename: 'atelier.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
        { filename: 'agenda.pdf', content: Buffer.from('%PDF-1.4') },
      ],
    };
    // Boundaries are random per message; everything else must match byte for byte.
    const comparable = (raw: Buffer): string => raw.toString('utf8').replace(/--_NmP-[0-9a-f]+-Part_\d+/g, 'BOUNDARY').replace(/"?----_NmP-[0-9a-f]+-Part_\d+"?/g, 'BOUNDARY');
    const real = await composeMail(options, 'ack', 'primarie.example.org');
    const bundled = await bundledComposeMail(options, 'ack', 'primarie.example.org');
    expect(comparable(bundled.raw)).toBe(comparable(real.raw));
    expect(real.raw.toString()).toContain('Content-Type: text/csv; name=participanti.csv');
  });
});

describe("libmime's MIME-type table stand-in", () => {
  it('keeps calendar, mail and common attachment entries exactly as the real table has them', async () => {
    // libmime ships no types for its table; the stand-in's own shape is the contract.
    const real = (await import('libmime/lib/mimetypes.js' as string)) as typeof libmimeTypesStandIn;
    for (const [extension, types] of Object.entries(libmimeTypesStandIn.extensions)) expect(types, extension).toEqual(real.extensions[extension]);
    for (const [type, extensions] of Object.entries(libmimeTypesStandIn.list)) expect(extensions, type).toEqual(real.list[type]);
    for (const kept of ['ics', 'eml', 'pdf', 'docx']) expect(Object.keys(libmimeTypesStandIn.extensions)).toContain(kept);
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
