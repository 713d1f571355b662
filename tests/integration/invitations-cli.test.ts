import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDynamo, type TestDynamo } from '../helpers/dynalite';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'tests/fixtures/csv/guests-ro-bom-semicolon.csv');
// Each command is a fresh tsx process (about 2–3 s to load the CLI).
const CLI_TIMEOUT = 90_000;
let db: TestDynamo;
let dataDir: string;

/** Runs `rsvp …` as the manager would (tsx, the real CLI), against the test dynalite; never throws. */
async function rsvp(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, RSVP_DYNAMODB_ENDPOINT: db.endpoint, RSVP_TABLE: db.ctx.table, RSVP_DATA_DIR: dataDir, RSVP_CLOCK: '2020-01-08T09:00:00+02:00', RSVP_LOG_LEVEL: 'silent', RSVP_SEND_RATE_PER_SECOND: '100' };
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), ['--disable-warning=NodeDeprecationWarning', join(root, 'bin/rsvp.ts'), ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  db = await startTestDynamo();
  dataDir = await mkdtemp(join(tmpdir(), 'rsvp-cli-'));
});
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the manager workflow through the CLI', () => {
  it('event check: exit 1 with one line per problem on the 2021 invitation text, "ok" on a clean file', async () => {
    const bad = await rsvp('event', 'check', 'events/lll-2021-01.json', '--text', '/work/shared/seeds/000_f2aa77d4bc126224.txt');
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim().split('\n')).toEqual([
      expect.stringContaining('line 7: "miercuri, 17.01.2021": 17.01.2021 is a Sunday (duminică), not a Wednesday'),
      expect.stringContaining('line 19: "vineri, 12.01.2021": 12.01.2021 is a Tuesday (marți), not a Friday'),
    ]);
    const good = await rsvp('event', 'check', 'events/lll-2020-01.json');
    expect(good).toMatchObject({ code: 0, stdout: 'ok\n' });
  }, CLI_TIMEOUT);

  it('event put, guests import (text and --json), event list', async () => {
    expect((await rsvp('event', 'put', 'events/lll-2020-01.json')).stdout).toBe('uploaded lll-2020-01\n');

    const imported = await rsvp('guests', 'import', '--event', 'lll-2020-01', fixture);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 created, 0 updated, 0 unchanged, 1 skipped');
    expect(imported.stdout).toContain('line 4: skipped: not a valid e-mail address: "nu-este-o-adresa"');
    expect(imported.stdout).toContain('line 6: duplicate of line 2 (ion.popescu@example.org): merged');
    const json = JSON.parse((await rsvp('guests', 'import', '--event', 'lll-2020-01', fixture, '--json')).stdout);
    expect(json).toMatchObject({ created: 0, unchanged: 3, skipped: 1 });

    const list = await rsvp('event', 'list');
    expect(list.stdout).toMatch(/lll-2020-01\s+2020-01-20 10:00\s+2020-01-15 23:59\s+3\s+Atelierul Local/);
  }, CLI_TIMEOUT);

  it('invite: dry run, real run, second run sends nothing', async () => {

    const dry = await rsvp('invite', '--event', 'lll-2020-01', '--dry-run');
    expect(dry.stdout).toContain('dry run: 3 would be invited');
    const sent = await rsvp('invite', '--event', 'lll-2020-01');
    expect(sent.stdout).toContain('3 invited, 0 already invited');
    expect(sent.stderr).toBe(''); // no progress bar when stderr is not a terminal
    const again = await rsvp('invite', '--event', 'lll-2020-01');
    expect(again.stdout).toContain('0 invited, 3 already invited');
    const outbox = await readdir(join(dataDir, 'outbox'));
    expect(outbox.filter((n) => n.includes('-invitation-'))).toHaveLength(3);
  }, CLI_TIMEOUT);

  it('remind, export (csv and json), forget, unknown event', async () => {

    const reminded = await rsvp('remind', '--event', 'lll-2020-01', '--only', 'pending');
    expect(reminded.stdout).toContain('3 reminded');

    const out = join(dataDir, 'guests.csv');
    await rsvp('export', '--event', 'lll-2020-01', '--out', out);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\ufeffemail;name;organization;language;status;headcount;speaker;respondedAt;late;bounce;walkIn;note\r\n')).toBe(true);
    expect(csv).toContain('stefan.taranu@example.org;Ștefan Țăranu;');

    const forgot = await rsvp('forget', '--email', 'Ana.Muresan@example.ro');
    expect(forgot.stdout).toMatch(/^erasure [0-9a-f-]{36} at /);
    expect(forgot.stdout).toContain('erased: 1 guest entry in 1 event(s)');
    expect(forgot.stdout).not.toContain('ana');
    expect(JSON.parse((await rsvp('export', '--event', 'lll-2020-01', '--format', 'json')).stdout).guests).toHaveLength(2);

    const missing = await rsvp('invite', '--event', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('EVENT_NOT_FOUND');
  }, CLI_TIMEOUT);
});
