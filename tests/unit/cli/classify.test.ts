import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { listMailFiles, registerClassify } from '../../../bin/commands/classify';

const files: Record<string, string> = {
  'yes.eml': 'From: a@b.ro\r\nSubject: Re: Invitație\r\n\r\nVin cu un coleg.\r\n',
  'bounce.eml': 'From: MAILER-DAEMON@mx.b.ro\r\nSubject: failure notice\r\n\r\nHi. This is the qmail-send program at mx.b.ro.\r\n\r\n<gone@b.ro>:\r\n550 5.1.1 no mailbox\r\n',
  'empty.eml': '',
};

async function run(args: string[]): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const program = new Command().exitOverride();
  registerClassify(program, {
    write: (line) => lines.push(line),
    readFile: async (file) => {
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
      return Buffer.from(text);
    },
    listMail: async () => null,
  });
  await program.parseAsync(['node', 'rsvp', 'classify', ...args]);
  return lines.map((line) => {
    expect(line.endsWith('\n')).toBe(true);
    return JSON.parse(line) as Record<string, unknown>;
  });
}

describe('rsvp classify', () => {
  it('prints one JSON object per file, in input order, with the contract fields', async () => {
    const out = await run(['yes.eml', 'bounce.eml']);
    expect(out).toEqual([
      { file: 'yes.eml', kind: 'reply', intent: 'yes', confidence: expect.any(Number), headcount: 2, speaker: null, bounced: null, note: null, text: 'Vin cu un coleg.', evidence: 'Vin' },
      { file: 'bounce.eml', kind: 'bounce', intent: null, confidence: 1, headcount: null, speaker: null, bounced: 'gone@b.ro', note: null, text: expect.any(String), evidence: null },
    ]);
  });

  it('reports unreadable and malformed files and keeps going', async () => {
    const out = await run(['missing.eml', 'empty.eml', 'yes.eml']);
    expect(out[0]).toEqual({ file: 'missing.eml', error: expect.stringContaining('ENOENT') });
    expect(out[1]).toEqual({ file: 'empty.eml', error: expect.stringContaining('not a mail') });
    expect(out[2]).toMatchObject({ file: 'yes.eml', intent: 'yes' });
  });

  it('reads every .eml of a directory, in name order, beside plain files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rsvp-classify-'));
    writeFileSync(path.join(dir, 'h1_010.eml'), files['bounce.eml']!);
    writeFileSync(path.join(dir, 'h1_002.eml'), files['yes.eml']!);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a mail');
    mkdirSync(path.join(dir, 'sub.eml'));
    const single = path.join(dir, 'notes.txt');
    const lines: string[] = [];
    const program = new Command().exitOverride();
    registerClassify(program, { write: (line) => lines.push(line), readFile: (file) => readFile(file), listMail: listMailFiles });
    await program.parseAsync(['node', 'rsvp', 'classify', dir, single]);
    const out = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((line) => path.basename(String(line.file)))).toEqual(['h1_002.eml', 'h1_010.eml', 'sub.eml', 'notes.txt']);
    expect(out[0]).toMatchObject({ kind: 'reply', intent: 'yes' });
    expect(out[1]).toMatchObject({ kind: 'bounce', bounced: 'gone@b.ro' });
    // A folder named like a mail is no mail: reported, and the batch goes on.
    expect(out[2]).toEqual({ file: path.join(dir, 'sub.eml'), error: expect.stringContaining('EISDIR') });
    expect(out[3]).toEqual({ file: single, error: expect.stringContaining('not a mail') });
  });
});
