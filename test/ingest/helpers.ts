/** Builders for test pages: a realistic article body wrapped in whatever furniture a case needs. */

export const PARAGRAPHS = [
  'Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal that would create the largest maker of industrial sensors in North America.',
  'Under the terms of the agreement, Widget shareholders will receive $42 per share, a premium of 31% to the closing price on Monday. The boards of both companies have approved the transaction.',
  'Acme chief executive Jane Smith said the combination would bring together complementary product lines, and that the company expected annual cost savings of about $150 million by 2028.',
  'The deal is expected to close in the first half of next year, subject to regulatory approvals and a vote by Widget shareholders, the companies said in a joint statement.',
];

export function articleHtml(paragraphs: readonly string[] = PARAGRAPHS): string {
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

/** A page whose <article> holds the body, with `inside` placed after the paragraphs and `outside` after the article. */
export function page(opts: { head?: string; before?: string; inside?: string; outside?: string; body?: string; htmlAttrs?: string } = {}): string {
  return `<!DOCTYPE html><html${opts.htmlAttrs ?? ' lang="en"'}><head><meta charset="utf-8"><title>Acme to buy Widget | Example News</title>${opts.head ?? ''}</head>
<body>
<header class="site-header"><a href="/">Example News</a><nav><a href="/markets">Markets</a> <a href="/tech">Tech</a></nav></header>
<main>
${opts.before ?? ''}
<article class="story">
<h1>Acme to buy Widget for $2.1 billion</h1>
<div class="story-body">
${opts.body ?? articleHtml()}
${opts.inside ?? ''}
</div>
</article>
${opts.outside ?? ''}
</main>
<footer class="site-footer"><p>© 2026 Example News Ltd. All rights reserved.</p></footer>
</body></html>`;
}
