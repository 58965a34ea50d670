/**
 * Bytes -> string: BOM first (UTF-8, UTF-16 LE/BE), then a charset given with the bytes (an HTTP
 * Content-Type header), then a charset declared in the page's first
 * bytes (<meta charset>, <meta http-equiv="Content-Type" content="...; charset=...">, an XML
 * declaration), then UTF-8. Legacy charsets are decoded by iconv-lite.
 */
import iconv from 'iconv-lite';
import { DealsiftError } from '../errors.js';

/** How many leading bytes are searched for a charset declaration (the HTML spec says 1024). */
const PRESCAN_BYTES = 4096;

/** Charset labels that browsers treat as another charset (WHATWG encoding standard). */
const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  // browsers decode these two as windows-1252, which is a superset of both
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
  // common misspellings and variants
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
  'x-sjis': 'shift_jis',
  'sjis': 'shift_jis',
  'ms_kanji': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  'gb2312': 'gbk',
};

export interface Decoded {
  text: string;
  /** The charset used, lower case ("utf-8", "windows-1252", ...). */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'meta' | 'default';
}

/** Find a charset declared in the first bytes of an HTML/XML page, or null. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  const xml = /<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  return null;
}

/** Normalize a charset label to one iconv-lite knows, or null when it knows none. */
export function normalizeCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  const name = CHARSET_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

/** True when the bytes look like a binary file rather than text (NUL bytes or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

/**
 * Decode the raw bytes of a page. `given` is a charset that came with the bytes (an HTTP header):
 * it wins over the page's own declaration when iconv-lite knows it. Throws BINARY_INPUT for bytes
 * that are not text.
 */
export function decodeBytes(bytes: Uint8Array, id: string, given?: string): Decoded {
  // byte order marks come first: they are unambiguous
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8'), charset: 'utf-8', source: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), charset: 'utf-16le', source: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), charset: 'utf-16be', source: 'bom' };
  }
  if (looksBinary(bytes)) {
    throw new DealsiftError('BINARY_INPUT', id, 'expected the bytes of an HTML or text page, got binary data (NUL or control bytes)');
  }
  const header = given ? normalizeCharset(given) : null;
  const declared = header ? null : sniffCharset(bytes);
  const charset = header ?? (declared ? normalizeCharset(declared) : null);
  const source = header ? 'header' : 'meta';
  // a page declaring UTF-16 without a BOM was necessarily transcoded already: read it as UTF-8
  if (charset && !charset.startsWith('utf-16') && charset !== 'utf-8') {
    return { text: iconv.decode(Buffer.from(bytes), charset), charset, source };
  }
  return { text: iconv.decode(Buffer.from(bytes), 'utf-8'), charset: 'utf-8', source: charset ? source : 'default' };
}
