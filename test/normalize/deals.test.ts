/**
 * The normalize stage on its own: hand-made mentions in, deal out. Positive and negative tables
 * for the deal rules (parties and roles from sentence structure), status, value and terms.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { normalize } from '../../src/normalize/index.js';
import type { Article } from '../../src/types.js';
import { handMentions, type HandMentions } from '../helpers.js';

function run(text: string, h: HandMentions, publishedAt: string | null = null) {
  const article: Article = { id: 't', text, blocks: [], title: null, publishedAt, author: null, siteName: null, url: null, language: 'en' };
  return normalize(article, handMentions(text, h), analyze(text));
}

const roles = (d: ReturnType<typeof run>['deal']) => (d ? d.parties.map((p) => `${p.role}:${p.name}`).sort() : null);

describe('deal rules: parties and roles from the sentence', () => {
  const cases: { text: string; orgs: string[]; people?: string[]; places?: string[]; type: string | undefined; parties: string[] | null }[] = [
    { text: 'Acme Corp agreed to acquire Widget Inc for $500 million.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc will be acquired by Acme Corp, the companies said.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it agreed to acquire 51 pct of Widget Inc from Beta Holdings.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings', 'target:Widget Inc'] },
    // a new owner found; the speaker's own deal fronted before ", X said"
    { text: 'Widget Inc has found a new owner in Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Its acquisition of Widget Inc will close in May, Acme Corp said.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'The sale of its valve unit to Beta Holdings will close in May, Acme Corp said.', orgs: ['Acme Corp', 'Beta Holdings'], type: 'divestiture', parties: ['acquirer:Beta Holdings', 'seller:Acme Corp', 'target:valve unit'] },
    // its owners sell a company ("their business"): the company is sold, the owners sell it
    { text: 'The owners of Widget Inc have sold the business to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:The owners of Widget Inc', 'target:Widget Inc'] },
    { text: 'The family behind US chain Widget Inc has sold their business to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:The family behind US chain Widget Inc', 'target:Widget Inc'] },
    // a company sold, its buyer in a sentence of its own
    { text: 'Widget Inc has been sold. The buyer is Acme Corp, which paid a premium.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a state buys a stake as a company does
    { text: 'Qatar agreed to buy a 10% stake in Widget Inc for $300 million.', orgs: ['Widget Inc'], places: ['Qatar'], type: 'stake_change', parties: ['acquirer:Qatar', 'target:Widget Inc'] },
    // a company named like a town buys a company by its name
    { text: 'Suzano agreed to buy Widget Inc for $10 billion.', orgs: ['Widget Inc'], places: ['Suzano'], type: 'acquisition', parties: ['acquirer:Suzano', 'target:Widget Inc'] },
    // (past auxiliaries and an adverb; or raising its offer for a company described first)
    { text: 'Suzano has now agreed to buy Widget Inc for $10 billion.', orgs: ['Widget Inc'], places: ['Suzano'], type: 'acquisition', parties: ['acquirer:Suzano', 'target:Widget Inc'] },
    { text: 'Suzano has today sweetened its offer for payment company Widget Inc to about $247 million.', orgs: ['Widget Inc'], places: ['Suzano'], type: 'acquisition', parties: ['acquirer:Suzano', 'target:Widget Inc'] },
    // an earlier deal that the sentence sets the deal beside opens nothing
    { text: 'The deal comes a week after rival Beta Capital bought Gamma Labs. Acme Corp agreed to buy Widget Inc for $1 billion.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital', 'Gamma Labs'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a deal in a fronted clause of time is the past the main clause's deal follows
    { text: 'After Beta Capital bought Gamma Labs last year, Acme Corp agreed to acquire Widget Inc for $50 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital', 'Gamma Labs'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'After Acme Corp agreed to buy Widget Inc for $50 million, its shares rose 5%.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a buyer found, an owner now, a company sold for its price to its buyer
    { text: 'Widget Inc has found a buyer in Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc is now owned by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc sold for $2 billion to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the target named before the noun of a bid that its bidder weighs
    { text: 'Acme Corp said to weigh Widget Inc bid', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp is preparing a new Widget Inc offer, people familiar with the matter said.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a company acting through its affiliate, unit or funds is the party
    { text: 'An affiliate of Acme Corp has agreed to acquire Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Funds managed by Acme Capital have agreed to acquire Widget Inc.', orgs: ['Acme Capital', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Capital', 'target:Widget Inc'] },
    { text: 'Subsidiaries of Acme Corp said they sold their entire stake in Widget Inc back to the company.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // the active perfect of "take over"
    { text: 'Acme Corp has taken over Widget Inc, the firm behind the Crunchy brand.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // "the company" sold is the company named before it, none of the other sides
    { text: 'Widget Inc founder Jane Roe sold the company to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Jane Roe', 'target:Widget Inc'] },
    // the bidder before the noun of its bid (headline grammar): rejected, raised
    { text: 'Widget Inc rejects Acme Corp bid', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc turned down the Acme Corp offer on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp raises Widget Inc offer after rival bid', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // two names joined by a hyphen before "merger"
    { text: 'Regulators approved the Acme Corp-Widget Inc merger on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // a name inside a relative clause after the subject is not what is bought
    { text: 'Widget Inc, which makes Gamma Co ice cream, said it had agreed to be taken over by Acme Corp.', orgs: ['Widget Inc', 'Gamma Co', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the passive of "snap up" names the buyer after "by"
    { text: 'Widget Inc has been snapped up by Acme Corp for an undisclosed sum.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a rival bidder named after "from" is no seller
    { text: 'Acme Corp raised its offer for Widget Inc to $2.3 billion after a rival bid from Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it agreed to sell its pipeline unit to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:pipeline unit'] },
    { text: 'Acme Corp raised its stake in Widget Inc to 14.6 pct from 9.1 pct.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a holding of any kind raised, doubled, lowered or reduced
    { text: 'Acme Corp doubled its preferred stock in Widget Inc last month.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "Acme Corp has agreed to acquire Sealpak, Widget Inc's packaging unit, for $400 million.", orgs: ['Acme Corp', 'Widget Inc', 'Sealpak'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:Sealpak'] },
    { text: 'Widget Inc has found a buyer for its packaging unit: Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:packaging unit'] },
    { text: 'Widget Inc carved out its packaging unit and sold it to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:packaging unit'] },
    { text: 'Widget Inc exits packaging with sale to Acme Corp', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:packaging'] },
    { text: "Acme Corp acquired the worldwide rights to Widget Inc's migraine drug.", orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Widget Inc'] },
    { text: "Acme Corp obtained a license to Widget Inc's battery patents.", orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Widget Inc'] },
    { text: "Acme Corp has licensed Widget Inc's patents on battery chemistry.", orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Widget Inc'] },
    { text: 'Acme Corp will pay Widget Inc up to $900 million for the rights to its migraine drug.', orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Widget Inc'] },
    { text: 'Acme Corp and Widget Inc entered into a license agreement under which Widget Inc will sell the drug in Asia.', orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    { text: 'Acme Corp and Widget Inc will collaborate on the development of cancer drugs.', orgs: ['Acme Corp', 'Widget Inc'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    { text: 'Widget Inc agreed to be sold for an undisclosed sum. The buyer, Acme Corp, said the deal would add to earnings.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc is now part of Acme Corp, the companies said on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc has joined the Acme Corp family after a deal that closed on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc, the maker of Crunchos, has a new owner: Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "Widget Inc is Acme Corp's latest acquisition.", orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp welcomed Widget Inc to its family of brands on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp emerged as the winning bidder for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp adds Widget Inc to its portfolio of snack brands.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'A court approved the sale of Widget Inc to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc shareholders approved the sale of the company to Acme Corp on Tuesday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it was in early talks with Acme Corp about a possible offer.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc is in advanced discussions with Acme Corp regarding the sale of the company.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Capital has agreed to subscribe for new shares in Widget Inc worth $100 million.', orgs: ['Acme Capital', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Capital'] },
    { text: 'Widget Inc will issue new shares worth $100 million to Acme Capital.', orgs: ['Acme Capital', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Capital'] },
    { text: 'Activist investor Acme Capital has built a 7% stake in Widget Inc.', orgs: ['Acme Capital', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Capital', 'target:Widget Inc'] },
    { text: 'Acme Corp has quietly amassed a stake in Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp completed the previously announced reduction of its share in Widget Inc to 49.97 pct.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // a letter of intent with the seller to buy its unit, named after it
    { text: 'Acme Corp signed a letter of intent with Beta Ltd to acquire its valve division, Widget Inc.', orgs: ['Acme Corp', 'Beta Ltd', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    // an unnamed company bought from a named seller
    { text: 'Acme Corp agreed to purchase an 80 pct interest in a privately held plastics company from Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:privately held plastics company'] },
    { text: 'Acme Corp and Beta Ltd formed a joint venture to build batteries.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'joint_venture', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    // full ownership taken is a purchase; a unit merged with another company makes partners
    { text: 'Acme Corp has taken full ownership of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp will merge its snacks business with Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // a sale of its unit explored: the company sells, it is not itself for sale
    { text: 'Acme Corp is exploring a sale of its Widget Inc business.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // investors led by a firm act through it: the firm is the buyer
    { text: 'Investors led by Acme Corp have taken a majority stake in Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a lender's book of loans is a part of it, which it sells
    { text: 'Acme Corp has agreed to buy the mortgage book of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:mortgage book'] },
    // a startup bought for its people is bought
    { text: 'Acme Corp has acqui-hired the team behind Widget Inc and will shut its app down.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a company working with advisers on a sale is the seller, not an adviser
    { text: 'Acme Corp is working with advisers on a sale of its consumer magazine business.', orgs: ['Acme Corp'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:consumer magazine business'] },
    // its founders or owners, unnamed, sell what is bought from them
    { text: 'Acme Corp has agreed to acquire Widget Inc, a maker of valves, from its founders.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:its founders', 'target:Widget Inc'] },
    { text: 'Acme Corp bought Widget Inc from its family owners last year.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:its family owners', 'target:Widget Inc'] },
    // a partner bought out sells its share of what the partners held
    { text: 'Acme Corp bought out its partner Beta Holdings in the Widget Inc venture.', orgs: ['Acme Corp', 'Beta Holdings', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings', 'target:Widget Inc'] },
    { text: 'Acme Corp bought out its joint venture partner Beta Holdings last year.', orgs: ['Acme Corp', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings'] },
    // (a company bought out is bought)
    { text: 'Acme Corp bought out Widget Inc last year.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a company's shares opening the sentence stand for it; the approach "came from" its bidder
    { text: 'Shares in Widget Inc jumped 20% after the firm said it had received a takeover approach. The company said the approach came from Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a market listing after the name is read across: press releases name the buyer with its code
    { text: 'Acme Corp (NYSE: ACME) completed its acquisition of Widget Inc.', orgs: ['Acme Corp', 'NYSE', 'ACME', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp (Nasdaq: ACME) today announced it has acquired Widget Inc.', orgs: ['Acme Corp', 'Nasdaq', 'ACME', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a defined term in quotes after the name, then a listing, then an appositive: the release's subject still buys
    { text: 'Acme Corp ("Acme" or the "Company") (NYSE: ACME), a maker of pumps, today announced that it has completed the acquisition of Widget Inc.', orgs: ['Acme Corp', 'Acme', 'NYSE', 'ACME', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc, a developer of robotics, today announced a strategic investment from Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    // rights to sell are a licence, not a sale: the licensee sells nothing
    { text: 'Acme Corp has entered into an exclusive licensing agreement with Widget Inc, under which Widget will receive rights to sell Acme Corp products in Asia.', orgs: ['Acme Corp', 'Widget Inc', 'Widget'], type: 'licensing', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // taken private: the passive names the buyer
    { text: 'Widget Inc agreed to be taken private by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // headline grammar: a deal agreed with the name before the noun, a stake upped without "its", "nabs"
    { text: 'Acme Corp agrees Widget Inc takeover', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp ups stake in Widget Inc', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp nabs Widget Inc for $2 billion', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the owner named in an appositive or a relative clause sells; a backer named after a kind of firm is no target
    { text: 'Acme Corp agreed to buy Widget Inc, which is owned by Beta Ltd, for $500 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Acme Corp acquired Widget Inc, a portfolio company of Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Widget Inc, backed by private equity firm Beta Ltd, has been acquired by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a holder that exits its investment sells; "the sale of Y by X to W"
    { text: 'Beta Ltd has exited its investment in Widget Inc through a sale to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    { text: 'The sale of Widget Inc by Beta Ltd to Acme Corp was completed on Monday.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    // co-buyers with a kind word before the second, and a pronoun opening a consortium's members
    { text: 'Acme Corp and shipbuilder Beta Ltd will buy Widget Inc.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Gamma Co said a consortium of it, steelmaker Acme Corp and shipbuilder Beta Ltd will buy 30 percent of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd', 'Gamma Co'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'acquirer:Gamma Co', 'target:Widget Inc'] },
    // a partner in the purchase buys too
    { text: 'Acme Corp teamed up with Beta Ltd to buy Widget Inc for $2 billion.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Acme Corp, together with Beta Ltd, agreed to acquire Widget Inc.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to buy Widget Inc alongside Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'target:Widget Inc'] },
    // the buyer named in a sentence of its own; a company that joins another as its subsidiary is bought
    { text: 'Acme Corp has agreed to sell its stake in Widget Inc. The buyer is Beta Ltd, which will pay $500 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'stake_change', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc will join Acme Corp as a wholly owned subsidiary.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // funding: a backer "with a $N investment"; a round completed, its leader named in the next sentence
    { text: 'Acme Corp has backed Widget Inc with a strategic investment.', orgs: ['Acme Corp', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    { text: 'Widget Inc has completed a Series B financing round. Acme Corp led the round, joined by Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Corp', 'investor:Beta Ltd'] },
    // investors named before "also participating", and a list that ends in a group of no name
    { text: 'Widget Inc raised new funding in a round led by Acme Corp, with Beta Ltd and Gamma Co also participating.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd', 'Gamma Co'], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Corp', 'investor:Beta Ltd', 'investor:Gamma Co'] },
    { text: 'Widget Inc secured seed funding from Acme Corp, Beta Ltd and several angel investors.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp', 'investor:Beta Ltd'] },
    // a maker named by its product: the company after it is the party
    { text: 'Acme Corp to buy Zing maker Widget Inc in $36 billion deal', orgs: ['Acme Corp', 'Widget Inc', 'Zing'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // talks about a possible combination: merger talks
    { text: 'Acme Corp confirmed on Monday that it had held preliminary talks with Widget Inc about a possible combination.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // "for X to buy Y": X is the infinitive's subject, not the object of "for" (regulators are no buyers)
    { text: 'EU regulators cleared the way for Acme Corp to buy Widget Inc on Tuesday.', orgs: ['Acme Corp', 'Widget Inc', 'EU'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the passive of selling: its subject is sold, and the leader of the buying group is no seller
    { text: 'Widget Inc has been sold to a group led by Jane Roe for $2 billion.', orgs: ['Widget Inc'], people: ['Jane Roe'], money: [{ text: '22 dlrs', value: 22 }], type: 'acquisition', parties: ['acquirer:Jane Roe', 'target:Widget Inc'] },
    { text: 'Acme Corp said it was selling its pump unit to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:pump unit'] },
    // rights to sell another company's product: that company licenses them
    { text: "Widget Inc has obtained exclusive rights to sell Acme Corp's drug in China.", orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Widget Inc', 'licensor:Acme Corp'] },
    // a company that explores its own sale is a target
    { text: 'Widget Inc is exploring strategic alternatives, including a possible sale of the company.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc confirmed it is in early-stage talks with potential buyers.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // ownership: become the majority owner, raise one's ownership, secure a controlling stake, absorb
    { text: 'Acme Corp has become the majority owner of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp increased its ownership of Widget Inc to 75 percent.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has secured a controlling stake in Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp will absorb Widget Inc into its frozen division.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a bidder's first step: its people met the target's about a possible offer
    { text: 'Acme Corp executives met at least twice with Widget Inc officials, including chief executive Jane Roe, about a possible offer, the newspaper said.', orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a contest for a company is won by its buyer
    { text: 'Acme Corp has won the battle for Widget Inc after a three-month fight.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp won the auction for Widget Inc with a $2 billion bid.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a company's shareholders or board opening the sentence act for it
    { text: 'Shareholders in Widget Inc have backed a takeover by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "The board of Widget Inc rejected Acme Corp's $2 billion offer.", orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // ... but the shareholders of two companies approving a sale: neither sells
    { text: 'The shareholders of Widget Inc and Acme Corp approved the sale of Widget Inc on Monday. Acme Corp is acquiring Widget Inc in a stock deal.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp and Beta Ltd agreed to merge in an all-stock deal.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Nimbus Labs raised $50 million in a Series C round led by Granite Ventures.', orgs: ['Nimbus Labs', 'Granite Ventures'], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Acme Corp invested $2 billion in Widget Inc last year.', orgs: ['Acme Corp', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    { text: 'Acme Corp will license its battery technology to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'licensing', parties: ['licensee:Beta Ltd', 'licensor:Acme Corp'] },
    { text: 'Acme Corp and Beta Ltd have announced a major update to their partnership.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    // the owner named in an appositive after the target sells it
    { text: 'Acme Corp said it agreed to acquire Widget Inc, a wholly owned subsidiary of Beta Holdings, for $500 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings', 'target:Widget Inc'] },
    // "the X unit of Y": the unit is bought, Y sells it
    { text: 'Acme Corp said it agreed to buy the educational software unit of Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:educational software unit'] },
    // "Y's Z": Z is bought, Y sells it
    { text: "Acme Corp said it bought Beta Ltd's Widget Inc for $500 million.", orgs: ['Acme Corp', 'Beta Ltd', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    // a passive after "said it" names the buyer after "by"
    { text: 'Widget Inc said it will be acquired by the Boston-based Acme Corp in a merger agreement.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it reached an agreement in principle covering the acquisition of the company by privately held Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it is asking shareholders to take no action on the tender offer for all its shares launched by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it had no comment on an offer it received from Acme Corp to buy the company for $500 million.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a disposition to a group led by X: X buys; the asset's head is its last asset word
    { text: 'Acme Corp said it completed the disposition of its computer systems division to an investment group led by Beta Partners.', orgs: ['Acme Corp', 'Beta Partners'], type: 'divestiture', parties: ['acquirer:Beta Partners', 'seller:Acme Corp', 'target:computer systems division'] },
    { text: 'Acme Corp said its board and the board of Beta Ltd have approved a definitive agreement to merge.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp said it now holds 12.5 pct of Widget Inc after buying further shares.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it agreed in principle to buy 80 pct of two privately held computer retail companies.', orgs: ['Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:two privately held computer retail companies'] },
    // "all the assets of (its unit) Y": Y itself is bought
    { text: 'Acme Corp said it sold substantially all the assets of its oil and gas unit, Widget Inc, and affiliated partnerships to Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: "Beta Ltd announced an offer for all of Widget Inc's assets.", orgs: ['Beta Ltd', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Beta Ltd', 'target:Widget Inc'] },
    // a company that sells all its assets is what is bought
    { text: 'Widget Inc said it has tentatively agreed to sell substantially all its assets for $500 million.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // an unnamed asset described with its place
    { text: 'Acme Corp said it agreed to sell its Dunmore, Vermont, pork plant to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], places: ['Vermont'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Dunmore, Vermont, pork plant'] },
    { text: 'Acme Corp said it sold interests in two North Sea blocks to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], places: ['North Sea'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:North Sea blocks'] },
    // merging into a company, becoming its subsidiary
    { text: 'Widget Inc said its shareholders approved a plan to merge with and become a wholly held subsidiary of privately held Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Beta Group said it merged its wholly owned subsidiary, Widget Inc, into Acme Corp.', orgs: ['Beta Group', 'Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Group', 'target:Widget Inc'] },
    // a passive buyer named after "a group led by" a regional developer
    { text: 'Widget Inc said it signed a letter of intent for a controlling interest to be acquired by an investor group led by South Texas developer John Doe.', orgs: ['Widget Inc'], people: ['John Doe'], places: ['Texas'], type: 'acquisition', parties: ['acquirer:John Doe', 'target:Widget Inc'] },
    // "X said Y acquired a position in the company": the company is X
    { text: 'Widget Inc said Acme Corp, through its venture capital subsidiary, Acme Ventures, acquired an equity position in the company.', orgs: ['Widget Inc', 'Acme Corp', 'Acme Ventures'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a merger proposal received, merger talks with an unnamed company: the company is for sale
    { text: 'Widget Inc said it received a preliminary merger proposal from another company in its field.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc said its merger talks with another unidentified company ended without agreement.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // the proposal received by the company's banker is for the company; the banker is an adviser, not the target
    { text: 'Widget Inc said its investment banker, Beta Securities Inc, received a merger proposal.', orgs: ['Widget Inc', 'Beta Securities Inc'], type: 'acquisition', parties: ['advisor:Beta Securities Inc', 'target:Widget Inc'] },
    // "an agreement for X to acquire ... Y", announced by both: X buys, Y is bought
    { text: 'Acme Corp and Widget Inc jointly announced an agreement for Acme Corp to acquire a 12.5 pct interest in Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp and Widget Inc said they called off their plans for Acme Corp to buy the 80 pct interest in Widget Inc that it does not own.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the speaker reports what another, unnamed, party did: the speaker is not its agent; its own unit is
    { text: 'Widget Inc said an investor group led by management has acquired a 73 pct stake in the company from Beta Ltd.', orgs: ['Widget Inc', 'Beta Ltd'], type: 'stake_change', parties: ['seller:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Acme Corp said a subsidiary agreed to buy Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // companies listed with where they are
    { text: 'Acme Corp said it has acquired Widget Inc of Salem, Ore., and Beta Ltd, of Springfield, Va., for undisclosed terms.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], places: ['Salem', 'Ore.', 'Springfield', 'Va.'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd', 'target:Widget Inc'] },
    // an unnamed asset named in an apposition; an owner after a place; a relative clause before the buyer
    { text: 'Acme Corp said it agreed to sell its heat transfer equipment business, Widget Inc, for a slight premium.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it acquired the interests of Widget Inc South Africa, the local subsidiary of Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], places: ['South Africa'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Acme Corp sold Widget Inc, which holds 25 pct in the Gamma Co-led joint ventures in the basin, to Beta Ltd for 985 mln dlrs.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd', 'Gamma Co'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    // a company that merges two others is no seller (one that merges its own subsidiary is: above)
    { text: 'Acme Corp agreed to merge Widget Inc into Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Beta Ltd', 'target:Widget Inc'] },
    // an offer for every two shares in the target
    { text: 'Acme Corp said it will offer one share plus one dlr cash for every two shares in oil and gas producer Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the buyer after "to" or "by": a named unit of a company, else the company
    { text: "Acme Corp said it has sold its coffee roasting plant to Beta Ltd's Widget Inc subsidiary.", orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Widget Inc', 'seller:Acme Corp', 'target:coffee roasting plant'] },
    { text: 'Acme Corp said it sold its pipeline unit to a subsidiary of Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:pipeline unit'] },
    { text: "Widget Inc said it was acquired by Beta Ltd's Acme Corp unit.", orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the buyer of what a deal sells, named in a sentence of its own
    { text: 'Acme Corp said it agreed to sell its Michigan operations for about 46 mln dlrs. It said the operations will be sold to Beta Ltd, a corporation formed by its managers.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Michigan operations'] },
    { text: 'Acme Corp said it agreed to sell its heat transfer business for a premium. The company said the sale to a subsidiary of Beta Ltd will take place this month.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:heat transfer business'] },
    // a merger in which one side's shareholders are paid: that side is bought
    { text: 'Acme Corp said its board and the board of Beta Ltd have agreed to merge. Each Beta Ltd shareholder will receive 1.2 shares of Acme Corp common stock.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    { text: 'Acme Corp said it signed an agreement to merge with Beta Ltd. Acme Corp said it will issue two mln shares to Beta Ltd shareholders.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    { text: 'Beta Ltd said its merger with Acme Corp was completed. Beta Ltd said its stock now represents the right to receive $50 million.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    { text: 'Beta Ltd said it agreed to merge with Acme Corp. Each share of Beta Ltd common stock, excluding shares owned by its officers, will be converted into six dlrs.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    { text: 'Acme Corp said it reached a preliminary merger agreement with Beta Ltd. Acme Corp said Beta Ltd shareholders would have a 25 pct stake in the combined company and would receive a cash distribution.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    { text: 'Acme Corp and Beta Ltd agreed to merge. Holders of Beta Ltd would get 0.8 share of Acme Corp for each share they hold.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    // the side that survives the merger buys
    { text: 'Acme Corp said its shareholders approved the merger of Acme Corp with Beta Ltd. Acme Corp said it will be the surviving corporation.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd'] },
    // a stake raised "in the company" named in the buyer's appositive
    { text: 'John Doe, a Chicago developer who has said he may seek control of Widget Inc, said he raised his stake in the company to 12.5 pct.', orgs: ['Widget Inc'], people: ['John Doe'], places: ['Chicago'], type: 'stake_change', parties: ['acquirer:John Doe', 'target:Widget Inc'] },
    // the sale of a stake in Y: the seller and the company whose shares change hands
    { text: "Acme Corp said talks are continuing on the previously announced sale of the company's 80 pct interest in Widget Inc.", orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // a physical asset named by a name and plain words is what changes hands, not the name's bearer
    { text: 'Acme Corp said it agreed to sell its Kestrel chemical plant to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd', 'Kestrel'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Kestrel chemical plant'] },
    { text: 'Acme Corp said it closed the acquisition of a 12.5 pct working interest in the Kestrel oil and gas field from Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd', 'Kestrel'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Kestrel oil and gas field'] },
    { text: "Acme Corp said it agreed to acquire Beta Ltd's Kestrel film library.", orgs: ['Acme Corp', 'Beta Ltd', 'Kestrel'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Kestrel film library'] },
    // ... but a named unit is the company named
    { text: 'Acme Corp said it agreed to sell its Kestrel unit to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd', 'Kestrel'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Kestrel'] },
    // a name in apposition to a prepositional object is no agent: the seller is the subject
    { text: 'Acme Corp said it will sign a pact with Beta Ltd, Kestrel, to sell the state owned company half of its refinery.', orgs: ['Acme Corp', 'Beta Ltd', 'Kestrel'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:refinery'] },
    // ... but a name after a fronted phrase and a comma still acts
    { text: 'In a filing with the Securities Board, John Doe and companies he controls said they bought 12.5 pct of Widget Inc.', orgs: ['Securities Board', 'Widget Inc'], people: ['John Doe'], type: 'acquisition', parties: ['acquirer:John Doe', 'target:Widget Inc'] },
    // an appositive description of the target is not a second, unnamed target
    { text: 'Acme Corp said it agreed to buy the software unit of Beta Ltd, Gamma Ltd, a subsidiary of Delta Ltd.', orgs: ['Acme Corp', 'Beta Ltd', 'Gamma Ltd', 'Delta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:software unit'] },
    // the subject pronoun of a main clause after a fronted clause of time is that clause's subject, and
    // "it" or "the business" sold is what the fronted clause bought
    { text: 'Two years after Acme Corp bought Widget Inc, it is selling the business to Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Two years after buying Widget Inc, Acme Corp is selling it to Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    // a relative clause after the unit sold may name a title of its own; the buyer comes after it
    { text: 'Acme Corp has sold its magazine division, which includes titles such as Gamma Weekly, to Beta Ltd for $45 million.', orgs: ['Acme Corp', 'Gamma Weekly', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:magazine division'] },
    // a name inside an apposition after the subject is no subject of the passive after it
    { text: 'Widget Inc, the company behind the popular Gamma app, has been acquired by Acme Corp.', orgs: ['Widget Inc', 'Gamma', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a partner's stake bought: the partner sells, the venture is bought
    { text: "Acme Corp has agreed to buy out its partner Beta Ltd's 50% stake in Widget Inc for $400 million.", orgs: ['Acme Corp', 'Beta Ltd', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    // a league before "side" or "club" and its member's name describes the member: no party
    { text: 'Acme Corp has completed its takeover of League One side Widget Town.', orgs: ['Acme Corp', 'League One', 'Widget Town'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Town'] },
    // offers weighed or received for one's own unit: a sale of it
    { text: 'Acme Corp is weighing offers for its British retail arm, Sky News reported.', orgs: ['Acme Corp'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:British retail arm'] },
    { text: 'Acme Corp has received bids for its Widget Inc unit.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // sold to its managers or an unnamed buyer: the company is bought; the backer of the buyout buys
    { text: 'Widget Inc has been sold to its management team.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc has been sold to its management team in a buyout backed by private equity firm Beta Capital.', orgs: ['Widget Inc', 'Beta Capital'], type: 'acquisition', parties: ['acquirer:Beta Capital', 'target:Widget Inc'] },
    // the subject pronoun of a speaker's report after a fronted adjunct is the speaker, whatever the adjunct names
    { text: "Acme Corp said that, pursuant to an option held by underwriters in Widget Inc's offering, it has sold 35,000 Widget Inc shares.", orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // "X's $N Y deal", "the X-Y deal": the first name buys the second; a bare "X's Y deal" says nothing
    { text: "Acme Corp's $2 billion Widget Inc deal won approval from regulators on Monday.", orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Regulators cleared the Acme Corp-Widget Inc deal on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "Acme Corp's Widget Inc deal is a blow to rivals.", orgs: ['Acme Corp', 'Widget Inc'], type: undefined, parties: null },
    { text: "Acme Corp's pending Widget Inc deal with Beta Ltd is a blow to rivals.", orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: undefined, parties: null },
    // a regulator that clears a bid is no bidder; a suitor for Y bids for it
    { text: "Acme Corp's bid for Widget Inc has been cleared by the Competition Commission.", orgs: ['Acme Corp', 'Widget Inc', 'Competition Commission'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has emerged as a possible suitor for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the company whose person speaks of "the pending sale to W" is sold (no person is bought); its
    // shareholders approve its sale to W
    { text: 'Widget Inc CEO Jane Roe talked about the pending sale to Acme Corp on Wednesday.', orgs: ['Widget Inc', 'Acme Corp'], people: ['Jane Roe'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc shareholders approved the sale to Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Shareholders of Widget Inc will receive $31 a share in cash under the terms of the deal with Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc stockholders will get 1.2 shares under the merger agreement with Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // ... but "the sale to W" with no stage names nothing sold
    { text: 'Widget Inc CEO Jane Roe talked about the sale to Acme Corp on Wednesday.', orgs: ['Widget Inc', 'Acme Corp'], people: ['Jane Roe'], type: undefined, parties: null },
    // a later frame of the sentence fills the target the first frame left empty ("to buy ... from W")
    { text: 'Acme Corp said it reached an agreement in principle to buy a gypsum wallboard plant in Seattle from Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], places: ['Seattle'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:gypsum wallboard plant'] },
    // a place's name where a company is sold, in an article naming a company that opens with it, is that company
    { text: 'Acme Corp said its sale of Delhi Petroleum Pty Ltd will not affect its other interests. Acme Corp sold Delhi, which holds gas fields, to Beta Ltd on April 1.', orgs: ['Acme Corp', 'Delhi Petroleum Pty Ltd', 'Beta Ltd'], places: ['Delhi'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Delhi Petroleum Pty Ltd'] },
    { text: 'Acme Corp said its sale of Delhi Petroleum Pty Ltd will not affect its other interests. Acme Corp opened an office in Delhi on April 1.', orgs: ['Acme Corp', 'Delhi Petroleum Pty Ltd'], places: ['Delhi'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Delhi Petroleum Pty Ltd'] },
    // "purchase" as the noun of a contract is no verb of buying: the sentence after says who buys
    { text: 'Widget Inc said it executed a formal share purchase agreement with Acme Corp. Under its terms, Acme Corp will acquire 30 pct of Widget Inc.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the object before "but it" is not the agent of what "it" does (the subject is)
    { text: 'Acme Corp is discussing marketing cooperation with regional carrier Widget Inc but it is not seeking to take a stake in Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: undefined, parties: null },
    // the unit sold named in apposition with its acronym; credit accounts bought from a seller are no loan
    { text: 'Acme Corp said it was selling one of its subsidiaries, Widget Inc (WI), to Beta Ltd for an undisclosed price.', orgs: ['Acme Corp', 'Widget Inc', 'WI', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it acquired a portfolio of about 190,000 consumer revolving credit accounts from Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:portfolio'] },
    // a buyer that now owns the company; a potential buyer for it; not a share of it
    { text: 'Acme Corp now owns Widget Inc after the deal closed last week.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has emerged as a potential buyer for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp now owns 20% of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: undefined, parties: null },
    // funds advised or managed by W buy: W is the buyer, no adviser
    { text: 'Funds advised by Beta Capital have agreed to acquire a majority stake in Widget Inc.', orgs: ['Beta Capital', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Beta Capital', 'target:Widget Inc'] },
    // ... "it" that points back to nothing is no target
    { text: 'Acme Corp is selling it to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp'] },
  ];
  it.each(cases)('$text', ({ text, orgs, people, places, type, parties }) => {
    const { deal } = run(text, { orgs, people, places, money: [{ text: '$500 million', value: 5e8 }, { text: '$50 million', value: 5e7 }, { text: '$2 billion', value: 2e9 }], percents: [{ text: '12.5 pct', value: 12.5 }, { text: '80 pct', value: 80 }] });
    expect(deal?.type).toBe(type);
    expect(roles(deal)).toEqual(parties);
  });
});

describe('deal rules: frames of modern deal news', () => {
  const cases: { text: string; orgs: string[]; people?: string[]; money?: { text: string; value: number }[]; percents?: { text: string; value: number }[]; type: string; parties: string[] }[] = [
    // a bid named in a fronted clause is for the subject of the main clause
    { text: 'Following a $455 million takeover offer from Acme Corp on Wednesday, the directors of Widget Inc said the bid is hostile.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Following speculation that it is the subject of a takeover bid from Acme Corp, troubled UK banknote maker Widget Inc has confirmed an approach.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the buyer of what was sold, named in the next sentence
    { text: 'Acme Corp has sold its Widget unit. The retail giant said the unit would be taken over by retail and hospitality investors Beta Partners.', orgs: ['Acme Corp', 'Beta Partners'], type: 'divestiture', parties: ['acquirer:Beta Partners', 'seller:Acme Corp', 'target:Widget unit'] },
    { text: 'Acme Corp has offloaded Widget Inc to a pair of private equity houses. A group of investors led by Beta Capital and Gamma Capital, two buyout firms, paid £217m cash for the 35 garden centres.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital', 'Gamma Capital'], money: [{ text: '£217m', value: 217e6 }], type: 'divestiture', parties: ['acquirer:Beta Capital', 'acquirer:Gamma Capital', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has offloaded Widget Inc to Beta Capital LLP.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital LLP'], type: 'divestiture', parties: ['acquirer:Beta Capital LLP', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has snapped up rival Widget Inc for $40 million.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a headline's investment completed "in" a company: the subject invests
    { text: 'Acme Corp Completes $200 Million Investment in Widget Inc', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$200 Million', value: 2e8 }], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    { text: 'Acme Corp, a global infrastructure investor, today announced that it has completed its previously announced $200 million investment in Widget Inc, a developer of storage projects.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$200 million', value: 2e8 }], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    // a consortium's other members, named after "the buyers also include"
    { text: 'A consortium led by Acme Corp has agreed to take Widget Inc private. The buyers, which also include Beta Capital, will pay $42.50 per share.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Capital', 'target:Widget Inc'] },
    // an agreement with a third name to acquire a company: that name sells it
    { text: 'Acme Corp said it had signed binding agreements with Beta Capital to acquire all of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Capital', 'target:Widget Inc'] },
    // a name before the noun of a kind of company describes the name after it
    { text: 'Acme Corp has agreed to acquire Pilbara explorer Widget Inc in an all-scrip deal.', orgs: ['Acme Corp', 'Pilbara', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has agreed to buy Beta Group unit Widget Inc.', orgs: ['Acme Corp', 'Beta Group', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the owner of what a deal buys sells it; the owner of the buyer sells nothing
    { text: 'Acme Corp agreed to acquire Widget Inc for $2.3 billion. Widget Inc, based in Milwaukee, is owned by the buyout firm Beta Capital, which bought the business in 2016.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], money: [{ text: '$2.3 billion', value: 2.3e9 }], dates: [{ text: '2016', value: '2016' }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Capital', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to acquire Widget Inc for $2.3 billion. Acme Corp, based in Milwaukee, is owned by the buyout firm Beta Capital.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], money: [{ text: '$2.3 billion', value: 2.3e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // an agreement of no stated kind that a later frame between the same two names as a purchase
    { text: 'Acme Corp said it has reached a definitive agreement with Widget Inc, a community bank. Terms of the deal, under which Acme Corp will buy Widget Inc, were not disclosed.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a bidder that arranged financing "from" banks is no lender
    { text: 'Acme Corp made an offer to buy Widget Inc. Acme Corp said it had arranged committed financing from two banks.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a long apposition between the subject and its verb
    { text: 'Widget Inc, a two-year-old startup that lets operations teams turn messy spreadsheets into working internal tools, has closed a $24 million Series A round led by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$24 million', value: 2.4e7 }], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    // the unit sold, named in the next sentence's "the sale of"
    { text: 'Acme Corp said it will sell its dairy unit to Beta Foods for $310 million. The sale of Widget Dairy, which makes yogurt, is expected to close by the end of the year.', orgs: ['Acme Corp', 'Beta Foods', 'Widget Dairy'], money: [{ text: '$310 million', value: 3.1e8 }], type: 'divestiture', parties: ['acquirer:Beta Foods', 'seller:Acme Corp', 'target:Widget Dairy'] },
    // the investor expected to lead a round
    { text: 'Widget Inc is in talks to raise about $300 million in new funding, people with knowledge of the discussions said. Acme Ventures is expected to lead the round.', orgs: ['Acme Ventures', 'Widget Inc'], money: [{ text: 'about $300 million', value: 3e8 }], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Ventures'] },
    // a list of investors ends where an apposition about one of them names another company
    { text: 'Widget Inc said it raised $110 million in a Series C round led by Acme Growth, with participation from existing backers Beta Partners and Gamma Logistics, a freight company that has been a Delta Foods customer since 2021.', orgs: ['Acme Growth', 'Widget Inc', 'Beta Partners', 'Gamma Logistics', 'Delta Foods'], money: [{ text: '$110 million', value: 1.1e8 }], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Growth', 'investor:Beta Partners', 'investor:Gamma Logistics'] },
    // a licence's one known side makes its one partner left the other
    { text: 'Acme Corp has signed an exclusive licensing agreement with Widget Inc for its lead asthma treatment. Acme Corp will receive an upfront payment of $45 million.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$45 million', value: 4.5e7 }], type: 'licensing', parties: ['licensee:Widget Inc', 'licensor:Acme Corp'] },
    // sellers joined by "and" after "from", the first one described
    { text: 'Acme Corp acquired Widget Inc from its founders and the growth investor Beta Capital for $240 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], money: [{ text: '$240 million', value: 2.4e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Capital', 'seller:its founders', 'target:Widget Inc'] },
    // the passive's agent sells what the deal buys; a seller after a long description of its tie
    { text: 'Acme Corp has agreed to buy Widget Inc for £86m. Widget Inc is being sold by private equity firm Beta Capital, which has owned it since 1999.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], money: [{ text: '£86m', value: 8.6e7 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Capital', 'target:Widget Inc'] },
    { text: 'Acme Corp has agreed to buy Widget Inc for £40m. Acme Corp will acquire the club from its chairman and sole owner John Smith.', orgs: ['Acme Corp', 'Widget Inc'], people: ['John Smith'], money: [{ text: '£40m', value: 4e7 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:John Smith', 'target:Widget Inc'] },
    // a price paid for a part "of" a company: the company sells it
    { text: 'Acme Corp has agreed to pay $640 million for the natural gas gathering business of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$640 million', value: 6.4e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:natural gas gathering business'] },
    // two indefinite descriptions stand for two names: the buyer for the subject, what is bought for the object
    { text: 'A Columbus-based distributor of building products has closed on its purchase of a family-owned plumbing supply company. Acme Corp completed the acquisition of Widget Inc on Friday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // rights acquired "from" a licensor a long way after them
    { text: 'Acme Corp has acquired the rights to develop and sell an experimental treatment for idiopathic pulmonary fibrosis outside Asia from Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Widget Inc'] },
    // a unit first sold unnamed, named by an apposition of "the unit" in the next sentence
    { text: 'Acme Corp is exploring a sale of its fleet-maintenance business, according to people familiar with the matter. The unit, Widget Inc, could fetch $500 million in a sale. Acme Corp sold a small water-heater business in December.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$500 million', value: 5e8 }], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // an indefinite apposition after a target fills no slot: the seller after it is read
    { text: 'Acme Corp makes drive systems. The Munich-based group has agreed to acquire Widget Inc, a Thuringian maker of hydraulic cylinders for farm machinery, from its founder and sole owner John Smith.', orgs: ['Acme Corp', 'Widget Inc'], people: ['John Smith'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:John Smith', 'target:Widget Inc'] },
    // a stock exchange a company is delisted from sells nothing
    { text: 'Acme Corp would seek to buy all of Widget Inc and delist it from the Tokyo Stock Exchange.', orgs: ['Acme Corp', 'Widget Inc', 'Tokyo Stock Exchange'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // two sides of a licence announced together, one with its listing in brackets
    { text: 'Acme Corp (Nasdaq: ACME) and Widget Inc today announced an exclusive license agreement under which Acme Corp will obtain the rights to develop the drug.', orgs: ['Acme Corp', 'Widget Inc'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Widget Inc'] },
    // an investor whose relative clause comes before "also took part"
    { text: 'Widget Inc has closed a €22 million Series A round led by Acme Ventures. Business angel John Smith, who co-founded and later sold a solar platform, also took part in the round.', orgs: ['Acme Ventures', 'Widget Inc'], people: ['John Smith'], money: [{ text: '€22 million', value: 2.2e7 }], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Ventures', 'investor:John Smith'] },
    // "the seller was W" a few sentences on names the first deal's seller, and only that
    { text: 'Acme Corp buys the Widget Hotel downtown. The historic hotel has a new owner. Acme Corp closed on its purchase of the 84-room property last week for $6.75 million. The seller was Columbus-based Beta Hospitality Group, which had listed it at an asking price of $8.2 million.', orgs: ['Acme Corp', 'Widget Hotel', 'Beta Hospitality Group'], money: [{ text: '$6.75 million', value: 6.75e6 }, { text: '$8.2 million', value: 8.2e6 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Hospitality Group', 'target:Widget Hotel'] },
    // investors before "also participated" with an apposition naming another company between
    { text: 'Widget Inc has closed a $24 million Series A round led by Acme Ventures. Beta Capital and Gamma Ventures, the corporate venture arm of telecom operator Gamma Telecom, also participated.', orgs: ['Acme Ventures', 'Widget Inc', 'Beta Capital', 'Gamma Ventures', 'Gamma Telecom'], money: [{ text: '$24 million', value: 2.4e7 }], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Ventures', 'investor:Beta Capital', 'investor:Gamma Ventures'] },
    // a seller after a possessive ("the company's co-founder"), one a target's apposition names as its owner
    { text: 'Acme Capital has bought a 9.8% stake in Widget Inc from the company\'s co-founder John Smith for £48 million.', orgs: ['Acme Capital', 'Widget Inc'], people: ['John Smith'], percents: [{ text: '9.8%', value: 9.8 }], money: [{ text: '£48 million', value: 4.8e7 }], type: 'stake_change', parties: ['acquirer:Acme Capital', 'seller:John Smith', 'target:Widget Inc'] },
    { text: 'Acme Corp is exploring an acquisition of Widget Inc, the identity-management company owned by private equity firm Beta Partners, according to people familiar with the matter.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Partners'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Partners', 'target:Widget Inc'] },
    // a target's definite apposition before "from" fills no slot: the seller after it is read
    { text: 'Acme Corp makes wind turbines. The Hamburg-based power producer said it had completed its acquisition of Widget Inc, the London-based owner of 14 solar plants, from Beta Fund for €410 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Fund'], money: [{ text: '€410 million', value: 4.1e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Fund', 'target:Widget Inc'] },
    // "from owner W": the word before "owner" is a preposition, so the name before it makes nothing
    { text: 'Businessman John Smith is in advanced talks to buy Widget Athletic from owner Jane Roe in a deal worth £85 million.', orgs: ['Widget Athletic'], people: ['John Smith', 'Jane Roe'], money: [{ text: '£85 million', value: 8.5e7 }], type: 'acquisition', parties: ['acquirer:John Smith', 'seller:Jane Roe', 'target:Widget Athletic'] },
    // rights licensed "to develop and sell" another's drug: no licensee after that "to", no sale
    { text: "Acme Pharma has licensed exclusive rights to develop and sell Widget Therapeutics' experimental antibody in Asia.", orgs: ['Acme Pharma', 'Widget Therapeutics'], type: 'licensing', parties: ['licensee:Acme Pharma', 'licensor:Widget Therapeutics'] },
    // a consortium of two names completes a purchase: both buy
    { text: 'On September 30, a consortium of Acme Partners and Beta Infrastructure Fund completed its acquisition of Widget Inc, a Denver-based provider of broadband.', orgs: ['Acme Partners', 'Beta Infrastructure Fund', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Partners', 'acquirer:Beta Infrastructure Fund', 'target:Widget Inc'] },
    // a target's apposition names the company whose business it is: that company sells
    { text: 'Acme Resources has agreed to buy Widget Gold, the Western Australian gold business of diversified miner Beta Mining, for A$480 million in cash and scrip.', orgs: ['Acme Resources', 'Widget Gold', 'Beta Mining'], money: [{ text: 'A$480 million', value: 4.8e8 }], type: 'acquisition', parties: ['acquirer:Acme Resources', 'seller:Beta Mining', 'target:Widget Gold'] },
    // a placement or strategic investment closed with or by its buyer
    { text: 'Widget Inc said it has closed the previously announced strategic investment by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    { text: 'Widget Inc has completed a private placement with Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    // a unit described by paired modifiers, its name after it
    { text: 'Acme Corp is exploring a sale of its sensors and measurement unit, Widget Inc, people familiar with the matter said.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // "committed" financing a bidder secured makes it no lender
    { text: 'Acme Corp made an offer to buy Widget Inc. Acme Corp has secured committed financing of $1.5 billion from a group of banks.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$1.5 billion', value: 1.5e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has signed a joint venture agreement with Beta Ltd to enter the Kenyan market.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'joint_venture', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp said it signed an agreement to form a joint venture (JV) company with Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'joint_venture', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp and Beta Ltd have agreed a tie-up over transatlantic flights.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp teams up with Beta Ltd so passengers can play music.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp migrates to the cloud with Beta Ltd partnership', orgs: ['Acme Corp', 'Beta Ltd'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp has signed a five-year agreement to use Beta Ltd cloud services.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp has authorized American biotech firm Beta Ltd the exclusive rights to develop the drug.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'licensing', parties: ['licensee:Beta Ltd', 'licensor:Acme Corp'] },
    // a building or a shopping centre sold is an asset, named by its kind
    { text: 'Acme Corp said it had agreed to sell the shopping center to Beta Partners for $215 million.', orgs: ['Acme Corp', 'Beta Partners'], money: [{ text: '$215 million', value: 2.15e8 }], type: 'divestiture', parties: ['acquirer:Beta Partners', 'seller:Acme Corp', 'target:shopping center'] },
    { text: 'Beta Partners bought two office buildings from Acme Corp.', orgs: ['Acme Corp', 'Beta Partners'], type: 'acquisition', parties: ['acquirer:Beta Partners', 'seller:Acme Corp', 'target:two office buildings'] },
    // "which" after a person's company is the company's clause: the company acts
    { text: '"This is a big deal for us," said Jane Roe, chief executive of Acme Corp, which on Tuesday agreed to buy Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a release's defined terms in parentheses after the name, and "the Company" for it
    { text: 'Acme Corp ("Acme" or "the Company"), a leading provider of home health services, today announced that it has signed a definitive agreement to be acquired by Beta Partners.', orgs: ['Acme Corp', 'Beta Partners'], type: 'acquisition', parties: ['acquirer:Beta Partners', 'target:Acme Corp'] },
    { text: 'Acme Corp makes software. Under the agreement, the Company will be acquired by Beta Partners.', orgs: ['Acme Corp', 'Beta Partners'], type: 'acquisition', parties: ['acquirer:Beta Partners', 'target:Acme Corp'] },
    // an indefinite group resolved by a later one of another word for a group, and the names that lead it
    { text: 'A consortium of Canadian pension funds has agreed to buy Widget Inc for $1.6 billion. The group, led by Acme Corp and Beta Partners, beat a rival offer.', orgs: ['Acme Corp', 'Beta Partners', 'Widget Inc'], money: [{ text: '$1.6 billion', value: 1.6e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Partners', 'target:Widget Inc'] },
    // the family that founded a chain sells the chain
    { text: 'The family that founded Widget Inc has sold the 120-year-old chain to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:The family that founded Widget Inc', 'target:Widget Inc'] },
    // a payment to a named seller for what it holds
    { text: 'Acme Corp agreed to pay Widget Inc $300 million for the unit.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$300 million', value: 3e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:unit'] },
    { text: 'Acme Corp paid Widget Inc $300 million for its 20% stake in Beta Mining.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Mining'], money: [{ text: '$300 million', value: 3e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:Beta Mining'] },
    // a payment to a named seller for a named company; the payer as the subject of a relative clause
    { text: 'Acme Corp has agreed to pay Widget Inc $300 million for Beta Mining.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Mining'], money: [{ text: '$300 million', value: 3e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:Beta Mining'] },
    { text: 'The structure of Acme Corp, which has agreed to pay Widget Inc £300m for Beta Mining, is unusual.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Mining'], money: [{ text: '£300m', value: 3e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:Beta Mining'] },
    // (a passive relative clause: the object stays an object)
    { text: 'The structure of Acme Corp, which was bought by Widget Inc last year, is unusual.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Widget Inc', 'target:Acme Corp'] },
    // a market code in Reuters' angle brackets after the seller's name is no party
    { text: 'Acme Plc <ACME.L> said it had reached agreement in principle to sell its marketing companies to Widget Corp for around 50 mln stg.', orgs: ['Acme Plc', 'ACME.L', 'Widget Corp'], type: 'divestiture', parties: ['acquirer:Widget Corp', 'seller:Acme Plc', 'target:marketing companies'] },
    // the company itself for sale: options "to maximize value, including a possible sale", advisers
    // retained "to seek purchasers", "the proposed ... buyout of the company"
    { text: 'Widget Inc said it is considering several options to maximize shareholder value, including a possible sale, merger or leveraged buyout.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc said it retained Acme Corp to seek purchasers of the company or its units.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['advisor:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc set its annual meeting for shareholders to vote on the proposed management-led leveraged buyout of the company.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // (options for a unit, including its sale, are no sale of the company)
    { text: 'Widget Inc said it is exploring options for its valve unit, including a sale.', orgs: ['Widget Inc'], type: undefined, parties: null },
    // a merger agreement between two named companies; an offer by X for Y; the purchase by X of Y
    { text: 'The judge will rule on whether to block a 78 dlr per share merger agreement between Acme Corp and Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    { text: 'The $8-a-share offer by Acme Corp for Widget Inc comes two weeks after a rival bid.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Regulators cleared the purchase by Acme Corp of Widget Inc on Monday.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // (an offer by X for a company's shares, its unit: not a bid for the company named)
    { text: 'The offer by Acme Corp for Widget Inc shares was withdrawn.', orgs: ['Acme Corp', 'Widget Inc'], type: undefined, parties: null },
    // an amount offered for a number of shares in a company
    { text: 'Acme Corp has offered 3.8 billion pesos for 38 mln shares in the Philippine brewing firm Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '3.8 billion pesos', value: 3.8e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a price or an offer "offered by" / "made by" the bidder: the subject is bid for (not when the offer names its target)
    { text: 'Widget Inc could attract a higher bid than the 27 dlrs per share offered by Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], money: [{ text: '27 dlrs per share', value: 27, perShare: true }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said its board will recommend to shareholders the takeover offer made by Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said the offer made by Acme Corp for Beta Mining was too low.', orgs: ['Widget Inc', 'Acme Corp', 'Beta Mining'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Mining'] },
    // an offer by X for all of Y's shares is X's bid for Y, not for the subject that speaks of it
    { text: 'Widget Inc said it acted in response to an offer by Acme Corp for all of Beta Mining shares.', orgs: ['Widget Inc', 'Acme Corp', 'Beta Mining'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Mining'] },
    // the subject's own offer to or for a company, far from the subject
    { text: 'Acme Corp said it has withdrawn and terminated its 23 dlr per share takeover offer to Widget Inc because it failed to respond.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '23 dlr per share', value: 23, perShare: true }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it received notice of early termination of the Hart-Scott-Rodino waiting period for its 270 mln dlr takeover bid for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // (approval received for its own bid: no offer received for what it owns)
    { text: 'Acme Corp said it received approval for its takeover bid for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // (a proposal "to merge with" is a merger, no bid for the company named)
    { text: 'Acme Corp said its counter proposal to merge with Widget Inc was still under consideration.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // a board meeting "to consider" the bidder's offer; the company's own shares sold to a buyer
    { text: "Widget Inc's board of directors is meeting this morning in Chicago to consider Acme Corp's 1.5 billion dlr takeover offer.", orgs: ['Widget Inc', 'Acme Corp'], places: ['Chicago'], money: [{ text: '1.5 billion dlr', value: 1.5e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it sold 11.3 mln shares, or 29.4 pct, of its common stock to Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], percents: [{ text: '29.4 pct', value: 29.4 }], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // "a proposed leveraged buy-out of the company"; all the stock of the company named
    { text: 'Widget Inc said the talks concerning a proposed leveraged buy-out of the company have been terminated.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Acme Corp said it completed the acquisition of all the issued and outstanding stock of the Quincy Co-operative Bank.', orgs: ['Acme Corp', 'Quincy Co-operative Bank'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Quincy Co-operative Bank'] },
    // an offer for all its shares "from" a bidder after its price; control of the company given to a buyer
    { text: 'Widget Inc said its board is studying the unsolicited and conditional tender offer for all its common shares at 28 dlrs per share from Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], money: [{ text: '28 dlrs per share', value: 28, perShare: true }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it agreed in principle to give control of the company to Acme Corp in return for 2.6 mln dlrs in capital.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // stakes taken by two buyers; an offer "announced by" its bidder; reserves sold; a merger "between it and" X
    { text: 'Acme Corp and Beta Mining have each taken 50 pct stakes in factoring company Widget Inc.', orgs: ['Acme Corp', 'Beta Mining', 'Widget Inc'], percents: [{ text: '50 pct', value: 50 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Mining', 'target:Widget Inc'] },
    { text: 'Widget Inc said it considered the proposed 2.20 dlrs a share cash takeover offer announced by Acme Corp to be too low.', orgs: ['Widget Inc', 'Acme Corp'], money: [{ text: '2.20 dlrs a share', value: 2.2, perShare: true }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it has completed the previously-announced sale of its domestic oil and natural gas reserves to Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Widget Inc', 'target:domestic oil and natural gas reserves'] },
    { text: 'Widget Inc said it is holding a special shareholders meeting to vote on the previously-proposed merger between it and Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // the company itself for sale: "may seek a possible sale or merger of the association"
    { text: 'Widget Savings Association said it may seek a possible sale or merger of the association as it reported a net loss.', orgs: ['Widget Savings Association'], type: 'acquisition', parties: ['target:Widget Savings Association'] },
    // (a sale of its unit sought: no sale of the company)
    { text: 'Widget Inc said it may seek a sale of its valve unit.', orgs: ['Widget Inc'], type: 'divestiture', parties: ['seller:Widget Inc', 'target:valve unit'] },
    // the company itself for sale: its owners' offer "to take the company private", "seeking to be acquired",
    // "inquiries concerning the purchase of the company", "its possible purchase", a third party's proposal
    // "to acquire the company", "seeking a buyer for the company"
    { text: 'Widget Inc said owners of about 70 pct of its stock have offered to take the company private.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc, which has been seeking to be acquired, said it recently received inquiries concerning the purchase of the company.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc said it is involved in talks on its possible purchase by a substantial U.S. company.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc said it received an unsolicited proposal from a third party to acquire the company at 41.75 dlrs per share.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc said it is considering recapitalizing, restructuring, or seeking a buyer for the company.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // (a buyer sought for a unit is no sale of the company)
    { text: 'Widget Inc said it is seeking a buyer for its valve unit.', orgs: ['Widget Inc'], type: undefined, parties: null },
    // an amount offered for "the N shares of" a company; a holder's stake raised in the speaker
    { text: 'Acme Corp confirmed it offered 3.8 billion pesos in cash for the 38 mln shares of brewing company Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '3.8 billion pesos', value: 3.8e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said its largest shareholder, Acme Corp, has increased its stake to 15 pct from 14 pct.', orgs: ['Widget Inc', 'Acme Corp'], percents: [{ text: '15 pct', value: 15 }, { text: '14 pct', value: 14 }], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // shares bought by buyers only described in the sentence: the company whose shares they are
    { text: 'Two affiliated New York investment firms told the Securities and Exchange Commission they have acquired 555,057 shares of Widget Inc, or 5.1 pct of the total outstanding.', orgs: ['Widget Inc'], percents: [{ text: '5.1 pct', value: 5.1 }], type: 'stake_change', parties: ['target:Widget Inc'] },
    // (a named buyer in the sentence: the buyer's own frame)
    { text: 'Acme Corp told the Securities and Exchange Commission it has acquired 555,057 shares of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // an offer from X to buy a named company: X buys that company; the speaker who accepted it is no party
    { text: 'Minister Jane Roe said she had accepted an offer from Acme Corp to buy state-owned armaments manufacturer Widget Inc for 190 mln stg.', orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // (the company that received the offer to buy it is its target)
    { text: 'Widget Inc said it had no comment on an offer it received from Acme Corp to buy the company for 52 dlrs cash per share.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the acquisition of its unit "by" a buyer: the speaker does not buy it
    { text: 'Acme Corp said its shareholders approved the acquisition of its Widget Bank subsidiary by Beta Holdings.', orgs: ['Acme Corp', 'Widget Bank', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Beta Holdings', 'target:Widget Bank'] },
    // a possessive deal with a span of time after the target's name ("10 days ago" is no product model)
    { text: "Acme Corp's surprise takeover of the Widget Group 10 days ago has rattled the industry.", orgs: ['Acme Corp', 'Widget Group'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Group'] },
    // an offer's amount between the offer and its bidder
    { text: 'Widget Inc said it received an offer of 22 dlrs a share from an investor group led by its chairman, Jane Roe.', orgs: ['Widget Inc'], people: ['Jane Roe'], money: [{ text: '22 dlrs', value: 22 }], type: 'acquisition', parties: ['acquirer:Jane Roe', 'target:Widget Inc'] },
    // a company that sells itself by name is what is bought; a unit named after it is not
    { text: 'Widget Inc said it has terminated negotiations with Acme Corp for the sale of Widget Inc to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it sold its Widget Inc unit to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Widget Inc'] },
    // one unnamed target written twice, in the headline and the body: the fuller words
    { text: 'Acme Corp sells radio stations to Beta Partners\n\nAcme Corp has sold its 12 radio stations to Beta Partners.', orgs: ['Acme Corp', 'Beta Partners'], type: 'divestiture', parties: ['acquirer:Beta Partners', 'seller:Acme Corp', 'target:12 radio stations'] },
    // a plural of their kind before the pair a merger is of
    { text: 'Regulators blocked the merger of cinema chains Acme Corp and Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    // what a partner buys on its own is no part of the venture
    { text: 'Acme Corp has signed an agreement to form a joint venture with Beta Ltd. Acme Corp recently acquired a mothballed battery factory in the state.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'joint_venture', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    // a licensee that would be its own licensor misreads the sentence: another frame of it reads it
    { text: "Acme Corp has signed a licensing agreement with Beta Ltd, giving the carmaker the right to use Acme Corp's battery technology.", orgs: ['Acme Corp', 'Beta Ltd'], type: 'licensing', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp announced that it reached agreement with Beta Plc to purchase its brewing activities for $2 billion.', orgs: ['Acme Corp', 'Beta Plc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Plc', 'target:brewing activities'] },
    { text: 'Acme Corp signed an agreement with Widget Inc to acquire the company for $2 billion.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has invested $1 billion in Chinese ride-hailing service Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Corp'] },
    { text: 'Widget Inc agreed to sell itself to Acme Corp for $40 million.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc is being sold to Acme Corp by Beta Holdings.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings', 'target:Widget Inc'] },
    { text: 'Shares of Widget Inc, which Acme Corp agreed to buy last month, rose 3 percent.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp will take control of Widget Inc after the vote.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to buy out Widget Inc for $40 million.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp sold its 49% stake in Widget Inc to Beta Holdings.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Holdings'], percents: [{ text: '49%', value: 49 }], type: 'stake_change', parties: ['acquirer:Beta Holdings', 'seller:Acme Corp', 'target:Widget Inc'] },
    // a round named before "led by" with a comma; the speaker after its list raised it, and is no investor
    { text: 'The $30 million round, led by Granite Ventures, included participation from Orrin Capital and Kestrel Partners, Nimbus Labs said.', orgs: ['Granite Ventures', 'Nimbus Labs', 'Orrin Capital', 'Kestrel Partners'], money: [{ text: '$30 million', value: 3e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Kestrel Partners', 'investor:Orrin Capital'] },
    // an earlier deal in a clause of time adds no second target
    { text: 'Acme Corp agreed to buy Widget Inc for $410 million, its second deal this year after the purchase of Beta Ltd in March.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], money: [{ text: '$410 million', value: 4.1e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to buy Widget Inc and Beta Ltd for $410 million.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], money: [{ text: '$410 million', value: 4.1e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Beta Ltd', 'target:Widget Inc'] },
    // a legal form set off by a comma is the name's own: the apposition after it still ends before "from"
    { text: 'Acme Corp agreed to acquire Widget Holdings, LLC, a maker of sensors, from Beta Capital Partners for $410 million.', orgs: ['Acme Corp', 'Widget Holdings', 'LLC', 'Beta Capital Partners'], money: [{ text: '$410 million', value: 4.1e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Capital Partners', 'target:Widget Holdings'] },
    // a stalking-horse bidder; a company put up for sale, or sought options for, by its owner
    { text: 'Acme Corp has been named the stalking-horse bidder for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has put Widget Inc up for sale.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp is exploring options for Widget Inc, including a sale.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has hired advisers to explore a sale of its Widget Inc unit.', orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['seller:Acme Corp', 'target:Widget Inc'] },
    // absorbed into a company: the passive; the owners of a company sell it; a deal with its owners buys it
    { text: 'Widget Inc has been absorbed into Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "Widget Inc's owners sold the company to Acme Corp.", orgs: ['Acme Corp', 'Widget Inc'], type: 'divestiture', parties: ['acquirer:Acme Corp', "seller:Widget Inc's owners", 'target:Widget Inc'] },
    { text: "Acme Corp has struck a deal with Widget Inc's owners to buy the business.", orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the buyer of the target's past, in a relative clause, is no buyer of this deal
    { text: 'Widget Inc, which was bought by Beta Ltd in 2015, is being sold to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the owner named in the apposition of a target that opens the clause sells it
    { text: 'Widget Inc, a unit of Beta Holdings, has been sold to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings', 'target:Widget Inc'] },
    { text: 'Widget Inc, a maker of sensors, has been sold to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a headline's bare passive after a compound naming the owner
    { text: 'Beta-owned Widget Inc sold to Acme Corp', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a group led by its members opens the clause: the leaders are the buyers
    { text: 'A consortium led by Beta Capital has agreed to buy Widget Inc.', orgs: ['Beta Capital', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Beta Capital', 'target:Widget Inc'] },
    { text: 'A consortium led by Beta Capital and Gamma Partners has agreed to buy Widget Inc.', orgs: ['Beta Capital', 'Gamma Partners', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Beta Capital', 'acquirer:Gamma Partners', 'target:Widget Inc'] },
    // British usage: terms agreed on a takeover, by the bidder with the target or by the target
    { text: 'Acme Corp has agreed terms with Widget Inc on a £2bn takeover.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '£2bn', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc has agreed terms on a £2bn takeover by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '£2bn', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the round's money "came from" or the investment "was made by" its investors
    { text: 'Nimbus Labs has raised $30 million. The funding came from Granite Ventures and Orrin Capital.', orgs: ['Nimbus Labs', 'Granite Ventures', 'Orrin Capital'], money: [{ text: '$30 million', value: 3e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Orrin Capital'] },
    { text: 'Nimbus Labs has raised $30 million. The investment was made by Granite Ventures and Orrin Capital.', orgs: ['Nimbus Labs', 'Granite Ventures', 'Orrin Capital'], money: [{ text: '$30 million', value: 3e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Orrin Capital'] },
    // a series raised without "round" or "funding"; "funding of $N from" its investor
    { text: 'Nimbus Labs has raised a $12 million Series A.', orgs: ['Nimbus Labs'], money: [{ text: '$12 million', value: 1.2e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs'] },
    { text: 'Nimbus Labs, a fintech startup, has landed fresh funding of $12 million from Granite Ventures.', orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$12 million', value: 1.2e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    // a series announced without "funding"; a headline verb of winning money; nothing bought in "nabs ... led by"
    { text: 'Nimbus Labs announced a $30 million Series B. Granite Ventures led the round.', orgs: ['Granite Ventures', 'Nimbus Labs'], money: [{ text: '$30 million', value: 3e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Nimbus Labs nabs $30M Series B led by Granite Ventures', orgs: ['Granite Ventures', 'Nimbus Labs'], money: [{ text: '$30M', value: 3e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Granite Ventures bets $30 million on Nimbus Labs', orgs: ['Granite Ventures', 'Nimbus Labs'], money: [{ text: '$30 million', value: 3e7 }], type: 'investment', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Granite Ventures led a $50 million round in Nimbus Labs.', orgs: ['Granite Ventures', 'Nimbus Labs'], money: [{ text: '$50 million', value: 5e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    // a list of investors that ends in a group of no name
    { text: 'Nimbus Labs secured $8 million in a seed round from Granite Ventures, Orrin Capital and several angel investors.', orgs: ['Granite Ventures', 'Nimbus Labs', 'Orrin Capital'], money: [{ text: '$8 million', value: 8e6 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Orrin Capital'] },
    { text: 'Nimbus Labs, a dinner delivery service, now has $28 million in Series B funding.', orgs: ['Nimbus Labs'], money: [{ text: '$28 million', value: 2.8e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs'] },
    { text: 'Nimbus Labs has received an investment from Granite Ventures.', orgs: ['Granite Ventures', 'Nimbus Labs'], type: 'investment', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Acme Corp and Beta Ltd signed a memorandum of understanding on hydrogen.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'partnership', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp agreed to sell its Widget unit to Beta Ltd.', orgs: ['Acme Corp', 'Widget', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget'] },
    { text: 'Widget Inc rejected Acme Corp’s $2 billion takeover offer on Monday.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$2 billion', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp approached Widget Inc about a possible takeover last month.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Shareholders approved Widget Inc’s proposed takeover by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp, Beta Ltd to form hydrogen joint venture', orgs: ['Acme Corp', 'Beta Ltd'], type: 'joint_venture', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Nimbus Labs raised $50 million in new funding.', orgs: ['Nimbus Labs'], money: [{ text: '$50 million', value: 5e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs'] },
    { text: 'Acme Corp announced that it landed the global rights to the comedy from Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'licensing', parties: ['licensee:Acme Corp', 'licensor:Beta Ltd'] },
    // names listed with a party take its role; a comma alone is an apposition, not a list
    { text: 'Nimbus Labs raised $50 million from Granite Ventures, Harbor Capital and Vale Partners.', orgs: ['Nimbus Labs', 'Granite Ventures', 'Harbor Capital', 'Vale Partners'], money: [{ text: '$50 million', value: 5e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Harbor Capital', 'investor:Vale Partners'] },
    { text: 'Granite Ventures and Harbor Capital invested $20 million in Nimbus Labs.', orgs: ['Nimbus Labs', 'Granite Ventures', 'Harbor Capital'], type: 'investment', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Harbor Capital'] },
    { text: 'Acme Corp agreed to buy Widget Inc and Gadget Ltd for $40 million.', orgs: ['Acme Corp', 'Widget Inc', 'Gadget Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Gadget Ltd', 'target:Widget Inc'] },
    { text: 'Steelmaker Acme Corp and shipbuilder Beta Ltd will buy 30 percent of Widget Inc.', orgs: ['Acme Corp', 'Beta Ltd', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Acme Corp completed the sale of its subsidiary, Widget Inc, to Beta Ltd and Gamma Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd', 'Gamma Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'acquirer:Gamma Ltd', 'seller:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to buy Widget Inc, Gadget Ltd said on Monday.', orgs: ['Acme Corp', 'Widget Inc', 'Gadget Ltd'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // the name before the deal noun is what is bought; the subject or the possessor buys it
    { text: 'Acme Corp expects the Widget Inc purchase to add to earnings within a year.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp completed its $2 billion Widget Inc acquisition on Monday.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$2 billion', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "Regulators cleared Acme Corp's Widget Inc takeover.", orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // paid for a company, not a stake: bought whole; a buyout or takeover from Y: Y buys; the subject's own sale to Y
    { text: 'Acme Corp has agreed to pay $2 billion for Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$2 billion', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to pay $200 million for a 20% stake in Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$200 million', value: 2e8 }], percents: [{ text: '20%', value: 20 }], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc agreed to a $2 billion buyout from Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$2 billion', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: "Widget Inc said the company's sale to Acme Corp would close in March.", orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has taken a majority stake in Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has swooped for Widget Inc in a £400m deal.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '£400m', value: 4e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Shares in Widget Inc rose after the firm confirmed it was in talks with a possible buyer.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc is exploring a sale and has hired advisers, people familiar with the matter said.', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // (a headline's present tense, without the article)
    { text: 'Widget Inc explores sale', orgs: ['Widget Inc'], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'A consortium of Acme Corp, Beta Ltd and Gamma Ltd will buy Widget Inc for $2 billion.', orgs: ['Acme Corp', 'Beta Ltd', 'Gamma Ltd', 'Widget Inc'], money: [{ text: '$2 billion', value: 2e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'acquirer:Beta Ltd', 'acquirer:Gamma Ltd', 'target:Widget Inc'] },
    // a bid the deal beat names no buyer of it; a rival offer alone is the story's deal
    { text: 'Acme Corp agreed to buy Widget Inc for $600 million, beating a rival offer from Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], money: [{ text: '$600 million', value: 6e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to buy Widget Inc for $600 million, topping a $550 million bid by Beta Ltd.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], money: [{ text: '$600 million', value: 6e8 }, { text: '$550 million', value: 5.5e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc said it received a rival offer from Beta Ltd.', orgs: ['Widget Inc', 'Beta Ltd'], type: 'acquisition', parties: ['acquirer:Beta Ltd', 'target:Widget Inc'] },
    // a person's company named after the person: the company is the party
    { text: "Widget Inc is reviewing a takeover offer from veteran raider Tom Vantor's Acme Corp.", orgs: ['Acme Corp', 'Widget Inc'], people: ['Tom Vantor'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp confirmed it had made an approach to Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a stake in a joint venture with a company is no stake in the company
    { text: 'Acme Corp will take a 51% stake in a joint venture with Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], percents: [{ text: '51%', value: 51 }], type: 'joint_venture', parties: ['partner:Acme Corp', 'partner:Beta Ltd'] },
    { text: 'Acme Corp sells dairy unit to Beta Ltd', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:dairy unit'] },
    { text: 'Acme Corp agreed to sell the frozen foods business to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:frozen foods business'] },
    // a company that sells "to" a buyer, with a price or a deal after it and no object, sells itself
    { text: 'Widget Inc has sold to Acme Capital in a deal worth $50 million.', orgs: ['Widget Inc', 'Acme Capital'], money: [{ text: '$50 million', value: 5e7 }], type: 'acquisition', parties: ['acquirer:Acme Capital', 'target:Widget Inc'] },
    { text: 'Widget Inc sold out to Acme Capital last year.', orgs: ['Widget Inc', 'Acme Capital'], type: 'acquisition', parties: ['acquirer:Acme Capital', 'target:Widget Inc'] },
    // a short adjunct between a passive's verb and its agent; a participle's own agent is no buyer
    { text: 'Widget Inc was acquired for $5 million by Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], money: [{ text: '$5 million', value: 5e6 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc has been bought out of administration by Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc was sold out of bankruptcy to Acme Corp.', orgs: ['Widget Inc', 'Acme Corp'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc was bought last week with loans arranged by Acme Bank.', orgs: ['Widget Inc', 'Acme Bank'], type: 'acquisition', parties: ['target:Widget Inc'] },
    // paired modifiers joined by "and" stay one asset; a nominal divestment and take-private are deals
    { text: 'Acme Corp has agreed to sell its oil and gas assets to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:oil and gas assets'] },
    { text: 'Acme Corp has completed the divestment of its chemicals business, Acme Chem, to Beta Ltd.', orgs: ['Acme Corp', 'Acme Chem', 'Beta Ltd'], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Acme Chem'] },
    { text: 'Acme Capital has completed its $1.9 billion take-private of Widget Inc.', orgs: ['Acme Capital', 'Widget Inc'], money: [{ text: '$1.9 billion', value: 1.9e9 }], type: 'acquisition', parties: ['acquirer:Acme Capital', 'target:Widget Inc'] },
    { text: 'Acme Corp agreed to sell a 49% stake in its logistics arm to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'], percents: [{ text: '49%', value: 49 }], type: 'divestiture', parties: ['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:logistics arm'] },
    { text: 'Widget Inc sold a 20% stake to Acme Capital for $100 million.', orgs: ['Acme Capital', 'Widget Inc'], percents: [{ text: '20%', value: 20 }], type: 'stake_change', parties: ['acquirer:Acme Capital', 'target:Widget Inc'] },
    { text: 'Acme Capital is backing Widget Inc with $100 million.', orgs: ['Acme Capital', 'Widget Inc'], money: [{ text: '$100 million', value: 1e8 }], type: 'investment', parties: ['investee:Widget Inc', 'investor:Acme Capital'] },
    { text: "Acme Capital participated in Widget Inc's $40 million Series B round.", orgs: ['Acme Capital', 'Widget Inc'], money: [{ text: '$40 million', value: 4e7 }], type: 'funding_round', parties: ['investee:Widget Inc', 'investor:Acme Capital'] },
    { text: 'Acme Corp agreed to sell a 49% stake in its pipeline network to infrastructure investor Widget Partners for $1.1 billion.', orgs: ['Acme Corp', 'Widget Partners'], percents: [{ text: '49%', value: 49 }], type: 'divestiture', parties: ['acquirer:Widget Partners', 'seller:Acme Corp', 'target:pipeline network'] },
    { text: "Acme Corp bought out Beta Ltd's remaining 30% stake in Widget Inc.", orgs: ['Acme Corp', 'Beta Ltd', 'Widget Inc'], percents: [{ text: '30%', value: 30 }], type: 'stake_change', parties: ['acquirer:Acme Corp', 'seller:Beta Ltd', 'target:Widget Inc'] },
    { text: 'Nimbus Labs, a London-based payments startup, closed a $40 million Series B led by Granite Ventures.', orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$40 million', value: 4e7 }], type: 'funding_round', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Granite Ventures poured $40 million into Nimbus Labs.', orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$40 million', value: 4e7 }], type: 'investment', parties: ['investee:Nimbus Labs', 'investor:Granite Ventures'] },
    { text: 'Widget Inc walked away from merger talks with Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'merger', parties: ['partner:Acme Corp', 'partner:Widget Inc'] },
    { text: 'Widget Inc has agreed to a takeover by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'The purchase of Widget Inc gives Acme Corp a foothold in Asia.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc is being sold by Beta Holdings to Acme Corp.', orgs: ['Acme Corp', 'Widget Inc', 'Beta Holdings'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'seller:Beta Holdings', 'target:Widget Inc'] },
    { text: "Acme Corp's $1.1 billion deal for Widget Inc is expected to close by year-end.", orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$1.1 billion', value: 1.1e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Widget Inc, a provider of container scanning tools for cloud workloads, today announced that it has been acquired by Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp has won control of Widget Inc after buying shares from two investors.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said it would take full control of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // who approves a deal does not make it: the agent of "approved by" is no buyer
    { text: 'Acme Corp said its application for the acquisition of Widget Inc has been approved by the Board of Governors of the Federal Reserve.', orgs: ['Acme Corp', 'Widget Inc', 'Board of Governors', 'Federal Reserve'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a speaker's view opens a clause with its own subject: the agent is not the speaker
    { text: 'The deal could transform telecom, writes Gamma Research, and he thinks Acme Corp should consider buying Widget Inc.', orgs: ['Acme Corp', 'Widget Inc', 'Gamma Research'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // control gained with its size, a stake raised "into" a company
    { text: 'Acme Corp has gained close to 100% control of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], percents: [{ text: '100%', value: 100 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp raised its stake into Widget Inc to 85.7%.', orgs: ['Acme Corp', 'Widget Inc'], percents: [{ text: '85.7%', value: 85.7 }], type: 'stake_change', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a headline names what is bought before the deal noun, without a determiner
    { text: 'Acme Corp Completes Widget Inc Takeover', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp closes Widget Inc deal after regulators approve', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp drops Widget Inc bid', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp Walks Away From Widget Inc Deal', orgs: ['Acme Corp', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a headline's passive without its auxiliary
    { text: 'Widget Inc Sold to Acme Corp for $410 Million', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$410 Million', value: 4.1e8 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a company that agrees or backs a takeover of a stated price, naming no one, is what is bought
    { text: 'Widget Inc has agreed a £1bn takeover.', orgs: ['Widget Inc'], money: [{ text: '£1bn', value: 1e9 }], type: 'acquisition', parties: ['target:Widget Inc'] },
    { text: 'Widget Inc backed a £1bn takeover offer on Monday, and Acme Corp said it was pleased.', orgs: ['Widget Inc', 'Acme Corp'], money: [{ text: '£1bn', value: 1e9 }], type: 'acquisition', parties: ['target:Widget Inc'] },
    // (one that names what it takes over buys it)
    { text: 'Acme Corp agreed a £1bn takeover of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '£1bn', value: 1e9 }], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // a regulator, a competition authority or a court between the speaker and "its" offer is no party
    { text: 'Acme Corp said the Securities and Exchange Commission had cleared its tender offer for Widget Inc.', orgs: ['Acme Corp', 'Securities and Exchange Commission', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said the Norland Competition Authority would review its purchase of Widget Inc.', orgs: ['Acme Corp', 'Norland Competition Authority', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said a U.S. Bankruptcy Court approved its purchase of Widget Inc.', orgs: ['Acme Corp', 'U.S. Bankruptcy Court', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp said the FTC has asked for more information on its proposed acquisition of Widget Inc.', orgs: ['Acme Corp', 'FTC', 'Widget Inc'], type: 'acquisition', parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    // (a deposit insurer that sells a failed bank is a seller: it is no regulator here)
    { text: 'The Federal Deposit Insurance Corp said it sold Widget Savings Bank to Acme Corp.', orgs: ['Federal Deposit Insurance Corp', 'Widget Savings Bank', 'Acme Corp'], type: 'divestiture', parties: ['acquirer:Acme Corp', 'seller:Federal Deposit Insurance Corp', 'target:Widget Savings Bank'] },
  ];
  it.each(cases)('$text', ({ text, orgs, people, money, percents, type, parties }) => {
    const { deal } = run(text, { orgs, people, money, percents });
    expect(deal?.type).toBe(type);
    expect(roles(deal)).toEqual(parties);
  });
  it('names joined by "and" after a preposition are both its objects: the shareholders of X and Y', () => {
    const { deal } = run('The shareholders of Widget Inc and Acme Corp approved the sale of Widget Inc. Acme Corp is acquiring Widget Inc in a $3.4 billion deal.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$3.4 billion', value: 3.4e9 }] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('a frame of another kind adds no partner to an acquisition', () => {
    const { deal } = run('Acme Corp agreed to buy Widget Inc. The combination of Gadget Ltd and Widget Inc will lead the market.', { orgs: ['Acme Corp', 'Widget Inc', 'Gadget Ltd'] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it("a company's person who says the company acts names the company as the buyer", () => {
    const a = run('Acme Corp CEO Jane Roe said the company would buy Widget Inc for $300 million.', { orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'] });
    expect(roles(a.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    const b = run('Jane Roe, chief executive of Acme Corp, said the company would buy Widget Inc.', { orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'] });
    expect(roles(b.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    // (a person who says she acts herself stays the buyer)
    const c = run('Acme Corp founder Jane Roe said she would buy Widget Inc herself.', { orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'] });
    expect(roles(c.deal)).toEqual(['acquirer:Jane Roe', 'target:Widget Inc']);
  });
  it("a company's people qualify the subject: the founder bids, not the company", () => {
    const { deal } = run('Acme Corp founder and former chairman Jane Roe offered to buy Widget Inc for $8 billion.', { orgs: ['Acme Corp', 'Widget Inc'], people: ['Jane Roe'] });
    expect(roles(deal)).toEqual(['acquirer:Jane Roe', 'target:Widget Inc']);
    const co = run('Acme Corp shareholders approved the merger with Widget Inc.', { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(roles(co.deal)).toEqual(['partner:Acme Corp', 'partner:Widget Inc']);
  });
  it("a funding round's investors listed in its sentences and the next ones", () => {
    const text = 'Nimbus Labs raised $50 million in a Series C round led by Granite Ventures, with participation from Harbor Capital and Vale Partners. Existing investors Oak Fund and Birch Capital also took part. Pine Ventures, Elm Capital and Ash Partners participated too.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures', 'Harbor Capital', 'Vale Partners', 'Oak Fund', 'Birch Capital', 'Pine Ventures', 'Elm Capital', 'Ash Partners'], money: [{ text: '$50 million', value: 5e7 }] });
    expect(deal?.type).toBe('funding_round');
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', ...['Ash Partners', 'Birch Capital', 'Elm Capital', 'Granite Ventures', 'Harbor Capital', 'Oak Fund', 'Pine Ventures', 'Vale Partners'].map((n) => `investor:${n}`)]);
  });
  it.each([
    ['a round that "also included" investors', 'Nimbus Labs raised $25 million in new funding. Granite Ventures and Harbor Capital co-led the round, which also included Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"Investors in the round include", after a raise that ends at its amount', 'Nimbus Labs, a payments startup, has raised $25 million. Investors in the round include Granite Ventures, Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"with additional participation from" is equity, not a loan', 'Nimbus Labs raised $25 million in new funding. The financing was co-led by Granite Ventures and Harbor Capital, with additional participation from Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"Its backers include"', 'Nimbus Labs has raised $25 million. Its backers include Granite Ventures, Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"counts A, B and C among its investors"', 'Nimbus Labs has raised $25 million. The company counts Granite Ventures, Harbor Capital and Vale Partners among its investors.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"from a group of investors that includes"', 'Nimbus Labs has raised $25 million from a group of investors that includes Granite Ventures, Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['two lists in one sentence', 'Nimbus Labs has raised $25 million in new funding. New investors Harbor Capital and Vale Partners joined existing backers Granite Ventures.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"with support from"', 'Nimbus Labs has raised $25 million in new funding with support from Granite Ventures, Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"put money into the round"', 'Nimbus Labs has raised $25 million in new funding. Granite Ventures, Harbor Capital and Vale Partners put money into the round.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"Investors:" and a list', 'Nimbus Labs has raised $25 million in a Series B round. Investors: Granite Ventures, Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"led by A with B and C"', 'Nimbus Labs has raised $25 million in new funding. The round was led by Granite Ventures with Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"Also participating were"', 'Nimbus Labs has raised $25 million in a round led by Granite Ventures. Also participating were Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"were among those that took part"', 'Nimbus Labs has raised $25 million. Granite Ventures, Harbor Capital and Vale Partners were among those that took part.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['a later sentence that names the round', 'Nimbus Labs has raised $25 million in a round led by Granite Ventures. It was founded in 2019. It has 80 staff. It sells to banks. Sales tripled. It plans to expand. It hired a new CFO. Harbor Capital and Vale Partners also participated in the round.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"A, B and C backed the round in Y"', 'Granite Ventures, Harbor Capital and Vale Partners backed the $25 million round in Nimbus Labs.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"The round for Y was led by"', 'The $25 million round for Nimbus Labs was led by Granite Ventures, with Harbor Capital and Vale Partners also taking part.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"with C and angel investors also taking part"', 'Nimbus Labs secured $25 million from Granite Ventures and Harbor Capital, with Vale Partners and angel investors also taking part.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['"Backed by A and B, Y has raised $N"', 'Backed by Granite Ventures and Harbor Capital, Nimbus Labs has raised $25 million to expand into Europe.', ['Granite Ventures', 'Harbor Capital']],
    ['"raises $N led by" with no word for the round', 'Nimbus Labs raised $25 million led by Granite Ventures, with participation from Harbor Capital and Vale Partners.', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
    ['a headline\'s list after "from" joined by commas', 'Nimbus Labs raises $25 million from Granite Ventures, Harbor Capital, Vale Partners', ['Granite Ventures', 'Harbor Capital', 'Vale Partners']],
  ])('investors: %s', (_label, text, investors) => {
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures', 'Harbor Capital', 'Vale Partners'], money: [{ text: '$25 million', value: 2.5e7 }] });
    expect(deal?.type).toBe('funding_round');
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', ...investors.map((n) => `investor:${n}`)]);
  });
  it('"The round, which values Y at $N, was led by": Y is the investee, the round\'s amount its value', () => {
    const text = 'The $25 million round, which values Nimbus Labs at $400 million, was led by Granite Ventures. Other backers include Harbor Capital and Vale Partners.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures', 'Harbor Capital', 'Vale Partners'], money: [{ text: '$25 million', value: 2.5e7 }, { text: '$400 million', value: 4e8 }] });
    expect(deal?.type).toBe('funding_round');
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Harbor Capital', 'investor:Vale Partners']);
    expect(deal?.value?.value).toBe(2.5e7);
  });
  it("a sale by an earlier deal's buyer of what it bought is the news; the purchase is its past", () => {
    const text = 'Acme Corp bought Widget Inc in 2019 for $2 billion. It is now selling the business to Beta Ltd for $500 million.';
    const h = { orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], money: [{ text: '$2 billion', value: 2e9 }, { text: '$500 million', value: 5e8 }] };
    const r = run(text, h);
    expect(r.deal?.type).toBe('divestiture');
    expect(roles(r.deal)).toEqual(['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:Widget Inc']);
    expect(r.deal?.value?.value).toBe(5e8);
    expect(r.otherDeals.map((d) => roles(d))).toEqual([['acquirer:Acme Corp', 'target:Widget Inc']]);
    // (the same buyer selling another company's business is no resale)
    const other = run('Acme Corp bought Widget Inc in 2019. It is now selling its Kestrel unit to Beta Ltd.', { orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd', 'Kestrel'] });
    expect(roles(other.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('a description with a place inside it ("The Denver-based company") stands for the name before it, and joins the deal that name opened', () => {
    const h = { orgs: ['Widget Inc', 'Acme Corp'], places: ['Denver'] };
    const one = run('Widget Inc makes fleet software. The Denver-based company said on Monday it had been bought by Acme Corp.', h);
    expect(roles(one.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    const two = run('Widget Inc has been acquired. The Denver-based maker of fleet software said on Monday it had been bought by Acme Corp.', h);
    expect(roles(two.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    expect(two.otherDeals).toEqual([]);
    // (a frame that only joins a deal, where none is open, does not keep the description from being read)
    const three = run('Widget Inc makes fleet software. The truck maker said on Monday it had been bought by Acme Corp.', h);
    expect(roles(three.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('"Y today announced $N in Series A funding" is a completed round of Y', () => {
    const { deal } = run('Nimbus Labs today announced $25 million in Series A funding led by Granite Ventures.', { orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$25 million', value: 2.5e7 }] });
    expect(deal?.type).toBe('funding_round');
    expect(deal?.status).toBe('completed');
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', 'investor:Granite Ventures']);
  });
  it('an announced investment in a plant is no funding round', () => {
    const { deal } = run('Nimbus Labs announced a $500 million investment in its Ohio plant.', { orgs: ['Nimbus Labs'], money: [{ text: '$500 million', value: 5e8 }] });
    expect(deal?.type).not.toBe('funding_round');
  });
  it('"Y said A, B and C had invested $N in the company": the speaker is the company', () => {
    const { deal } = run('Nimbus Labs said Granite Ventures, Harbor Capital and Vale Partners had invested $25 million in the company.', { orgs: ['Nimbus Labs', 'Granite Ventures', 'Harbor Capital', 'Vale Partners'], money: [{ text: '$25 million', value: 2.5e7 }] });
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', 'investor:Granite Ventures', 'investor:Harbor Capital', 'investor:Vale Partners']);
  });
  it.each([
    'Granite Ventures backed the $25 million round in Nimbus Labs.',
    'The $25 million round for Nimbus Labs was led by Granite Ventures.',
  ])('a round backed or led is done: %s', (text) => {
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$25 million', value: 2.5e7 }] });
    expect(deal?.status).toBe('completed');
  });
  it('"struck a $N deal for Y" is an acquisition of Y; a deal for a company\'s products is none', () => {
    const a = run('Acme Corp has struck a $300 million deal for Widget Inc.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$300 million', value: 3e8 }] });
    expect(roles(a.deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    const b = run("Acme Corp signed a deal for Widget Inc's chips to go into its phones.", { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(b.deal?.type ?? null).not.toBe('acquisition');
  });
  it('an apposition ends an investor list', () => {
    const text = 'Nimbus Labs raised $50 million in a Series C round. It is the first investment from Granite Ventures, the new firm of former Oak Fund partner Jane Roe.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures', 'Oak Fund'], people: ['Jane Roe'], money: [{ text: '$50 million', value: 5e7 }] });
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', 'investor:Granite Ventures']);
  });
  it('names after an investor cue in a sentence that is no longer about the round are not investors', () => {
    const text = 'Nimbus Labs raised $50 million in a Series C round led by Granite Ventures. The company was founded in 2019. It plans to hire 40 people. It sells to banks. Its rivals include Quartz Labs. Sales doubled. Margins rose. Later, a deal backed by Harbor Capital fell through.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures', 'Quartz Labs', 'Harbor Capital'], money: [{ text: '$50 million', value: 5e7 }] });
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', 'investor:Granite Ventures']);
  });
  it('a rival bidder named in another sentence is no co-buyer', () => {
    const { deal } = run('Widget Inc agreed an offer from Acme Corp in August. Widget Inc then rejected a counter-proposal from Beta Ltd.', { orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('a news source that reports is no party; a company that reports results still is', () => {
    const src = run('Gamma News reported that it had received a takeover offer from Beta Ltd.', { orgs: ['Gamma News', 'Beta Ltd'] });
    expect(src.deal?.parties.map((p) => p.name) ?? []).not.toContain('Gamma News');
    const co = run('Acme Corp reported a loss and agreed to sell its pipeline unit to Beta Ltd.', { orgs: ['Acme Corp', 'Beta Ltd'] });
    expect(roles(co.deal)).toEqual(['acquirer:Beta Ltd', 'seller:Acme Corp', 'target:pipeline unit']);
  });
  it('a more specific frame outranks an agreement of no stated kind in the same sentence', () => {
    const { deal } = run('Acme Corp signed an agreement with Widget Inc to acquire the company.', { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(deal?.type).toBe('acquisition');
  });
  it('an agreement of no stated kind adds no party to a deal already open', () => {
    const { deal } = run('Acme Corp and Beta Ltd agreed to merge. Acme Corp also signed agreements with Gamma Inc.', { orgs: ['Acme Corp', 'Beta Ltd', 'Gamma Inc'] });
    expect(roles(deal)).toEqual(['partner:Acme Corp', 'partner:Beta Ltd']);
  });
});

describe('no deal', () => {
  const cases: { text: string; orgs: string[]; money?: { text: string; value: number }[] }[] = [
    { text: 'Acme Corp reported revenue of $5 billion for the quarter, up 12 percent.', orgs: ['Acme Corp'] },
    { text: 'Acme Corp shares rose after analysts at Beta Ltd raised their price target.', orgs: ['Acme Corp', 'Beta Ltd'] },
    { text: 'Apple pie sales rose in the autumn, the bakers said.', orgs: [] },
    // a distributor "company-controlled" is no company bought
    { text: 'Franchisees sued Acme Corp, accusing it of forcing them to buy food through a company-controlled distributor.', orgs: ['Acme Corp'] },
    // a bet on a company's growth is no investment in it
    { text: "Granite Ventures bet $30 million on Nimbus Labs' growth.", orgs: ['Granite Ventures', 'Nimbus Labs'], money: [{ text: '$30 million', value: 3e7 }] },
    // an analyst's view of a deal names no buyer: only the speaker's own "its" does
    { text: 'Its acquisition of Widget Inc will close in May, analysts at Beta Ltd said.', orgs: ['Widget Inc', 'Beta Ltd'] },
    // selling "to" customers is no sale of the company
    { text: 'Widget Inc sells to retailers such as Acme Stores.', orgs: ['Widget Inc', 'Acme Stores'] },
    { text: 'Widget Inc sells to Acme Stores, its biggest customer.', orgs: ['Widget Inc', 'Acme Stores'] },
    // a deal for a company to do something is no bid for it
    { text: 'Acme Corp struck a deal for Widget Inc to carry its crisps.', orgs: ['Acme Corp', 'Widget Inc'] },
    // goods sold in numbers: "2 million boxes" is no mill
    { text: 'Acme Corp sold 2 million boxes of crisps in March.', orgs: ['Acme Corp'] },
    // a channel a company sells its goods through is nothing sold
    { text: 'Acme Corp launched a new line of crisps, which it will sell through Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'] },
    // a company's team, group or board is no company bought
    { text: 'Widget Inc is now part of the Acme Corp team.', orgs: ['Acme Corp', 'Widget Inc'] },
    { text: 'Acme Corp welcomed Widget Inc to its board of advisers.', orgs: ['Acme Corp', 'Widget Inc'] },
    // a fronted clause about a takeover that names no bidder
    { text: 'After a bruising takeover battle with Beta Ltd, Acme Corp said profits fell.', orgs: ['Acme Corp', 'Beta Ltd'] },
    // a relative clause about a stake bought, not the company; a sale of goods
    { text: 'Shares of Widget Inc, which Acme Corp buys chips from, rose.', orgs: ['Acme Corp', 'Widget Inc'] },
    { text: 'Acme Corp said its chips are being sold to carmakers in Asia.', orgs: ['Acme Corp'] },
    // a deal noun after a named product or a completed report is no deal of that name; "sold to" inside a sentence
    { text: 'Acme Corp completed the Widget Inc audit.', orgs: ['Acme Corp', 'Widget Inc'] },
    { text: 'Last year Widget Inc sold to Acme Corp and other carmakers.', orgs: ['Acme Corp', 'Widget Inc'] },
    // a buyer named on its own opens no deal; what a company sells to customers is no deal
    { text: 'Acme Corp said the sale to Beta Ltd of its products rose.', orgs: ['Acme Corp', 'Beta Ltd'] },
    { text: 'Acme Corp said its chips are being sold to Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'] },
    // an order of aircraft or ships is no purchase of a business
    { text: 'Acme Corp has agreed to buy 40 planes from Beta Ltd.', orgs: ['Acme Corp', 'Beta Ltd'] },
    { text: 'Acme Corp will buy two new vessels from Beta Ltd for $300 million.', orgs: ['Acme Corp', 'Beta Ltd'], money: [{ text: '$300 million', value: 3e8 }] },
    // others, unnamed, want to buy: the speaker is no buyer
    { text: 'Acme Corp said about seven companies are interested in buying Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'] },
    // a comma between names that is no headline pair; an approach about something else
    { text: 'Acme Corp, Beta Ltd’s supplier, to open a plant.', orgs: ['Acme Corp', 'Beta Ltd'] },
    { text: 'Acme Corp approached Widget Inc about a supply contract.', orgs: ['Acme Corp', 'Widget Inc'] },
    // an agreement of no stated kind that names no one: no deal
    { text: 'Acme Corp said it signed an agreement to lease new offices in the city.', orgs: ['Acme Corp'] },
    { text: 'Acme Corp teamed up with local schools to plant trees.', orgs: ['Acme Corp'] },
    { text: 'Acme Corp signed a supply agreement with Beta Ltd for its new plant.', orgs: ['Acme Corp', 'Beta Ltd'] },
    // a maker's name in a product's name is no party to its purchase
    { text: 'Emirates Airline finalized a deal to purchase 30 of Boeing’s 787-9 Dreamliner jets.', orgs: ['Emirates Airline', 'Boeing'] },
    { text: 'Acme Air agreed to buy 40 Airbus A350 planes for its long-haul fleet.', orgs: ['Acme Air', 'Airbus'] },
    // a central bank buying currency to hold its price; a description that names one side only
    { text: 'One dealer said the Bank of Japan bought 400 mln dlrs as it tried to keep the U.S. Currency above 149 yen.', orgs: ['Bank of Japan', 'U.S. Currency'] },
    { text: 'During the afternoon, the bank bought 22 mln stg of band two bank bills from the market.', orgs: [] },
    { text: 'Acme Corp signed a contract with Beta Ltd to build two ships.', orgs: ['Acme Corp', 'Beta Ltd'] },
    { text: 'Acme Corp reached a settlement agreement with Beta Ltd over the patent suit.', orgs: ['Acme Corp', 'Beta Ltd'] },
    // a subsidiary named as such, not "now" or "became": who owns whom, no deal
    { text: 'Widget Inc is a unit of Acme Corp.', orgs: ['Acme Corp', 'Widget Inc'] },
    { text: 'The shares were sold to an unnamed buyer.', orgs: [] },
    { text: 'Widget Inc, a wholly owned subsidiary of Acme Corp, said it would cut 200 jobs.', orgs: ['Acme Corp', 'Widget Inc'] },
    {
      // a deal mentioned only in passing, late in the article, is background
      text: 'Acme Corp posted record profit for the year. Sales rose strongly in Europe and Asia. Margins widened by two points on lower costs. Costs fell in every one of its units. The dividend rose by a tenth to 40 cents. Shares climbed 3 percent in early trading. In 2019, Acme Corp completed its acquisition of Widget Inc.',
      orgs: ['Acme Corp', 'Widget Inc'],
    },
    // a deal a trailing clause of time dates before the news ("a year after ...") is background
    { text: 'The chief executive of Acme Corp will step down in June, the company said on Monday, a year after he led its $4 billion takeover of Widget Inc.', orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$4 billion', value: 4e9 }] },
    // two merger partners and no word on who is paid: a merger, no buyer guessed
    { text: 'Acme Corp said its board and the board of Beta Ltd approved a merger of equals. Each Beta Ltd shareholder will receive 1.2 shares of Acme Corp common stock.', orgs: ['Acme Corp', 'Beta Ltd'], merger: true },
    // both sides' holders are paid, or only own part of the combined company: no side is read
    { text: 'Acme Corp and Beta Ltd agreed to merge. Acme Corp shareholders will receive one share of the new company and Beta Ltd shareholders will receive 1.5 shares.', orgs: ['Acme Corp', 'Beta Ltd'], merger: true },
    { text: 'Acme Corp and Beta Ltd agreed to merge. Acme Corp shareholders will own 55 pct of the combined company and Beta Ltd shareholders will own 45 pct.', orgs: ['Acme Corp', 'Beta Ltd'], merger: true },
  ];
  it.each(cases.filter((c) => !('merger' in c)))('$text', ({ text, orgs, money }) => {
    expect(run(text, { orgs, money }).deal).toBeNull();
  });
  it.each(cases.filter((c) => 'merger' in c))('a merger of equals stays a merger: $text', ({ text, orgs }) => {
    const { deal } = run(text, { orgs });
    expect(deal?.type).toBe('merger');
    expect(roles(deal)).toEqual(['partner:Acme Corp', 'partner:Beta Ltd']);
  });
  it('a year naming reported results does not make the deal sentence background', () => {
    const text = "Acme Corp, earlier reporting lower 1986 net profit, said talks continue on the sale of the company's 80 pct interest in Widget Inc.";
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], dates: [{ text: '1986', value: '1986' }] }, '1987-03-11');
    expect(roles(deal)).toEqual(['seller:Acme Corp', 'target:Widget Inc']);
  });
  it('page scraps before the lead do not push it out of the lead', () => {
    const text = '/cdn. vox-cdn. com/uploads/image.png. Listen. Share. Acme Corp posted record profit for the year. Acme Corp agreed to buy Widget Inc for $40 million.';
    expect(roles(run(text, { orgs: ['Acme Corp', 'Widget Inc'] }).deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('a payment for something bought joins a sale; alone it opens none', () => {
    const text = 'Beta Capital paid £217m cash for the 35 garden centres.';
    expect(run(text, { orgs: ['Beta Capital'], money: [{ text: '£217m', value: 217e6 }] }).deal).toBeNull();
  });
  it('a lead sentence dated by a stated earlier year is background', () => {
    const text = 'In 1985, Acme Corp acquired Widget Inc for $500 million.';
    expect(run(text, { orgs: ['Acme Corp', 'Widget Inc'], dates: [{ text: '1985', value: '1985' }] }, '1987-03-11').deal).toBeNull();
  });
});

describe('a possessive pronoun before a deal noun stands for the focus organization', () => {
  const orgs = ['Acme Corp', 'Widget Inc'];
  const cases: [string, string[] | null][] = [
    ['Acme Corp reported higher profit. Its $3 billion acquisition of Widget Inc closed in May.', ['acquirer:Acme Corp', 'target:Widget Inc']],
    ['Acme Corp kept its rating. Despite its purchase of Widget Inc earlier this year, the company cut no jobs.', ['acquirer:Acme Corp', 'target:Widget Inc']],
    ['Acme Corp is growing. Its proposed deal to purchase Widget Inc would make it the largest producer.', ['acquirer:Acme Corp', 'target:Widget Inc']],
    // no deal noun after "its": the pronoun is no party
    ['Acme Corp reported higher profit. Its shares rose after Widget Inc reported a loss.', null],
    // no organization before it to stand for
    ['Its acquisition of Widget Inc closed in May.', null],
  ];
  it.each(cases)('%s', (text, parties) => {
    expect(roles(run(text, { orgs: orgs.filter((o) => text.includes(o)) }).deal)).toEqual(parties);
  });
});

describe('a date of the months just before publication does not make a deal sentence background', () => {
  const text = 'Sources said Acme Corp was rebuffed late last year after it approached Widget Inc about a takeover.';
  const orgs = ['Acme Corp', 'Widget Inc'];
  it('reads the deal when "late last year" ends a few weeks before a January story', () => {
    const dates = [{ text: 'late last year', value: '2013', range: { start: '2013-09', end: '2013-12' } }];
    expect(roles(run(text, { orgs, dates }, '2014-01-21').deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('keeps it background when the same months are over a year before publication', () => {
    const dates = [{ text: 'late last year', value: '2013', range: { start: '2013-09', end: '2013-12' } }];
    expect(run(text, { orgs, dates }, '2014-11-21').deal).toBeNull();
  });
  it('keeps a plain "last year" background, whose months start a year before', () => {
    const dates = [{ text: 'last year', value: '2013', range: { start: '2013-01', end: '2013-12' } }];
    expect(run(text.replace('late last year', 'last year'), { orgs, dates }, '2014-01-21').deal).toBeNull();
  });
});

describe('a date without a stated year does not make a deal sentence background', () => {
  it('reads the deal when a bare month-day was resolved to the year before', () => {
    const text = 'Widget Inc said it set March 31 as the date for a vote on the proposed acquisition of the company by Acme Corp.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], dates: [{ text: 'March 31', value: '1986-03-31' }] }, '1987-03-11');
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
});

describe('a past year in a relative clause about a party dates that clause, not the deal after it', () => {
  it('reads the deal the main clause states', () => {
    const text = 'Acme Corp, which sold its last mining licence in 2017 and has since sought an acquisition, said it had agreed to acquire Widget Inc for $38 million.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], dates: [{ text: '2017', value: '2017' }], money: [{ text: '$38 million', value: 3.8e7 }] }, '2019-03-04');
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
  });
  it('so does a participle of the company\'s founding', () => {
    const text = 'Widget Inc, founded in 2020 by two engineers, said Tuesday it had closed a $27 million Series B round led by Acme Ventures.';
    const { deal } = run(text, { orgs: ['Acme Ventures', 'Widget Inc'], dates: [{ text: '2020', value: '2020' }], money: [{ text: '$27 million', value: 2.7e7 }] }, '2022-11-29');
    expect(roles(deal)).toEqual(['investee:Widget Inc', 'investor:Acme Ventures']);
  });
  it('leaves the deal of the relative clause itself in the past', () => {
    const text = 'Acme Corp, which bought Widget Inc in 2015 for $40 million, said on Monday its profit rose.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], dates: [{ text: '2015', value: '2015' }], money: [{ text: '$40 million', value: 4e7 }] }, '2019-03-04');
    expect(deal).toBeNull();
  });
});

describe('status', () => {
  const cases: [string, string | null][] = [
    ['Acme Corp completed its acquisition of Widget Inc on Monday.', 'completed'],
    ['Acme Corp agreed to acquire Widget Inc, the companies said.', 'agreed'],
    ['Acme Corp has offered to acquire Widget Inc in a hostile bid.', 'proposed'],
    ['Acme Corp is in talks to acquire Widget Inc, people familiar with the matter said.', 'rumored'],
    ['Acme Corp said it terminated its agreement to acquire Widget Inc.', 'terminated'],
    ['Acme Corp sweetened its offer to acquire Widget Inc.', 'revised'],
    ['Acme Corp won the auction for Widget Inc on Monday.', 'agreed'],
    // a deal that became final, took effect or went through is completed; one that will is not
    ['The merger of Acme Corp and Widget Inc, which became final Tuesday, created the largest grocer in the state.', 'completed'],
    ["Acme Corp's acquisition of Widget Inc took effect on Friday.", 'completed'],
    ["Acme Corp's takeover of Widget Inc went through on Monday.", 'completed'],
    // a headline's infinitive of combining, and a takeover sealed, are agreed
    ['Acme Corp, Widget Inc to combine in all-stock merger', 'agreed'],
    ['Acme Corp seals Widget Inc takeover', 'agreed'],
    // the progressive with a contracted "is"
    ["Acme Corp announced Tuesday that it's acquiring Widget Inc, the templating tool.", 'agreed'],
    // a rival that declined to raise its offer revises nothing
    ['Acme Corp has won the battle for Widget Inc after a rival declined to raise its offer.', 'agreed'],
    ['Acme Corp agreed to acquire Widget Inc. The acquisition will become effective once regulators approve it.', 'agreed'],
    ['Acme Corp said it does not intend to make an offer for Widget Inc.', 'terminated'],
    // a headline's grammar: no determiner, the present tense
    ['Acme Corp abandons Widget Inc takeover', 'terminated'],
    ['Acme Corp scraps Widget Inc deal after review', 'terminated'],
    ["Acme Corp's takeover of Widget Inc collapses as regulators object", 'terminated'],
    ['Widget Inc rejects Acme Corp bid', 'proposed'],
    ['Acme Corp agreed to offload Widget Inc to a rival.', 'agreed'],
    ['Widget Inc is being sold to Acme Corp by its founders.', 'agreed'],
    ['Widget Inc said Acme Corp is now buying the company.', 'agreed'],
    ["The board of Widget Inc has recommended that shareholders accept Acme Corp's offer.", 'agreed'],
    ['Acme Corp has emerged as a possible suitor for Widget Inc.', 'proposed'],
    ['The deal, announced Monday, will see Acme Corp acquire Widget Inc for $500 million.', 'agreed'],
    ['Widget Inc will be taken private by Acme Corp in a $2 billion deal.', 'agreed'],
    ['Acme Corp has added Widget Inc to its portfolio.', 'completed'],
    ['The acquisition of Widget Inc by Acme Corp, announced in March, closed on Friday.', 'completed'],
    // the deal's first frame has no tense; a later one of the same deal has
    ['Acme Corp said its sale of Widget Inc will not affect its other interests. Acme Corp sold Widget Inc on April 1.', 'completed'],
    ["Acme Corp's Widget Inc takeover gets the nod from regulators.", 'agreed'],
    // a raise that led to the outcome ("after raising its offer") does not outrank the outcome
    ['Acme Corp has won control of Widget Inc after raising its offer.', 'completed'],
    ['Acme Corp raised its offer for Widget Inc after Widget Inc rejected the first.', 'revised'],
    ['Widget Inc has found a new owner in Acme Corp.', 'agreed'],
    // more ways a deal ends, is cut, closes or is rumoured
    ['Acme Corp said on Friday it had pulled the plug on its planned $400 million purchase of Widget Inc.', 'terminated'],
    ["Acme Corp's takeover of Widget Inc is off after the two sides failed to agree on terms.", 'terminated'],
    ["Acme Corp's takeover of Widget Inc is off to a good start.", null],
    ['Acme Corp has lapsed its offer for Widget Inc after failing to secure enough acceptances.', 'terminated'],
    ['Widget Inc and Acme Corp have mutually agreed to end their merger agreement.', 'terminated'],
    ['Acme Corp has cut its offer for Widget Inc by 10% after discovering accounting problems.', 'revised'],
    ['Acme Corp took over Widget Inc on Monday, completing a tender offer it launched in May.', 'completed'],
    ['Acme Corp is understood to be close to a deal to buy Widget Inc for about $400 million.', 'rumored'],
    // "will see" with a long description of its subject
    ['The deal, which was first reported by Bloomberg, will see the Swedish buyout group Acme Corp acquire Widget Inc for $800 million.', 'agreed'],
    // a company that will be merged into another: agreed
    ['Widget Inc will be merged into Acme Corp under an agreement announced Tuesday.', 'agreed'],
    // analysts who judge the price report no rumour; analysts as the source of the news do
    ['Acme Corp agreed to buy Widget Inc for $2 billion, a price that analysts said was too high.', 'agreed'],
    ['Acme Corp made a $2 billion offer for Widget Inc, a price that analysts said was too low.', 'proposed'],
    ['Acme Corp is in talks to buy Widget Inc, analysts said.', 'rumored'],
    // an approach the company confirms is no rumour; one it declines to confirm stays one
    // an agreement that sources or an outlet report in its own sentence is a rumour, until a party confirms it
    ['Acme Corp will invest $400 million in Widget Inc, giving it a 10% stake, people familiar with the matter said.', 'rumored'],
    ["Japan's Acme Corp will buy Widget Inc for about $1.5 billion, the Nikkei reported on Sunday.", 'rumored'],
    ['Acme Corp agreed to buy Widget Inc for $1.5 billion, the companies said, confirming a Bloomberg News report.', 'agreed'],
    ['Widget Inc has received a takeover approach from Acme Corp, it said on Monday, confirming press speculation.', 'proposed'],
    ['Widget Inc declined to confirm reports that it had received an approach from Acme Corp.', 'rumored'],
    // a higher or improved bid made is a revised one; a new or fresh one is not yet
    ['Acme Corp made a higher offer for Widget Inc on Monday.', 'revised'],
    ['Acme Corp has submitted an improved $5 billion proposal for Widget Inc.', 'revised'],
    ['Acme Corp made a new offer for Widget Inc.', 'proposed'],
    // shareholders who voted, on a day, to approve the sale
    ["Shareholders of Widget Inc voted on Thursday to approve the company's sale to Acme Corp.", 'agreed'],
    ["Acme Corp's decision to buy Widget Inc for $4 billion surprised investors.", 'agreed'],
    // a bare participle's passive is a reduced relative clause of the past ("the platform acquired by X")
    ['Widget Inc, acquired by Acme Corp for $1 billion in 2012, has grown fast.', 'completed'],
    ['Widget Inc expects to be acquired by Acme Corp for $1 billion.', 'agreed'],
    // exercising an option to buy commits the buyer: agreed (the purchase closes later)
    ['Acme Corp has exercised its option to acquire the remaining 40% of Widget Inc.', 'agreed'],
    // going public through a merger with a listed shell (a SPAC) is the agreed merger
    ['Widget Inc will go public through a merger with Acme Corp, a special purpose acquisition company.', 'agreed'],
    ['Widget Inc plans to go public by merging with Acme Corp.', 'agreed'],
    // a first (latest, biggest) acquisition made is done
    ['Acme Corp has made its first acquisition, buying Widget Inc for $20 million.', 'completed'],
    // closing on, wrapping up or finalizing an acquisition is done
    ['Acme Corp closed on its acquisition of Widget Inc.', 'completed'],
    ['Acme Corp wrapped up its purchase of Widget Inc.', 'completed'],
    // a company that is now (or became) a subsidiary of another was bought by it
    ['Widget Inc is now a wholly owned subsidiary of Acme Corp.', 'completed'],
    // a purchase in a relative clause of the target's past (its verb has no object) tells the past, not the deal
    ['Acme Corp is exploring a sale of Widget Inc, which it bought in 2019.', 'rumored'],
    ['Acme Corp is exploring a sale of Widget Inc, a maker of payroll tools it bought last year.', 'rumored'],
    ['Acme Corp said it had bought Widget Inc.', 'completed'],
    ['Acme Corp is poised to buy Widget Inc.', 'agreed'],
    ['Acme Corp has put Widget Inc up for sale.', 'proposed'],
    ['Acme Corp reached terms with Widget Inc for a buyout.', 'agreed'],
    // negated intent ends a bid; a negated raise revises nothing; a condition ("until", "unless") ends nothing
    ['Acme Corp said it would not proceed with its offer for Widget Inc.', 'terminated'],
    ['Acme Corp has decided not to pursue a bid for Widget Inc.', 'terminated'],
    ['Acme Corp no longer intends to buy Widget Inc.', 'terminated'],
    ['Acme Corp said it is no longer in talks to buy Widget Inc.', 'terminated'],
    ["Acme Corp said it won't make an offer for Widget Inc.", 'terminated'],
    ['Acme Corp said it would not raise its offer for Widget Inc.', 'proposed'],
    ['Acme Corp will not make an offer for Widget Inc unless the board agrees.', 'proposed'],
    ['Widget Inc rebuffed an approach from Acme Corp last week.', 'proposed'],
    ['Acme Corp raises Widget Inc offer', 'revised'],
    ['Acme Corp has built a 7% stake in Widget Inc.', 'completed'],
    ['Widget Inc is now part of Acme Corp.', 'completed'],
    ['Widget Inc became part of Acme Corp in 2019.', 'completed'],
    ['Acme Corp is merging with Widget Inc to create a drugmaker.', 'agreed'],
    ['Acme Corp said its offer for Widget Inc had been accepted by the board.', 'agreed'],
    ['The deal will see Widget Inc become a wholly owned subsidiary of Acme Corp.', 'agreed'],
    ['Acme Corp is in talks to buy Widget Inc, Bloomberg reported.', 'rumored'],
    ['Acme Corp, Widget Inc in merger talks', 'proposed'],
    ['Acme Corp has held preliminary talks about acquiring Widget Inc, a person familiar with the matter said.', 'rumored'],
    ['Acme Corp could buy Widget Inc, analysts speculated.', 'rumored'],
    ['Acme Corp declined to comment on reports that it is in talks to buy Widget Inc.', 'rumored'],
    ['Acme Corp has approached Widget Inc about a takeover, Sky News reported.', 'rumored'],
    ['Acme Corp reported a loss and agreed to buy Widget Inc.', 'agreed'],
    ['Acme Corp and Widget Inc announced a merger that will create the largest food company in Europe.', 'agreed'],
    ['Acme Corp has granted Widget Inc exclusive rights to sell its drug in Japan.', 'agreed'],
    ['Acme Corp welcomed Widget Inc to its family of brands.', 'completed'],
    ['Acme Corp emerged as the winning bidder for Widget Inc.', 'agreed'],
    ['Acme Corp has scrapped plans to buy Widget Inc after failing to agree on price.', 'terminated'],
    ['Acme Corp has ditched its pursuit of Widget Inc.', 'terminated'],
    ['Acme Corp let its offer for Widget Inc lapse.', 'terminated'],
    ['Talks between Acme Corp and Widget Inc about a merger broke down.', 'terminated'],
    ['Acme Corp made a $3 billion offer for Widget Inc. The offer will lapse if it is not accepted by June 1.', 'proposed'],
    ['Acme Corp has not ruled out a bid for Widget Inc.', 'proposed'],
    ['Acme Corp agreed to buy Widget Inc. Talks with a third company broke down last year.', 'agreed'],
    ['Acme Corp gets nod to acquire Widget Inc', 'agreed'],
    ["Widget Inc shareholders accepted Acme Corp's offer on Monday.", 'agreed'],
    ['Widget Inc has hired Acme Corp to explore a sale.', 'proposed'],
    ['Acme Corp has entered into a collaboration with Widget Inc to develop new drugs.', 'agreed'],
    ['Acme Corp and Widget Inc have signed a memorandum of understanding to jointly develop batteries.', 'proposed'],
    ['The merger between Acme Corp and Widget Inc was completed on Friday.', 'completed'],
    ["Acme Corp's merger with Widget Inc has received regulatory approval.", 'agreed'],
    ['Shareholders approved the deal, paving the way for Acme Corp to take over Widget Inc.', 'agreed'],
    ["Regulators cleared Acme Corp's purchase of Widget Inc on Friday.", 'agreed'],
    ['Acme Corp and Widget Inc terminate merger agreement', 'terminated'],
    ['Acme Corp is investing in Widget Inc as part of a partnership.', 'agreed'],
    ['Acme Corp announced its intent to acquire Widget Inc.', 'proposed'],
    ['Widget Inc agreed to be taken private by Acme Corp.', 'agreed'],
    ["Acme Corp's pending purchase of Widget Inc is under review by regulators.", 'agreed'],
    ['Widget Inc shareholders voted to approve the merger with Acme Corp.', 'agreed'],
    ['Acme Corp confirmed it is in early-stage discussions with Widget Inc about a possible offer.', 'proposed'],
    ['Acme Corp has wrapped up its purchase of Widget Inc.', 'completed'],
    ['Acme Corp won approval from regulators to buy Widget Inc.', 'agreed'],
    ["Acme Corp's acquisition of Widget Inc is now complete.", 'completed'],
    ['Acme Corp officially became the owner of Widget Inc on Monday.', 'completed'],
    ['Acme Corp paid $200 million for Widget Inc.', 'completed'],
    ['The board of Widget Inc has recommended a £900m takeover offer from Acme Corp to shareholders.', 'agreed'],
    ['Acme Corp has made a recommended cash offer for Widget Inc.', 'agreed'],
    ['The merger of Acme Corp and Widget Inc was approved by regulators on Friday.', 'agreed'],
    ['Unicorp said it has signed a definitive agreement for the previously-announced acquisition of Widget Inc by Acme Corp.', 'agreed'],
    ['Acme Corp shelled out $200 million for Widget Inc.', 'completed'],
    ['Acme Corp has scooped up Widget Inc, a maker of route planning software.', 'completed'],
    ['Acme Corp announced today the completion of its acquisition of Widget Inc.', 'completed'],
    ['Widget Inc said it received a strategic investment from Acme Corp.', 'completed'],
    ['Acme Corp today announced the completion of its acquisition of Widget Inc.', 'completed'],
    ['Acme Corp has made a strategic investment in Widget Inc.', 'completed'],
    ['Widget Inc said it had received a takeover approach from Acme Corp.', 'proposed'],
    ['Acme Corp is taking a 25% stake in Widget Inc for $300 million.', 'agreed'],
    ['Widget Inc will become a wholly owned subsidiary of Acme Corp.', 'agreed'],
    ["Acme Corp's $3 billion takeover of Widget Inc has been blocked by regulators.", 'terminated'],
    ['Acme Corp has hired advisers to explore a possible takeover of Widget Inc.', 'proposed'],
    ['Shareholders in Widget Inc have backed a takeover by Acme Corp.', 'agreed'],
    // a letter of intent, even signed, is not yet a binding agreement: proposed, as the deals issue defines it
    ['Acme Corp said it signed a letter of intent to acquire Widget Inc.', 'proposed'],
    ['Acme Corp said it executed a letter of intent to acquire Widget Inc.', 'proposed'],
    ['Acme Corp said it has made a bid for Widget Inc and may later seek a letter of intent.', 'proposed'],
    ['Acme Corp said it has ended talks on the sale of its pump unit to Widget Inc.', 'terminated'],
    ['Acme Corp and Widget Inc said they agreed to withdraw from further merger negotiations.', 'terminated'],
    // the partner named between the deal word and its completion
    ['Widget Inc said its merger with Acme Corp was completed and the board approved the plan last year.', 'completed'],
    // a figure or its conversion between the cue's words
    ['Acme Corp has officially completed the £4bn ($5.51bn) takeover of Widget Inc.', 'completed'],
    ['Acme Corp has withdrawn its $80bn (€59bn) bid for Widget Inc.', 'terminated'],
    // the progressive and the conditional of an agreed purchase; a deal struck or an offer agreed
    ['Acme Corp is buying Widget Inc from its founders.', 'agreed'],
    ['Acme Corp is paying $2 billion for Widget Inc, a maker of valves.', 'agreed'],
    ['Acme Corp is working with advisers on a sale of Widget Inc.', 'proposed'],
    ['The sale of Widget Inc to a group of pension funds led by Acme Corp has been approved by the regulator, clearing the way for the deal to complete next month.', 'agreed'],
    ['Acme Corp has acqui-hired the team behind Widget Inc.', 'completed'],
    // a verb of an earlier deal in a clause of time is not this deal's status
    ['Acme Corp agreed to buy Widget Inc for $300 million, two years after it sold its dairy unit to Beta Ltd.', 'agreed'],
    ['Two years after it sold its dairy unit to Beta Ltd, Acme Corp agreed to buy Widget Inc.', 'agreed'],
    // a party that confirms what it is considering makes it no rumour; sources do not
    ['Acme Corp is considering a bid for Widget Inc, it has confirmed.', 'proposed'],
    ['Acme Corp is considering a bid for Widget Inc, people familiar with the matter said.', 'rumored'],
    ['Acme Corp is to buy Widget Inc in a £1.2bn deal.', 'agreed'],
    ['Under the plan, Acme Corp would acquire Widget Inc for cash.', 'agreed'],
    ['Acme Corp struck a $500 million deal to buy Widget Inc.', 'agreed'],
    ['Widget Inc said it has agreed a A$6.5 billion takeover offer from Acme Corp.', 'agreed'],
    // giving up a bid
    ['Acme Corp dropped its bid for Widget Inc on Friday.', 'terminated'],
    ['Acme Corp appears to have given up its pursuit of Widget Inc.', 'terminated'],
    ['Acme Corp appears to have given up on its attempts to take over Widget Inc.', 'terminated'],
    // negative: a bid made, not dropped; an agreement to talk, not to buy
    ['Acme Corp made a bid for Widget Inc on Friday.', 'proposed'],
    // no cue: the tense of the deal's own verb
    ['Acme Corp has offloaded Widget Inc to Beta Ltd.', 'completed'],
    ['Acme Corp invested $1 billion in Widget Inc.', 'completed'],
    ['Widget Inc was sold to Acme Corp in 2019 for $4 billion.', 'completed'],
    ['Widget Inc has been snapped up by Acme Corp for an undisclosed sum.', 'completed'],
    ["Acme Corp's acquisition of Widget Inc is expected to close in the second quarter.", 'agreed'],
    ['The acquisition of Widget Inc, a Boston-based maker of valves, by Acme Corp is expected to close in May.', 'agreed'],
    ['Shareholders of Widget Inc will receive $31 a share in cash under the terms of the deal with Acme Corp.', 'agreed'],
    ['Acme Corp led a Series C round in Widget Inc.', 'completed'],
    ['Acme Corp closes acquisition of Widget Inc', 'completed'],
    ['The acquisition of Widget Inc by Acme Corp was completed on Friday.', 'completed'],
    ['Acme Corp took a 20% stake in Widget Inc last year.', 'completed'],
    ['Widget Inc is being acquired by Acme Corp for $2 billion.', 'agreed'],
    ['Widget Inc will be bought by Acme Corp for $2 billion.', 'agreed'],
    ['Acme Corp will take a 60% stake in Widget Inc.', 'agreed'],
    // a headline drops its determiners; a figure and its conversion inside a cue
    ['Acme Corp Raises Offer for Widget Inc', 'revised'],
    ['Acme Corp Drops Bid for Widget Inc', 'terminated'],
    // a stated plan or talks near a deal are a proposal
    ['Acme Corp said it plans to acquire Widget Inc.', 'proposed'],
    ['Acme Corp is nearing a deal to buy Widget Inc.', 'proposed'],
    ['Acme Corp drops Widget Inc bid', 'terminated'],
    ['Acme Corp struck a $500 million (Dh1.84 billion) deal to buy Widget Inc.', 'agreed'],
    ['Acme Corp has approached Widget Inc about a takeover, according to a report in a newspaper.', 'rumored'],
    // a headline's "X to buy Y" is agreed; a partnership formed or a joint venture set up is agreed
    ['Acme Corp to buy Widget Inc for $2 billion', 'agreed'],
    // a buyout agreed to or accepted, a sale that will close: agreed
    ['Widget Inc agreed to a $2 billion buyout from Acme Corp.', 'agreed'],
    ['Widget Inc accepted a takeover from Acme Corp worth $2 billion.', 'agreed'],
    ["Widget Inc said its sale to Acme Corp would close in March.", 'agreed'],
    // a stake taken, a swoop, a licence granted, a takeover completed by a person: done
    ['Acme Corp has taken a majority stake in Widget Inc.', 'completed'],
    ['Acme Corp has swooped for Widget Inc in a £400m deal.', 'completed'],
    // a licence granted runs once made: agreed, not completed (as the web set annotates it)
    ['Acme Corp has licensed its diabetes drug to Widget Inc.', 'agreed'],
    ['Acme Corp has landed the global rights to the show from Widget Inc.', 'agreed'],
    // a purchase announced is done; a sale still expected to close is not, whatever verb came first
    ['Acme Corp has announced the purchase of Widget Inc, a utility contractor.', 'completed'],
    ['Acme Corp has sold its brand Widget Inc for $1. The sale is expected to be completed in March.', 'agreed'],
    ['Acme Corp said its chairman completed his takeover of Widget Inc.', 'completed'],
    ['Acme Corp confirmed it had made an approach to Widget Inc.', 'proposed'],
    // a bid that collapsed, a takeover blocked: ended
    ["Acme Corp's $2 billion bid for Widget Inc collapsed after regulators objected.", 'terminated'],
    ["Regulators blocked Acme Corp's proposed takeover of Widget Inc.", 'terminated'],
    // exclusive negotiations are talks; a deal that closed on a day is done; "will combine" is agreed
    ['Acme Corp has entered into exclusive negotiations to acquire Widget Inc.', 'proposed'],
    ["Acme Corp's acquisition of Widget Inc closed on Friday.", 'completed'],
    ['In a deal announced Thursday, Acme Corp will combine with Widget Inc to form a new company.', 'agreed'],
    // control gained or taken is a purchase done
    ['Acme Corp has won control of Widget Inc after buying shares from two investors.', 'completed'],
    ['Acme Corp has gained control of Widget Inc.', 'completed'],
    ['Acme Corp took full control of Widget Inc last year.', 'completed'],
    ['Acme Corp and Widget Inc formed a partnership to sell batteries.', 'agreed'],
    ['Acme Corp teams up with Widget Inc on batteries', 'agreed'],
    // what is only threatened or to come is not done ("threatened to terminate", "will terminate")
    ['Acme Corp threatened to terminate the proposed merger with Widget Inc.', 'proposed'],
    ['Acme Corp has offered to acquire Widget Inc, which will terminate its agreement with Beta Ltd if the offer succeeds.', 'proposed'],
    ['Acme Corp said it may call off its offer for Widget Inc.', 'proposed'],
    // an offer to come, a purchase considered, proposals received, talks going on
    ['Acme Corp said it will offer one share plus cash for every two shares of Widget Inc.', 'proposed'],
    ['Acme Corp is considering acquiring Widget Inc.', 'proposed'],
    ['Widget Inc said it received two proposals from Acme Corp to buy the company.', 'proposed'],
    ['Acme Corp said negotiations are continuing on its purchase of Widget Inc.', 'proposed'],
    // an offer amended in the passive, a revision to a proposal
    ['Widget Inc said the proposal from Acme Corp to buy the company had been amended to raise the dividend.', 'revised'],
    ['Widget Inc said it received a revision to one of the proposals from Acme Corp to buy the company.', 'revised'],
    // an offer by the bidder for the target; an amount offered for a company
    ['The $8-a-share offer by Acme Corp for Widget Inc comes two weeks after a rival bid.', 'proposed'],
    ['Acme Corp has offered 3.8 billion pesos for 38 mln shares in Widget Inc.', 'proposed'],
    ['Widget Inc could attract a higher bid than the 27 dlrs per share offered by Acme Corp.', 'proposed'],
    // an earlier purchase of something "a" sentence introduces is not this deal's status
    ['Acme Corp is in advanced talks to acquire Widget Inc, according to people familiar with the matter. Acme Corp has been building out its healthcare arm. It bought a maker of sterilization equipment for $450 million in 2021.', 'rumored'],
    // a planned acquisition scrapped, its buyer's name before it; a company that will be bought
    ["Acme Corp and Widget Inc said Tuesday they had scrapped Acme Corp's planned $1.4 billion acquisition of Widget Inc. Acme Corp had agreed in January to pay $31 a share.", 'terminated'],
    ['Widget Inc will be bought by Acme Corp for $455 million. Acme Corp will launch a tender offer for all of its shares.', 'agreed'],
    // a licence acquired is agreed: it runs, it does not close
    ['Acme Corp has acquired the rights to sell a drug from Widget Inc under a licensing agreement.', 'agreed'],
    // a merger that took effect, its partners' apposition between
    ['The merger of Acme Corp and Widget Inc, two regional lenders in western Japan, took effect on Thursday.', 'completed'],
    // people "aware of" the talks report a rumour
    ['Acme Corp is in advanced talks to acquire Widget Inc, three people aware of the development said.', 'rumored'],
    // seeking to be acquired is no agreement
    ['Widget Inc, which has been seeking to be acquired, said it received inquiries from Acme Corp.', null],
  ];
  it.each(cases)('%s -> %s', (text, status) => {
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: text.includes('27 dlrs per share') ? [{ text: '27 dlrs per share', value: 27, perShare: true }] : [] });
    expect(deal?.status ?? null).toBe(status);
  });
  it('a stake raised beside a takeover offer does not make the offer completed; an end outranks all', () => {
    const a = run('Widget Inc is reviewing a takeover offer from Acme Corp, its board said on Monday. Acme Corp has increased its stake in Widget Inc to 23 percent.', { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(a.deal?.status).toBe('proposed');
    const b = run('Acme Corp and Widget Inc terminated their merger agreement. Acme Corp had agreed in June to buy Widget Inc.', { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(b.deal?.status).toBe('terminated');
  });
  it('takes no direct object of a verb of buying for the agent of a later one', () => {
    const { deal } = run('It became the largest chain after it bought Widget Inc in 2015, and it plans to grow by buying Gamma Labs.', { orgs: ['Widget Inc', 'Gamma Labs'] });
    expect(deal?.parties.some((p) => p.role === 'acquirer' && p.name === 'Widget Inc') ?? false).toBe(false);
  });
  it('reads no state that buys a commodity or a product as a party', () => {
    const { deal } = run('Brazil has bought 75,000 tonnes of French wheat from grain firm Widget Inc at 80 dlrs per tonne.', { orgs: ['Widget Inc'], places: ['Brazil'] });
    expect(deal).toBeNull();
    const jets = run('India will buy Gadget fighters from Widget Inc, the defence ministry said.', { orgs: ['Widget Inc', 'Gadget'], places: ['India'] });
    expect(jets.deal?.parties.some((p) => p.name === 'India') ?? false).toBe(false);
  });
  it('reads no deal in goods bought from a company, even with a description before it; a business bought from it is one', () => {
    expect(run('Widget Inc buys electricity from state power company Acme Corp and supplies it to mines.', { orgs: ['Widget Inc', 'Acme Corp'] }).deal).toBeNull();
    expect(run('Widget Inc said it bought 20,000 tonnes of copper concentrate from Acme Corp.', { orgs: ['Widget Inc', 'Acme Corp'] }).deal).toBeNull();
    expect(roles(run('Widget Inc bought its gas assets from Acme Corp.', { orgs: ['Widget Inc', 'Acme Corp'] }).deal)).toEqual(['acquirer:Widget Inc', 'seller:Acme Corp']);
    expect(roles(run('Widget Inc bought the Gadget plant from its parent company Acme Corp.', { orgs: ['Widget Inc', 'Acme Corp', 'Gadget'] }).deal)).toEqual(['acquirer:Widget Inc', 'seller:Acme Corp', 'target:Gadget']);
  });
  it("a headline's asset without a determiner, sold to no named buyer, is the deal's target; goods sold are none", () => {
    expect(roles(run('Widget Inc sells dairy unit to private equity firm', { orgs: ['Widget Inc'] }).deal)).toEqual(['seller:Widget Inc', 'target:dairy unit']);
    expect(run('Widget Inc said it sells frozen meals to retailers.', { orgs: ['Widget Inc'] }).deal).toBeNull();
  });
  it('reads no deal in an owner named in passing', () => {
    const { deal } = run('Widget Inc, now owned by Acme Corp, makes frozen pizza.', { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(deal).toBeNull();
  });
  it("takes no status from another deal's fate in a clause of the sentence", () => {
    const { deal } = run('Acme Corp agreed to buy Widget Inc, months after its purchase of Gamma Labs fell through.', { orgs: ['Acme Corp', 'Widget Inc', 'Gamma Labs'] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    expect(deal?.status).toBe('agreed');
    const own = run('Acme Corp agreed to buy Widget Inc, but the purchase of Widget Inc fell through.', { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(own.deal?.status).toBe('terminated');
  });
  it.each([
    // negative: a plan, a report, or a lower-case sentence is no headline's "X to buy Y"
    'The company plans to buy Widget Inc, Acme Corp said.',
    'Acme Corp Said to Buy Widget Inc',
    'Acme Corp Plans to Buy Widget Inc',
  ])('not agreed: %s', (text) => {
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(deal?.status ?? null).not.toBe('agreed');
  });
});

describe('value', () => {
  it('takes the price, not revenue or a per-share price', () => {
    const text = 'Acme Corp agreed to acquire Widget Inc for $42.50 a share in cash, or about $3.1 billion. Widget Inc had revenue of $900 million last year.';
    const { deal } = run(text, {
      orgs: ['Acme Corp', 'Widget Inc'],
      money: [{ text: '$42.50', value: 42.5, perShare: true }, { text: 'about $3.1 billion', value: 3.1e9 }, { text: '$900 million', value: 9e8 }],
    });
    expect(deal?.value?.value).toBe(3.1e9);
    expect(deal?.terms.find((t) => t.kind === 'price_per_share')?.money.map((m) => m.value)).toContain(42.5);
  });
  it('takes the price paid, not the asking price the seller had listed', () => {
    const text = 'Acme Corp has agreed to buy Widget Inc. The seller is Beta Capital, which listed the company at an asking price of $820 million.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], money: [{ text: '$820 million', value: 8.2e8 }] });
    expect(deal?.value).toBeNull();
  });
  it("takes the amount a bidder 'has bid' for a company", () => {
    const { deal } = run('Acme Corp has bid £1.2bn for Widget Inc.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '£1.2bn', value: 1.2e9 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.value?.value).toBe(1.2e9);
  });
  // a price reported or put by others; a round's "funding of $N"
  for (const [text, amount] of [
    ['Acme Corp has agreed to buy Widget Inc for a reported $410 million.', '$410 million'],
    ['Acme Corp has agreed to buy Widget Inc. Sources put the price at $410 million.', '$410 million'],
    ['Acme Corp has agreed to buy Widget Inc. The deal carries a price tag of $410 million.', '$410 million'],
    // a price in a later sentence whose subject is the deal or its price
    ['Widget Inc has closed a Series A financing led by Acme Ventures. It makes drugs. Analysts cheered. Staff grew. The round totals $60 million.', '$60 million'],
    ['Acme Corp has agreed to buy Widget Inc. Analysts cheered. Shares rose. Traders were pleased. Price is $410M, mostly cash.', '$410M'],
    ['Acme Corp has agreed to buy Widget Inc. Analysts cheered. Shares rose. Traders were pleased. The transaction is valued at $410 million.', '$410 million'],
    // a price others put on the deal in a relative clause
    ['Acme Corp has bought Widget Inc in a deal sources put at around $410 million.', '$410 million'],
    ['Acme Corp has bought Widget Inc for a price analysts estimated at $410 million.', '$410 million'],
    ['Nimbus Labs has secured funding of $12 million.', '$12 million'],
    // others' estimate after the sentence says the price is undisclosed; a price "in total"; paid to holders
    ['Acme Corp has bought Widget Inc for an undisclosed sum, estimated at $410 million.', '$410 million'],
    ['Acme Corp has acquired Widget Inc. Financial terms were not disclosed, but the deal is reportedly worth $410 million.', '$410 million'],
    ['Acme Corp will pay $25 per share, or $410 million in total, for Widget Inc.', '$410 million'],
    ['Widget Inc has agreed to be acquired by Acme Corp for $25.00 per share in cash, representing a total equity value of $410 million.', '$410 million'],
    ['Acme Corp agreed on Monday to buy Widget Inc. Acme Corp will pay Widget Inc shareholders $410 million in cash.', '$410 million'],
    // the consideration stated; the amount a bidder offered
    ['Acme Corp agreed to buy Widget Inc. The aggregate consideration is $410 million.', '$410 million'],
    ['Acme Corp has offered $410 million for Widget Inc.', '$410 million'],
    // a price paid to a named seller for what it sells
    ['Acme Corp has agreed to pay Widget Inc $410 million for Beta Mining.', '$410 million'],
    // a raised offer's new figure after a name that ends in an abbreviated legal form
    ['Acme Corp raised its offer for Widget Inc. to $410 million on Wednesday.', '$410 million'],
    // an amount before the agreement it prices; a placement's proceeds
    ['Acme Corp said it has terminated its $410 million agreement to acquire Widget Inc.', '$410 million'],
    ['Nimbus Labs said it has closed a $410 million private placement with Acme Corp.', '$410 million'],
    ['Acme Corp acquired 41,250,000 shares of Nimbus Labs at $1.80 per share, for gross proceeds of $410 million.', '$410 million'],
  ] as const) {
    it(`takes ${amount} in: ${text}`, () => {
      const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc', 'Nimbus Labs', 'Beta Mining'].filter((o) => text.includes(o)), money: [{ text: amount, value: 4.1e8 }] });
      expect(deal?.value?.text).toBe(amount);
    });
  }
  it('takes no amount that a noun names as another kind of deal', () => {
    const text = 'Acme Corp and Widget Inc have called off their planned merger. The transaction was valued at about $1.6 billion. Acme Corp said it would instead make a $25 million equity investment in Widget Inc.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: 'about $1.6 billion', value: 1.6e9 }, { text: '$25 million', value: 2.5e7 }] });
    expect(deal?.type).toBe('merger');
    expect(deal?.value?.value).toBe(1.6e9);
  });
  it('takes no amount paid to a named payee when it is one part of mixed consideration', () => {
    const text = 'Acme Corp will buy 51 pct of Widget Inc. Acme Corp said it will pay Widget Inc one mln dlrs in cash and notes over five years and 500,000 shares.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: 'one mln dlrs', value: 1e6 }] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    expect(deal?.value).toBeNull();
  });
  it('takes the amount of the name a description stood for', () => {
    const text = 'Widget Inc will be bought by a Midwestern lender. Acme Corp said on Monday it would pay $410 million for the company.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$410 million', value: 4.1e8 }] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    expect(deal?.value?.value).toBe(4.1e8);
  });
  it("takes no amount from a sentence about another deal of one of its parties", () => {
    const text = 'Acme Corp has acquired Widget Inc. Last year, Acme Corp sold its dairy unit to Beta Capital for $80 million.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc', 'Beta Capital'], money: [{ text: '$80 million', value: 8e7 }] });
    expect(roles(deal)).toEqual(['acquirer:Acme Corp', 'target:Widget Inc']);
    expect(deal?.value).toBeNull();
  });
  it('takes no amount the size of a price per share in the same currency as the value', () => {
    const text = 'Acme Corp has bid 2,205 francs a share for Widget Inc, rivalling the 2,100 franc bid announced by Beta Ltd.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc', 'Beta Ltd'], money: [{ text: '2,205 francs a share', value: 2205, perShare: true }, { text: '2,100 franc', value: 2100 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.value).toBeNull();
  });
  it("takes no company's value a stake implies as the stake's price", () => {
    const text = 'Acme Corp agreed to buy a 20% stake in Widget Inc, which implies an equity value of $1 billion for the company.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$1 billion', value: 1e9 }], percents: [{ text: '20%', value: 20 }] });
    expect(deal?.type).toBe('stake_change');
    expect(deal?.value).toBeNull();
  });
  it('takes no figure an undisclosed sentence gives before it says so', () => {
    const text = 'Acme Corp bought Widget Inc, valued at $700 million last year, for an undisclosed sum.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$700 million', value: 7e8 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.value).toBeNull();
  });
  it("takes a round's amount before 'in Series B funding', not a run rate", () => {
    const text = 'Nimbus Labs, a dinner delivery service, now has $28 million in Series B funding. It now has a $10 million run rate.';
    const { deal } = run(text, { orgs: ['Nimbus Labs'], money: [{ text: '$28 million', value: 2.8e7 }, { text: '$10 million', value: 1e7 }] });
    expect(deal?.type).toBe('funding_round');
    expect(deal?.value?.value).toBe(2.8e7);
  });
  it("takes a round's amount after an earlier valuation set off by commas", () => {
    const text = 'Nimbus Labs, now valued at $1 billion, raised $100 million from Granite Ventures.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$1 billion', value: 1e9 }, { text: '$100 million', value: 1e8 }] });
    expect(deal?.type).toBe('funding_round');
    expect(deal?.value?.value).toBe(1e8);
  });
  it.each([
    ['pursuit', 'Acme Corp has abandoned its $3 billion pursuit of Widget Inc.'],
    ['approach', 'Acme Corp made a $3 billion approach to Widget Inc, which rejected it.'],
    ['combination', 'Acme Corp and Widget Inc agreed to a $3 billion combination.'],
  ])('takes the amount right before a deal noun: %s', (_label, text) => {
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$3 billion', value: 3e9 }] });
    expect(deal?.value?.value).toBe(3e9);
  });
  it('an airline tie-up of two named companies is no merger', () => {
    const { deal } = run('Acme Air and Widget Airways have agreed a tie-up over transatlantic flights.', { orgs: ['Acme Air', 'Widget Airways'] });
    expect(deal?.type).not.toBe('merger');
  });
  it('a total raised to date is no round\'s amount', () => {
    const text = 'Nimbus Labs has raised $70 million to date, including a new $40 million Series B led by Granite Ventures.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$70 million', value: 7e7 }, { text: '$40 million', value: 4e7 }] });
    expect(deal?.value?.value).toBe(4e7);
  });
  it('a round\'s amount with its conversion before "from"', () => {
    const text = 'Nimbus Labs has secured $40m (£32m) in fresh funding from Granite Ventures.';
    const { deal } = run(text, { orgs: ['Nimbus Labs', 'Granite Ventures'], money: [{ text: '$40m', value: 4e7 }, { text: '£32m', value: 3.2e7 }] });
    expect(roles(deal)).toEqual(['investee:Nimbus Labs', 'investor:Granite Ventures']);
  });
  it('takes no figure from a sentence that says the price was not disclosed', () => {
    const text = 'Acme Corp bought Widget Inc, valued at $700 million last year, for an undisclosed sum.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$700 million', value: 7e8 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.value).toBeNull();
  });
  it("takes the price a source gives after the terms were not disclosed, but not another figure there", () => {
    const text = 'Acme Corp has acquired Widget Inc. Terms of the deal were not disclosed, but a source told us the price was around $80 million.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$80 million', value: 8e7 }] });
    expect(deal?.value?.value).toBe(8e7);
    const other = 'Acme Corp has acquired Widget Inc. Terms of the deal were not disclosed, but Widget Inc had revenue of $80 million.';
    expect(run(other, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$80 million', value: 8e7 }] }).deal?.value).toBeNull();
  });
  it('takes the figure as written in its own currency, not its conversion', () => {
    const text = 'Acme Corp agreed to acquire Widget Inc for $5.1 billion. The price of A$6.5 billion ($5.1 billion) includes debt.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$5.1 billion', value: 5.1e9 }, { text: 'A$6.5 billion', value: 6.5e9, currency: 'AUD' }] });
    expect(deal?.value?.text).toBe('A$6.5 billion');
  });
  it('takes the new figure of a raised offer, not the old one after "from"', () => {
    const text = 'Acme Corp agreed to acquire Widget Inc. Acme Corp raised its offer for Widget Inc to $2.3 billion from an earlier bid of $2.1 billion.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$2.3 billion', value: 2.3e9 }, { text: '$2.1 billion', value: 2.1e9 }] });
    expect(deal?.value?.value).toBe(2.3e9);
  });
  it("gives a stake no price from the value it puts on the whole company", () => {
    const text = 'Acme Corp agreed to buy a 10% stake in Widget Inc, valuing the company at $2.2 billion.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], percents: [{ text: '10%', value: 10 }], money: [{ text: '$2.2 billion', value: 2.2e9 }] });
    expect(deal?.type).toBe('stake_change');
    expect(deal?.value).toBeNull();
    const whole = run('Acme Corp agreed to buy Widget Inc in a deal valued at $2.2 billion.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$2.2 billion', value: 2.2e9 }] });
    expect(whole.deal?.value?.value).toBe(2.2e9);
  });
  it('takes the price of "a $3.4 billion stock and cash deal" and of "paid a little more than 70 million euros"', () => {
    const a = run('Acme Corp is acquiring Widget Inc in a $3.4 billion stock and cash deal.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$3.4 billion', value: 3.4e9 }] });
    expect(a.deal?.value?.value).toBe(3.4e9);
    const b = run('Acme Corp agreed to buy Widget Inc. The source said Acme Corp paid a little more than 70 million euros.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: 'more than 70 million euros', value: 7e7, currency: 'EUR' }] });
    expect(b.deal?.value?.value).toBe(7e7);
  });
  it('takes the value a purchase of the whole company puts on it, after a price per share', () => {
    const text = 'Acme Corp has agreed to acquire Widget Inc. Widget Inc shareholders will receive $30 per share, valuing the company at roughly $4 billion.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$30 per share', value: 30, perShare: true }, { text: 'roughly $4 billion', value: 4e9 }] });
    expect(deal?.value?.value).toBe(4e9);
  });
  it('takes no price from another sentence when the article says no value was put on the deal', () => {
    const text = 'Acme Corp agreed to buy Widget Inc. No value was put on the deal. Acme Corp assets are valued at about $1.35 billion.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: 'about $1.35 billion', value: 1.35e9 }] });
    expect(deal?.value).toBeNull();
    expect(deal?.valueUndisclosed).toBe(true);
  });
  it('gives a stake no price from a valuation whose phrase holds an abbreviation', () => {
    const text = 'Acme Corp is in talks to buy a stake in Widget Inc, valuing the U.S. team at around $2.2 billion.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: 'around $2.2 billion', value: 2.2e9 }] });
    expect(deal?.type).toBe('stake_change');
    expect(deal?.value).toBeNull();
  });
  it('takes a nominal price of one unit', () => {
    const text = 'Acme Corp has sold its struggling outdoor brand Widget Inc for $1.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$1', value: 1 }] });
    expect(deal?.value?.value).toBe(1);
  });
  it("takes no price from the target's earlier valuation, but keeps 'the deal was valued at'", () => {
    const a = run('Acme Corp agreed to buy Widget Inc, which was valued at $500 million in its last funding round.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$500 million', value: 5e8 }] });
    expect(a.deal?.value).toBeNull();
    const b = run('Acme Corp agreed to buy Widget Inc. The deal was valued at $500 million.', { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$500 million', value: 5e8 }] });
    expect(b.deal?.value?.value).toBe(5e8);
  });
  it('notes an undisclosed value', () => {
    const text = 'Acme Corp agreed to acquire Widget Inc. Terms of the deal were not disclosed.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'] });
    expect(deal?.value).toBeNull();
    expect(deal?.valueUndisclosed).toBe(true);
  });
  it('gives a partnership no value from an investment mentioned beside it', () => {
    const text = 'Acme Corp and Beta Ltd revamped their partnership. Acme Corp has invested $2 billion in Beta Ltd since 2019.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Beta Ltd'], money: [{ text: '$2 billion', value: 2e9 }], dates: [{ text: '2019', value: '2019', relation: 'since' }] });
    expect(deal?.type).toBe('partnership');
    expect(deal?.value).toBeNull();
    const inv = deal?.terms.find((t) => t.kind === 'investment');
    expect(inv?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['investee:Beta Ltd', 'investor:Acme Corp']);
    expect(inv?.dates[0]?.relation).toBe('since');
  });
});

describe('terms', () => {
  it('reads payer and payee, joins sentences about one revenue share, and keeps a negated one apart', () => {
    const text =
      'Acme Corp and Beta Ltd revised their partnership. Revenue share payments from Beta Ltd to Acme Corp will continue until 2030. ' +
      'Acme Corp will retain a 20% revenue share under the agreement. However, it will no longer pay Beta Ltd a revenue share.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Beta Ltd'], percents: [{ text: '20%', value: 20 }], dates: [{ text: '2030', value: '2030', relation: 'until' }] });
    const shares = deal?.terms.filter((t) => t.kind === 'revenue_share') ?? [];
    const on = shares.find((t) => !t.negated);
    const off = shares.find((t) => t.negated);
    expect(on?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['payee:Acme Corp', 'payer:Beta Ltd']);
    expect(on?.percentages.map((p) => p.value)).toEqual([20]);
    expect(on?.dates.map((d) => d.value)).toEqual(['2030']);
    expect(on?.evidence.length).toBe(2);
    expect(off?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['payee:Beta Ltd', 'payer:Acme Corp']);
  });
  it('binds "the license" of a later sentence to the licence named before', () => {
    const text = 'Acme Corp and Beta Ltd revised their partnership. Acme Corp will continue to hold a license to Beta Ltd’s patents through 2032. However, the license will no longer be exclusive.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Beta Ltd'], dates: [{ text: '2032', value: '2032', relation: 'until' }] });
    const lic = deal?.terms.find((t) => t.kind === 'licence');
    expect(lic?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['licensee:Acme Corp', 'licensor:Beta Ltd']);
    const ex = deal?.terms.find((t) => t.kind === 'exclusivity');
    expect(ex?.negated).toBe(true);
    expect(ex?.parties.length).toBe(2);
  });
  it('gives a licence whose sentence names no side the licensor and licensee of the licensing deal', () => {
    const text = 'Acme Corp has entered into an exclusive licence agreement with Beta Ltd for its asthma drug. Under the agreement, Beta Ltd will pay Acme Corp an upfront payment of $60 million.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Beta Ltd'], money: [{ text: '$60 million', value: 6e7 }] });
    expect(deal?.type).toBe('licensing');
    for (const kind of ['licence', 'exclusivity']) {
      expect(deal?.terms.find((t) => t.kind === kind)?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(['licensee:Beta Ltd', 'licensor:Acme Corp']);
    }
  });
  it('leaves a licence without sides when the deal is not a licensing deal', () => {
    const text = 'Acme Corp agreed to acquire Widget Inc for $500 million. Widget Inc holds a licence to sell the drug in Japan.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '$500 million', value: 5e8 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.terms.find((t) => t.kind === 'licence')?.parties.some((p) => p.role === 'licensor')).toBeFalsy();
  });
  it('does not negate an exclusive licence', () => {
    const text = 'Acme Corp will license its drug to Beta Ltd under an exclusive worldwide licence.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Beta Ltd'] });
    expect(deal?.terms.find((t) => t.kind === 'exclusivity')?.negated).toBe(false);
  });
});

describe('deal terms: premium, financing, conditions, undertakings, governance', () => {
  const LEAD = 'Acme Corp agreed to acquire Widget Inc for $500 million. ';
  const orgs = ['Acme Corp', 'Widget Inc', 'Beta Bank'];
  type Row = { text: string; kind: string; negated?: boolean; parties?: string[]; money?: number[]; percents?: number[]; h?: HandMentions };
  const positive: Row[] = [
    { text: 'The price represents a premium of 31% to Widget Inc’s closing price.', kind: 'premium', parties: ['target:Widget Inc'], percents: [31], h: { percents: [{ text: '31%', value: 31 }] } },
    { text: 'The offer is a 42% premium over the last close.', kind: 'premium', percents: [42], h: { percents: [{ text: '42%', value: 42 }] } },
    { text: 'Acme Corp will pay for the acquisition with cash on hand and a $2 billion bridge loan from Beta Bank.', kind: 'financing', parties: ['borrower:Acme Corp', 'lender:Beta Bank'], money: [2e9], h: { money: [{ text: '$2 billion', value: 2e9 }] } },
    { text: 'Acme Corp paid for the acquisition with a $300 million term loan from a group of banks led by Beta Bank.', kind: 'financing', parties: ['borrower:Acme Corp', 'lender:Beta Bank'], money: [3e8], h: { money: [{ text: '$300 million', value: 3e8 }] } },
    { text: 'The deal is subject to approval by Widget Inc shareholders and regulators.', kind: 'condition' },
    { text: 'The bid is conditional on Acme Corp receiving acceptances for at least 66.7% of the shares.', kind: 'condition', percents: [66.7], h: { percents: [{ text: 'at least 66.7%', value: 66.7 }] } },
    { text: 'The sale requires approval from the energy regulator.', kind: 'condition' },
    { text: 'Acme Corp said its offer was not subject to financing.', kind: 'condition', negated: true },
    { text: 'Acme Corp said it planned no job cuts and would keep the business’s headquarters in Leeds.', kind: 'undertaking', negated: false, parties: ['acquirer:Acme Corp'] },
    { text: 'Acme Corp has promised to keep Widget Inc’s headquarters in Arnhem for at least five years.', kind: 'undertaking', parties: ['acquirer:Acme Corp'] },
    { text: 'All of Widget Inc’s 2,300 employees have been retained.', kind: 'undertaking' },
    { text: 'Acme Corp said it would not seek a seat on Widget Inc’s supervisory board.', kind: 'governance', negated: true, parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Acme Corp may seek representation on Widget Inc’s board of directors.', kind: 'governance', negated: false, parties: ['acquirer:Acme Corp', 'target:Widget Inc'] },
    { text: 'Including net debt, the transaction has an enterprise value of about $3.4 billion.', kind: 'valuation', money: [3.4e9], h: { money: [{ text: 'about $3.4 billion', value: 3.4e9 }] } },
  ];
  it.each(positive)('$kind: $text', ({ text, kind, negated, parties, money, percents, h }) => {
    const full = LEAD + text;
    const { deal } = run(full, { orgs, ...h, money: [{ text: '$500 million', value: 5e8 }, ...(h?.money ?? [])] });
    const term = deal?.terms.find((t) => t.kind === kind);
    expect(term, `no ${kind} term`).toBeDefined();
    if (negated !== undefined) expect(term?.negated).toBe(negated);
    if (parties) expect(term?.parties.map((p) => `${p.role}:${p.name}`).sort()).toEqual(parties);
    if (money) expect(term?.money.map((m) => m.value)).toEqual(money);
    if (percents) expect(term?.percentages.map((m) => m.value)).toEqual(percents);
  });
  const negative: [string, string][] = [
    ['premium', 'Widget Inc sells a premium streaming service for 20% less than its rivals.'],
    ['condition', 'Revenue share payments will now be subject to a total cap.'],
    ['financing', 'Acme Corp has hired Beta Bank as its financial adviser.'],
    ['financing', 'Acme Corp said its offer was not subject to financing.'],
    ['undertaking', 'Widget Inc cut about 1,100 jobs last year.'],
    ['governance', 'Acme Corp said its board approved the deal.'],
  ];
  it.each(negative)('no %s term: %s', (kind, text) => {
    const { deal } = run(LEAD + text, { orgs, money: [{ text: '$500 million', value: 5e8 }], percents: [{ text: '20%', value: 20 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.terms.some((t) => t.kind === kind)).toBe(false);
  });
});

describe('a deal value is an amount a deal can cost', () => {
  it('does not take a bare price per unit as the value ("for 52 dlrs")', () => {
    const text = 'Acme Corp said it agreed to acquire Widget Inc for 52 dlrs in cash.';
    const { deal } = run(text, { orgs: ['Acme Corp', 'Widget Inc'], money: [{ text: '52 dlrs', value: 52 }] });
    expect(deal?.type).toBe('acquisition');
    expect(deal?.value).toBeNull();
  });
});
