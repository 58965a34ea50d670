/** Plain-text input: title line, paragraphs, boilerplate trimming, wire sign-offs, dateline dates. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '..', '..', 'corpus');
const SEED = fs.readFileSync(path.join(corpus, 'openai-microsoft-partnership.txt'), 'utf8');

describe('the user example (corpus/openai-microsoft-partnership.txt)', () => {
  const a = ingest({ id: 'seed', text: SEED });

  it('takes the first line as the title and keeps it as the first paragraph (a headline is part of the article)', () => {
    expect(a.title).toBe('OpenAI and Microsoft Redefine Partnership, Capping Revenue Share and Expanding Cloud Flexibility');
    expect(a.text.startsWith(`${a.title}\n\n`)).toBe(true);
    expect(a.blocks[0]).toEqual({ start: 0, end: a.title!.length, kind: 'title' });
  });

  it('keeps the subtitle as the first paragraph after the title', () => {
    expect(a.text.slice(a.blocks[1].start).startsWith('OpenAI and Microsoft Revamp Partnership, Limiting Revenue Share and Expanding Cloud Access\n\n')).toBe(true);
  });

  it('drops the three trailing boilerplate lines and nothing else', () => {
    expect(a.text).not.toMatch(/Share this article|Leave a Reply|Your email address|Required fields/);
    expect(a.text.endsWith('central to both companies’ long-term strategies.')).toBe(true);
    expect(a.blocks).toHaveLength(12);
    expect(a.text).toContain('Microsoft will retain a 20% revenue share under the agreement');
  });

  it('has block spans that index exactly into the text', () => {
    const joined = a.blocks.map((b) => a.text.slice(b.start, b.end)).join('\n\n');
    expect(joined).toBe(a.text);
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(a.text.slice(b.start, b.end).trim());
  });

  it('is deterministic', () => {
    expect(ingest({ id: 'seed', text: SEED })).toEqual(a);
  });

  it('has no date (the text states none) unless one is given', () => {
    expect(a.publishedAt).toBeNull();
    expect(ingest({ id: 's', text: SEED }, { published: '2026-11-03' }).publishedAt).toBe('2026-11-03');
    expect(ingest({ id: 's', text: SEED, publishedAt: '2026-11-04' }, { published: '2026-11-03' }).publishedAt).toBe('2026-11-04');
  });
});

const BODY = 'Acme Corp said on Tuesday it agreed to buy Widget Holdings for $2.1 billion in cash.\n\nThe deal is expected to close next year.';

/** [case, input text, expected body text] */
const TRIM: [string, string, string][] = [
  ['leading share line', `Share this article\n\n${BODY}`, BODY],
  ['trailing share + comments', `${BODY}\n\nShare this article\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *`, BODY],
  ['trailing lines without blank lines between', `${BODY}\n\nShare this article\nLeave a Reply`, BODY],
  ['related line', `${BODY}\n\nRelated: Widget names new chief executive`, BODY],
  // another story's headline under a label, inside the article too, and a list of them at its end
  ['related line inside', `${BODY}\n\nREAD MORE: Harwood Group buys Lindell Foods for $2bn\n\n${BODY}`, `${BODY}\n\n${BODY}`],
  ['related heading and list at the end', `${BODY}\n\n${BODY}\n\nYou may also like:\nBrant Capital invests $30m in Nexio`, `${BODY}\n\n${BODY}`],
  ['thanks for subscribing', `Thank you for subscribing!\n\n${BODY}`, BODY],
  ['newsletter line', `${BODY}\n\nSign up for our free Deals newsletter here`, BODY],
  ['click here to subscribe', `${BODY}\n\nClick here to subscribe`, BODY],
  ['follow us', `${BODY}\n\nFollow us on LinkedIn and X`, BODY],
  ['advertisement marker inside', `Acme Corp said on Tuesday it agreed to buy Widget Holdings for $2.1 billion in cash.\n\nAdvertisement\n\nThe deal is expected to close next year.`, BODY],
  ['copyright line', `${BODY}\n\n© 2026 Example News. All rights reserved.`, BODY],
  ['wire sign-off line', `${BODY}\n\nReuter`, BODY],
  ['leading byline with a date', `By Lucas Ferreira | April 14, 2026\n\n${BODY}`, BODY],
  ['leading wire credit with a date', `The Canadian Press Published Oct. 5, 2026\n\n${BODY}`, BODY],
  ['leading section label', `Companies · Chemicals\n\n${BODY}`, BODY],
  ['trailing reporting credit', `${BODY}\n\n(Reporting by Dana Whitfield in Chicago; Editing by Mark Ostrowski)`, BODY],
  ['press-release trailer', `${BODY}\n\nAbout Acme\n\nAcme Corp is a leading maker of sensors.\n\nContacts\n\nJane Roe, +1 555 0100`, BODY],
  ['a leading paragraph starting with "By"', `By March 2027, Acme expects to have closed the deal.\n\n${BODY}`, `By March 2027, Acme expects to have closed the deal.\n\n${BODY}`],
  ['wire sign-off glued to the last paragraph', `${BODY} REUTER`, BODY],
  // negative cases: prose that mentions the vocabulary stays
  ['a paragraph mentioning comments', `${BODY}\n\nAcme declined to comment, and Widget did not respond to requests for comments.`, `${BODY}\n\nAcme declined to comment, and Widget did not respond to requests for comments.`],
  ['a paragraph mentioning share price', `${BODY}\n\nWidget's share price rose 28% on the news.`, `${BODY}\n\nWidget's share price rose 28% on the news.`],
  ['a last paragraph about Reuters', `${BODY}\n\nReuters first reported the talks last week.`, `${BODY}\n\nReuters first reported the talks last week.`],
  ['a leading sentence about a newsletter', `The company disclosed the talks in a newsletter to its employees on Friday.\n\n${BODY}`, `The company disclosed the talks in a newsletter to its employees on Friday.\n\n${BODY}`],
];

describe('plain-text boilerplate trimming', () => {
  it.each(TRIM)('%s', (_name, input, expected) => {
    const a = ingest({ id: 't', text: `Acme to buy Widget\n\n${input}` });
    expect(a.title).toBe('Acme to buy Widget');
    expect(a.text).toBe(`Acme to buy Widget\n\n${expected}`);
  });
});

describe('plain-text structure', () => {
  it('skips boilerplate lines before the title', () => {
    const a = ingest({ id: 't', text: `Share this article\n\nAcme to buy Widget\n\n${BODY}` });
    expect(a.title).toBe('Acme to buy Widget');
    expect(a.text).toBe(`Acme to buy Widget\n\n${BODY}`);
  });

  it('joins hard-wrapped lines inside a paragraph', () => {
    const a = ingest({ id: 't', text: 'Acme to buy Widget\n\nAcme Corp said it agreed\nto buy Widget Holdings\nfor $2.1 billion.\n\nThe deal closes next year.' });
    expect(a.title).toBe('Acme to buy Widget');
    expect(a.text).toBe('Acme to buy Widget\n\nAcme Corp said it agreed to buy Widget Holdings for $2.1 billion.\n\nThe deal closes next year.');
  });

  it('splits indented wire copy after a title line into paragraphs', () => {
    const a = ingest({ id: 't', text: 'ACME TO BUY WIDGET\n\n    Acme Corp said it agreed to buy\nWidget Holdings for $2.1 billion.\n    The deal closes next year.\n Reuter' });
    expect(a.text).toBe('ACME TO BUY WIDGET\n\nAcme Corp said it agreed to buy Widget Holdings for $2.1 billion.\n\nThe deal closes next year.');
  });

  it('joins no boilerplate line to the prose around it (short lines, no blank lines)', () => {
    const a = ingest({ id: 't', text: 'Advertisement\nAcme to buy Widget\nPublished 4 hours ago\nShare\nAcme Corp has bought Widget Holdings for $2.1bn, the firms said.' });
    expect(a.text).toBe('Acme to buy Widget\n\nAcme Corp has bought Widget Holdings for $2.1bn, the firms said.');
    const b = ingest({ id: 't', text: 'Photo: Reuters\nAcme Corp logo is seen at its headquarters. REUTERS/File Photo\nAcme Corp agreed on Tuesday to buy Widget Holdings for $2 billion.' });
    expect(b.text).toBe('Acme Corp agreed on Tuesday to buy Widget Holdings for $2 billion.');
  });

  it('splits indented wire copy without blank lines into paragraphs', () => {
    const a = ingest({ id: 't', text: '    Acme Corp said it agreed to buy\nWidget Holdings for $2.1 billion.\n    The deal closes next year.\n Reuter' });
    expect(a.text).toBe('Acme Corp said it agreed to buy Widget Holdings for $2.1 billion.\n\nThe deal closes next year.');
  });

  it('marks bulleted lines as list blocks', () => {
    const a = ingest({ id: 't', text: 'Terms of the deal:\n- $42 per share in cash\n- closing expected in 2027' });
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list']);
    expect(a.text).toBe('Terms of the deal:\n\n$42 per share in cash\n\nclosing expected in 2027');
  });

  it('uses a given title, and keeps the first line as the title paragraph only when it is that title', () => {
    expect(ingest({ id: 't', text: `Acme to buy Widget\n\n${BODY}`, title: 'Acme to buy Widget' }).blocks[0].kind).toBe('title');
    const other = ingest({ id: 't', text: `Acme Corp said on Tuesday.\n\n${BODY}`, title: 'Something else' });
    expect(other.title).toBe('Something else');
    expect(other.text.startsWith('Acme Corp said on Tuesday.')).toBe(true);
  });

  it('collapses whitespace inside a block, drops invisible characters, composes accents (NFC)', () => {
    expect(ingest({ id: 't', text: 'Acme   Corp\u00a0agreed\tto buy Wid\u00adget\u200b.' }).text).toBe('Acme Corp agreed to buy Widget.');
    expect(ingest({ id: 't', text: 'Societe\u0301 Ge\u0301ne\u0301rale agreed.' }).text).toBe('Societ\u00e9 G\u00e9n\u00e9rale agreed.');
  });
});

/** [text, expected publishedAt] */
const DATELINES: [string, string | null][] = [
  ['Acme buys Widget\n\nNEW YORK, March 3, 1987 - Acme Corp said it agreed to buy Widget.', '1987-03-03'],
  ['Acme buys Widget\n\nBy Jane Doe | 3 March 1987\n\nAcme Corp said it agreed to buy Widget.', '1987-03-03'],
  ['Acme buys Widget\n\nNEW YORK, March 2 - Acme Corp said it agreed to buy Widget.', null],
  ['Acme buys Widget\n\nAcme Corp said it agreed to buy Widget, which it first approached in May.', null],
  ['Acme buys Widget\n\nTuesday, March 3, 1987 10:43 AM\n\nAcme Corp said it agreed to buy Widget.', '1987-03-03'],
  ['Acme buys Widget\n\nThe Canadian Press Published Oct. 5, 2026\n\nAcme Corp said it agreed to buy Widget.', '2026-10-05'],
  ['Acme buys Widget\n\nLONDON (Reuters) 3 March 1987 - Acme Corp said it agreed to buy Widget.', '1987-03-03'],
  // negative: a date inside the prose is not the publication date
  ['Acme buys Widget\n\nThe tender offer ended Feb 27, 1987, the company said.', null],
  ['Acme buys Widget\n\nAcme Corp said the fiscal year ending September 30, 1987 would show a loss.', null],
  ['Results for the year ended Dec 31, 1986\n\nAcme Corp said it earned 5 mln dlrs.', null],
];

describe('plain-text dateline dates', () => {
  it.each(DATELINES)('%s', (text, expected) => {
    expect(ingest({ id: 't', text }).publishedAt).toBe(expected);
  });
});

describe('plain-text author (byline at the start, wire credit at the end)', () => {
  const P = 'Acme Corp agreed on Tuesday to buy Widget Holdings for $2.1 billion in cash, the companies said, in a deal that would create the largest maker of sensors.';
  /** [byline or credit line, where, expected author] */
  const CASES: [string, 'start' | 'end', string | null][] = [
    ['By Harriet Colley, Industry Correspondent', 'start', 'Harriet Colley'],
    ['By Lucas Ferreira | April 14, 2026', 'start', 'Lucas Ferreira'],
    ['By Giulia Ferrante in Milan and Henrik Baumann in Frankfurt', 'start', 'Giulia Ferrante; Henrik Baumann'],
    ['By Marisa Oduya', 'start', 'Marisa Oduya'],
    ['(Reporting by Dana Whitfield in Chicago; Editing by Mark Ostrowski)', 'end', 'Dana Whitfield'],
    // negative cases
    ['By Reuters Staff', 'start', null],
    ['(Editing by Mark Ostrowski)', 'end', null],
  ];
  it.each(CASES)('%s', (line, where, expected) => {
    const body = where === 'start' ? `${line}\n\n${P}\n\n${P}` : `${P}\n\n${P}\n\n${line}`;
    const a = ingest({ id: 't', text: `Acme to buy Widget\n\n${body}` });
    expect(a.author).toBe(expected);
    expect(a.text).not.toContain(line); // the byline line is removed, the author kept
    expect(a.text).toContain(P);
  });

  it('does not read a paragraph starting with "By" as a byline', () => {
    const a = ingest({ id: 't', text: `Acme to buy Widget\n\nBy the end of the year, Acme expects to close the deal, it said on Tuesday.\n\n${P}` });
    expect(a.author).toBeNull();
    expect(a.text).toContain('By the end of the year');
  });

  it('removes a stock-quote line inside the article and keeps prices in sentences', () => {
    const a = ingest({ id: 't', text: `Acme to buy Widget\n\n${P}\n\nORNO US $33.51 +0.42% Last close\n\nOrinoco shares rose 14% to $38.20 in late trading.\n\n${P}` });
    expect(a.text).not.toContain('ORNO US');
    expect(a.text).toContain('Orinoco shares rose 14% to $38.20');
  });
});

/** [first line, read as a title?]: a headline is short and does not end as a sentence does. */
const TITLE_LINES: [string, boolean][] = [
  ['Harwood to buy Lindell for $410m', true],
  ['Toyota and Panasonic to establish EV battery JV', true],
  ['Is Harwood about to buy Lindell?', true],
  ['Harwood buys Lindell Foods Inc.', true],
  ['HARLAN INDUSTRIES <HRLN> TO BUY 51 PCT OF COBBETT', true],
  // negative: a lead sentence, a clause, a long line
  ['Harwood Group has completed its purchase of Lindell Foods for $410m.', false],
  ['Following last week’s approval by both sets of shareholders.', false],
  ['The deal, which was announced in May:', false],
  [`Harwood ${'and its many partners '.repeat(6)}buy Lindell`, false],
];

describe('a title line followed by a byline or a date line, without a blank line', () => {
  it.each([
    ['Acme to buy Widget\n07 Aug 2012\nAcme Corp said on Tuesday it agreed to buy Widget Holdings for $2.1 billion in cash, in a deal that would create the largest maker of sensors.', '2012-08-07'],
    ['Acme to buy Widget\nBy Marisa Oduya\nAcme Corp said on Tuesday it agreed to buy Widget Holdings for $2.1 billion in cash, in a deal that would create the largest maker of sensors.', null],
  ])('%s', (text, date) => {
    const a = ingest({ id: 't', text });
    expect(a.title).toBe('Acme to buy Widget');
    expect(a.text.startsWith('Acme to buy Widget\n\nAcme Corp said on Tuesday')).toBe(true);
    expect(a.publishedAt).toBe(date);
  });
  it('is no title when the next line is prose', () => {
    const a = ingest({ id: 't', text: 'Acme to buy Widget\nAcme Corp said on Tuesday it agreed to buy Widget Holdings for $2.1 billion in cash, in a deal that would create the largest maker of sensors.' });
    expect(a.title).toBeNull();
  });
});

describe('the first line as a title', () => {
  it.each(TITLE_LINES)('%s -> %s', (line, isTitle) => {
    const a = ingest({ id: 't', text: `${line}\n\n${BODY}` });
    expect(a.title).toBe(isTitle ? line : null);
    expect(a.text).toBe(`${line}\n\n${BODY}`);
    expect(a.blocks[0].kind).toBe(isTitle ? 'title' : 'paragraph');
  });
});

describe('a scraper date stamp before the first line', () => {
  it('is removed and read as the publication date', () => {
    const a = ingest({ id: 't', text: ` date 2014-11-12 STOCKHOLM, Nov 12 (Reuters) - Acme Corp said it agreed to buy Widget.\n\n${BODY}` });
    expect(a.publishedAt).toBe('2014-11-12');
    expect(a.text.startsWith('STOCKHOLM, Nov 12 (Reuters) - Acme Corp')).toBe(true);
  });
  it('is removed alone on its line, with the boilerplate after it, and read as the publication date', () => {
    const a = ingest({ id: 't', text: `date 2022-06-14\nAdvertisement\nRELATED: Harwood Group buys Lindell Foods for $2bn\n\nAcme to buy Widget\n\n${BODY}` });
    expect(a.publishedAt).toBe('2022-06-14');
    expect(a.title).toBe('Acme to buy Widget');
    expect(a.text).toBe(`Acme to buy Widget\n\n${BODY}`);
  });
  it('is removed on the line after a stray line when it says what it is; the stray line stays', () => {
    const a = ingest({ id: 't', text: `Tesla shares slide as deliveries miss forecasts\ndate 2019-05-06 MILAN (Reuters) - Acme Corp said it agreed to buy Widget.\n\n${BODY}` });
    expect(a.publishedAt).toBe('2019-05-06');
    expect(a.text.startsWith('Tesla shares slide as deliveries miss forecasts\n\nMILAN (Reuters) - Acme Corp')).toBe(true);
    // (without its keyword a date there is the text's own)
    expect(ingest({ id: 't', text: `Acme results\n2019-05-06 was a good day for Acme Corp, which agreed to buy Widget.\n\n${BODY}` }).text).toContain('2019-05-06 was a good day');
  });
  it('leaves a date inside the first sentence alone, and yields to a given date', () => {
    expect(ingest({ id: 't', text: `On 2014-11-12 Acme Corp said it agreed to buy Widget.\n\n${BODY}` }).text.startsWith('On 2014-11-12 Acme')).toBe(true);
    expect(ingest({ id: 't', text: `date 2014-11-12 Acme Corp said it agreed to buy Widget.`, publishedAt: '2015-01-02' }).publishedAt).toBe('2015-01-02');
  });
});

describe('a stray line before wrapped wire copy', () => {
  it('is a headline of its own before a wire dateline, not the first line of the lead', () => {
    const a = ingest({ id: 't', text: 'Tesla shares slide as deliveries miss forecasts\nTOKYO, March 30 Marubeni Corp said on\nFriday it will buy 30 percent of the project.\nMarubeni will pay A$3.5 billion.' });
    expect(a.text.startsWith('Tesla shares slide as deliveries miss forecasts\n\nTOKYO, March 30 Marubeni Corp said on Friday')).toBe(true);
  });
  it('stays in the lead when the next line is no dateline', () => {
    const a = ingest({ id: 't', text: 'Marubeni Corp said on Friday that a consortium of\nPOSCO and STX will buy 30 percent of the project\nfrom Hancock Prospecting for A$3.5 billion.' });
    expect(a.text).toBe('Marubeni Corp said on Friday that a consortium of POSCO and STX will buy 30 percent of the project from Hancock Prospecting for A$3.5 billion.');
  });
  it('goes when it is a bare address or an image path, or a site menu', () => {
    const a = ingest({ id: 't', text: `https://cdn.example.com/uploads/image/2019/06/photo-1467740798.png)\nHome\nMarkets\nSubscribe\nAcme Corp said it agreed to buy Widget Holdings for $2.1 billion in cash, its largest deal in a decade, on Tuesday.\n\n${BODY}` });
    expect(a.text.startsWith('Acme Corp said it agreed')).toBe(true);
  });
});

describe('line breaks in text that was never hard-wrapped', () => {
  const LONG = 'Acme Corp said on Tuesday that it agreed to buy Widget Holdings for $2.1 billion in cash, its largest deal in a decade.';
  it('ends a paragraph at every line break when a line runs past any wrap width', () => {
    const a = ingest({ id: 't', text: `Acme to take Widget private for $2.1 billion\n07 Aug 2012\n${LONG}\nThe deal closes next year.` });
    expect(a.text).toBe(`Acme to take Widget private for $2.1 billion\n\n${LONG}\n\nThe deal closes next year.`);
  });
  it('still joins hard-wrapped wire lines', () => {
    const a = ingest({ id: 't', text: 'Acme Corp said it\ncompleted the sale of its unit, Widget Inc, to Gadget\nHoldings Inc and Beta Holdings Inc.' });
    expect(a.text).toBe('Acme Corp said it completed the sale of its unit, Widget Inc, to Gadget Holdings Inc and Beta Holdings Inc.');
  });
  it("drops a news agency's credit line at the start", () => {
    const a = ingest({ id: 't', text: `Acme buys Widget\n\nThe Canadian Press\nPublished Oct. 5, 2026\n\n${LONG}` });
    expect(a.text).toBe(`Acme buys Widget\n\n${LONG}`);
    expect(a.publishedAt).toBe('2026-10-05');
  });
});

describe('a scraped first line with the byline, share widgets or a section label glued in', () => {
  it.each([
    // a byline and its date between the headline and the lead
    ['Acme buys sensor maker for $2.1bn By Marisa Oduya March 4, 2021 Acme Corp said on Tuesday it had bought Widget Holdings.', 'Acme buys sensor maker for $2.1bn', '2021-03-04'],
    ['Acme buys sensor maker By Marisa Oduya and Tomas Reyes 4 March 2021 Acme Corp said on Tuesday it had bought Widget Holdings.', 'Acme buys sensor maker', '2021-03-04'],
    // the writer's role and a time stamp instead of "By"
    ['Acme buys sensor maker Marisa Oduya, Staff Writer Published 9:00 am EST, Thursday, March 4, 2021 Acme Corp said on Tuesday it had bought Widget Holdings.', 'Acme buys sensor maker', '2021-03-04'],
    // a section label before the headline
    ['Business | Acme buys sensor maker By Marisa Oduya March 4, 2021 Acme Corp said on Tuesday it had bought Widget Holdings.', 'Acme buys sensor maker', '2021-03-04'],
  ])('%s', (text, title, date) => {
    const a = ingest({ id: 't', text });
    expect(a.title).toBe(title);
    expect(a.text).toBe(`${title}\n\nAcme Corp said on Tuesday it had bought Widget Holdings.`);
    expect(a.publishedAt).toBe(date);
  });
  it('drops share widgets glued before the lead', () => {
    const a = ingest({ id: 't', text: 'Share this article Share on Facebook Share on Twitter Acme Corp said on Tuesday it had bought Widget Holdings.' });
    expect(a.text).toBe('Acme Corp said on Tuesday it had bought Widget Holdings.');
  });
  it.each([
    // "By" in a sentence, with no date after the name
    'Acme Corp was bought By Widget Holdings in 2019, the company said.',
    // a lead sentence before the byline is no headline: nothing is cut
    'Acme Corp said on Tuesday it had bought Widget Holdings for $2.1 billion in cash. By Marisa Oduya March 4, 2021 More to come.',
  ])('leaves alone: %s', (text) => {
    expect(ingest({ id: 't', text }).text).toBe(text);
  });
  it.each([
    // a site name after the headline is no section label
    ['Acme Buys Widget | Reuters', 'Acme Buys Widget | Reuters'],
    ['Acme buys Widget | Reuters', 'Acme buys Widget | Reuters'],
  ])('keeps the title %s', (line, title) => {
    expect(ingest({ id: 't', text: `${line}\n\nAcme Corp said on Tuesday it had bought Widget Holdings.` }).title).toBe(title);
  });
});
