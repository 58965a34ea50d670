/**
 * Well-known companies in one-sentence deal reports: the short names people write ("Disney", "Cisco",
 * "Ford"), at the start of a sentence or headline, as buyer or target, and where a first name, a
 * surname, a place or a common word competes. Written for this project (no article text copied).
 * Negative rows: the same words as persons, places and common words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { findEntities } from '../../src/extract/entities/index.js';
import type { Entity } from '../../src/schema/index.js';

function typeOf(text: string, surface: string): Entity['type'] | undefined {
  const ents = findEntities(text, analyze(text));
  return ents.find((e) => e.mentions.some((m) => m.text === surface))?.type;
}

/** [company as written, sentence] */
const DEALS: [string, string][] = [
  ['Amazon', 'Amazon agreed to buy the grocery chain for $13.7 billion in cash.'],
  ['Disney', 'Disney said on Tuesday it would acquire most of the film studio for $52 billion.'],
  ['Oracle', 'Oracle agreed to acquire the health records company for about $28 billion.'],
  ['Cisco', 'Cisco will buy the cybersecurity software maker in a deal valued at $28 billion.'],
  ['Adobe', 'Adobe agreed to pay $20 billion for the design start-up.'],
  ['Airbus', 'Airbus took a majority stake in the Canadian jet programme.'],
  ['Twitter', 'Twitter accepted a $44 billion takeover offer from the billionaire.'],
  ['Ford', 'Ford agreed to buy a stake in the electric truck maker.'],
  ['Hess', 'Hess agreed to be acquired by a larger oil producer for $53 billion.'],
  ['Honda', 'Honda and its Japanese rival said they would explore a merger.'],
  ['Mars', 'Mars agreed to buy the snack maker for about $36 billion.'],
  ['Apple', 'Apple bought the music recognition app for an undisclosed sum.'],
  ['Microsoft', 'The video game publisher agreed to be bought by Microsoft for $69 billion.'],
  ['Google', 'Google completed its purchase of the smart thermostat maker.'],
  ['Intel', 'Intel agreed to buy the Israeli chip designer for $15.3 billion.'],
  ['Nvidia', 'Nvidia dropped its plan to buy the British chip designer.'],
  ['Qualcomm', 'Qualcomm raised its offer for the Dutch chipmaker.'],
  ['Broadcom', 'Broadcom agreed to acquire the cloud software company for $61 billion.'],
  ['Salesforce', 'Salesforce will buy the workplace messaging app for $27.7 billion.'],
  ['Dell', 'Dell agreed to buy the data storage company for $67 billion.'],
  ['IBM', 'IBM agreed to acquire the open-source software firm for $34 billion.'],
  ['Facebook', 'Facebook bought the photo-sharing app for $1 billion.'],
  ['eBay', 'eBay agreed to sell its classifieds business to a Norwegian group.'],
  ['PayPal', 'PayPal agreed to acquire the buy-now-pay-later provider.'],
  ['Visa', 'Visa agreed to buy the European payments firm for $21 billion.'],
  ['Mastercard', 'Mastercard will acquire the open banking platform.'],
  ['Uber', 'Uber agreed to buy the food delivery service for $2.65 billion.'],
  ['Netflix', 'Netflix bought the children\'s book company in its first acquisition.'],
  ['Comcast', 'Comcast won the auction for the British pay-TV group.'],
  ['Verizon', 'Verizon agreed to buy the web portal\'s operating business.'],
  ['Vodafone', 'Vodafone agreed to sell its Italian unit to a telecom group.'],
  ['Pfizer', 'Pfizer agreed to buy the cancer drug developer for $43 billion.'],
  ['Merck', 'Merck agreed to acquire the biotech company for $10.8 billion.'],
  ['Bayer', 'Bayer completed its takeover of the seed maker.'],
  ['Novartis', 'Novartis agreed to sell its stake back to the Swiss drugmaker.'],
  ['Roche', 'Roche will pay $7.1 billion for the inflammatory disease specialist.'],
  ['Sanofi', 'Sanofi agreed to buy the hemophilia drugmaker for $11.6 billion.'],
  ['AstraZeneca', 'AstraZeneca agreed to acquire the rare disease company.'],
  ['Boeing', 'Boeing agreed to buy its former fuselage supplier.'],
  ['Lockheed Martin', 'Lockheed Martin agreed to acquire the rocket engine maker.'],
  ['Honeywell', 'Honeywell agreed to buy the building technology business.'],
  ['Siemens', 'Siemens agreed to acquire the industrial software company for $10.6 billion.'],
  ['Nestle', 'Nestle agreed to sell its U.S. confectionery business.'],
  ['Unilever', 'Unilever rejected a $50 billion offer for its consumer health arm.'],
  ['Danone', 'Danone agreed to buy the organic food company for $10.4 billion.'],
  ['Kraft Heinz', 'Kraft Heinz withdrew its $143 billion bid for the consumer goods group.'],
  ['Coca-Cola', 'Coca-Cola agreed to buy the coffee chain for $5.1 billion.'],
  ['PepsiCo', 'PepsiCo agreed to acquire the soda machine maker for $3.2 billion.'],
  ['Starbucks', 'Starbucks bought the tea retailer for $620 million.'],
  ['Walmart', 'Walmart agreed to buy a majority stake in the Indian e-commerce firm.'],
  ['Target', 'Target agreed to buy the same-day delivery platform.'],
  ['Costco', 'Costco agreed to sell its stake in the payments venture.'],
  ['Nike', 'Nike sold its golf equipment unit to a private buyer.'],
  ['Adidas', 'Adidas agreed to sell the sportswear brand to a consortium.'],
  ['Shell', 'Shell agreed to buy the gas producer for $70 billion.'],
  ['BP', 'BP agreed to buy the shale assets for $10.5 billion.'],
  ['Chevron', 'Chevron agreed to acquire the oil producer for $53 billion.'],
  ['Exxon', 'Exxon agreed to buy the shale driller for $59.5 billion.'],
  ['Halliburton', 'Halliburton dropped its plan to merge with its rival.'],
  ['Toyota', 'Toyota agreed to take a stake in the ride-hailing firm.'],
  ['Volkswagen', 'Volkswagen agreed to buy the truck maker for $3.7 billion.'],
  ['BMW', 'BMW will take control of its Chinese joint venture.'],
  ['Hyundai', 'Hyundai agreed to buy the robotics company.'],
  ['Renault', 'Renault agreed to sell its stake in the Russian carmaker.'],
  ['Tesla', 'Tesla agreed to buy the solar panel installer.'],
  ['Samsung', 'Samsung agreed to buy the car electronics maker for $8 billion.'],
  ['Sony', 'Sony agreed to buy the anime streaming service.'],
  ['Nintendo', 'Nintendo bought a stake in the game developer.'],
  ['Alibaba', 'Alibaba agreed to invest in the Chinese retailer.'],
  ['Tencent', 'Tencent led a consortium that bought the game maker.'],
  ['Huawei', 'Huawei agreed to sell its budget phone brand.'],
  ['Lenovo', 'Lenovo agreed to buy the handset maker for $2.9 billion.'],
  ['Nokia', 'Nokia agreed to buy its French rival for $16.6 billion.'],
  ['Ericsson', 'Ericsson agreed to buy the cloud communications company.'],
  ['SAP', 'SAP agreed to buy the survey software maker for $8 billion.'],
  ['Spotify', 'Spotify bought the podcast network for $196 million.'],
  ['Goldman Sachs', 'Goldman Sachs agreed to buy the consumer lender.'],
  ['Morgan Stanley', 'Morgan Stanley agreed to buy the online broker for $13 billion.'],
  ['JPMorgan', 'JPMorgan agreed to buy the college financial planning platform.'],
  ['Barclays', 'Barclays agreed to buy the retail bank for $3.8 billion.'],
  ['HSBC', 'HSBC agreed to sell its French retail bank.'],
  ['UBS', 'UBS agreed to buy its rival in an emergency rescue.'],
  ['BlackRock', 'BlackRock agreed to buy the infrastructure investor for $12.5 billion.'],
  ['Blackstone', 'Blackstone agreed to buy the warehouse owner.'],
  ['Berkshire Hathaway', 'Berkshire Hathaway agreed to buy the insurer for $11.6 billion.'],
  ['Glencore', 'Glencore made a bid for the coal business of its rival.'],
  ['Rio Tinto', 'Rio Tinto agreed to buy the lithium miner for $6.7 billion.'],
  ['Cargill', 'Cargill agreed to buy the poultry producer.'],
  ['Ikea', 'Ikea agreed to buy the odd-jobs platform.'],
  ['Delta', 'Delta agreed to take a stake in the Brazilian airline.'],
  ['Lufthansa', 'Lufthansa agreed to buy a stake in the Italian carrier.'],
  ['Ryanair', 'Ryanair made an offer for the Irish flag carrier.'],
  ['Kellogg', 'Kellogg agreed to sell its cookie business.'],
  ['Campbell', 'Campbell agreed to buy the snack maker for $2.7 billion.'],
  ['Hershey', 'Hershey agreed to buy the popcorn maker.'],
  ['Heinz', 'Heinz agreed to merge with the cheese maker.'],
  ['Deere', 'Deere agreed to buy the road-building equipment maker.'],
  ['Caterpillar', 'Caterpillar agreed to buy the mining equipment maker.'],
  ['Dow', 'Dow agreed to merge with the chemical maker.'],
  ['Xerox', 'Xerox made a hostile bid for the printer maker.'],
  ['Kodak', 'Kodak agreed to sell its document imaging unit.'],
  ['Canon', 'Canon agreed to buy the medical equipment unit.'],
  ['Toshiba', 'Toshiba agreed to sell its memory chip unit.'],
  ['Foxconn', 'Foxconn agreed to buy the Japanese electronics maker.'],
  ['Yahoo', 'Yahoo agreed to buy the blogging platform for $1.1 billion.'],
  ['LinkedIn', 'LinkedIn agreed to buy the online learning company.'],
  ['Zoom', 'Zoom agreed to buy the cloud call-centre operator.'],
  ['Slack', 'Slack agreed to be acquired by the software maker.'],
  ['Square', 'Square agreed to buy the buy-now-pay-later company.'],
  ['Shopify', 'Shopify agreed to buy the warehouse robotics company.'],
  ['Emirates', 'Emirates took a stake in the regional airline.'],
  ['Qantas', 'Qantas agreed to buy a majority stake in the regional carrier.'],
  ['LVMH', 'LVMH agreed to buy the jeweller for $16.2 billion.'],
  ['Kering', 'Kering agreed to buy a stake in the Italian fashion house.'],
  ['Prada', 'Prada agreed to buy the rival fashion label.'],
  ['Gucci', 'Gucci bought a stake in the Italian tannery.'],
  ['Puma', 'Puma sold its stake in the sports retailer.'],
  ['ASML', 'ASML agreed to buy the Taiwanese chip-testing company.'],
  ['TSMC', 'TSMC agreed to take a stake in the German chip plant.'],
  // In second position, after verbs and nouns of the deal.
  ['Disney', 'The cable channel was sold to Disney in 2019.'],
  ['Ford', 'The battery maker signed a supply deal with Ford on Monday.'],
  ['Honda', 'Shares of Honda rose 3 percent after the announcement.'],
  ['Oracle', 'The investment firm agreed to buy a stake in Oracle.'],
  ['Hess', 'Chevron agreed to acquire Hess for $53 billion.'],
  ['Mars', 'The candy maker was bought by Mars last year.'],
  ['Twitter', 'The billionaire completed his takeover of Twitter.'],
  ['Amazon', 'The grocery chain agreed to be acquired by Amazon.'],
  ['Target', 'The delivery start-up was acquired by Target.'],
  ['Apple', 'The chipmaker became a supplier to Apple after the deal.'],
  // Headlines.
  ['Disney', 'Disney to buy film assets in $52 billion deal'],
  ['Amazon', 'Amazon to acquire grocery chain for $13.7 billion'],
  ['Ford', 'Ford buys stake in electric truck start-up'],
  ['Oracle', 'Oracle agrees to buy health records firm'],
  // Possessives and appositions.
  ['Cisco', "Cisco's chief executive said the purchase would close this year."],
  ['Airbus', 'Airbus, the Toulouse-based planemaker, agreed to buy the parts supplier.'],
  ['Honda', "Honda's board approved the merger talks on Monday."],
  // "said" right after the name, before a date; talks after an auxiliary; an apposition with "-based"
  ['Apple', 'Apple said on Tuesday it would buy the headphone maker.'],
  ['Oracle', 'Oracle is in talks to buy the software maker.'],
  ['Delta', 'Delta was in advanced negotiations with the regional carrier.'],
  ['Amazon', 'Amazon, the Seattle-based online retailer, agreed to buy the chain.'],
  // Title Case headlines: the sides of a verb of buying or selling, names the lists do not know
  ['Brantwick Foods', 'Harwood Group to Buy Brantwick Foods in $410 Million Deal'],
  ['Brantwick Foods', 'Harwood Group Buys Brantwick Foods for $410 Million'],
  ['Harwood', 'Why Harwood Is Buying Brantwick Foods Now'],
  ['Harwood Group', 'The deal was welcomed, said Jane Doe, CEO of Harwood Group, on Monday.'],
  // a relative clause of business about the name
  ['Nikkei', 'The unusual structure of Nikkei, which has agreed to pay the publisher £844m, surprised many.'],
  ['Ford', 'Shares of the supplier rose on news about Ford, which bought a stake in the start-up.'],
  // a legal form ends a name before "for": two companies ("the offer by X Group for Y Inc")
  ['Harwood Group', 'The offer by Harwood Group for Lindell Foods Inc comes a week after a rival bid.'],
  ['Lindell Foods Inc', 'The offer by Harwood Group for Lindell Foods Inc comes a week after a rival bid.'],
  // a company's ownership before a name no list has
  ['Ice Creations Unlimited', 'Its molding unit has purchased privately held Ice Creations Unlimited for an undisclosed amount.'],
  // a whole name in Reuters' angle brackets, also one the lists hold as a place
  ['San Miguel', 'Ariadne Australia Ltd has offered 3.8 billion pesos for 38 mln shares in the Philippine brewing firm <San Miguel>.'],
  // the company after a person's title and "of"
  ['Zignal Labs', '"We are thrilled," said Jane Roe, Chairman of Zignal Labs.'],
  ['Kestrel Financial', 'John Doe, Founder and Portfolio Manager of Kestrel Financial, said the firm would invest.'],
  // a U.S. savings bank's legal form
  ['Riverhead Savings Bank FSB', 'Richmond Hill Savings Bank and Riverhead Savings Bank FSB said they ended their merger talks.'],
  // the verb after an appositive between commas
  ['Block', 'Block, formerly known as Square, agreed to buy the lender for $29 billion.'],
  // a headline verb's particle belongs to the verb; a deal noun after a known short name ends it
  ['Brantwick', 'Harwood Buys Out Brantwick\n\nShares of Harwood Group rose. Brantwick Foods makes frozen pizza.'],
  ['Brantwick', 'Harwood Closes Brantwick Deal\n\nShares of Harwood Group rose. Brantwick Foods makes frozen pizza.'],
  ['Harwood', 'Harwood Said to Weigh Bid for Brantwick\n\nShares of Harwood Group rose. Brantwick Foods makes frozen pizza.'],
  // two names, each with its head word, joined by "and"
  ['Brantwick Foods', 'Harwood Group has teamed up with Brantwick Foods and Kessel Capital in a partnership.'],
  ['Kessel Capital', 'Harwood Group has teamed up with Brantwick Foods and Kessel Capital in a partnership.'],
  // well-known investors (lexicon.json extraEntities), one-word names among them
  ['Accel', 'The round was led by Index Ventures, with Accel and Balderton Capital participating.'],
  ['Balderton Capital', 'The round was led by Index Ventures, with Accel and Balderton Capital participating.'],
  ['Coatue', 'Tiger Global led the round, with participation from Coatue and Brant Capital.'],
  // a Mexican legal form with "de" ("SA de CV") is one name
  ['Harwood SA de CV', 'Harwood SA de CV agreed to buy the bottler for 10 billion pesos.'],
  // a currency code before an amount ends the name ("for Rs 1,200 crore", "for INR 300 crore")
  ['Brantwick Foods', 'Harwood Group has agreed to acquire Brantwick Foods for Rs 1,200 crore.'],
  ['Brantwick Foods', 'Harwood Group has agreed to acquire Brantwick Foods for INR 300 crore.'],
  // the short name of a listed company without its trade word ("Thermo Fisher Scientific")
  ['Thermo Fisher', 'Harwood Group has agreed to acquire Thermo Fisher for $2 billion.'],
  ['Charles River', 'Harwood Group has agreed to acquire Charles River for $2 billion.'],
  // a listed name written with a possessive; brand names with one
  ["Dick's Sporting Goods", "Harwood Group agreed to buy Dick's Sporting Goods for $2 billion."],
  ["Sainsbury's", "Sainsbury's said on Monday it would buy the convenience chain."],
  ["Ben & Jerry's", "Harwood Group has agreed to sell Ben & Jerry's to a buyout firm."],
  // two whole names joined by "and", the right one opening with a common word
  ['Rook Resources', 'Fellgate Mining and Rook Resources are in merger talks.'],
  ['Fellgate Mining', 'Fellgate Mining and Rook Resources are in merger talks.'],
  // common words after "from" where a verb of buying came before: the seller
  ['Evergreen Living', 'Solace Properties has agreed to buy a portfolio of 22 senior housing communities from Evergreen Living for $640 million.'],
  // a kind of company as an acronym, with its trade, before the name
  ['Solace Properties', 'Healthcare REIT Solace Properties has agreed to buy a portfolio from Evergreen Living.'],
  // a company's partner is a company, not a partner of a firm
  ['Tasman Farms', 'Dalmore Foods has agreed to buy the 50% of the venture it does not own from its partner Tasman Farms.'],
  // digits glued to a capitalized word open a name before its head word
  ['3Sixty Health', '3Sixty Health agreed on Tuesday to buy Verdant Clinics.'],
  // an unknown name ending in "-is" is no plural of a common word ("carbon"), before the verb of a deal too
  ['Carbonis', 'Carbonis has landed $12m in a seed round.'],
  ['Carbonis', 'London-based Carbonis has landed $12m in a seed round.'],
  // a kind of company in lower case before an unknown name
  ['Drummond Cask', 'Harwood Group agreed to buy wholesaler Drummond Cask for $40 million.'],
  ['Pellmark', 'Harwood Group agreed to buy payment processor Pellmark for $40 million.'],
  // (a plural trade noun ends the left one as a head word does)
  ['Kestrel Bakeries', 'Kestrel Bakeries and Marlin Foods have agreed to end their merger agreement.'],
  ['Marlin Foods', 'Kestrel Bakeries and Marlin Foods have agreed to end their merger agreement.'],
  // (at a sentence start, the left name may open with a common word)
  ['Brisk Pharma', 'Brisk Pharma and Annadale Therapeutics have scrapped their merger.'],
  ['Annadale Therapeutics', 'Brisk Pharma and Annadale Therapeutics have scrapped their merger.'],
  // investors listed after "participation from": a name may end in a common word, the next open with one
  ['Quentor Growth', 'Nimbus Labs raised $25 million, with participation from Quentor Growth and Fennel Capital.'],
  ['Fennel Capital', 'Nimbus Labs raised $25 million, with participation from Quentor Growth and Fennel Capital.'],
  ['Texas Oil and Gas Corp', 'The round was led by Texas Oil and Gas Corp, the company said.'],
  // ... but a trade word after "and" belongs to one name
  ['Texas Oil and Gas Corp', 'Texas Oil and Gas Corp said it sold the unit to Harwood Group.'],
  ['Norland Engineering and Testing Inc', 'Harwood Group is in talks to buy Norland Engineering and Testing Inc, a firm in Oregon. Norland Engineering had sales of $6 million.'],
  // a listed company named by a common word, which the story writes capitalized on its own inside its
  // sentences and never in lower case, is the company at a sentence start too
  ['Apple', 'Apple has removed the infected apps. Hackers got around Apple ’s checks, and the flaw let them reach Apple users.'],
  // two listed companies of one word each, side by side, are the company their merger made
  ['Ahold Delhaize', 'Ahold Delhaize agreed to buy Brantwick Foods for $2 billion.'],
  // (a listed investor whose short name is a common name, where a company stands)
  ['Apollo', 'Shares of Brantwick Foods jumped after Apollo said it would buy the company.'],
  // ... or one listed beside a company the story names
  ['Vale', 'It sells copper to miners including Vedanta Resources, Glencore and Vale.'],
  ['Target', 'It sold the toys to Target and Glencore last year.'],
  // a common word at a sentence start before a trade word that heads a name
  ['Harbor Retail', 'Harbor Retail has completed the acquisition of Dunmore Outfitters.'],
  ['Dunmore Outfitters', 'Harbor Retail has completed the acquisition of Dunmore Outfitters.'],
  ['Anchor Brewing', 'Anchor Brewing was sold to Harwood Group in May.'],
  ['Castell Development', 'Maple Ridge Homes bought out its partner Castell Development in the Riverside Commons project.'],
  // an apostrophe and one letter between capitalized words join them ("Pay 'N Pak", "Stop 'n' Go")
  ["Pay 'N Pak Stores Inc", "Pay 'N Pak Stores Inc said it received a revised proposal."],
  ["Toys 'R' Us Inc", "Harwood Group sold its stake in Toys 'R' Us Inc to Brantwick Capital."],
  ["Stop 'n' Go Markets", "Harwood Group bought Stop 'n' Go Markets for 10 mln dlrs."],
  // the 1987 wire's typing slip of the legal form ("INc") is the legal form
  ['Kessel Polymers INc', "Harwood Group said underwriters in Kessel Polymers INc's offering bought shares."],
  // a firm named by its partners, listed with commas and joined by "and" before its legal form
  ['Kidder, Peabody and Co', 'The offer was made through Kidder, Peabody and Co, the company said.'],
  ['Holt, Rinehart and Winston Inc', 'Holt, Rinehart and Winston Inc said it sold the unit to Harwood Group.'],
  // (partners' names that are also given names: one word each before the legal form is a firm)
  ['Foster, Palmer and Russell Inc', 'Harwood Group agreed to buy the software unit of Foster, Palmer and Russell Inc, a subsidiary of Brant Corp.'],
  ['Palmer and Russell Inc', 'Palmer and Russell Inc said it sold the unit.'],
  ['Donaldson, Lufkin & Jenrette Inc', 'Donaldson, Lufkin & Jenrette Inc is the dealer-manager of the offer.'],
  // a company speaks of itself as "itself"; a company finds a buyer
  ['Brantwell', 'Brantwell has put itself up for sale.'],
  ['Pellor', 'Pellor has found a buyer in Harwood Group.'],
  // a number at the end of a company's name, before the verb of its deal (no year)
  ['Tessel 360', 'Customer-data platform Tessel 360 has acquired Quell.io, a startup.'],
  // a sports club after "club" or "side"
  ['Hartwell Town', 'Harwood Group has bought Championship club Hartwell Town.'],
  // an unknown owner's possessive before a trade word that ends the name: a shop's or firm's name
  ["Pell's Markets", "Pell's Markets, which runs 48 stores, has been acquired by Harwood Group."],
  ["Pell's Markets", "Harwood Group has acquired Pell's Markets."],
  ["Kessel's Sporting Goods", "Kessel's Sporting Goods was sold to Harwood Group in May."],
  // a speaker that says "it" of itself is a company, for a name no list has or a common word too
  ['Quellmark', 'Quellmark said on Monday it had agreed to be acquired by Harwood Group.'],
  ['Chime', 'Chime said it would cut 200 jobs after the merger.'],
  ['Notion', 'Notion said Tuesday that its round was led by Harwood Ventures.'],
  // a company's title before a person's name; the unit a company sells before "to" its buyer
  ['Intel', 'Intel CEO Jane Roe said the company would merge with the chip designer.'],
  ['Ford', 'Ford chief executive Tom Hale said the deal would close in May.'],
  ['Quellmark', 'Quellmark CEO Jane Roe said the company would merge with Vantor Inc.'],
  ['Target', 'Harwood Group agreed to sell its pharmacy unit to Target for $300 million.'],
  ['Shell', 'Harwood Group sold its chemicals business to Shell last year.'],
  // A company named by its head word gives its first word as a short form, read in the headline
  ['Brantwick', "How Harwood's Acquisition of Brantwick Could Provide Targeted Advertising\n\nThe data Brantwick Foods holds is worth billions."],
  // a headline's slot takes back the common words a company's name opens with, when the text names it
  ['NATIONAL QUENTOR', 'HARWOOD SELLS NATIONAL QUENTOR STAKE\n\nNational Quentor Inc, a unit of Harwood Corp, began an offering of two mln shares.'],
  ['United Lindell', 'Harwood to Buy United Lindell for $400 Million\n\nHarwood Group said it agreed to acquire United Lindell Inc.'],
  // after "the", a place and a word no list knows: a team or a company
  ['Brooklyn Quentors', 'Jane Doe is in talks to buy a stake in the Brooklyn Quentors, people familiar with the matter said.'],
  ['Dallas Marwick', 'Harwood Group bought a stake in the Dallas Marwick last year.'],
  // a place's "-based" before a name that is also a surname: a company
  ['Fulton', 'The move by Chicago-based Fulton is similar to that of Kraft Heinz.'],
  // a kind of business before a common word; both sides of a pair after a kind of companies in the plural
  ['Harbor', 'Investors have agreed to buy Italy-based frozen food business Harbor from Fulton Brands.'],
  ['Vantage', 'The consortium of private equity firms Hollis and Vantage paid 70 million euros.'],
  // a common word at a sentence start before an apposition naming a service, long, then a verb
  ['Keystone', 'Keystone, a dinner delivery service that has so far only launched in the San Francisco Bay Area, now has $28 million in funding.'],
  // the first word of a company named with its legal form, alone where a company stands, though the
  // lists know a town of that name
  ['Harper', 'Willow Corp and Harper Brant Inc signed an agreement. Harper said it will pay $1 million.'],
  // a town's name that is also a surname or common word, after a kind of company; a head word of events
  // after a kind of company
  ['Lincoln', 'Pub firm Lincoln appears to have given up on its attempts to take over rival Quest Parker Group.'],
  ['Keystone Summit', 'Brant has invested $1 billion in Chinese ride-hailing service Keystone Summit.'],
  // a participle after an adverb inside an apposition naming a kind of company
  ['Lincoln', 'Lincoln Venture Corp signed a letter of intent. Lincoln, a publicly held corporation, said it will issue shares.'],
  // two or more capitalized common words inside a sentence before the noun of a deal
  ['Harbor City', 'Tom Weller completes Harbor City takeover'],
  ['Summit Ridge', 'Harwood Group completed the Summit Ridge acquisition on Friday.'],
  // capitalized common words after "from" where a long clause of buying names the seller
  ['Harbor Crest', 'A consortium of Parker Corp, Brant Steel and Kessel Corp will buy 30 percent of the Lindell Ridge iron ore project in Western Australia from Harbor Crest for $3.5 billion.'],
];

/** Negative rows: [surface, sentence, the type it must have, or null for no entity]. */
const NOT_COMPANIES: [string, string, Entity['type'] | null][] = [
  ['Gerald Ford', 'Gerald Ford said the talks would go on.', 'person'],
  ['Ford', 'Gerald Ford was president in 1975. Ford said the talks would go on.', 'person'],
  ['Mars', 'The rover landed on Mars in February.', null],
  ['Amazon', 'Fires spread across the Amazon basin last year.', null],
  ['Lincoln', 'Abraham Lincoln said the union would hold.', null],
  ['Apple', 'Apple pie is a dessert.', null],
  // an e-mail address in angle brackets is no company
  ['jane', 'Write to Jane Roe <jane@harwood.com> for details.', null],
  // a passive relative clause makes no buyer
  ['Mars', 'Probes sent to Mars, which were bought by the agency this year, failed.', null],
  // a list of names the lists know, or places, before a firm's name is no part of it
  ['Google', 'Shares of Apple, Google and Brantwick Corp rose.', 'organization'],
  ['Texas', 'Harwood Group owns plants in Ohio, Texas and Brantwick Inc.', 'place'],
  ['Harwood Group 2023', 'Harwood Group 2023 agreed to buy the unit.', null],
  // "I" before a lower-case word is the pronoun, no part of a name
  ['Q I', 'Q I want to invest some money with at least ten years.', null],
  ['Today, Brantly & Co.', 'Today, Brantly & Co. announced that it has acquired Cindra Therapeutics.', null],
  // a place's possessive before a trade word is no shop ("Britain's Foods sector")
  ['Britain', "Britain's Foods sector grew last year.", 'place'],
  ['Target', 'Target dates were missed by most firms.', null],
  ['Grace', 'Grace said on Tuesday she would stay.', null],
  // a headline's slot that is a place, a nationality or common words is no company
  ['Greenland', 'Harwood Group Wants to Buy Greenland From Denmark', 'place'],
  // ... and it takes back no common word the text does not name with it
  ['NATIONAL QUENTOR', 'HARWOOD SELLS NATIONAL QUENTOR STAKE\n\nQuentor Inc, a unit of Harwood Corp, began an offering of two mln shares.', null],
  // "the" and a place that ends a phrase, then a name of its own, are no one name
  ['U.S. Quentor', 'It is the largest discount shopping site in the U.S. Quentor said sales rose.', null],
  ['Brooklyn Quentor', 'Jane Doe said Brooklyn Quentor would join the board.', 'person'],
  ['Jane Fulton', 'The move by Chicago-based designer Jane Fulton surprised the market.', 'person'],
  // ... not where a place stands too, nor a country's name
  ['Harper', 'Harper Brant Inc said it will build a plant in Harper. Harper said it will pay for it.', 'place'],
  ['China', 'A spokesman for China National Offshore Oil Corp said China signed eight contracts with foreign firms.', 'place'],
  ['Lincoln', 'The firm opened an office in Lincoln last year.', 'place'],
  ['Paris Summit', 'Leaders met at the Paris Summit on Monday.', null],
  ['Keystone', 'Keystone, a widely used term in building, names the top stone of an arch.', null],
  ['West Coast', 'Analysts said the West Coast deal would help.', 'place'],
  ['Mary Smith', 'John and Mary Smith said they sold the unit.', 'person'],
  ['Black Friday', 'Shoppers rushed to the Black Friday deal on Friday.', null],
  ['San Francisco Bay Area', 'Keystone, a dinner delivery service that has so far only launched in the San Francisco Bay Area, now has $28 million in funding.', 'place'],
  ['Tech Stocks', 'Why Investors Are Buying Tech Stocks Again', null],
  // a participle opening a sentence before "to" is no company; a role word and "of" open no name
  ['Looking', 'Looking to expand in Asia, Harwood Group has agreed to buy Brantwick Foods.', null],
  ['CEO of Harwood Group', 'The deal was welcomed, said Jane Doe, CEO of Harwood Group, on Monday.', null],
  ['Out', 'Harwood Buys Out Brantwick\n\nShares of Harwood Group rose. Brantwick Foods makes frozen pizza.', null],
  ['Brantwick Deal', 'Harwood Closes Brantwick Deal\n\nShares of Harwood Group rose. Brantwick Foods makes frozen pizza.', null],
  ['Harwood Said', 'Harwood Said to Weigh Bid for Brantwick\n\nShares of Harwood Group rose. Brantwick Foods makes frozen pizza.', null],
  // a subject that says "it" but is no company's name; a legal form alone
  ['Police', 'Police said it was investigating the break-in.', null],
  ['Corp', "Quellmark's Corp said it agreed to buy ten restaurants.", null],
  // a derived short form ending in a place's head word needs context: a river is a place
  ['Charles River', 'Boats sailed on the Charles River in Boston on Sunday.', 'place'],
  // a word of the title before a person's name is no company
  ['Former', 'Former CEO Jane Roe said the company would merge with Vantor Inc.', null],
  ['New', 'New CEO Jane Roe said the plan would go ahead.', null],
  ['Interim', 'Interim chief executive Jane Roe resigned on Monday.', null],
  // a head word's short form is no first name ("Rachel" for "Rachel Foods")
  ['Rachel', 'Rachel Foods said it would close two plants. Rachel said the firm was sound.', null],
  // (not a common word in a list of common words)
  ['Target', 'The plan sets a Budget, a Target and a Deadline for Glencore.', null],
  // a report named like a company is none (lexicon.json miscHeads)
  ['Global Smartphone Report', 'Sales of phones rose, according to the Global Smartphone Report.', null],
  // (not where the story writes the word in lower case too)
  ['Apple', 'Apple growers had a good year. Buyers paid more for Apple cider and Apple juice, and the apple crop grew.', null],
];

describe('well-known companies in one-sentence deal reports', () => {
  for (const [name, text] of DEALS) {
    it(`${name}: ${text}`, () => {
      expect(typeOf(text, name)).toBe('organization');
    });
  }
});

describe('the same words as persons, places and common words', () => {
  for (const [surface, text, type] of NOT_COMPANIES) {
    it(`${surface}: ${text}`, () => {
      const t = typeOf(text, surface);
      if (type === null) expect(t === undefined || t !== 'organization').toBe(true);
      else expect(t).toBe(type);
    });
  }
});
