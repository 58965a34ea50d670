/** --resume's file repair: ids already written, and a valid JSONL file to append to. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareResume } from '../../src/batch/resume.js';

const file = (content: string) => {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'dealsift-resume-')), 'out.jsonl');
  writeFileSync(f, content);
  return f;
};
const lines = ['{"id":"a","text":"x"}', '{"id":"b","error":{"code":"EMPTY_INPUT","message":"b: empty"}}', '{"id":"c é","text":"y"}'];

describe('prepareResume', () => {
  it('collects the ids of whole lines, records and error lines alike, and leaves a whole file alone', async () => {
    const f = file(`${lines.join('\n')}\n`);
    const s = await prepareResume(f);
    expect([...s.ids]).toEqual(['a', 'b', 'c é']);
    expect(s).toMatchObject({ lines: 3, dropped: 0 });
    expect(readFileSync(f, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('counts the lines of each id, for inputs that share one', async () => {
    const f = file(`${lines[0]}\n${lines[1]}\n${lines[0]}\n`);
    const s = await prepareResume(f);
    expect([...s.counts]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('drops a truncated last line left by an interrupted run', async () => {
    const cut = '{"id":"d","text":"an interrupted wri';
    const f = file(`${lines.join('\n')}\n${cut}`);
    const s = await prepareResume(f);
    expect(s.ids.has('d')).toBe(false);
    expect(s).toMatchObject({ lines: 3, dropped: Buffer.byteLength(cut) });
    expect(readFileSync(f, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('completes a whole last line that lacks only its newline', async () => {
    const f = file(lines.join('\n'));
    const s = await prepareResume(f);
    expect(s.ids.has('c é')).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('starts afresh on an empty file (a run killed before its first line, or a file made by the shell)', async () => {
    const f = file('');
    const s = await prepareResume(f);
    expect(s).toEqual({ ids: new Set(), counts: new Map(), lines: 0, dropped: 0 });
    expect(readFileSync(f, 'utf8')).toBe('');
  });

  it('empties a file that holds only a truncated first line', async () => {
    const f = file('{"id":"a","te');
    const s = await prepareResume(f);
    expect(s).toEqual({ ids: new Set(), counts: new Map(), lines: 0, dropped: 13 });
    expect(readFileSync(f, 'utf8')).toBe('');
  });

  it('starts afresh when the file does not exist', async () => {
    const s = await prepareResume(path.join(tmpdir(), 'dealsift-no-such-dir', 'out.jsonl'));
    expect(s).toEqual({ ids: new Set(), counts: new Map(), lines: 0, dropped: 0 });
  });
});
