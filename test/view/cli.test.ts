/** `dealsift view` and extract's `--format`, `--terms-csv` and `--bom`, as a user runs them. Needs the build. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/dealsift.js');

function dealsift(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = 'Acme buys Widget\n\nAcme Corp said on Monday it agreed to acquire Widget Inc for $500 million, or $12 a share, in cash.';
const NO_DEAL = 'Markets\n\nStocks rose 2% on Friday in New York.';

function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-view-'));
  writeFileSync(path.join(dir, 'a-deal.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'b-no-deal.txt'), NO_DEAL);
  writeFileSync(path.join(dir, 'c-empty.txt'), '  \n');
  return dir;
}

describe('dealsift view', () => {
  it('writes one HTML page for a batch: index, articles, the error; exit 1 for the failed input', () => {
    const dir = fixture();
    const r = dealsift(['view', '.', '-o', 'report.html', '--published', '2026-03-02'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/c-empty.txt/);
    expect(r.stderr).toMatch(/wrote report.html: 2 record\(s\), 1 with a deal, 1 error\(s\)/);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="index"');
    expect(html).toContain('No deal reported.');
    expect(html).toContain('EMPTY_INPUT');
    expect(html).toMatch(/class="badge type">acquisition</);
  });

  it('reads already extracted records with --records (records and error lines), writing to stdout', () => {
    const dir = fixture();
    const ex = dealsift(['extract', '.', '-q', '-o', 'out.jsonl'], { cwd: dir });
    expect(ex.code).toBe(1);
    writeFileSync(path.join(dir, 'out.jsonl'), `${readFileSync(path.join(dir, 'out.jsonl'), 'utf8')}{"id":"x","text":"not a record"}\n`);
    const r = dealsift(['view', '--records', 'out.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout.match(/<section class="article/g)).toHaveLength(4);
    expect(r.stdout).toContain('expected a record of schema version 1 or an error line');
  });

  it('exits 2 without inputs', () => {
    const r = dealsift(['view']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected inputs/);
  });

  it('--golden shows check\'s differences, the golden record beside the actual one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-golden-view-'));
    mkdirSync(path.join(dir, 'corpus'));
    writeFileSync(path.join(dir, 'corpus', 'acme.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'corpus', 'markets.txt'), NO_DEAL);
    expect(dealsift(['check', '--update'], { cwd: dir }).code).toBe(0);
    let r = dealsift(['view', '--golden', '-o', 'golden.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 of 2 corpus articles match/);
    const golden = path.join(dir, 'golden', 'acme.json');
    const rec = JSON.parse(readFileSync(golden, 'utf8'));
    rec.deal.status = 'completed';
    writeFileSync(golden, `${JSON.stringify(rec, null, 2)}\n`);
    r = dealsift(['view', '--golden', '-o', 'golden.html'], { cwd: dir });
    expect(r.code).toBe(1);
    const html = readFileSync(path.join(dir, 'golden.html'), 'utf8');
    expect(html).toMatch(/<td>deal\.status<\/td><td>&quot;completed&quot;<\/td><td>&quot;agreed&quot;<\/td>/);
    expect(html).toContain('expected (golden file)');
    expect(html.match(/<section class="article/g)).toHaveLength(2); // expected and actual of acme only
  });
});

describe('extract --format, --terms-csv, --bom', () => {
  it('csv: a header and one row per deal, or per record without one, or per error; a terms CSV beside it', () => {
    const dir = fixture();
    const r = dealsift(['extract', '.', '-q', '--format', 'csv', '--terms-csv', 'terms.csv', '--bom'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('\uFEFFid,deal,type,status,acquirer,target,')).toBe(true);
    const lines = r.stdout.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^a-deal.txt,0,acquisition,agreed,Acme Corp,Widget Inc,/);
    expect(lines[2]).toMatch(/^b-no-deal.txt,,,/);
    expect(lines[3]).toMatch(/^c-empty.txt,.*EMPTY_INPUT/);
    const terms = readFileSync(path.join(dir, 'terms.csv'), 'utf8');
    expect(terms.startsWith('\uFEFFid,deal,deal_type,term,kind,')).toBe(true);
  });

  it('json: one pretty array of every output line', () => {
    const dir = fixture();
    const r = dealsift(['extract', '.', '-q', '--format', 'json', '-o', 'out.json'], { cwd: dir });
    expect(r.code).toBe(1);
    const arr = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(arr.map((x: { id: string }) => x.id)).toEqual(['a-deal.txt', 'b-no-deal.txt', 'c-empty.txt']);
    expect(arr[2].error.code).toBe('EMPTY_INPUT');
  });

  it.each([
    [['--format', 'xml'], /allowed choices are jsonl, json, csv/i],
    [['--format', 'csv', '--resume', '-o', 'x.csv'], /--resume: works on JSONL output/],
    [['--format', 'json', '--pretty'], /--pretty/],
    [['--bom'], /--bom: applies to CSV output/],
  ])('usage error %j exits 2', (args, message) => {
    const r = dealsift(['extract', 'corpus', ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
