import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { understand } from '../../shared/understanding/understand';

/** Where the command writes and reads; tests inject their own. */
export interface ClassifyIo {
  write: (line: string) => void;
  readFile: (path: string) => Promise<Buffer>;
  /** The .eml files of a directory, sorted; null when `path` is not a directory. */
  listMail: (path: string) => Promise<string[] | null>;
}

/**
 * The `.eml` files directly in a directory, in name order ("h1_002.eml" before "h1_010.eml");
 * null for anything that is not a readable directory (it is then read as a file, and its
 * error, if any, reported as one).
 */
export async function listMailFiles(dir: string): Promise<string[] | null> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) return null;
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.eml'));
  return names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((name) => path.join(dir, name));
}

const defaultIo: ClassifyIo = {
  write: (line) => process.stdout.write(line),
  readFile: (file) => readFile(file),
  listMail: listMailFiles,
};

/** One output line: what the understanding pipeline made of one file. */
export interface ClassifyLine {
  file: string;
  kind: string;
  intent: string | null;
  confidence: number;
  headcount: number | null;
  speaker: boolean | null;
  bounced: string | null;
  note: string | null;
  text: string;
  evidence: string | null;
}

/**
 * `rsvp classify <files...>`: runs the understanding pipeline on raw .eml files, no store
 * needed, and prints one JSON object per file, in input order. A file that cannot be read
 * or is not a mail prints `{"file","error"}`; the command still exits 0 so a batch runs through.
 * A directory stands for its .eml files: `npm run` hands its arguments to a shell as one
 * string, which Linux caps at 128 KB — a few thousand paths — so big batches pass folders.
 */
export function registerClassify(program: Command, io: ClassifyIo = defaultIo): void {
  program
    .command('classify <files...>')
    .description('understand raw .eml files (or every .eml of a directory): kind, intent, headcount, speaker… (one JSON line per file)')
    .option('--own-subject <subject...>', 'subjects of our invitations (a reply with one of them says nothing by its subject)')
    .action(async (files: string[], options: { ownSubject?: string[] }) => {
      for (const given of files) {
        for (const file of (await io.listMail(given)) ?? [given]) io.write(`${JSON.stringify(await classifyFile(file, options.ownSubject ?? [], io))}\n`);
      }
    });
}

async function classifyFile(file: string, ownSubjects: string[], io: ClassifyIo): Promise<ClassifyLine | { file: string; error: string }> {
  try {
    const u = await understand(await io.readFile(file), { ownSubjects });
    return {
      file,
      kind: u.kind,
      intent: u.intent,
      confidence: u.confidence,
      headcount: u.headcount,
      speaker: u.speaker,
      bounced: u.bounced,
      note: u.note,
      text: u.text,
      evidence: u.evidence,
    };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}
