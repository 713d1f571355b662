import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newGuest } from '../../../shared/domain/new-guest';
import { parseEvent } from '../../../shared/events/parse-event';
import { importGuests } from '../../../shared/guests/import-guests';
import { parseGuestCsv } from '../../../shared/guests/parse-guest-csv';
import { manualClock } from '../../../shared/ports/clock';
import { startTestDynamo, type TestDynamo } from '../../helpers/dynalite';
import event2020 from '../../../events/lll-2020-01.json';

let db: TestDynamo;
const clock = manualClock('2020-01-08T09:00:00+02:00');
const deps = () => ({ store: db.store, clock });
beforeAll(async () => {
  db = await startTestDynamo();
  await db.store.putEvent(parseEvent(event2020, 'lll-2020-01.json'), clock.now());
});
afterAll(async () => db.close());

const fixture = readFileSync(new URL('../../fixtures/csv/guests-ro-bom-semicolon.csv', import.meta.url));

describe('importGuests', () => {
  it('creates the valid rows as pending guests and reports the rest', async () => {
    const r = await importGuests(deps(), 'lll-2020-01', parseGuestCsv(fixture));
    expect(r).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: 1 });
    expect(r.errors.map((e) => e.line)).toEqual([4]);
    const guests = await db.store.listGuests('lll-2020-01');
    expect(guests.map((g) => [g.email, g.status, g.version])).toEqual([
      ['ana.muresan@example.ro', 'pending', 1],
      ['ion.popescu@example.org', 'pending', 1],
      ['stefan.taranu@example.org', 'pending', 1],
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const r = await importGuests(deps(), 'lll-2020-01', parseGuestCsv(fixture));
    expect(r).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('updates names in place on a corrected file, keeping status and blanks', async () => {
    const ion = (await db.store.getGuest('lll-2020-01', 'ion.popescu@example.org'))!;
    await db.store.updateGuest({ ...ion, status: 'yes', version: ion.version + 1 });
    clock.advance(60_000);
    const r = await importGuests(deps(), 'lll-2020-01', parseGuestCsv('E-mail;Nume;Limba\nion.popescu@example.org;Ion V. Popescu;en\n'));
    expect(r).toMatchObject({ created: 0, updated: 1 });
    const after = (await db.store.getGuest('lll-2020-01', 'ion.popescu@example.org'))!;
    expect(after).toMatchObject({ name: 'Ion V. Popescu', organization: 'Primăria Municipiului Timișoara', language: 'en', status: 'yes', version: 3 });
    expect(after.updatedAt).toBe(clock.now().toISOString());
  });

  it('completes a walk-in who replied before being imported', async () => {
    await db.store.createGuest(newGuest('lll-2020-01', 'walk@in.ro', clock.now(), { walkIn: true, status: 'yes' }));
    const r = await importGuests(deps(), 'lll-2020-01', parseGuestCsv('email,organization\nWalk@In.ro,Camera de Comerț\n'));
    expect(r.updated).toBe(1);
    expect(await db.store.getGuest('lll-2020-01', 'walk@in.ro')).toMatchObject({ organization: 'Camera de Comerț', status: 'yes', walkIn: true });
  });

  it('refuses an event that is not in the store', async () => {
    await expect(importGuests(deps(), 'nope', parseGuestCsv('email\na@x.ro\n'))).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
  });
});
