import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { composeDigest } from '../../../shared/digest/compose-digest';
import { guestsCsv } from '../../../shared/digest/csv';
import { escapeHtml, renderDigestHtml } from '../../../shared/digest/render-html';
import { renderDigestText } from '../../../shared/digest/render-text';
import { guest, lll2020, reply } from './fixtures';

const evil = '<script>alert(1)</script> & "Ion"';
const guests = [
  guest('ana@example.org', { name: 'Ana Țărână', organization: 'Asociația Șincai', status: 'yes', headcount: 2, speaker: true, confirmedAt: '2020-01-12T09:00:00.000Z' }),
  guest('x@example.org', { name: evil, organization: '=HYPERLINK("http://evil")', status: 'review', reviewReason: '<b>why</b>' }),
  guest('p@example.org', { status: 'pending' }),
];
const replies = [reply('x@example.org', '2020-01-13T10:00:00Z', { intent: 'unknown', outcome: 'review', text: '<img src=x onerror=alert(2)>' })];
const model = buildDigest({ event: lll2020(), guests, replies, unrouted: [], kind: 'daily', day: '2020-01-14', asOf: new Date('2020-01-14T06:00:00Z'), since: null });

describe('digest rendering', () => {
  it('escapes every guest-provided string in HTML', () => {
    const html = renderDigestHtml(model);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>why</b>');
    expect(html).toContain(escapeHtml(evil));
    expect(html).toContain('Ana Țărână');
    expect(html).not.toMatch(/<style|display:\s*(flex|grid)/i);
  });

  it('has the same facts in the text part', () => {
    const text = renderDigestText(model);
    expect(text).toContain('Ana Țărână <ana@example.org>, Asociația Șincai — 2 persoane, ia cuvântul');
    expect(text).toContain('Termen de confirmare: miercuri, 15 ianuarie 2020 — mai este 1 zi');
    expect(text).toContain('Da: 1');
  });

  it('writes the CSV for Romanian Excel: BOM, semicolons, diacritics, no live formulas', () => {
    const csv = guestsCsv(guests);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('email;name;organization;status;headcount;speaker;respondedAt;late;bounce;walkIn;note');
    expect(lines[1]).toBe('ana@example.org;Ana Țărână;Asociația Șincai;yes;2;true;;false;;false;');
    expect(lines[2]).toContain(`;"'=HYPERLINK(""http://evil"")";review;`);
  });

  it('composes a mail to the managers with text, HTML and the CSV attachment', async () => {
    const mail = await composeDigest(lll2020(), guests, model);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe('[lll-2020-01] Situația confirmărilor — marți, 14 ianuarie 2020');
    expect(parsed.from?.value[0]).toEqual({ name: 'Municipiul Timișoara – ECoC-SME', address: 'rsvp@primarie.example.org' });
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((a) => a?.value.map((v) => v.address))).toEqual(['lavinia.petrut@primarie.example.org', 'lavinia.simion@primarie.example.org']);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headers.get('x-auto-response-suppress')).toBe('All');
    expect(parsed.text).toContain('Ana Țărână');
    expect(parsed.html).toContain('Ana Țărână');
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([['lll-2020-01-2020-01-14.csv', 'text/csv']]);
    expect(parsed.attachments[0]?.content.toString('utf8')).toContain('Asociația Șincai');
    expect(mail.purpose).toBe('digest');
  });
});
