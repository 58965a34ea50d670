/** The progress bar (on a terminal only), the summary line, and the input count behind the bar's total. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BatchProgress, countInputs, summaryLine } from '../../src/batch/progress.js';

function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let out = '';
  const w = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  }) as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
  w.isTTY = true;
  w.columns = 120;
  return { stream: w, text: () => out };
}

describe('BatchProgress', () => {
  it('draws done/total, the rate and an ETA on a terminal, with log lines above it', () => {
    const t = fakeTerminal();
    const p = new BatchProgress(t.stream, true);
    p.setTotal(10);
    p.tick();
    p.tick();
    p.tick();
    p.log('dealsift: x.txt: empty');
    p.stop();
    expect(t.text()).toMatch(/3\/10 \| [\d.]+ articles\/s \| ETA/);
    expect(t.text()).toContain('dealsift: x.txt: empty');
  });

  it('writes nothing but log lines when disabled (--quiet, or not a terminal)', () => {
    const t = fakeTerminal();
    const p = new BatchProgress(t.stream, false);
    p.setTotal(10);
    p.tick();
    p.log('dealsift: x.txt: empty');
    p.stop();
    expect(t.text()).toBe('dealsift: x.txt: empty\n');
  });
});

describe('summaryLine', () => {
  it('counts records, errors, deals, skipped inputs and the rate', () => {
    expect(summaryLine({ records: 1998, errors: 2, deals: 1500, skipped: 0 }, 10_000)).toBe('dealsift: 1998 records, 2 errors, 1500 deals found in 10.0 s (200.0 articles/s)');
    expect(summaryLine({ records: 1, errors: 0, deals: 0, skipped: 5 }, 500, 'ingest')).toBe('dealsift: 1 record, 0 errors, 5 skipped (already in the output) in 0.5 s (2.0 articles/s)');
  });
});

describe('countInputs', () => {
  it('counts articles in directories and the non-blank lines of JSONL files; unknown for stdin', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-count-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'a.html'), '<p>a</p>');
    writeFileSync(path.join(dir, 'sub', 'b.txt'), 'b');
    writeFileSync(path.join(dir, 'notes.md'), '#');
    writeFileSync(path.join(dir, 'c.jsonl'), '{"id":"1","text":"x"}\n\n{"id":"2","text":"y"}\n{"id":"3","text":"z"}');
    expect(await countInputs([dir])).toBe(5);
    expect(await countInputs(['missing.txt', dir], dir)).toBe(6);
    expect(await countInputs(['-'])).toBeNull();
  });
});
