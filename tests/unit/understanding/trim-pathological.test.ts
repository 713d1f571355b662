import { describe, expect, it } from 'vitest';
import { trimReply, type TrimInput } from '../../../shared/understanding/trim';

/*
 * The issue asks for bounded time on hostile input: every shape is about 1 MB
 * (or 100k repetitions) and must finish well under a second. The bound is
 * generous (1.5 s) and counts the CPU time this process spent, not wall time:
 * catastrophic backtracking burns CPU, while a machine busy with other test
 * workers only makes us wait. Typical cost is 5–250 ms of CPU.
 */
const MB = 1 << 20;
const BOUND_MS = 1500;
const repeat = (unit: string, bytes = MB): string => unit.repeat(Math.ceil(bytes / unit.length));

const SHAPES: [string, () => TrimInput, (text: string) => void][] = [
  ['1 MB of ">" lines under a reply', () => ({ text: `Da, vin.\n${repeat('> Vă rugăm să confirmați participarea\n')}`, html: null }), (t) => expect(t).toBe('Da, vin.')],
  ['1 MB of bare ">" lines', () => ({ text: repeat('>\n'), html: null }), () => {}],
  ['1 MB of nested ">>>>" on one line', () => ({ text: `Da\n${'>'.repeat(MB)}`, html: null }), (t) => expect(t).toBe('Da')],
  ['one 1 MB line', () => ({ text: 'a'.repeat(MB), html: null }), (t) => expect(t).toHaveLength(MB)],
  ['one 1 MB line of "a scris"', () => ({ text: repeat('Pe 12 ian. 2020, Ion a scris '), html: null }), () => {}],
  ['100k lines of "a scris" without a colon', () => ({ text: 'Pe 12.01.2020 10:15, Ion a scris\n'.repeat(100_000), html: null }), () => {}],
  ['100k "a scris:" attributions', () => ({ text: `Da\n${'Ion Popescu a scris:\n'.repeat(100_000)}`, html: null }), (t) => expect(t).toBe('Da')],
  ['100k colon lines under prose (wrap anchors)', () => ({ text: 'text text\nPe x a scris y:\n'.repeat(100_000), html: null }), () => {}],
  ['100k wrapped-attribution fragments', () => ({ text: `${'On Mon 10:15 Ion <ion@x.ro>\n'.repeat(100_000)}wrote:`, html: null }), () => {}],
  ['100k address fragments', () => ({ text: 'Ion <ion@x.ro>\n'.repeat(100_000), html: null }), () => {}],
  ['1 MB of header-field lines', () => ({ text: repeat('Da\nFrom: x\n'), html: null }), () => {}],
  ['1 MB of closings', () => ({ text: repeat('Cu stimă,\n'), html: null }), () => {}],
  ['1 MB of phone signatures', () => ({ text: `Da\n${repeat('Trimis de pe iPhone\n')}`, html: null }), (t) => expect(t).toBe('Da')],
  ['1 MB of alternating quotes and answers', () => ({ text: repeat('> q\nanswer\n'), html: null }), () => {}],
  ['1 MB of dashes on one line', () => ({ text: `x\n${'-'.repeat(MB)}x`, html: null }), () => {}],
  ['1 MB of "<" and "@"', () => ({ text: `${repeat('<@')}:`, html: null }), () => {}],
  ['100k nested <div>s', () => ({ text: null, html: `${'<div>'.repeat(100_000)}Da${'</div>'.repeat(100_000)}` }), (t) => expect(t).toBe('Da')],
  ['50k nested <blockquote>s with 50k lines', () => ({ text: null, html: `<p>Da</p>${'<blockquote>'.repeat(50_000)}${'rând<br>'.repeat(50_000)}` }), (t) => expect(t).toBe('Da')],
  ['100k unclosed <div><p>', () => ({ text: null, html: '<div><p>x'.repeat(100_000) }), () => {}],
  ['100k stray end tags', () => ({ text: null, html: `<p>Da</p>${'</span></div>'.repeat(100_000)}` }), (t) => expect(t).toBe('Da')],
  ['1 MB of paragraphs', () => ({ text: null, html: repeat('<p>Vin și eu&nbsp;la eveniment.</p>') }), () => {}],
  // A row's cells kept apart by a tab: asking the growing line whether it ended in a space flattened it per cell (7 s).
  ['one table row of 80k cells', () => ({ text: null, html: `<table><tr>${'<td>Ana x</td>'.repeat(80_000)}</tr></table>` }), (t) => expect(t.split('\t')).toHaveLength(80_000)],
  ['1 MB inside a Gmail quote', () => ({ text: null, html: `<div>Da</div><div class="gmail_quote">${repeat('<div>x</div>')}</div>` }), (t) => expect(t).toBe('Da')],
];

describe('bounded time on pathological input', () => {
  it.each(SHAPES)('%s', (_name, make, check) => {
    const input = make();
    const before = process.cpuUsage();
    const result = trimReply(input);
    const spent = process.cpuUsage(before);
    expect((spent.user + spent.system) / 1000).toBeLessThan(BOUND_MS);
    check(result.text);
  });
});
