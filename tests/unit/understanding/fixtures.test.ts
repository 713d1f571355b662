import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understanding/understand';
import { buildEmails } from '../../fixtures/build-emails';

const dir = path.resolve(import.meta.dirname, '../../fixtures/emails');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { kind: string; intent: string | null; headcount: number | null; speaker: boolean | null; bounced: string | null }
>;
const ownSubjects = ['Invitație: Atelier Local de Învățare (Local Learning Lab) – 17.01.2021', 'Invitation: Local Learning Lab – 17 January 2021'];

describe('fixtures (tests/fixtures/emails, built by build-emails.ts)', () => {
  it('has a fixture for every rule, and the committed files are what the generator writes', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(60);
    const out = mkdtempSync(path.join(tmpdir(), 'emails-'));
    try {
      buildEmails(out);
      const names = readdirSync(out).sort();
      expect(readdirSync(dir).sort()).toEqual(names);
      for (const name of names) expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(dir, name))), name).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each(Object.entries(expected))('%s', async (file, want) => {
    const u = await understand(readFileSync(path.join(dir, file)), { ownSubjects });
    expect({ kind: u.kind, intent: u.intent, headcount: u.headcount, speaker: u.speaker, bounced: u.bounced }).toEqual(want);
  });
});
