/** Character encodings of raw page bytes, and the errors for empty, binary and text-less input. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DealsiftError } from '../../src/errors.js';
import { decodeBytes, ingest, safeIngest, sniffCharset } from '../../src/ingest/index.js';

const SENTENCE_FR = 'La société française a acquis 20 % du capital pour 3,5 millions d’euros — une première.';
const SENTENCE_DE = 'Die Übernahme durch die Müller GmbH für 12 Mio. € ist abgeschlossen.';
const SENTENCE_JA = 'ソフトバンクは米国の半導体企業を約3兆円で買収すると発表した。';

const htmlWith = (head: string, text: string): string =>
  `<html><head>${head}<title>t</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`;

/** [case, bytes, sentence that must come out intact] */
const CASES: [string, Uint8Array, string][] = [
  ['UTF-8 without BOM, no declaration', Buffer.from(htmlWith('', SENTENCE_FR), 'utf8'), SENTENCE_FR],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(htmlWith('', SENTENCE_DE), 'utf8')]), SENTENCE_DE],
  ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(htmlWith('', SENTENCE_JA), 'utf-16le')]), SENTENCE_JA],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(htmlWith('', SENTENCE_DE), 'utf-16be')]), SENTENCE_DE],
  ['windows-1252 via <meta charset>', iconv.encode(htmlWith('<meta charset="windows-1252">', SENTENCE_DE), 'windows-1252'), SENTENCE_DE],
  ['ISO-8859-1 via http-equiv (decoded as windows-1252)', iconv.encode(htmlWith('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'Société Générale paid 3½ million'), 'latin1'), 'Société Générale paid 3½ million'],
  ['windows-1252 curly quotes and euro', iconv.encode(htmlWith('<meta charset="windows-1252">', '“Acme” paid €5 million – a record'), 'windows-1252'), '“Acme” paid €5 million – a record'],
  ['ISO-8859-15', iconv.encode(htmlWith('<meta charset="iso-8859-15">', SENTENCE_DE), 'iso-8859-15'), SENTENCE_DE],
  ['Shift_JIS via http-equiv', iconv.encode(htmlWith('<meta http-equiv="content-type" content="text/html;charset=Shift_JIS">', SENTENCE_JA), 'shift_jis'), SENTENCE_JA],
  ['EUC-JP via <meta charset>', iconv.encode(htmlWith('<meta charset="EUC-JP">', SENTENCE_JA), 'euc-jp'), SENTENCE_JA],
];

describe('charsets', () => {
  it.each(CASES)('%s', (_name, bytes, sentence) => {
    const a = ingest({ id: 'b', bytes });
    expect(a.text).toBe(`${sentence}\n\n${sentence}`);
  });

  it('sniffs declarations', () => {
    expect(sniffCharset(Buffer.from('<meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(sniffCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(sniffCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><html>'))).toBe('iso-8859-1');
    expect(sniffCharset(Buffer.from('<html><body>no declaration</body></html>'))).toBeNull();
  });

  it('reads an unknown declared charset as UTF-8', () => {
    const d = decodeBytes(Buffer.from(htmlWith('<meta charset="x-no-such-charset">', SENTENCE_FR), 'utf8'), 'b');
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(SENTENCE_FR);
  });

  it('reads bytes without any HTML tag as a plain-text file (title line, paragraphs)', () => {
    const a = ingest({ id: 't', bytes: iconv.encode('Acme to buy Widget\n\nAcme Corp agreed to buy Widget.\n\nThe deal closes in 2027.\n\nShare this article\n', 'utf8') });
    expect(a.title).toBe('Acme to buy Widget');
    expect(a.text).toBe('Acme to buy Widget\n\nAcme Corp agreed to buy Widget.\n\nThe deal closes in 2027.');
  });

  it('decodes HTML entities', () => {
    const a = ingest({ id: 'e', html: '<html><body><article><p>AT&amp;T paid &pound;5&nbsp;million &#8212; &ldquo;a record&rdquo; &#x2013; for H&eacute;lios, the companies said on Monday.</p></article></body></html>' });
    expect(a.text).toBe('AT&T paid £5 million — “a record” – for Hélios, the companies said on Monday.');
  });
});

/** [case, input, expected error code] */
const ERRORS: [string, Parameters<typeof ingest>[0], string][] = [
  ['no content at all', { id: 'x' }, 'EMPTY_INPUT'],
  ['empty text', { id: 'x', text: '' }, 'EMPTY_INPUT'],
  ['whitespace-only text', { id: 'x', text: ' \n\t\n ' }, 'EMPTY_INPUT'],
  ['whitespace-only html', { id: 'x', html: '   ' }, 'EMPTY_INPUT'],
  ['zero bytes', { id: 'x', bytes: new Uint8Array(0) }, 'EMPTY_INPUT'],
  ['PNG bytes', { id: 'x', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) }, 'BINARY_INPUT'],
  ['gzip bytes', { id: 'x', bytes: Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0]) }, 'BINARY_INPUT'],
  ['text with NUL characters', { id: 'x', text: 'PK\u0003\u0004\u0000\u0000binary' }, 'BINARY_INPUT'],
  ['a page with no article text', { id: 'x', html: '<html><body><nav><a href="/">Home</a></nav><script>var a = 1;</script></body></html>' }, 'NO_TEXT'],
  ['text that is only a title and boilerplate', { id: 'x', text: 'Share this article\n\nLeave a Reply' }, 'NO_TEXT'],
  ['two kinds of content', { id: 'x', text: 'a', html: '<p>a</p>' }, 'UNSUPPORTED_INPUT'],
];

describe('errors', () => {
  it.each(ERRORS)('%s -> %s', (_name, input, code) => {
    let caught: unknown;
    try {
      ingest(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DealsiftError);
    const e = caught as DealsiftError;
    expect(e.code).toBe(code);
    expect(e.input).toBe('x');
    expect(e.message).toMatch(/^x: expected /);
  });

  it('safeIngest returns errors as data', () => {
    const r = safeIngest({ id: 'x', text: '' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('EMPTY_INPUT');
    const ok = safeIngest({ id: 'y', text: 'Acme buys Widget for $5 million, the company said.' });
    expect(ok.success).toBe(true);
  });
});
