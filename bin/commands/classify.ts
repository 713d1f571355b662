import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { understand } from '../../shared/understanding/understand';

/** Where the command writes and reads; tests inject their own. */
export interface ClassifyIo {
  write: (line: string) => void;
  readFile: (path: string) => Promise<Buffer>;
}

const defaultIo: ClassifyIo = {
  write: (line) => process.stdout.write(line),
  readFile: (path) => readFile(path),
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
 */
export function registerClassify(program: Command, io: ClassifyIo = defaultIo): void {
  program
    .command('classify <files...>')
    .description('understand raw .eml files: kind, intent, headcount, speaker… (one JSON line per file)')
    .option('--own-subject <subject...>', 'subjects of our invitations (a reply with one of them says nothing by its subject)')
    .action(async (files: string[], options: { ownSubject?: string[] }) => {
      for (const file of files) io.write(`${JSON.stringify(await classifyFile(file, options.ownSubject ?? [], io))}\n`);
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
