import { parseCsv, readEpisodes, CsvSyntaxError } from '../../apps/api/src/children/ssda903-import';
import { csvField } from '../../apps/api/src/reports/reports.service';
import {
  dataLimitProblem,
  findUnstorableString,
  isBoundedDate,
  jsonNestingExceeds,
} from '../../apps/api/src/common/input-limits';

describe('SSDA903 CSV through csv-parse', () => {
  it('numbers each row by the line it starts on, so a quoted newline does not shift the rows after it', () => {
    const records = parseCsv('CHILD,NOTE\r\nA1,"two\nlines"\r\nA2,x\r\n');
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'CHILD'],
      [2, 'A1'],
      [4, 'A2'],
    ]);
  });

  it('reports a quote never closed with the line it opened on, and imports nothing', () => {
    expect(() => parseCsv('CHILD,DOB\nA1,01/01/2015\nA2,"01/01/2015\nA3,01/01/2015\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('CHILD,DOB\nA1,01/01/2015\nA2,"01/01/2015\nA3,01/01/2015\n')).toThrow(/^Line 3: /);
    const read = readEpisodes('CHILD,DOB,LS,PLACE\nA1,01/01/2015,C2,U1\nA2,"01/01/2015,C2,U1\n');
    expect(read.episodes).toEqual([]);
    expect(read.headerProblem).toMatch(/Line 3: a quoted field opened here is never closed/);
  });

  it('rejects a CHILD a spreadsheet would evaluate, and dates outside 1900-2100', () => {
    const read = readEpisodes('CHILD,DOB,LS,PLACE\n=HYPERLINK(1),01/01/2015,C2,U1\nB1,01/01/1850,C2,U1\n');
    expect(read.rejected).toEqual([
      { row: 2, reason: 'CHILD must be 1 to 32 letters, digits or dashes' },
      { row: 3, reason: 'DOB "01/01/1850" is not a date (DD/MM/YYYY)' },
    ]);
  });
});

describe('the episodes-ceased export', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a\rb', '"a\rb"'],
    ['a,b', '"a,b"'],
    ['C0001', 'C0001'],
  ])('writes %j as %j', (value, written) => expect(csvField(value)).toBe(written));
});

describe('edge limits', () => {
  it('finds NUL and control characters anywhere, keeping line breaks only in free text', () => {
    expect(findUnstorableString({ carers: [{ firstName: 'a\u0000' }] })).toBe('carers.0.firstName');
    expect(findUnstorableString({ notes: 'line\nline\ttab' })).toBeUndefined();
    expect(findUnstorableString({ notes: 'a\u0000' })).toBe('notes');
    expect(findUnstorableString({ name: 'a\nb' })).toBe('name');
    expect(findUnstorableString({ ['k\u0001']: 1 })).toBe('k\u0001');
  });

  it('measures JSON depth on the raw text, ignoring brackets in strings', () => {
    expect(jsonNestingExceeds('['.repeat(2500) + ']'.repeat(2500), 16)).toBe(true);
    expect(jsonNestingExceeds(JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[' }), 16)).toBe(false);
  });

  it.each(['2025-02-30', '0000-01-01', '1899-12-31', '2101-01-01', '2025-13-01', '2025-1-01'])('refuses %s', (d) =>
    expect(isBoundedDate(d)).toBe(false),
  );
  it.each(['2024-02-29', '1900-01-01', '2100-12-31'])('accepts %s', (d) => expect(isBoundedDate(d)).toBe(true));

  it('caps free data in bytes, keys, depth and string length', () => {
    expect(dataLimitProblem({ panelDate: '2026-12-01' })).toBeUndefined();
    expect(dataLimitProblem({ big: 'x'.repeat(9000) })).toMatch(/bytes/);
    expect(dataLimitProblem(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i])))).toMatch(/keys/);
    expect(dataLimitProblem({ a: { b: { c: { d: { e: 1 } } } } })).toMatch(/levels/);
    expect(dataLimitProblem({ s: 'x'.repeat(4001) })).toMatch(/characters/);
  });
});
