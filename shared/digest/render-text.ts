import { formatDateTime } from '../events/calendar-dates';
import type { GuestView } from '../status/guest-summary';
import { STATUS_ORDER, type DigestModel } from './build-digest';
import { digestLabels, type DigestLabels } from './labels';

/** Longest list a section shows in text; the CSV has everyone. */
export const TEXT_ROW_LIMIT = 200;

function heading(title: string, count?: number): string {
  const line = count === undefined ? title : `${title} (${count})`;
  return `\n${line}\n${'-'.repeat(Math.min(line.length, 72))}`;
}

function who(g: { name: string | null; email: string; organization?: string | null; walkIn?: boolean }, labels: DigestLabels): string {
  const name = g.name ? `${g.name} <${g.email}>` : g.email;
  const org = g.organization ? `, ${g.organization}` : '';
  return `${name}${org}${g.walkIn ? ` (${labels.walkIn})` : ''}`;
}

function list<T>(items: readonly T[], line: (item: T) => string, labels: DigestLabels): string[] {
  if (items.length === 0) return [`  ${labels.none}`];
  const out = items.slice(0, TEXT_ROW_LIMIT).map((i) => `  - ${line(i)}`);
  if (items.length > TEXT_ROW_LIMIT) out.push(`  ${labels.more(items.length - TEXT_ROW_LIMIT)}`);
  return out;
}

function guestLines(guests: readonly GuestView[], labels: DigestLabels, withPeople: boolean): string[] {
  return list(
    guests,
    (g) => {
      if (!withPeople) return who(g, labels);
      const speaks = g.speaker ? `, ${labels.col.speaks.toLowerCase()}` : '';
      return `${who(g, labels)} — ${labels.persons(g.headcount ?? 1)}${speaks}`;
    },
    labels,
  );
}

/** The plain-text alternative: the same sections as the HTML, for clients that show text only. */
export function renderDigestText(m: DigestModel): string {
  const labels = digestLabels(m.language);
  const at = (iso: string) => formatDateTime(iso, m.timeZone, m.language);
  const out: string[] = [m.title, m.heading, '='.repeat(Math.min(m.heading.length, 72))];
  out.push(m.kind === 'final' ? labels.finalIntro(m.deadline.label) : `${labels.deadline(m.deadline.label)} — ${labels.daysLeft(m.deadline.daysLeft)}`);
  out.push('');
  for (const s of STATUS_ORDER) out.push(`${labels.countLabel[s]}: ${m.counts[s]}`);
  out.push(`${labels.countLabel.attendees}: ${m.counts.attendees}`);
  out.push(`${labels.countLabel.total}: ${m.totalGuests}`);
  if (m.capacity) out.push(`${labels.countLabel.capacity}: ${m.capacity.used} / ${m.capacity.capacity} (${m.capacity.percent}%)${m.capacity.over ? ` — ${labels.capacityOver}` : ''}`);

  const { review, unverified, bounced, unrouted } = m.attention;
  out.push(heading(labels.attention, m.attentionCount));
  if (m.attentionCount === 0) out.push(`  ${labels.nothingNeeded}`);
  if (review.length) {
    out.push(`${labels.review}:`);
    out.push(...list(review, (r) => `${who(r, labels)} [${labels.status[r.status]}${r.reason ? `: ${r.reason}` : ''}]${r.excerpt ? ` «${r.excerpt}»` : ''}`, labels));
  }
  if (unverified.length) {
    out.push(`${labels.unverified}:`);
    out.push(...list(unverified, (u) => `${u.from ?? u.email} — ${u.subject} «${u.excerpt}» (${at(u.at)})`, labels));
  }
  if (bounced.length) {
    out.push(`${labels.bounced}:`);
    out.push(...list(bounced, (g) => `${who(g, labels)} [${g.bounce ? labels.bounceKind[g.bounce] : ''}]`, labels));
  }
  if (unrouted.length) {
    out.push(`${labels.unrouted}:`);
    out.push(...list(unrouted, (u) => `${u.from ?? '?'} — ${u.subject} [${u.reason}] (${at(u.at)})`, labels));
  }

  out.push(heading(m.changes.sinceLabel ? labels.changesSince(m.changes.sinceLabel) : labels.changesFirst, m.changes.items.length));
  if (m.changes.items.length === 0) out.push(`  ${labels.noChanges}`);
  else
    out.push(
      ...list(
        m.changes.items,
        (c) => {
          const what = c.kind === 'changed' && c.from ? labels.changeKind.changed(labels.status[c.from], labels.status[c.to]) : `${labels.changeKind[c.kind]}: ${labels.status[c.to]}`;
          return `${who(c, labels)} — ${what} (${at(c.at)})`;
        },
        labels,
      ),
    );

  out.push(heading(labels.confirmed, m.confirmed.length), ...guestLines(m.confirmed, labels, true));

  const plan = m.speaking;
  out.push(heading(labels.speaking, plan.speakers.length));
  out.push(plan.block ? labels.speakingBlock(plan.block.start, plan.block.end, plan.block.minutesPerSpeaker, plan.block.discussionMinutesPerSpeaker, plan.block.capacity) : labels.speakingNoBlock);
  if (plan.overflow > 0 && plan.block) out.push(`!! ${labels.speakingOverflow(plan.overflow, plan.block.capacity)}`);
  if (plan.speakers.length === 0) out.push(`  ${labels.noSpeakers}`);
  else out.push(...list(plan.speakers, (s) => `${s.position}. ${s.start ? `${s.start}–${s.end}` : '—'}  ${who(s, labels)}`, labels));

  if (m.waitlist.length) out.push(heading(labels.waitlist, m.waitlist.length), ...guestLines(m.waitlist, labels, true));
  if (m.maybe.length) out.push(heading(labels.maybe, m.maybe.length), ...guestLines(m.maybe, labels, false));
  out.push(heading(labels.declined, m.declined.length), ...guestLines(m.declined, labels, false));
  out.push(heading(labels.pending, m.pending.length));
  if (m.kind === 'daily' && m.pending.length) out.push(`${labels.deadline(m.deadline.label)} — ${labels.daysLeft(m.deadline.daysLeft)}`);
  out.push(...guestLines(m.pending, labels, false));
  if (m.late.length) out.push(heading(labels.late, m.late.length), ...guestLines(m.late, labels, false));

  out.push('', '--', labels.csvNote, labels.autoNote, '');
  return out.join('\n');
}
