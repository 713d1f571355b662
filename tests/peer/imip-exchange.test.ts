import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { understand } from '../../shared/understanding/understand';

// Two real Exchange 2010 iMIP replies from a German client (mkbrechtel/calmailproc, Apache-2.0; see COPYING there).
const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = path.resolve(repoRoot, '../shared/peer/imip-exchange');

describe('peer: Exchange iMIP replies', () => {
  it('test-05-2.eml: an accept with an empty body and an empty COMMENT', async () => {
    const u = await understand(readFileSync(path.join(dir, 'test-05-2.eml')));
    expect(u).toMatchObject({ kind: 'calendar', intent: 'yes', headcount: 1, bounced: null });
    expect(u.calendar).toEqual({ method: 'REPLY', partstat: 'ACCEPTED', attendee: 'markus.brechtel@uk-koeln.de', uid: '0e4a0959-e1c7-4c5a-b353-d7abbd8ca8ac', comment: null });
    expect(u.facts.subject).toBe('Akzeptiert: Einladung: Test 5');
  });

  it('test-06-2.eml: a decline whose comment is the text', async () => {
    const u = await understand(readFileSync(path.join(dir, 'test-06-2.eml')));
    expect(u).toMatchObject({ kind: 'calendar', intent: 'no', headcount: null, text: 'no, sorry' });
    expect(u.calendar).toMatchObject({ partstat: 'DECLINED', attendee: 'markus.brechtel@uk-koeln.de', comment: 'no, sorry' });
  });
});
