// The README's library example; `node examples/library.mjs` runs it (after `npm ci`).
import { extract, safeExtract } from 'dealsift';

const record = extract(
  { id: 'wire-1', text: 'Acme Corp said it agreed to acquire Widget Inc for 12.2 mln dlrs.' },
  { published: '1987-03-02' },
);
console.log(record.deal?.type, record.deal?.parties.map((p) => `${p.role}: ${p.name}`));
// acquisition [ 'acquirer: Acme Corp', 'target: Widget Inc' ]

const result = safeExtract({ id: 'page.html', html: '   ' });
if (!result.success) console.log(result.error.code, result.error.message);
// EMPTY_INPUT page.html: ...
