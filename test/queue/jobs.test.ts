/** What a queue job carries: stable ids, and inputs that survive the trip through JSON whole. */
import { describe, expect, it } from 'vitest';
import { DealsiftError, toErrorLine } from '../../src/errors.js';
import type { InputItem } from '../../src/io/inputs.js';
import { errorLineOf, fromJobData, jobIdFor, toJobData } from '../../src/queue/jobs.js';

const roundTrip = (item: InputItem, options = {}) => fromJobData(JSON.parse(JSON.stringify(toJobData(item, options))));

describe('jobIdFor', () => {
  it.each(['corpus/a.html', 'feed.jsonl:12', '12345', 'ünïcödé id', ''])('gives %j a stable id BullMQ accepts', (id) => {
    const j = jobIdFor(id);
    expect(j).toBe(jobIdFor(id));
    expect(j).toMatch(/^a[0-9a-f]{40}$/); // not an integer, no ":"
  });
  it('gives different inputs different ids', () => {
    expect(jobIdFor('corpus/a.html')).not.toBe(jobIdFor('corpus/b.html'));
    expect(jobIdFor('x')).not.toBe(jobIdFor('X'));
  });
});

describe('toJobData / fromJobData', () => {
  it('keeps raw page bytes exactly, whatever their charset', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0xe8, 0x00, 0xff, 0x3c, 0x2f, 0x70, 0x3e]); // Latin-1 bytes, a NUL, 0xff
    const back = roundTrip({ id: 'p.html', doc: { id: 'p.html', bytes } });
    expect(back.doc?.bytes).toEqual(bytes);
    expect(back.doc?.html).toBeUndefined();
  });
  it('keeps a sub-array of a larger buffer as its own bytes only', () => {
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const back = roundTrip({ id: 'p.html', doc: { id: 'p.html', bytes: whole.subarray(2, 4) } });
    expect([...(back.doc?.bytes ?? [])]).toEqual([3, 4]);
  });
  it.each([
    ['text', { id: 't', text: 'Acme agreed to buy Widget.\n\nSecond paragraph 😀.' }],
    ['html', { id: 'h', html: '<p>Acme agreed to buy Widget.</p>' }],
    ['metadata', { id: 'm', text: 'x', title: 'T', url: 'https://example.com/a', publishedAt: '1987-03-02' }],
    ['empty text', { id: 'e', text: '' }],
  ])('keeps a %s input whole', (_, doc) => {
    expect(roundTrip({ id: doc.id, doc }).doc).toEqual(doc);
  });
  it('carries the pipeline options only when some are set', () => {
    expect(toJobData({ id: 't', doc: { id: 't', text: 'x' } }).options).toBeUndefined();
    expect(toJobData({ id: 't', doc: { id: 't', text: 'x' } }, { published: '1987-03-02' }).options).toEqual({ published: '1987-03-02' });
  });
  it('turns an unreadable input into the very error line extract writes', () => {
    const err = new DealsiftError('READ_FAILED', 'nope.html', 'no such file or directory (ENOENT)');
    const data = JSON.parse(JSON.stringify(toJobData({ id: 'nope.html', error: err })));
    expect(errorLineOf(data)).toBe(JSON.stringify(toErrorLine('nope.html', err)));
    expect(errorLineOf(toJobData({ id: 'ok', doc: { id: 'ok', text: 'x' } }))).toBeNull();
    const back = fromJobData(data);
    expect(back.error?.code).toBe('READ_FAILED');
    expect(back.error?.message).toBe(err.message);
  });
  it('refuses data that is not a dealsift job, saying what it expected', () => {
    expect(() => fromJobData({} as never)).toThrow(/expected a dealsift job with a string "id"/);
  });
});
