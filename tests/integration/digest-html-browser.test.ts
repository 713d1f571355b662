import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../shared/digest/build-digest';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { guest, lll2021, reply } from '../unit/digest/fixtures';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
let shots: string;
const keep = process.env.DIGEST_SCREENSHOT_DIR;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is required for the digest HTML test but ${CHROMIUM} is missing: run \`apt-get update && apt-get install -y chromium\``);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  shots = keep ?? (await mkdtemp(join(tmpdir(), 'digest-shot-')));
  await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  if (!keep && shots) await rm(shots, { recursive: true, force: true });
});

const E = 'lll-2021-01';
const yes = (i: number, over = {}) =>
  guest(`vorbitor${i}@example.org`, { name: `Vorbitor ${i} Șerban`, organization: i % 2 ? 'Universitatea de Vest din Timișoara' : null, status: 'yes', headcount: 1 + (i % 2), speaker: true, confirmedAt: `2021-01-0${5 + (i % 3)}T0${i}:00:00.000Z`, ...over }, E);

function model() {
  const guests = [
    guest('ana@example.org', { name: 'Ana Țărână', organization: 'Asociația Șincai', status: 'yes', headcount: 2, speaker: true, confirmedAt: '2021-01-04T12:00:00.000Z' }, E),
    ...Array.from({ length: 9 }, (_, i) => yes(i + 1)),
    guest('x@example.org', { name: '<script>window.pwned = true</script>', status: 'review', reviewReason: 'low-confidence' }, E),
    guest('no@example.org', { name: 'Ioan Refuz', status: 'no' }, E),
    guest('maybe@example.org', { name: 'Mara Poate', status: 'maybe' }, E),
    ...Array.from({ length: 6 }, (_, i) => guest(`p${i}@example.org`, { status: 'pending', bounce: i === 0 ? 'hard' : null }, E)),
  ];
  const replies = [reply('x@example.org', '2021-01-07T10:00:00Z', { intent: 'unknown', outcome: 'review', text: '<img src=x onerror="window.pwned=true"> vin poate' }, E)];
  return buildDigest({ event: { ...lll2021(), capacity: 30 }, guests, replies, unrouted: [], kind: 'daily', day: '2021-01-08', asOf: new Date('2021-01-08T06:00:00Z'), since: null });
}

describe('digest HTML in a real browser', () => {
  it('renders names, counts, the speaking order and a bar with real widths', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.setContent(renderDigestHtml(model()), { waitUntil: 'load' });

    expect(await page.getByText('Ana Țărână').first().isVisible()).toBe(true);
    expect(await page.getByText('Situația confirmărilor — vineri, 8 ianuarie 2021').isVisible()).toBe(true);
    // Guest-provided markup is shown as text, never run.
    // Browser-side code goes in as strings: this project's TypeScript has no DOM lib.
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.getByText('<script>window.pwned = true</script>').first().isVisible()).toBe(true);

    const bar = (await page.evaluate(
      `[...document.querySelectorAll('td.bar-part')].map((td) => ({ status: td.getAttribute('data-status'), width: td.getBoundingClientRect().width, colour: getComputedStyle(td).backgroundColor }))`,
    )) as { status: string; width: number; colour: string }[];
    expect(bar.map((b) => b.status)).toEqual(['yes', 'maybe', 'no', 'review', 'pending']);
    for (const part of bar) expect(part.width).toBeGreaterThan(0);
    expect(bar[0]?.colour).toBe('rgb(46, 125, 50)');
    // 10 of 19 guests said yes: the green part is about half of the bar.
    const total = bar.reduce((s, b) => s + b.width, 0);
    expect((bar[0]?.width ?? 0) / total).toBeCloseTo(10 / 19, 1);

    // Ten speakers, eight slots: the last two are flagged.
    expect(await page.getByText('11:10–11:25').isVisible()).toBe(true);
    expect(await page.getByText('12:55–13:10').isVisible()).toBe(true);
    expect(await page.getByText(/Atenție: 2 vorbitori nu încap/).isVisible()).toBe(true);

    const width = await page.$eval('body > table table', (t) => t.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(640);

    const file = join(shots, 'digest-desktop.png');
    await page.screenshot({ path: file, fullPage: true });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('stays readable on a phone-width screen', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.setContent(renderDigestHtml(model()), { waitUntil: 'load' });
    const bodyWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    // Tables shrink to the screen rather than forcing the page wider than ~the viewport.
    expect(bodyWidth).toBeLessThanOrEqual(420);
    expect(await page.getByText('Ana Țărână').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'digest-phone.png'), fullPage: true });
    await page.close();
  });
});
