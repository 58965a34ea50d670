/** CSV for spreadsheets (RFC 4180) and the streaming output formats of extract. */
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvRow, DEAL_COLUMNS, dealsCsv, TERM_COLUMNS, termsCsv } from '../../src/view/csv.js';
import { createFormatter } from '../../src/view/formats.js';
import type { ReportEntry } from '../../src/view/report.js';
import { acquisition, errorLine, record } from './records.js';

/** A strict RFC 4180 reader: rows of fields, CRLF line ends, quoted fields with doubled quotes. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quote');
        if (s[i] === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
        else if (s[i] === '"') break;
        else field += s[i++];
      }
      i++;
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`bare quote at ${i}`);
        field += s[i++];
      }
    }
    row.push(field);
    if (s[i] === ',') i++;
    else if (s.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2));
    else if (i < s.length) throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(s[i])}`);
  }
  if (row.length) throw new Error('last row without CRLF');
  return rows;
}

describe('csvField and csvRow', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [13000000000, '13000000000'],
    [-2.5, '-2.5'],
    [Number.NaN, ''],
    [true, 'true'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-', '-'],
    ['Société Générale 株式会社 😀', 'Société Générale 株式会社 😀'],
  ])('%j -> %s', (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it('ends rows with CRLF and round-trips through an RFC 4180 reader', () => {
    const cells = ['a,b', 'say "hi"', 'x\r\ny', '', 'plain'];
    expect(csvRow(cells).endsWith('\r\n')).toBe(true);
    expect(parseCsv(csvRow(cells))).toEqual([cells]);
  });
});

describe('dealsCsv and termsCsv', () => {
  const two = acquisition();
  two.id = 'two, "deals".txt';
  two.otherDeals = [{ ...two.deal!, type: 'divestiture', parties: [{ ...two.deal!.parties[0], role: 'seller' }], value: null, valueUndisclosed: true, terms: [] }];
  const entries: ReportEntry[] = [acquisition(), two, record('Nothing to see.'), errorLine];

  it('has one row per deal, one per record without a deal and one per error line', () => {
    const rows = parseCsv(dealsCsv(entries));
    expect(rows[0]).toEqual([...DEAL_COLUMNS]);
    expect(rows.every((r) => r.length === DEAL_COLUMNS.length)).toBe(true);
    const col = (r: string[], c: (typeof DEAL_COLUMNS)[number]) => r[DEAL_COLUMNS.indexOf(c)];
    const body = rows.slice(1);
    expect(body.map((r) => [col(r, 'id'), col(r, 'deal'), col(r, 'type')])).toEqual([
      ['hand.txt', '0', 'acquisition'],
      ['two, "deals".txt', '0', 'acquisition'],
      ['two, "deals".txt', '1', 'divestiture'],
      ['hand.txt', '', ''],
      ['broken.html', '', ''],
    ]);
    expect(col(body[0], 'acquirer')).toBe('Acme Corp');
    expect(col(body[0], 'target')).toBe('Widget Inc');
    expect(col(body[0], 'value')).toBe('500000000');
    expect(col(body[0], 'currency')).toBe('USD');
    expect(col(body[0], 'status')).toBe('agreed');
    expect(col(body[0], 'date')).toBe('2026-03-02');
    expect(col(body[2], 'seller')).toBe('Acme Corp');
    expect(col(body[2], 'value_undisclosed')).toBe('true');
    expect(col(body[4], 'error_code')).toBe('EMPTY_INPUT');
    expect(col(body[4], 'error_message')).toBe(errorLine.error.message);
  });

  it('puts the BOM first only when asked', () => {
    expect(dealsCsv(entries, { bom: true }).startsWith(`${BOM}id,`)).toBe(true);
    expect(dealsCsv(entries).startsWith('id,')).toBe(true);
  });

  it('has one term row per term of every deal', () => {
    const rows = parseCsv(termsCsv(entries));
    expect(rows[0]).toEqual([...TERM_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[10]])).toEqual([
      ['hand.txt', 'closing', '2027'],
      ['two, "deals".txt', 'closing', '2027'],
    ]);
  });
});

describe('createFormatter', () => {
  const run = (format: 'jsonl' | 'json' | 'csv', es: ReportEntry[]) => {
    const f = createFormatter(format);
    return f.begin() + es.map((e) => f.entry(e)).join('') + f.end();
  };

  it.each([0, 1, 3])('json: a valid, pretty array of %i entries', (n) => {
    const es = [acquisition(), errorLine, record('x')].slice(0, n);
    const out = run('json', es);
    expect(JSON.parse(out)).toEqual(es);
    expect(out.endsWith(']\n')).toBe(true);
  });

  it('jsonl: one line per entry; csv: the same rows as dealsCsv', () => {
    const es = [acquisition(), errorLine];
    expect(run('jsonl', es).split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(es);
    expect(run('csv', es)).toBe(dealsCsv(es));
  });
});
