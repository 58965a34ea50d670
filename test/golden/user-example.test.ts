/**
 * The user's example article (revised OpenAI/Microsoft partnership) must come out right, as plain
 * text and as a furnished HTML page. Each assertion names one fact of the article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, type DealRecord, type Term } from '../../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (f: string) => readFileSync(path.join(root, 'corpus', f));

const variants: [string, () => DealRecord, string][] = [
  ['plain text', () => extract({ id: 'txt', text: read('openai-microsoft-partnership.txt').toString('utf8') }), 'XXXX-10'],
  ['HTML page', () => extract({ id: 'html', bytes: new Uint8Array(read('openai-microsoft-partnership-page.html')) }), '2026-10'],
];

describe.each(variants)('the user example (%s)', (_name, run, october) => {
  const rec = run();
  const deal = rec.deal!;
  const nameOf = (id: string | null) => rec.entities.find((e) => e.id === id)?.name;
  const roles = (t: Term | undefined) => (t ? t.parties.map((p) => `${p.role}:${nameOf(p.entity) ?? p.name}`).sort() : []);
  const terms = (kind: string, negated = false) => deal.terms.filter((t) => t.kind === kind && t.negated === negated);

  it('is a revised partnership between OpenAI and Microsoft, both organizations', () => {
    expect(deal.type).toBe('partnership');
    expect(deal.status).toBe('revised');
    const parties = deal.parties.map((p) => rec.entities.find((e) => e.id === p.entity));
    expect(parties.map((e) => e?.name).sort()).toEqual(['Microsoft', 'OpenAI']);
    expect(parties.every((e) => e?.type === 'organization')).toBe(true);
    expect(deal.parties.every((p) => p.role === 'partner')).toBe(true);
    expect(deal.value).toBeNull();
  });

  it('has one entity each for OpenAI and Microsoft, with every mention', () => {
    for (const name of ['OpenAI', 'Microsoft']) {
      const es = rec.entities.filter((e) => e.name === name);
      expect(es).toHaveLength(1);
      const count = rec.text.split(name).length - 1;
      expect(es[0].mentions.length).toBeGreaterThanOrEqual(count - 1);
    }
  });

  it('has a 20% revenue share paid by OpenAI to Microsoft until 2030, subject to a cap', () => {
    const share = terms('revenue_share').find((t) => t.percentages.some((p) => p.value === 20));
    expect(roles(share)).toEqual(['payee:Microsoft', 'payer:OpenAI']);
    expect(share!.dates.map((d) => [d.value, d.relation])).toContainEqual(['2030', 'until']);
    const cap = terms('cap')[0];
    expect(cap).toBeDefined();
    expect(roles(cap)).toEqual(['payee:Microsoft', 'payer:OpenAI']);
  });

  it('says Microsoft no longer pays OpenAI a revenue share', () => {
    const off = terms('revenue_share', true)[0];
    expect(roles(off)).toEqual(['payee:OpenAI', 'payer:Microsoft']);
    expect(off.text).toMatch(/no longer pay/);
  });

  it("gives Microsoft a licence to OpenAI's IP through 2032, no longer exclusive", () => {
    const lic = terms('licence')[0];
    expect(roles(lic)).toEqual(['licensee:Microsoft', 'licensor:OpenAI']);
    expect(lic.dates.map((d) => [d.value, d.relation])).toContainEqual(['2032', 'until']);
    const excl = terms('exclusivity', true)[0];
    expect(excl).toBeDefined();
    expect(roles(excl)).toEqual(['licensee:Microsoft', 'licensor:OpenAI']);
  });

  it('keeps Microsoft as primary cloud provider while OpenAI may use AWS and Google Cloud', () => {
    const cloud = terms('cloud_provider');
    const primary = cloud.find((t) => /primary cloud provider/.test(t.text));
    expect(roles(primary)).toEqual(expect.arrayContaining(['provider:Microsoft', 'customer:OpenAI', 'provider:Amazon Web Services', 'provider:Google Cloud']));
  });

  it('records more than $13 billion invested by Microsoft in OpenAI since 2019', () => {
    const inv = terms('investment')[0];
    expect(roles(inv)).toEqual(['investee:OpenAI', 'investor:Microsoft']);
    expect(inv.money.map((m) => [m.value, m.currency, m.qualifier])).toContainEqual([13e9, 'USD', 'more_than']);
    expect(inv.dates.map((d) => [d.value, d.relation])).toContainEqual(['2019', 'since']);
  });

  it('records the stake valued at about $135 billion', () => {
    const val = terms('valuation')[0];
    expect(val.money.map((m) => [m.value, m.currency, m.qualifier])).toContainEqual([135e9, 'USD', 'approx']);
    expect(roles(val)).toEqual(['investee:OpenAI', 'investor:Microsoft']);
  });

  it(`records the October recapitalization as ${october}, never an invented year`, () => {
    const recap = terms('recapitalization')[0];
    expect(roles(recap)).toEqual(['other:OpenAI']);
    expect(recap.dates.map((d) => d.value)).toEqual([october]);
  });

  it('leaves the page boilerplate out of the text', () => {
    expect(rec.text).not.toMatch(/Share this article|Leave a Reply|Your email address|Required fields/);
    // (the plain text keeps its title line as its first paragraph; the page's title is apart from its text)
    const body = rec.source.title && rec.text.startsWith(`${rec.source.title}\n\n`) ? rec.text.slice(rec.source.title.length + 2) : rec.text;
    expect(body).toMatch(/^OpenAI and Microsoft Revamp Partnership/);
    expect(rec.text).toMatch(/long-term strategies\.$/);
  });
});
