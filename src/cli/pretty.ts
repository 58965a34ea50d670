/** A human-readable view of a record, for `--pretty`. */
import type { DealRecord, Deal, Money } from '../schema/index.js';

function money(m: Money | null): string {
  if (!m) return '-';
  const q = m.qualifier ? `${m.qualifier.replace('_', ' ')} ` : '';
  return `${q}${m.value.toLocaleString('en-US')} ${m.currency ?? '?'}${m.perShare ? ' per share' : ''}  «${m.text}»`;
}

function deal(d: Deal, title: string): string[] {
  const lines = [`  ${title}: ${d.type}, status ${d.status ?? 'unknown'}`];
  for (const p of d.parties) lines.push(`    ${p.role.padEnd(9)} ${p.name}`);
  lines.push(`    value     ${d.valueUndisclosed ? 'undisclosed' : money(d.value)}`);
  for (const t of d.terms) {
    const facts = [
      ...t.parties.map((p) => `${p.role}=${p.name}`),
      ...t.money.map((m) => `${m.value} ${m.currency ?? ''}`.trim()),
      ...t.percentages.map((p) => `${p.value}%`),
      ...t.dates.map((x) => `${x.relation ? `${x.relation} ` : ''}${x.value}`),
    ];
    lines.push(`    term      ${t.negated ? 'NOT ' : ''}${t.kind}${facts.length ? ` [${facts.join(', ')}]` : ''}`);
  }
  return lines;
}

export function prettyRecord(r: DealRecord): string {
  const out = [`${r.id}${r.source.title ? ` — ${r.source.title}` : ''}`];
  if (r.source.publishedAt) out.push(`  published ${r.source.publishedAt}`);
  const ents = r.entities.map((e) => `${e.name} (${e.type}, ${e.mentions.length})`);
  out.push(`  entities: ${ents.join('; ') || '-'}`);
  out.push(`  money: ${r.money.map((m) => m.text).join('; ') || '-'}`);
  out.push(`  percentages: ${r.percentages.map((m) => m.text).join('; ') || '-'}`);
  out.push(`  dates: ${r.dates.map((m) => `${m.text} = ${m.value}`).join('; ') || '-'}`);
  if (!r.deal) out.push('  no deal reported');
  else out.push(...deal(r.deal, 'deal'));
  r.otherDeals.forEach((d, i) => out.push(...deal(d, `deal ${i + 2}`)));
  return `${out.join('\n')}\n`;
}
