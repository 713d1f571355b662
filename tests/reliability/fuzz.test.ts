import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MailParseError } from '../../shared/errors';
import { understand } from '../../shared/understanding/understand';

const fixtureDir = 'tests/fixtures/emails';
const peerDirs = ['../shared/peer/talon-standard-replies', '../shared/peer/imip-exchange'].map((d) => resolve(d));
const seeds = [
  ...readdirSync(fixtureDir).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(fixtureDir, f))),
  ...peerDirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(d, f)))),
];

/** A small seeded PRNG (mulberry32), so a failure is reproducible from its index. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (raw: Buffer, r: () => number) => Buffer;
const pick = <T>(xs: T[], r: () => number) => xs[Math.floor(r() * xs.length)]!;
const mutations: Record<string, Mutation> = {
  truncate: (raw, r) => raw.subarray(0, Math.floor(r() * raw.length)),
  wrongCharset: (raw, r) => Buffer.from(raw.toString('latin1').replace(/charset="?[\w-]+"?/gi, `charset=${pick(['iso-8859-2', 'windows-1250', 'x-unknown', 'utf-7', 'utf-16le', ''], r)}`), 'latin1'),
  brokenBoundary: (raw, r) => Buffer.from(raw.toString('latin1').replace(/boundary="?([^";\r\n]+)"?/i, (_m, b: string) => `boundary="${b.slice(0, Math.floor(r() * b.length))}"`), 'latin1'),
  hugeHeader: (raw, r) => Buffer.concat([Buffer.from(`X-Huge: ${'a'.repeat(50_000 + Math.floor(r() * 100_000))}\r\n`), raw]),
  nulBytes: (raw, r) => {
    const out = Buffer.from(raw);
    for (let i = 0; i < 20; i++) out[Math.floor(r() * out.length)] = 0;
    return out;
  },
  byteFlips: (raw, r) => {
    const out = Buffer.from(raw);
    for (let i = 0; i < 50; i++) out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
    return out;
  },
  noBodySeparator: (raw) => Buffer.from(raw.toString('latin1').replace(/\r?\n\r?\n/, '\r\n'), 'latin1'),
  deepNesting: (raw, r) => Buffer.concat([raw, Buffer.from(`\r\n${'--x\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n'.repeat(50 + Math.floor(r() * 200))}`)]),
  badEncoding: (raw, r) => Buffer.from(raw.toString('latin1').replace(/Content-Transfer-Encoding:\s*\S+/gi, `Content-Transfer-Encoding: ${pick(['base64', 'quoted-printable', 'x-uuencode', '8bit', 'bogus'], r)}`), 'latin1'),
  garbage: (raw, r) => Buffer.from(Array.from({ length: Math.floor(r() * 2000) }, () => Math.floor(r() * 256))),
};
const names = Object.keys(mutations);

describe('10,000 mutated messages (fixtures × truncation, charsets, boundaries, huge headers, NUL bytes …)', () => {
  it('never crashes: each yields a classification or a typed MailParseError', async () => {
    const r = rng(20260121);
    const counts = { classified: 0, malformed: 0 };
    for (let i = 0; i < 10_000; i++) {
      const seed = pick(seeds, r);
      const name = pick(names, r);
      const input = mutations[name]!(seed, r);
      try {
        const u = await understand(input);
        expect(['reply', 'calendar', 'auto', 'bounce'], `case ${i} (${name})`).toContain(u.kind);
        expect(typeof u.text, `case ${i} (${name})`).toBe('string');
        if (u.kind === 'auto' || u.kind === 'bounce') expect(u.intent).toBeNull();
        counts.classified++;
      } catch (error) {
        if (!(error instanceof MailParseError)) throw new Error(`case ${i} (${name}) threw ${String(error)}`, { cause: error });
        counts.malformed++;
      }
    }
    expect(counts.classified + counts.malformed).toBe(10_000);
    expect(counts.classified).toBeGreaterThan(5_000);
  }, 300_000);
});
