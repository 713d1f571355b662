import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanAddress } from '../../../shared/guests/clean-address';
import { splitCsvRecords, sniffDelimiter } from '../../../shared/guests/csv-records';
import { resolveColumns } from '../../../shared/guests/guest-columns';
import { parseGuestCsv } from '../../../shared/guests/parse-guest-csv';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url));

describe('parseGuestCsv on files as Excel writes them', () => {
  it('reads a ";" UTF-8-BOM list: bad row by line, duplicate merged, diacritics kept', () => {
    const r = parseGuestCsv(fixture('guests-ro-bom-semicolon.csv'));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.delimiter).toBe(';');
    expect(r.rows.map((g) => [g.line, g.email])).toEqual([
      [2, 'ion.popescu@example.org'],
      [3, 'stefan.taranu@example.org'],
      [5, 'ana.muresan@example.ro'],
    ]);
    expect(r.rows[1]).toMatchObject({ name: 'Ștefan Țăranu', organization: 'Asociația "Învățăm împreună", Timișoara', language: 'ro' });
    expect(r.rows[2]).toMatchObject({ name: 'Ana Mureșan', language: 'en' });
    expect(r.errors).toEqual([{ line: 4, reason: 'not a valid e-mail address: "nu-este-o-adresa"' }]);
    expect(r.duplicates).toEqual([{ line: 6, firstLine: 2, email: 'ion.popescu@example.org' }]);
    expect(r.warnings).toEqual([]);
  });

  it('detects windows-1250, joins Prenume + Nume, skips blank rows, reports a missing address', () => {
    const r = parseGuestCsv(fixture('guests-ro-cp1250.csv'));
    expect(r.encoding).toBe('windows-1250');
    expect(r.rows.map((g) => [g.line, g.email, g.name, g.organization, g.language])).toEqual([
      [2, 'stefan.taranu@example.org', 'Ştefan Ţăranu', 'Direcţia de Cultură', 'ro'],
      [3, 'marioara.isfan@example.ro', 'Mărioara Işfan', 'Camera de Comerţ', null],
    ]);
    expect(r.errors).toEqual([{ line: 5, reason: 'missing e-mail address' }]);
  });

  it('reads a "," list with English headers in another order, quoted commas and "Name <address>"', () => {
    const r = parseGuestCsv(fixture('guests-en-comma.csv'));
    expect(r.encoding).toBe('utf-8');
    expect(r.delimiter).toBe(',');
    expect(r.rows.map((g) => [g.email, g.name, g.organization, g.language])).toEqual([
      ['jane.doe@example.com', 'Jane Doe', 'Timișoara City Hall, ECoC-SME', 'en'],
      ['andrei@learn-build-share.example', 'Andrei Munteanu', 'Learn Build Share', 'ro'],
      ['kaunas@example.lt', 'Rūta K.', 'Kaunas 2022', 'en'],
    ]);
    expect(r.errors).toEqual([{ line: 5, reason: 'missing e-mail address' }]);
    expect(r.ignoredColumns).toEqual(['Phone']);
  });
});

describe('line numbers and odd files', () => {
  it('counts physical lines through quoted line breaks and blank lines', () => {
    const r = parseGuestCsv('email;nume\r\n"a@x.ro";"Ion\r\nPopescu"\r\n\r\nbad;Y\n"b@x.ro";Z\n');
    expect(r.rows.map((g) => [g.line, g.name])).toEqual([
      [2, 'Ion Popescu'],
      [6, 'Z'],
    ]);
    expect(r.errors).toEqual([{ line: 5, reason: 'not a valid e-mail address: "bad"' }]);
  });

  it('keeps the rows before an unclosed quote and reports where it opened', () => {
    const r = parseGuestCsv('email,name\na@x.ro,A\nb@x.ro,"B\nc@x.ro,C\n');
    expect(r.rows.map((g) => g.email)).toEqual(['a@x.ro']);
    expect(r.errors).toEqual([{ line: 3, reason: expect.stringContaining('never closed') }]);
  });

  it('honours an Excel "sep=" line', () => {
    const r = parseGuestCsv('sep=,\nemail;x;y,name\na@x.ro;1;2,A\n');
    expect(r.delimiter).toBe(',');
    expect(r.errors).toEqual([{ line: 2, reason: expect.stringContaining('no e-mail column') }]);
    // "nume;prenume" is one header here ("Nume prenume"), since the delimiter is ",".
    const ok = parseGuestCsv('sep=,\nemail,nume;prenume\na@x.ro,Ion;X\n');
    expect(ok.rows).toEqual([{ line: 3, email: 'a@x.ro', name: 'Ion;X', organization: null, language: null }]);
  });

  it('fails the file, not a row, without an e-mail column', () => {
    const r = parseGuestCsv('nume;organizație\nIon;Primăria\n');
    expect(r.rows).toEqual([]);
    expect(r.errors[0]).toMatchObject({ line: 1, reason: expect.stringContaining('no e-mail column') });
    expect(parseGuestCsv(new Uint8Array()).errors).toEqual([{ line: 1, reason: 'the file is empty' }]);
  });

  it('warns about an unknown language and a conflicting duplicate, keeping the first', () => {
    const r = parseGuestCsv('email,name,language\na@x.ro,Ana,fr\nA@X.RO,Anna,\n');
    expect(r.rows).toEqual([{ line: 2, email: 'a@x.ro', name: 'Ana', organization: null, language: null }]);
    expect(r.warnings.map((w) => w.line)).toEqual([2, 3]);
  });
});

describe('pieces', () => {
  it('maps headers case- and diacritics-insensitively, in any order', () => {
    expect(resolveColumns(['LIMBĂ', 'Instituție', 'Adresă', 'Nume și prenume']).index).toEqual({ language: 0, organization: 1, email: 2, name: 3 });
    expect(resolveColumns(['E-Mail Address', 'Organisation', 'Full name']).index).toEqual({ email: 0, organization: 1, name: 2 });
  });

  it('normalises addresses people paste', () => {
    expect(cleanAddress(' MAILTO:Ion.Popescu@Primaria.RO ')).toEqual({ ok: true, email: 'ion.popescu@primaria.ro' });
    expect(cleanAddress('"Popescu, Ion" <ion@x.ro>')).toEqual({ ok: true, email: 'ion@x.ro' });
    expect(cleanAddress('ion @ x.ro\u00a0')).toEqual({ ok: true, email: 'ion@x.ro' });
    expect(cleanAddress('a@x.ro; b@x.ro')).toMatchObject({ ok: false, reason: expect.stringContaining('more than one') });
    expect(cleanAddress('')).toEqual({ ok: false, reason: 'missing e-mail address' });
  });

  it('sniffs the delimiter from the header, ignoring quoted ones', () => {
    expect(sniffDelimiter('"a;b",c,d\n')).toBe(',');
    expect(sniffDelimiter('nume;email\n')).toBe(';');
    expect(sniffDelimiter('email\tname\n')).toBe('\t');
    expect(splitCsvRecords('a;"x""y";\n', ';').records).toEqual([{ line: 1, fields: ['a', 'x"y', ''] }]);
  });
});
