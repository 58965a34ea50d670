/** Reading a batch: one item per input, sorted directories, symlink loops cut, JSONL errors named. */
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeText, linesOf, parseJsonlLine, readInputs, type InputItem } from '../../src/io/inputs.js';

async function collect(gen: AsyncGenerator<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('readInputs', () => {
  it('walks directories recursively in sorted order, skipping other file types and symlink loops', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-io-'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', 'z.txt'), 'z');
    writeFileSync(path.join(dir, 'a.html'), '<p>a</p>');
    writeFileSync(path.join(dir, 'c.jsonl'), '{"id":"j1","text":"x"}\n\n{"id":"j2","html":"<p>y</p>"}\n');
    writeFileSync(path.join(dir, 'notes.md'), '#');
    symlinkSync(dir, path.join(dir, 'b', 'loop'));
    const items = await collect(readInputs([dir], { cwd: dir }));
    expect(items.map((i) => i.id)).toEqual(['a.html', 'b/z.txt', 'j1', 'j2']);
    expect(items.every((i) => !i.error)).toBe(true);
  });

  it('names a file type it does not read, and a missing path, as errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-io-'));
    writeFileSync(path.join(dir, 'x.pdf'), '%PDF');
    const items = await collect(readInputs(['x.pdf', 'missing.txt'], { cwd: dir }));
    expect(items.map((i) => i.error?.code)).toEqual(['UNSUPPORTED_INPUT', 'READ_FAILED']);
    expect(items[0].error?.message).toMatch(/expected a \.html, \.htm, \.txt or \.jsonl file/);
  });

  it('expands a quoted glob in sorted order, and names a glob that matches nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dealsift-io-'));
    mkdirSync(path.join(dir, 'p'));
    writeFileSync(path.join(dir, 'p', 'b.html'), '<p>b</p>');
    writeFileSync(path.join(dir, 'p', 'a.html'), '<p>a</p>');
    writeFileSync(path.join(dir, 'p', 'c.txt'), 'c');
    const items = await collect(readInputs(['p/*.html', 'q/*.html'], { cwd: dir }));
    expect(items.map((i) => i.id)).toEqual(['p/a.html', 'p/b.html', 'q/*.html']);
    expect(items[2].error?.message).toMatch(/no file matches/);
  });

  it('reads standard input as one article, or as JSONL', async () => {
    const one = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('Some text.')]) }));
    expect(one).toMatchObject([{ id: '-', doc: { text: 'Some text.' } }]);
    const many = await collect(readInputs(['-'], { jsonl: true, stdin: Readable.from([Buffer.from('{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n')]) }));
    expect(many.map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('linesOf', () => {
  const lines = async (chunks: (string | Buffer)[]) => {
    const out: string[] = [];
    for await (const l of linesOf(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))))) out.push(l);
    return out;
  };
  const euro = Buffer.from('€'); // three bytes
  it.each([
    ['LF and CRLF', ['a\nb\r\nc\n'], ['a', 'b', 'c']],
    ['a last line without newline', ['a\nb'], ['a', 'b']],
    ['blank lines kept (the reader skips them)', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['a line across chunks', ['{"id":', '"x","te', 'xt":"y"}\nz'], ['{"id":"x","text":"y"}', 'z']],
    ['a character split across chunks', [Buffer.concat([Buffer.from('a'), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('b\n')])], ['a€b']],
    ['a CR that is not before LF stays', ['a\rb\n'], ['a\rb']],
    ['nothing', [], []],
  ] as [string, (string | Buffer)[], string[]][])('%s', async (_, chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('reads no further ahead than the line taken (backpressure)', async () => {
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 10_000; i++) {
          pulled++;
          yield Buffer.from(`{"id":"n${i}","text":"${'x'.repeat(1000)}"}\n`);
        }
      })(),
      { highWaterMark: 1 },
    );
    const it = linesOf(source);
    for (let i = 0; i < 5; i++) await it.next();
    // readline read ahead up to 1,024 lines; here only the stream's own small buffer is ahead
    expect(pulled).toBeLessThan(50);
    await it.return(undefined);
  });
});

describe('parseJsonlLine', () => {
  const bad: [string, RegExp][] = [
    ['not json', /expected a JSON object per line/],
    ['[1,2]', /expected a JSON object per line/],
    ['{"text":"x"}', /non-empty string "id"/],
    ['{"id":"a"}', /exactly one of "html" or "text"/],
    ['{"id":"a","text":"x","html":"y"}', /got both/],
    ['{"id":"a","text":"x","publishedAt":5}', /"publishedAt" to be a string/],
    ['{"id":"a","text":"x","lang":"en"}', /unexpected field "lang"/],
  ];
  it.each(bad)('%s', (line, message) => {
    const item = parseJsonlLine(line, 'f.jsonl:3');
    expect(item.error?.code).toBe('BAD_JSONL');
    expect(item.error?.message).toMatch(message);
    expect(item.error?.message).toMatch(/f\.jsonl:3|^a:/);
  });
  it('keeps the optional fields', () => {
    expect(parseJsonlLine('{"id":"a","text":"x","title":"T","url":"u","publishedAt":"2026-01-02"}', 'f:1').doc).toEqual({ id: 'a', text: 'x', title: 'T', url: 'u', publishedAt: '2026-01-02' });
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM and UTF-16 with BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toBe('aé');
    expect(decodeText(new Uint8Array([0x61, 0xc3, 0xa9]))).toBe('aé');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0, 0xe9, 0]))).toBe('aé');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0xe9]))).toBe('aé');
  });
});
