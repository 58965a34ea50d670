/**
 * The user's example (copied from ../shared/seed/openai-microsoft-partnership.txt, so that the test
 * does not need ../shared): each party is exactly one organization entity with all its mentions.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { findEntities } from '../../src/extract/entities/index.js';

const TEXT = `OpenAI and Microsoft Redefine Partnership, Capping Revenue Share and Expanding Cloud Flexibility

OpenAI and Microsoft Revamp Partnership, Limiting Revenue Share and Expanding Cloud Access

OpenAI and Microsoft have announced a major update to their long-standing partnership, introducing a capped revenue-sharing structure while giving OpenAI greater flexibility to use multiple cloud providers.

Under the revised agreement, revenue share payments from OpenAI to Microsoft will continue until 2030 but will now be subject to a total cap. The companies said the arrangement will remain independent of OpenAI’s technological milestones, including the development of artificial general intelligence (AGI).

A key change in the deal is Microsoft’s revised role in OpenAI’s infrastructure strategy. While Microsoft remains OpenAI’s primary cloud provider, the AI company will now be allowed to distribute its products across other cloud platforms, including competitors such as Amazon Web Services and Google Cloud.

Microsoft will retain a 20% revenue share under the agreement, according to sources familiar with the deal. However, it will no longer pay OpenAI a revenue share, reflecting a broader restructuring of financial terms between the two companies.

Microsoft has invested more than $13 billion in OpenAI since 2019, making it one of the startup’s most significant backers. Despite the deep financial ties, the partnership has shown signs of strain as both companies increasingly compete in overlapping areas of the AI ecosystem.

In a recent internal memo, OpenAI’s revenue leadership acknowledged that the previous arrangement had limited its ability to serve enterprise customers across different platforms. The new agreement is intended to address those constraints and improve flexibility.

Microsoft will continue to hold a license to OpenAI’s intellectual property, including AI models, through 2032. However, the license will no longer be exclusive, allowing OpenAI to expand its reach through additional partnerships.

The announcement follows earlier revisions to the partnership structure made in October, when OpenAI completed a major recapitalization and committed to significant spending on Microsoft Azure services. At that time, Microsoft valued its stake in OpenAI’s for-profit arm at approximately $135 billion.

Since then, OpenAI has moved to diversify its infrastructure partnerships, signing major agreements with Amazon Web Services and other cloud providers. These developments reflect growing demand for large-scale computing power as AI systems become more complex and widely deployed.

Microsoft and OpenAI emphasized that despite the changes, their collaboration remains strong and central to both companies’ long-term strategies.

Share this article

Leave a Reply

Your email address will not be published. Required fields are marked *`;

/** Every occurrence of `word` as a whole word (not followed by a letter: "OpenAI’s" counts, "OpenAIx" not). */
function occurrences(word: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, 'gu');
  for (let m = re.exec(TEXT); m; m = re.exec(TEXT)) out.push(m.index);
  return out;
}

describe('entities: OpenAI and Microsoft partnership article', () => {
  const ents = findEntities(TEXT, analyze(TEXT));
  const byName = (name: string) => ents.filter((e) => e.name === name || e.aliases.includes(name));

  it.each(['OpenAI', 'Microsoft'])('%s is exactly one organization with every mention', (name) => {
    const found = byName(name);
    expect(found).toHaveLength(1);
    const e = found[0];
    expect(e.type).toBe('organization');
    expect(e.name).toBe(name);
    // "Microsoft Azure" is a product of its own, not a mention of Microsoft.
    const expected = occurrences(name).filter((i) => !TEXT.startsWith(`${name} Azure`, i));
    expect(e.mentions.map((m) => m.start)).toEqual(expected);
    for (const m of e.mentions) expect(m.text).toBe(name);
  });

  it('the curly possessive "OpenAI’s" is a mention of OpenAI without ’s', () => {
    const e = byName('OpenAI')[0];
    const i = TEXT.indexOf('OpenAI’s');
    const m = e.mentions.find((x) => x.start === i);
    expect(m).toEqual({ start: i, end: i + 'OpenAI'.length, text: 'OpenAI' });
  });

  it('names Amazon Web Services and Google Cloud as organizations, Microsoft Azure as a product', () => {
    expect(byName('Amazon Web Services').map((e) => [e.type, e.mentions.length])).toEqual([['organization', 2]]);
    expect(byName('Google Cloud').map((e) => e.type)).toEqual(['organization']);
    const azure = ents.filter((e) => e.name === 'Microsoft Azure' || e.name === 'Azure');
    expect(azure).toHaveLength(1);
    expect(['organization', 'product']).toContain(azure[0].type);
  });

  it('has no entity for AI, AGI, the headline phrases or the page boilerplate', () => {
    const names = ents.flatMap((e) => [e.name, ...e.aliases]);
    for (const junk of ['AI', 'AGI', 'Revenue Share', 'Partnership', 'Expanding Cloud Flexibility', 'Cloud Access', 'Share', 'Leave a Reply', 'Reply']) {
      expect(names).not.toContain(junk);
    }
    expect(ents.filter((e) => e.type === 'organization' && e.name === 'AGI')).toHaveLength(0);
  });

  it('has exactly these entities', () => {
    expect(ents.map((e) => `${e.id} ${e.type} ${e.name}`)).toEqual([
      'e1 organization OpenAI',
      'e2 organization Microsoft',
      'e3 organization Amazon Web Services',
      'e4 organization Google Cloud',
      'e5 product Microsoft Azure',
    ]);
  });
});
