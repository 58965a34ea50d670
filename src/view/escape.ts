/** HTML escaping for the report: every string that came from an article or a record goes through here. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for an HTML text node or a double-quoted attribute value. Lone UTF-16 surrogates
 * (which a span boundary can leave) become U+FFFD, so the output is always valid UTF-8.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A URL safe to put in an href: http(s) only, or null (javascript:, data: and the like are refused). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
}
