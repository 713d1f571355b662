import { describe, expect, it } from 'vitest';
import { newGuest } from '../../../shared/domain/new-guest';
import { parseEvent } from '../../../shared/events/parse-event';
import { EXPORT_COLUMNS, exportGuests } from '../../../shared/export/export-guests';
import event2020 from '../../../events/lll-2020-01.json';

const event = parseEvent(event2020, 'lll-2020-01.json');
const now = new Date('2020-01-10T08:00:00Z');
const guests = [
  newGuest(event.id, 'ion@x.ro', now, { name: 'Ion Popescu', organization: 'Primăria; Timișoara', status: 'yes', headcount: 2, speaker: true, respondedAt: '2020-01-14T07:30:00.000Z', language: 'ro' }),
  newGuest(event.id, 'eve@x.ro', now, { name: '=HYPERLINK("http://evil")', note: 'vin cu\n"colegul"', walkIn: true }),
];

describe('exportGuests', () => {
  it('writes CSV that Excel opens right: BOM, ";", CRLF, local times, quoted specials', () => {
    const csv = exportGuests(event, guests, { format: 'csv' });
    expect(csv.startsWith('\ufeffemail;name;organization;language;status;headcount;speaker;respondedAt;late;bounce;walkIn;note\r\n')).toBe(true);
    expect(csv).toContain('ion@x.ro;Ion Popescu;"Primăria; Timișoara";ro;yes;2;yes;2020-01-14 09:30;no;;no;\r\n');
    // A formula from a stranger's mail is defused; embedded newlines and quotes stay in one cell.
    expect(csv).toContain(`eve@x.ro;"'=HYPERLINK(""http://evil"")";;;pending;;;;no;;yes;"vin cu\n""colegul"""\r\n`);
  });

  it('uses "," when asked, and JSON keeps types', () => {
    expect(exportGuests(event, guests, { format: 'csv', delimiter: ',' }).split('\r\n')[0]).toBe(`\ufeff${EXPORT_COLUMNS.join(',')}`);
    const json = JSON.parse(exportGuests(event, guests, { format: 'json' }));
    expect(json.eventId).toBe('lll-2020-01');
    expect(json.guests[1]).toMatchObject({ email: 'ion@x.ro', headcount: 2, speaker: true, respondedAt: '2020-01-14T07:30:00.000Z', late: false });
    expect(Object.keys(json.guests[0])).toEqual([...EXPORT_COLUMNS]);
  });
});
