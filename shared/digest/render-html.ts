import type { GuestStatus } from '../domain/records';
import { formatDateTime } from '../events/calendar-dates';
import type { GuestView } from '../status/guest-summary';
import { STATUS_ORDER, type DigestModel } from './build-digest';
import { digestLabels, type DigestLabels } from './labels';

/** Longest list a section shows; the CSV has everyone (Gmail clips bodies over ~100 KB). */
export const HTML_ROW_LIMIT = 200;

/** Colours of the statuses in counts, bar and legend (enough contrast for white text). */
export const STATUS_COLOURS: Record<GuestStatus, string> = {
  yes: '#2e7d32',
  waitlist: '#00838f',
  maybe: '#f9a825',
  no: '#c62828',
  review: '#6a1b9a',
  pending: '#9e9e9e',
};

/** Escapes text for HTML element content and quoted attributes. Every guest-provided string goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
const e = escapeHtml;

// Mail clients drop <style> blocks and ignore flexbox/grid: layout is nested tables, every style inline.
const FONT = "font-family:Arial,Helvetica,sans-serif;";
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';
const TH = `style="${FONT}font-size:12px;color:#555555;text-align:left;padding:6px 8px;border-bottom:2px solid #dddddd;background-color:#f5f5f5"`;
const TD = `style="${FONT}font-size:13px;color:#222222;padding:6px 8px;border-bottom:1px solid #eeeeee;vertical-align:top;word-break:break-word"`;
const MUTED = 'color:#777777;font-size:12px;';

function section(title: string, body: string, count?: number): string {
  const heading = count === undefined ? e(title) : `${e(title)} <span style="color:#777777;font-weight:normal">(${count})</span>`;
  return `<tr><td style="padding:20px 24px 4px 24px"><h2 style="${FONT}font-size:17px;color:#1a237e;margin:0 0 8px 0">${heading}</h2>${body}</td></tr>`;
}

function paragraph(text: string, style = ''): string {
  return `<p style="${FONT}font-size:14px;color:#222222;margin:4px 0 8px 0;${style}">${text}</p>`;
}

function table(headers: string[], rows: string[][], total: number, labels: DigestLabels): string {
  const head = `<tr>${headers.map((h) => `<th ${TH}>${e(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td ${TD}>${c}</td>`).join('')}</tr>`).join('');
  const more = total > rows.length ? `<tr><td colspan="${headers.length}" ${TD}><em>${e(labels.more(total - rows.length))}</em></td></tr>` : '';
  return `<table ${TABLE} width="100%" style="width:100%;border-collapse:collapse">${head}${body}${more}</table>`;
}

/** Name (or address), the address in grey beneath a name, and tags. */
function who(g: { name: string | null; email: string; walkIn?: boolean }, labels: DigestLabels): string {
  const main = g.name ? `<strong>${e(g.name)}</strong><br><span style="${MUTED}">${e(g.email)}</span>` : e(g.email);
  return g.walkIn ? `${main} <span style="${MUTED}">(${e(labels.walkIn)})</span>` : main;
}

function guestTable(guests: GuestView[], labels: DigestLabels, withPeople: boolean): string {
  if (guests.length === 0) return paragraph(e(labels.none), MUTED);
  const shown = guests.slice(0, HTML_ROW_LIMIT);
  const headers = withPeople ? [labels.col.name, labels.col.organization, labels.col.people, labels.col.speaks] : [labels.col.name, labels.col.organization];
  const rows = shown.map((g) => {
    const base = [who(g, labels), e(g.organization ?? '')];
    return withPeople ? [...base, String(g.headcount ?? 1), g.speaker ? e(labels.yes) : ''] : base;
  });
  return table(headers, rows, guests.length, labels);
}

function countsBlock(m: DigestModel, labels: DigestLabels): string {
  const cell = (label: string, value: string, colour: string) =>
    `<td width="25%" style="width:25%;padding:4px" valign="top"><table ${TABLE} width="100%" style="width:100%;border-collapse:collapse"><tr><td style="${FONT}border-left:4px solid ${colour};background-color:#fafafa;padding:8px 10px"><div style="font-size:22px;font-weight:bold;color:#222222">${e(value)}</div><div style="font-size:12px;color:#555555">${e(label)}</div></td></tr></table></td>`;
  const cells = STATUS_ORDER.map((s) => cell(labels.countLabel[s], String(m.counts[s]), STATUS_COLOURS[s]));
  cells.push(cell(labels.countLabel.attendees, String(m.counts.attendees), '#1a237e'));
  if (m.capacity) cells.push(cell(`${labels.countLabel.capacity} (${m.capacity.percent}%)`, `${m.capacity.used}/${m.capacity.capacity}`, m.capacity.over ? '#c62828' : '#1a237e'));
  else cells.push(cell(labels.countLabel.total, String(m.totalGuests), '#1a237e'));
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 4) rows.push(`<tr>${cells.slice(i, i + 4).join('')}</tr>`);
  const over = m.capacity?.over ? paragraph(`<strong style="color:#c62828">${e(labels.capacityOver)}</strong>`) : '';
  return `<table ${TABLE} width="100%" style="width:100%;border-collapse:collapse">${rows.join('')}</table>${over}`;
}

/** The answer split as one row of coloured cells whose widths are the shares (Outlook honours td width + bgcolor). */
function splitBar(m: DigestModel, labels: DigestLabels): string {
  if (m.split.length === 0) return '';
  const cells = m.split
    .map((p) => {
      const c = STATUS_COLOURS[p.status];
      return `<td class="bar-part" data-status="${p.status}" width="${p.percent}%" bgcolor="${c}" title="${e(`${labels.status[p.status]}: ${p.count}`)}" style="width:${p.percent}%;background-color:${c};height:18px;font-size:1px;line-height:1px">&nbsp;</td>`;
    })
    .join('');
  // Legend items are inline so they wrap on a phone; the swatch is a coloured character, which every client draws.
  const legend = m.split
    .map((p) => `<span style="white-space:nowrap;margin-right:12px"><span style="color:${STATUS_COLOURS[p.status]};font-size:14px">&#9632;</span> ${e(`${labels.countLabel[p.status]} ${p.count} (${p.percent}%)`)}</span>`)
    .join(' ');
  return `<p style="${FONT}font-size:12px;color:#555555;margin:12px 0 4px 0">${e(labels.split)}</p><table ${TABLE} width="100%" style="width:100%;border-collapse:collapse;table-layout:fixed"><tr>${cells}</tr></table><p style="${FONT}font-size:12px;color:#555555;margin:4px 0 0 0;line-height:20px">${legend}</p>`;
}

function attentionBlock(m: DigestModel, labels: DigestLabels): string {
  const { review, unverified, bounced, unrouted } = m.attention;
  if (m.attentionCount === 0) return paragraph(e(labels.nothingNeeded), MUTED);
  const parts: string[] = [];
  const at = (iso: string | null) => (iso ? e(formatDateTime(iso, m.timeZone, m.language)) : '');
  if (review.length) {
    const rows = review.slice(0, HTML_ROW_LIMIT).map((r) => [who(r, labels), e(labels.status[r.status]), e(r.reason ?? ''), r.excerpt ? `<em>${e(r.excerpt)}</em>` : '']);
    parts.push(`<h3 style="${FONT}font-size:14px;margin:10px 0 4px 0">${e(labels.review)} (${review.length})</h3>${table([labels.col.name, labels.col.answer, labels.col.reason, labels.col.text], rows, review.length, labels)}`);
  }
  if (unverified.length) {
    const rows = unverified.slice(0, HTML_ROW_LIMIT).map((u) => [e(u.from ?? u.email), e(u.subject), `<em>${e(u.excerpt)}</em>`, at(u.at)]);
    parts.push(`<h3 style="${FONT}font-size:14px;margin:10px 0 4px 0">${e(labels.unverified)} (${unverified.length})</h3>${table([labels.col.from, labels.col.subject, labels.col.text, labels.col.received], rows, unverified.length, labels)}`);
  }
  if (bounced.length) {
    const rows = bounced.slice(0, HTML_ROW_LIMIT).map((g) => [who(g, labels), e(g.bounce ? labels.bounceKind[g.bounce] : '')]);
    parts.push(`<h3 style="${FONT}font-size:14px;margin:10px 0 4px 0">${e(labels.bounced)} (${bounced.length})</h3>${table([labels.col.name, labels.col.reason], rows, bounced.length, labels)}`);
  }
  if (unrouted.length) {
    const rows = unrouted.slice(0, HTML_ROW_LIMIT).map((u) => [e(u.from ?? ''), e(u.subject), e(u.reason), at(u.at)]);
    parts.push(`<h3 style="${FONT}font-size:14px;margin:10px 0 4px 0">${e(labels.unrouted)} (${unrouted.length})</h3>${table([labels.col.from, labels.col.subject, labels.col.reason, labels.col.received], rows, unrouted.length, labels)}`);
  }
  return `<table ${TABLE} width="100%" style="width:100%;border-collapse:collapse"><tr><td bgcolor="#fff8e1" style="background-color:#fff8e1;border:1px solid #ffe082;padding:8px 12px">${parts.join('')}</td></tr></table>`;
}

function changesBlock(m: DigestModel, labels: DigestLabels): string {
  const items = m.changes.items;
  if (items.length === 0) return paragraph(e(labels.noChanges), MUTED);
  const rows = items.slice(0, HTML_ROW_LIMIT).map((c) => {
    const what = c.kind === 'changed' && c.from ? labels.changeKind.changed(labels.status[c.from], labels.status[c.to]) : `${labels.changeKind[c.kind]}: ${labels.status[c.to]}`;
    const people = c.to === 'yes' || c.to === 'waitlist' ? ` (${labels.persons(c.headcount ?? 1)})` : '';
    return [who(c, labels), e(`${what}${people}`), e(formatDateTime(c.at, m.timeZone, m.language))];
  });
  return table([labels.col.name, labels.col.answer, labels.col.received], rows, items.length, labels);
}

function speakingBlock(m: DigestModel, labels: DigestLabels): string {
  const plan = m.speaking;
  const intro = plan.block
    ? paragraph(e(labels.speakingBlock(plan.block.start, plan.block.end, plan.block.minutesPerSpeaker, plan.block.discussionMinutesPerSpeaker, plan.block.capacity)), MUTED)
    : paragraph(e(labels.speakingNoBlock), MUTED);
  if (plan.speakers.length === 0) return intro + paragraph(e(labels.noSpeakers), MUTED);
  const warning =
    plan.overflow > 0 && plan.block ? paragraph(`<strong style="color:#c62828">${e(labels.speakingOverflow(plan.overflow, plan.block.capacity))}</strong>`) : '';
  const rows = plan.speakers.slice(0, HTML_ROW_LIMIT).map((s) => {
    const time = s.start ? `${s.start}–${s.end}` : '—';
    const style = s.start ? '' : 'color:#c62828;';
    return [`<span style="${style}">${s.position}</span>`, `<span style="${style}white-space:nowrap">${e(time)}</span>`, who(s, labels), e(s.organization ?? '')];
  });
  return intro + warning + table([labels.col.position, labels.col.time, labels.col.name, labels.col.organization], rows, plan.speakers.length, labels);
}

/**
 * The digest as an HTML document for mail clients: nested tables, inline CSS only, a
 * 640-pixel column, and a bar of table cells for the answer split. Every string that
 * came from a guest or a mail is escaped.
 */
export function renderDigestHtml(m: DigestModel): string {
  const labels = digestLabels(m.language);
  const intro =
    m.kind === 'final'
      ? paragraph(`<strong>${e(labels.finalIntro(m.deadline.label))}</strong>`)
      : paragraph(`${e(labels.deadline(m.deadline.label))} — <strong>${e(labels.daysLeft(m.deadline.daysLeft))}</strong>`);
  const rows = [
    `<tr><td bgcolor="#1a237e" style="background-color:#1a237e;padding:18px 24px"><p style="${FONT}font-size:13px;color:#c5cae9;margin:0">${e(m.title)}</p><h1 style="${FONT}font-size:21px;color:#ffffff;margin:6px 0 0 0">${e(m.heading)}</h1></td></tr>`,
    `<tr><td style="padding:16px 24px 0 24px">${intro}${countsBlock(m, labels)}${splitBar(m, labels)}</td></tr>`,
    section(labels.attention, attentionBlock(m, labels), m.attentionCount),
    section(m.changes.sinceLabel ? labels.changesSince(m.changes.sinceLabel) : labels.changesFirst, changesBlock(m, labels), m.changes.items.length),
    section(labels.confirmed, guestTable(m.confirmed, labels, true), m.confirmed.length),
    section(labels.speaking, speakingBlock(m, labels), m.speaking.speakers.length),
    m.waitlist.length ? section(labels.waitlist, guestTable(m.waitlist, labels, true), m.waitlist.length) : '',
    m.maybe.length ? section(labels.maybe, guestTable(m.maybe, labels, false), m.maybe.length) : '',
    section(labels.declined, guestTable(m.declined, labels, false), m.declined.length),
    section(
      labels.pending,
      (m.kind === 'daily' && m.pending.length ? paragraph(e(`${labels.deadline(m.deadline.label)} — ${labels.daysLeft(m.deadline.daysLeft)}`), MUTED) : '') + guestTable(m.pending, labels, false),
      m.pending.length,
    ),
    m.late.length ? section(labels.late, guestTable(m.late, labels, false), m.late.length) : '',
    `<tr><td style="padding:20px 24px 24px 24px;border-top:1px solid #eeeeee">${paragraph(e(labels.csvNote), MUTED)}${paragraph(e(labels.autoNote), MUTED)}</td></tr>`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${m.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(m.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background-color:#eceff1">`,
    `<table ${TABLE} width="100%" bgcolor="#eceff1" style="width:100%;background-color:#eceff1"><tr><td align="center" style="padding:16px 8px">`,
    // Fluid up to 640 px (phones); Outlook for Windows ignores max-width, so it gets a fixed 640 px "ghost" table.
    '<!--[if mso]><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->',
    `<table ${TABLE} width="100%" bgcolor="#ffffff" style="width:100%;max-width:640px;background-color:#ffffff;border-collapse:collapse">${rows.join('')}</table>`,
    '<!--[if mso]></td></tr></table><![endif]-->',
    '</td></tr></table></body></html>',
  ].join('\n');
}
