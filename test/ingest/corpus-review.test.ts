/**
 * The corpus review's ingest findings, one row per corpus article: author, site name, and what the
 * text must (not) hold. The rules behind them are general (see byline.ts, boilerplate.ts); these
 * rows pin their effect on the real pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
const read = (slug: string) => {
  const file = fs.readdirSync(corpus).find((f) => f.startsWith(`${slug}.`))!;
  const raw = fs.readFileSync(path.join(corpus, file));
  return ingest(file.endsWith('.txt') ? { id: slug, text: raw.toString('utf8') } : { id: slug, bytes: raw });
};

/** [slug, author, siteName (undefined: not checked), text must contain, text must not contain] */
const ROWS: [string, string | null, string | null | undefined, string[], string[]][] = [
  ['calder-northern-pipeline-divestiture', 'Harriet Colley', undefined, [], ['By Harriet Colley']],
  ['pellucid-ortega-revenue-sharing', 'Lucas Ferreira', undefined, [], ['By Lucas Ferreira']],
  ['rossano-vellmar-minority-stake', 'Giulia Ferrante; Henrik Baumann', undefined, [], ['By Giulia']],
  ['markets-chipmakers-rally-no-deal', 'Marisa Oduya', undefined, [], ['By Marisa']],
  ['halvorsen-bluewater-merger-of-equals', 'Dana Whitfield', undefined, [], ['Reporting by']],
  ['tatsumi-greyfield-hydrogen-joint-venture', 'Ryan Delacorte', 'Gulf & Grid', [], ['By Ryan']],
  ['oberon-castellan-sweetened-bid', 'Sophie Marlow', 'Lodging Ledger', [], []],
  ['velatrix-orinoco-rumored-bid-denied', 'Nadia Farouk; Ben Hollis', 'Ticker & Tape',
    ['Chipmaker has worked with advisers on a possible offer\n\nVelatrix denies it is in discussions with Orinoco\n\nVelatrix Semiconductor Inc. has explored',
      'Orinoco shares jumped 14% to $38.20'],
    ['ORNO US', '$33.51', 'Last close']],
  ['rheinfeld-vandermeer-hostile-tender-offer', 'Anouk de Graaf', 'Benelux Business Today', ['Vandermeer shares rose 6.2%'],
    ['in brief', 'Founded: 1898', 'Employees: 9,400', 'Listed: Euronext Amsterdam']],
  ['aldermoor-kisaragi-licensing', null, 'NewsDesk Wire', ['About ALD-417\n\nALD-417 is an oral, once-daily inhibitor'],
    ['About Aldermoor', 'About Kisaragi', 'Forward-Looking', 'forward-looking statements', 'Contacts', 'Investor Relations', 'SOURCE']],
  ['openai-microsoft-partnership-page', 'Daniel Okafor', 'TechLedger', ['OpenAI and Microsoft Revamp Partnership, Limiting Revenue Share'], []],
];

describe('corpus review: ingest findings', () => {
  it.each(ROWS)('%s', (slug, author, siteName, has, hasNot) => {
    const a = read(slug);
    expect(a.author).toBe(author);
    if (siteName !== undefined) expect(a.siteName).toBe(siteName);
    for (const s of has) expect(a.text).toContain(s);
    for (const s of hasNot) expect(a.text).not.toContain(s);
  });

  it('keeps the press release title free of the site-name suffix', () => {
    expect(read('aldermoor-kisaragi-licensing').title).toBe('Aldermoor Therapeutics Enters Exclusive Worldwide Licence Agreement with Kisaragi Pharmaceutical for ALD-417');
  });
});
