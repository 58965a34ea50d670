/**
 * Positive and negative tables for the entity recognizer (duckling/chrono style): each row is one
 * behaviour, named by what it shows. Known gaps are kept in the backlog table as expected failures.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/analysis.js';
import { findEntities } from '../../src/extract/entities/index.js';
import type { Entity } from '../../src/schema/index.js';

function entities(text: string): Entity[] {
  return findEntities(text, analyze(text));
}

/** The entity whose name or one of whose aliases is `surface`. */
function entityFor(ents: Entity[], surface: string): Entity | undefined {
  return ents.find((e) => e.name === surface || e.aliases.includes(surface)) ?? ents.find((e) => e.mentions.some((m) => m.text === surface));
}

type Row = [label: string, text: string, surface: string, type: Entity['type'], rule?: string];

const POSITIVE: Row[] = [
  ['corporate suffix Corp', 'Shares of Fundamental Management Corp rose on Tuesday.', 'Fundamental Management Corp', 'organization', 'suffix'],
  ['suffix plc in lower case', 'The deal values Tarn Group plc at 2 billion pounds.', 'Tarn Group plc', 'organization', 'suffix'],
  ['suffix AG', 'The stake was sold to Vellmar Netz AG last year.', 'Vellmar Netz AG', 'organization', 'suffix'],
  ['suffix SpA', 'Analysts expect Rossano Energia SpA to bid.', 'Rossano Energia SpA', 'organization', 'suffix'],
  ['suffix Spa as wires write it', 'It bought a stake in Nuovo Credito Rossano Spa from several banks.', 'Nuovo Credito Rossano Spa', 'organization', 'suffix'],
  ['suffix after a comma', 'The buyer, Gatso Holdings, Inc., declined to comment.', 'Gatso Holdings, Inc.', 'organization'],
  ['company list without suffix', 'The startup signed a contract with Microsoft on Monday.', 'Microsoft', 'organization'],
  // a name that opens in lower case with a capital inside it ("dataQuay", "gridLoom")
  ['a camel-case name of several lower-case letters', 'The acquisition of dataQuay by Norcastle Software has closed. dataQuay makes tools.', 'dataQuay', 'organization'],
  // a given name written with its accents
  // a hotel is no person, whatever its first word
  ['a hotel named with a given name', 'Local restaurateur John Varga buys the Ellery Hotel downtown.', 'Ellery Hotel', 'organization', 'org-head'],
  // a compound that ends in a trade is a head word: the name is a company, not a person
  ['a compound trade head word', 'Stellwick Semiconductors walked away from its planned takeover of Veskar Microdevices.', 'Veskar Microdevices', 'organization', 'org-head'],
  ['a given name with accents', 'The company was founded by Jürgen Haslinger in 1991.', 'Jürgen Haslinger', 'person', 'given-name'],
  ['news agency', 'The figures were reported by Reuters earlier.', 'Reuters', 'organization'],
  ['multi-word company name', 'It will run on Amazon Web Services from next year.', 'Amazon Web Services', 'organization'],
  ['organization head word', 'The Finance Ministry said the plan was on track.', 'Finance Ministry', 'organization', 'org-head'],
  ['head before of', 'Officials at the Bank of England declined to comment.', 'Bank of England', 'organization'],
  ['a direction that is a surname too before a continent', 'Kenya is the largest economy in East Africa.', 'East Africa', 'place'],
  ['an acronym with a small letter inside is no surname', 'Mortgage approvals rose, according to BoE data.', 'BoE', 'organization'],
  ["a ruler's number is no pronoun", 'Pedro I became first Emperor of Brazil in 1822.', 'Pedro I', 'person'],
  ["a ruler's number after a title", 'Belgian King Baudouin I was born in 1930.', 'Baudouin I', 'person'],
  ['head before for', 'Pay rose, according to the Office for National Statistics.', 'Office for National Statistics', 'organization', 'org-head'],
  ['head before for, then "in" and a place its acronym spells', 'The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote.', 'Organisation for Security and Cooperation in Europe', 'organization'],
  ['intl organization acronym', 'Both countries joined the WTO in 2001.', 'WTO', 'organization'],
  ['federal agency', 'The Federal Trade Commission cleared the merger.', 'Federal Trade Commission', 'organization'],
  ['a trade acronym as head word at a sentence start', 'Nimbus AI has entered into a definitive agreement to buy Pellor.', 'Nimbus AI', 'organization', 'org-head'],
  ['an event head word where a deal puts a company', 'Harwood agreed to acquire Sparrowhawk Games for $50 million.', 'Sparrowhawk Games', 'organization'],
  ['an event head word in the passive of a deal', 'Sparrowhawk Games has been acquired by Harwood Group.', 'Sparrowhawk Games', 'organization'],
  ['one word and a whole name before the verb of their deal', 'Zentrio and Lindell Foods agreed to merge on Monday.', 'Zentrio', 'organization'],
  ['one word and a whole name after "co-led by"', 'Pellor raised $20 million in a round co-led by Zentrio and Ostlake Partners.', 'Ostlake Partners', 'organization'],
  ['the object of "bought" is a company, not a person', 'A Boston private equity firm has bought Faxon.', 'Faxon', 'organization'],
  ['what a company buys into is a company, not a place', 'Harwood Group said it bought into Pellor last year.', 'Pellor', 'organization'],
  ['the company whose shareholders back a deal is a company, not a place', 'Shareholders in Pellor have backed a takeover by Harwood Group.', 'Pellor', 'organization'],
  ['an unlisted name that lodges a bid is a company', 'Brantwell has lodged a rival bid for Harwood Group.', 'Brantwell', 'organization'],
  ['a bank named with its place after "of"', 'Harwood Commercial Bancorp said it will acquire the three-branch Citizens Bank of Roseville in a stock swap.', 'Citizens Bank of Roseville', 'organization', 'suffix'],
  ['a national bank named with its city', 'The First National Bank of Chicago said it sold the loans.', 'First National Bank of Chicago', 'organization', 'suffix'],
  ['a Portuguese name joined by "e"', 'Harwood AB said it was selling one of its subsidiaries, Sociedade de Iniciativa e Aproveitamentos Florestais Sarl, to a rival.', 'Sociedade de Iniciativa e Aproveitamentos Florestais Sarl', 'organization'],
  ['who a plant is sold to is a company', 'Harwood Packing Co said it agreed to sell its Huron pork plant to Huron Dressed Beef, for undisclosed terms.', 'Huron Dressed Beef', 'organization'],
  ['a company named by its web address in lower case', 'Harwood Group agreed to acquire quellmark.io, a developer platform.', 'quellmark.io', 'organization', 'web-domain'],
  ['a web name with a capital inside needs no company slot', 'The figures were first published on brantWire.com last week.', 'brantWire.com', 'organization', 'web-domain'],
  ['a capitalized web name opening a sentence', 'QLBuzz.com published the release on Monday.', 'QLBuzz.com', 'organization'],
  ['a business publication (list)', "Shares of Pellor rose after Barron's praised its plan.", "Barron's", 'organization', 'lexicon'],
  ['a financial site of two common words (list)', 'Pellor was upgraded, according to Seeking Alpha.', 'Seeking Alpha', 'organization', 'lexicon'],
  ['a kind of company (brewer) before a name that opens a sentence is no part of it', 'Brewer Yarrowby has agreed a deal to buy smaller rival Kestle.', 'Yarrowby', 'organization'],
  ['a deal noun ends a name in a Title Case headline (approach)', 'Dennet Rejects Marlowe Approach After Talks\n\nDennet said it had rejected the approach.', 'Marlowe', 'organization'],
  ['a word the lists know only as part of some name, opening a sentence before a deal verb', 'Faxon raises $30 million in a Series B round.', 'Faxon', 'organization'],
  ['what a company snaps up is a company, even a place name', 'Wexley snaps up Harrow in $900 million deal\n\nThe purchase gives the buyer a foothold in pet food.', 'Harrow', 'organization'],
  ['a plural headline verb ends a name in a Title Case headline (call off)', 'Calder Bancorp, Ridgemont Call Off Bank Merger After Delays\n\nCalder Bancorp and Ridgemont Financial said they had ended their merger.', 'Ridgemont', 'organization'],
  ['a headline verb ends a name in a Title Case headline (tables)', 'Pemberly Tables Fresh Offer for Castor Gas Group\n\nThe offer values Castor at more than its market price.', 'Pemberly', 'organization'],
  ['two names joined by a hyphen before the noun of their deal, one of two words', 'The Pellor-Lindell Foods merger was approved on Friday.', 'Lindell Foods', 'organization'],
  ['a kind of startup in an apposition', 'Faxon, a Berlin-based fintech, has raised $20 million.', 'Faxon', 'organization'],
  ['acronym in running text', 'The USDA said exports rose 4 percent.', 'USDA', 'organization'],
  ['role of Y', 'said Jane Doe, chief executive of Pennard Stockbrokers.', 'Pennard Stockbrokers', 'organization', 'role-of'],
  ['person with title', 'The bid was confirmed by Mr. Kamo on Friday.', 'Kamo', 'person', 'title'],
  ['a market code with its exchange in parentheses is the company, by its ticker', 'Major banks like UBS (UBSG.VX) or Credit Suisse (CSGN.VX) were fine.', 'CSGN.VX', 'organization'],
  ['digits and capitals that open a name with a legal form', 'Tim Hortons is a hallmark of investor 3G Capital, which initiated the merger.', '3G Capital', 'organization'],
  ['a given name before a plural common noun is a company ("-ies" plurals too)', 'Harwood bought Crispin Bakeries for $150 million in 2019.', 'Crispin Bakeries', 'organization'],
  ['a name after "a controlling interest in" is a company, no place', 'Harwood Foods bought a controlling interest in Pellam last week.', 'Pellam', 'organization'],
  ['a headline deal noun before "for" opens no name', 'Acme Corp Mulls Bid for Widget Inc', 'Widget Inc', 'organization', 'suffix'],
  ['two unknown names joined by a hyphen before "merger" are two companies', 'The Gates-Kramer merger fell apart.', 'Kramer', 'organization', 'pair-before-deal'],
  ['an unknown word opening a sentence before "closed" (a round) is a company', 'Nimbus closed a $40 million round led by Granite Ventures.', 'Nimbus', 'organization', 'company-slot'],
  ['a guess listed among organizations is one', 'The fight for market share between Woolworths, Coles and Aldi goes on.', 'Coles', 'organization'],
  ['a Title Case headline keeps the common first word of a name with a legal form', 'Oak Hill Capital To Acquire Lindell Foods', 'Oak Hill Capital', 'organization', 'suffix'],
  ['... or with a head word', 'Tax Resolution Services To Acquire Lindell Foods', 'Tax Resolution Services', 'organization'],
  ['an unknown first side of a pair before the verb of a deal', 'Orvane and Tessaly announced a strategic partnership on Thursday.', 'Orvane', 'organization', 'company-slot'],
  ['a pair of people before the verb of a deal stays people', 'Kevin Marsh and Dana Whitlow announced a donation.', 'Dana Whitlow', 'person'],
  ['common words after "the" in the object of a deal: a team', 'Kevin Marsh has agreed to buy the Harbor Hawks from Dana Whitlow.', 'Harbor Hawks', 'organization', 'company-slot'],
  ['a given name before a surname in "-s" stays a person', '5. Leah Pells (Canada) 4:09.95', 'Leah Pells', 'person'],
  ['a listed name with its possessive ("McDonald\'s")', "McDonald's agreed to buy a small software startup.", "McDonald's", 'organization'],
  ['a listed name that opens with digits (the tokenizer splits it)', 'The startup was bought by 23andMe last year.', '23andMe', 'organization'],
  ['a known name in lower camel case', 'easyJet agreed to buy a small airline.', 'easyJet', 'organization'],
  ['"Bio" as the head of a company name', 'Arvena Bio said on Monday it closed a funding round.', 'Arvena Bio', 'organization', 'org-head'],
  ['investor after "$30M From"', 'Arvena Labs Lands $30M From Kestrel Ventures, Harlow Capital', 'Kestrel Ventures', 'organization'],
  ['person with given name', 'The plan was drawn up by Gregory Albers and his team.', 'Gregory Albers', 'person'],
  ['title block after a company', 'Bramwell Chief Executive Officer Gregory Albers said the talks ended.', 'Gregory Albers', 'person', 'title'],
  ['person with role apposition', 'Adaeze Nwosu, an analyst at the firm, said so.', 'Adaeze Nwosu', 'person'],
  ['country', 'The company also operates in Portugal.', 'Portugal', 'place'],
  ['city', 'The plant is near Mississauga, west of the city.', 'Mississauga', 'place'],
  ['admin region', 'Its pipeline runs through Lower Saxony.', 'Lower Saxony', 'place'],
  ['U.S. abbreviation', 'The U.S. market grew 3 percent.', 'U.S.', 'place'],
  ['dateline', 'BONN 1996-08-30\nThe mission defended its record.', 'BONN', 'place'],
  ['place context for an unknown word', 'Fighting continued in Tavildara on Friday.', 'Tavildara', 'place'],
  ['abbreviated state in a dateline', 'IRVINE, Calif 1996-08-30\nNow that the conventions are over, talks begin.', 'IRVINE', 'place', 'dateline'],
  ['abbreviated province keeps its period', 'The plant is in Hamilton, Ont., the company said.', 'Ont.', 'place'],
  ['all-caps country in a market report', 'FRANCE - Bond and PIBOR futures ended the day higher.', 'FRANCE', 'place'],
  ['suffix after a comma, S.A.', 'It will transfer the capital stock of Rigolleau, S.A., to the group.', 'Rigolleau, S.A.', 'organization', 'suffix'],
  ['and Co', 'WEDGE has had talks with Pesch and Co, which is seeking control.', 'Pesch and Co', 'organization', 'suffix'],
  ['Prime is not a title without Minister', 'The group holds 17.5 pct of Prime Medical Services Inc, it said.', 'Prime Medical Services Inc', 'organization', 'suffix'],
  ['town before its country', 'It sold the shares to Sedio N.V. of Lugano, Switzerland for 50,000 dlrs.', 'Lugano', 'place'],
  ['person whose surname is a common word', 'The girl was found by Severine Potty, a neighbour.', 'Severine Potty', 'person'],
  ['person with a role word before the name', 'Libyan leader Muammar Gaddafi met envoys. Gaddafi said the talks went well.', 'Gaddafi', 'person'],
  ['regnal number', 'The castle was built for Henry VIII in 1530.', 'Henry VIII', 'person', 'regnal'],
  ['abbreviated direction before a place', 'Exports to S. Korea rose 5 percent.', 'S. Korea', 'place'],
  ['product', 'OpenAI committed to spending on Microsoft Azure services.', 'Microsoft Azure', 'product'],
  ['hyphenated name starting a sentence keeps its first word', 'Allied-Harrow Inc said it agreed to sell its pump unit.', 'Allied-Harrow Inc', 'organization', 'suffix'],
  ['legal form before "of America" is one name', 'Shares of Quellmark Corp of America rose on Tuesday.', 'Quellmark Corp of America', 'organization', 'suffix'],
  ['legal form before "of America" starting a sentence', 'Quellmark Corp of America said it agreed to buy a rival.', 'Quellmark Corp of America', 'organization', 'suffix'],
  ['Technology ends a name, not a role title', 'Quorra Technology said it agreed to buy a rival.', 'Quorra Technology', 'organization', 'org-head'],
  ['savings and loan association of a town: the name without its town', 'Acme Corp bought Lakeview Savings and Loan Association of Fort Myers.', 'Lakeview Savings and Loan Association', 'organization', 'org-head'],
  ['the town after a savings and loan association', 'Acme Corp bought Lakeview Savings and Loan Association of Fort Myers.', 'Fort Myers', 'place'],
  ['sentence-initial savings and loan association keeps its first word', 'First Lakeview Savings and Loan Association of Fort Myers said it agreed to buy a bank.', 'First Lakeview Savings and Loan Association', 'organization', 'org-head'],
  ['place word, "and", name with legal form at a sentence start: one company', 'Denver and Quill Publishers Inc said it rejected two bids.', 'Denver and Quill Publishers Inc', 'organization', 'and-name'],
  ['the short form of such a name', 'Denver and Quill Publishers Inc said it rejected two bids. An investor offered 34 dlrs for Denver and Quill last week.', 'Denver and Quill', 'organization'],
  ['parenthesis between a name and its legal form', 'It sold the mine to Northgate Coal (Canada) Ltd for 20 mln dlrs.', 'Northgate Coal (Canada) Ltd', 'organization', 'paren-suffix'],
  ['a company and its town, "and", another company: two names', 'Tovell Group Inc said it bought Hanlow Security Service Inc of New York and Hanlow Alarm Systems Inc last year.', 'Hanlow Security Service Inc', 'organization', 'suffix'],
  ['the second of them', 'Tovell Group Inc said it bought Hanlow Security Service Inc of New York and Hanlow Alarm Systems Inc last year.', 'Hanlow Alarm Systems Inc', 'organization', 'suffix'],
  ['a name "of" a country, "and", a company with a legal form: two names', 'Varro Inc sold the unit to Societe des Machines Orvel of France and Kanto Denki Corp of Japan.', 'Kanto Denki Corp', 'organization', 'suffix'],
  ['"of" a place inside a name before "and" still joins it when the right has no legal form', 'The Ministry of Trade and Industry said exports rose.', 'Ministry of Trade and Industry', 'organization'],
  ['the possessive of an unknown word before a name with a legal form is one company', 'Drayton Foods Inc said it bought Miami-based Tarrow\'s Garden Supply Inc, for undisclosed terms.', "Tarrow's Garden Supply Inc", 'organization', 'suffix'],
  ['a known owner before a possessive stays its own name', 'Shares of Microsoft\'s Quellon Labs Inc rose on Monday.', 'Quellon Labs Inc', 'organization', 'suffix'],
  ['an unknown name after "a stake in" is a company, not a place', 'Quarrington Mining acquired a 51% stake in Belvoir Metals for $300 million.', 'Belvoir Metals', 'organization'],
  ['after "shares in" too', 'Investors sold shares in Tamsin Logistics on Monday.', 'Tamsin Logistics', 'organization'],
  ['after a plain "in" an unknown name is still a place', 'The company opened a plant in Belvoir Heights last year.', 'Belvoir Heights', 'place'],
  ['a place that is also a given name, before a plural noun that is no surname, is a club, not a person', 'Kerrigan Hale agreed to buy Austin Hawks last year.', 'Austin Hawks', 'organization'],
  ['a given name before a plural surname is still a person', 'The plan was drawn up by Gregory Rogers and his team.', 'Gregory Rogers', 'person'],
  ['a sentence ending in an abbreviation with its period is not a Title Case headline', 'Kerrigan Hale has agreed to buy Tessaly Brands for 300m.', 'Kerrigan Hale', 'person'],
  ['German partnership form written with "and"', 'Kessler Verwaltung GmbH and Co KG said it sold its grain unit.', 'Kessler Verwaltung GmbH and Co KG', 'organization', 'suffix'],
  ['a slash joins a name the document writes with a legal form', 'Resco Inc said it and Kel/Dor Corp agreed to merge Kel/Dor into Resco.', 'Kel/Dor Corp', 'organization', 'suffix'],
  ['the slashed short form of such a name', 'Resco Inc said it and Kel/Dor Corp agreed to merge Kel/Dor into Resco.', 'Kel/Dor', 'organization'],
  ['parenthesis after a possessive parent', "Talbrook Corp's Talbrook Petroleum (U.K.) Ltd said it sold two blocks.", 'Talbrook Petroleum (U.K.) Ltd', 'organization', 'paren-suffix'],
  ['a kind of company right before a name', 'Brazilian drugstore chain Pague Menos agreed to buy it.', 'Pague Menos', 'organization', 'org-context'],
  ['a kind of company in the plural before a list of names', 'The consortium of private equity firms Consilium and Progressio paid 70 million euros.', 'Consilium', 'organization', 'org-context'],
  ['a kind of company before a name with a place head word', 'Financial services firm Codorus Valley will merge with Orrstown.', 'Codorus Valley', 'organization', 'org-context'],
  ['a web name with a legal form is one name, in one sentence', 'Quillbay.com Inc. said on Friday it would buy Tessaly Brands Inc. for $2 billion.', 'Quillbay.com Inc.', 'organization', 'suffix'],
  ["a headline's capitalized verb ends the name before it", 'Vantor Brands Buys Quellmark Foods, Bolsters Its Frozen Range', 'Vantor Brands', 'organization'],
  ['an apposition naming a kind of company makes the name before it one company', 'Quellmark agreed to buy Tavira Bahia, the country’s biggest electrical and household goods retailer, on Monday.', 'Tavira Bahia', 'organization', 'org-apposition'],
  ['an apposition after a possessive place names a kind of company', 'Pela de Ouro, Brazil’s biggest supermarket chain, has agreed to buy Quellmark.', 'Pela de Ouro', 'organization'],
  ['an apposition whose head names a person, not a company, leaves a person', 'Shares fell after Morwen Tallis, the company’s chief executive, resigned.', 'Morwen Tallis', 'person'],
  ['an industry head word ends a company name', 'Zentor has acquired Oxley Analytics, a London start-up.', 'Oxley Analytics', 'organization', 'org-head'],
  ['a common first word before a head word where a company stands', 'Vireo Pharma said it licensed the drug to a rival.', 'Vireo Pharma', 'organization', 'org-head'],
  ['a kind of company before a name is no part of it', 'Chipmaker Ironwood will buy Calloway, a maker of analog chips.', 'Ironwood', 'organization'],
  ['one common word opening a sentence before the verb of a deal', 'Orchard will buy Tessaly Brands for $2 billion.', 'Orchard', 'organization'],
  ['one common word inside a sentence as the subject of a deal\'s verb', 'Shares of Tessaly rose after Orchard agreed to buy it.', 'Orchard', 'organization', 'company-slot'],
  ['one common word opening a sentence before a closed apposition naming a kind of company', 'Orchard, the fintech startup, said it would buy Tessaly.', 'Orchard', 'organization'],
  ['a name before "for" and a currency code stays itself', 'Harwood Group bought Tessaly for NOK 500 million.', 'Tessaly', 'organization'],
  ['a listed short name that is a common word, before "has taken" a stake', 'Apple has taken a 10% stake in Tessaly Systems.', 'Apple', 'organization', 'company-slot'],
  ['a common word opening a sentence before "has taken" a stake', 'Orchard has taken a 10% stake in Tessaly Systems.', 'Orchard', 'organization'],
  ['a listed short name that is a common word, with a possessive before an amount and a deal noun', "Apple's $2 billion acquisition of Tessaly Systems closed on Monday.", 'Apple', 'organization', 'company-slot'],
  ['a listed short name that is a common word, paired with a company before the verb of their deal', 'Shell and Tessaly Systems agreed to merge on Monday.', 'Shell', 'organization', 'company-slot'],
  ['one surname-like word inside a sentence before the verb of a deal is a company', 'Shares of Tessaly Systems jumped after Henkel agreed to buy the company.', 'Henkel', 'organization'],
  ['... unless the document names a person of that surname', 'John Henkel made his fortune in oil. Shares of Tessaly Systems jumped after Henkel agreed to buy the company.', 'John Henkel', 'person'],
  ['a surname-like word after "rival" is a company', 'Vantor Group said it will buy rival Calloway for $1.1 billion.', 'Calloway', 'organization'],
  ['a common first word kept before a legal form after a comma', 'Nimbus Guard, Inc. said it had been acquired.', 'Nimbus Guard, Inc.', 'organization'],
  ['the Danish legal form A/S, which the tokenizer splits, ends the name', 'Nakamori agreed to buy a stake in Velder Foods A/S from the Velder Family Foundation.', 'Velder Foods A/S', 'organization', 'suffix'],
  ['System ends a health system\'s name before "and" another name', 'Westbury Health System and Calder Valley Medical Group have called off their merger.', 'Westbury Health System', 'organization', 'org-head'],
  ['a metal a miner digs ends its name', 'Yarrabend Resources agreed to acquire Pilbara explorer Mulgara Lithium on Monday.', 'Mulgara Lithium', 'organization', 'org-head'],
  ['common words set off by commas after a unit they name', 'Ardent Brands will sell its frozen-foods unit, Polar Table, to Whitcombe Capital Partners.', 'Polar Table', 'organization', 'company-slot'],
  ['United ends a club name after a given name', 'Malcolm Harrow has won control of Ashby United.', 'Ashby United', 'organization', 'org-head'],
  ['International ends a company name', 'Shareholders of Quarrow International were told to take no action.', 'Quarrow International', 'organization', 'org-head'],
  ['Investment ends a company name', 'It reviews an offer from Tom Vantor’s Mercantile Investment.', 'Mercantile Investment', 'organization', 'org-head'],
  ['Medical ends a company name', 'Orchard Health will merge with Linwood Medical next year.', 'Linwood Medical', 'organization', 'org-head'],
  ['legal form KGaA', 'Shares of Halmer Werke KGaA rose on Monday.', 'Halmer Werke KGaA', 'organization', 'suffix'],
  ['legal form Tbk', 'Shares of Sinar Tanjung Tbk rose on Monday.', 'Sinar Tanjung Tbk', 'organization', 'suffix'],
  ['a trade in -ing ends a company name, not a person name', 'Quarry Partners bought 30 percent of the mine from Tavish Prospecting last year.', 'Tavish Prospecting', 'organization'],
  ['a lowercase verb makes a line of many names sentence case, not Title Case', 'Harwood Group to buy Lindell Foods for $410m', 'Lindell Foods', 'organization', 'org-head'],
  ["a company after a deal's noun and preposition in a Title Case headline", "Harwood Group's Acquisition of Lindell Foods Could Reshape Frozen Food", 'Lindell Foods', 'organization', 'headline-slot'],
  ["an acronym after a deal's noun in a Title Case headline", "How Vantor's Acquisition of TWX Could Provide Targeted Advertising", 'TWX', 'organization', 'headline-slot'],
  ["an unknown word after 'invested $50 million in' is the company invested in, not a place", 'Vantor Capital invested $50 million in Quellmark.', 'Quellmark', 'organization'],
  ["a known place after 'invested $50 million in' stays a place", 'Vantor Capital invested $50 million in Germany.', 'Germany', 'place'],
  ["an unknown word after 'round in' is the company funded, not a place", 'Harwood Ventures led a $50 million Series C round in Lindell.', 'Lindell', 'organization'],
  ["an unknown word after 'sale to' is the buyer, not a person", "Shareholders voted to approve the company's sale to Harwood.", 'Harwood', 'organization'],
  ['a short headline (no Title Case line) is cut at its capitalized verb too', 'Vantor Buys Oak Labs for $50 Million', 'Oak Labs', 'organization'],
  ['a capitalized verb after "to" is not the start of the name after it', 'Quellmark to Buy Tessaly Foods for $13.7 Billion', 'Tessaly Foods', 'organization'],
  ['a listed common word before "said" and a date is a company', 'Apple said on Tuesday it would buy a chip designer.', 'Apple', 'organization'],
  ['a listed common word before "says" at a sentence start', 'Target says its stores will stay open.', 'Target', 'organization'],
  ['an apposition with a hyphenated participle names a kind of company', 'The list was short. Amazon, the web-based book retailer, describes it as a novel.', 'Amazon', 'organization'],
  ['a title word followed only by common words is no person', 'Stonebriar Commercial Finance has provided $30 million in lease financing.', 'Stonebriar Commercial Finance', 'organization'],
  ['a market page listing after a surname makes it a company', 'Nikkei agreed to pay Pearson (Amsterdam: PR8.AS - news) 844 million pounds for the paper.', 'Pearson', 'organization'],
  ['a name ending in a common word after "buy" is a company', 'Sahlen said it agreed to buy Gleason Security last month.', 'Gleason Security', 'organization'],
  ['a listed common word in talks at a sentence start is a company', 'Target is in talks to buy a software maker.', 'Target', 'organization'],
  ['an unknown plural-looking name after "shares of" is a company', 'Shares of Quellrics rose after the deal.', 'Quellrics', 'organization'],
  ['one common word after a deal verb is a company', 'Fox Sports buys Impression, bolsters naming-rights sales', 'Impression', 'organization', 'company-slot'],
  ['one common word after "acquired" is a company', 'Shares rose after Harwood acquired Lantern for $40 million.', 'Lantern', 'organization', 'company-slot'],
  ['a reporter in a wire credit line is a person', 'Profit rose 5 percent. (Reporting by Adam Jourdan and SHANGHAI Newsroom; Editing by Kazunori Takada and Kenneth Maxwell)', 'Kenneth Maxwell', 'person'],
  ['a byline inside a Title Case headline is a person', 'How to Catch Up on Retirement Savings By Ellen Chang |\n08/26/15 - 08:25 AM EDT', 'Ellen Chang', 'person', 'byline'],
  ['a person and a newsroom joined by "and" stay two', 'Profit rose. (Reporting by Adam Jourdan and SHANGHAI Newsroom; Editing by Ruth Pitchford)', 'Adam Jourdan', 'person'],
  ['the market of a listing is an organization', 'Bankers discussed the takeover. They met last week.\nThe role was to finance a takeover of SABMiller (Xetra: BRW1.DE - news) by the brewer.', 'Xetra', 'organization'],
  ['a nationality stays in a name with a legal form before "of"', 'The company signed an agreement with Swiss Reinsurance Co of Zurich, Switzerland.', 'Swiss Reinsurance Co', 'organization'],
  ['a nationality stays in a name with a head word before "of"', 'The Australian Chamber of Commerce and Industry backed the plan.', 'Australian Chamber of Commerce and Industry', 'organization'],
  ['the acronym of a centre is an organization', 'The Bipartisan Policy Center (BPC) said the bill would pass. BPC staff agreed.', 'BPC', 'organization'],
  ["a surname with what only a company has after its possessive is a company", "Analysts said Harwood's shares rose.", 'Harwood', 'organization'],
  ["... with a detached possessive too", 'Analysts said Harwood ’s profit rose.', 'Harwood', 'organization'],
  ["a given name before a company's shareholders is a company", 'Under the merger agreement, Orion shareholders will receive 0.5 Kessler shares for each share.', 'Orion', 'organization'],
  ["... not before the verb 'shares'", 'Jane Orion shares her view of the deal.', 'Jane Orion', 'person'],
  ["... after one modifier", "The family that founded Harwood's department stores has sold the chain.", 'Harwood', 'organization'],
  ["... not with shares it holds in another", "Analysts said Harwood's shares in Lindell Foods rose.", 'Harwood', 'person'],
  ['a common word opening a sentence stays in a name the text writes mid-sentence', 'Just Serve, a web-based platform, grew fast. Analysts said Just Serve could face rivals.', 'Just Serve', 'organization'],
];

const NEGATIVE: [label: string, text: string, surface: string][] = [
  ['a common noun before "struck" is no company', 'Disaster struck on Thursday when the plant closed.', 'Disaster'],
  ['common words set off by commas after a noun of no company', 'In its annual report, Polar Table, the charity said, was praised.', 'Polar Table'],
  ['a currency code before a figure joins no name through "for"', 'Harwood Group bought Tessaly for SEK 2 billion.', 'Tessaly for SEK'],
  ['a sentence-opening word before an apposition that a participle, not a verb, follows', 'Still, the startup, founded in 2019, said it would buy Tessaly.', 'Still'],
  ['a common word after an article is no subject name', 'Shares rose after the Board agreed to sell it.', 'Board'],
  ["common words after a deal's noun in a Title Case headline", "Harwood Group Weighs Sale of Frozen Unit After Losses Mount", "Frozen"],
  ["common words after a deal's noun in a Title Case headline (whole run)", "Harwood Group Weighs Sale of Frozen Unit After Losses Mount", "Frozen Unit"],
  ['a company and its town are not one name with the next company', 'Tovell Group Inc said it bought Hanlow Security Service Inc of New York and Hanlow Alarm Systems Inc last year.', 'Hanlow Security Service Inc of New York and Hanlow Alarm Systems Inc'],
  ['a known owner is not part of the company it owns', 'Shares of Microsoft\'s Quellon Labs Inc rose on Monday.', "Microsoft's Quellon Labs Inc"],
  ['JV, the abbreviation of a joint venture, is not a company', 'Harlow Motor Corp will own 51% of the new JV and Denbury Cells Inc the rest.', 'JV'],
  ['Apple pie is not a company', 'She baked an Apple pie for the fair.', 'Apple'],
  ['an event is still an event outside a deal', 'The Commonwealth Games opened in Glasgow on Wednesday.', 'Commonwealth Games'],
  ['a legal form that covers both sides joins them', 'McAndrews and Forbes Holdings Inc will acquire Revlon Group Inc.', 'Forbes Holdings Inc'],
  ['a field of work is no company', 'Generative AI is changing how banks write code.', 'Generative AI'],
  ['a fund type after common words is no company', 'It forms 0.55% of the Russell 1000 Value ETF (IWD).', 'Value ETF'],
  ['an event that struck is no company', 'Disaster struck on Thursday when an airliner crashed.', 'Disaster'],
  ['a web address outside a company slot is no name', 'Visit quellmark.io for details.', 'quellmark.io'],
  ['a profession before a person is no publication', 'Economist Jane Doe said rates would rise.', 'Economist'],
  ["a company's numbered fund after its possessive is the company's", "Vantor Capital's Fund IV has acquired Pellor.", 'Fund IV'],
  ["a fund's number is no name of its own", 'Brant Partners II bought Pellor last year.', 'II'],
  ['a preposition that opens a sentence is no part of a name', 'After Harwood Group agreed to buy Pellor, its shares rose.', 'After Harwood Group'],
  ['a preposition that opens a sentence is no part of a name (Following)', 'Following Harwood Group’s offer, Pellor shares rose.', 'Following Harwood Group'],
  ['a legal form set off by a comma after a name is no name of its own', 'Harwood Group agreed to acquire Lindell Foods, LLC, a maker of frozen meals.', 'LLC'],
  ['a legal form with its full stop ends a name before the next sentence', 'Vantor bought Quellmark Inc. Harwood Group agreed to buy Lindell Foods.', 'Quellmark Inc. Harwood Group'],
  ["a nationality or region adjective is no short form of the name it opens", 'The Swiss National Bank held rates. Swiss exporters welcomed the move.', 'Swiss'],
  ["a nationality or region adjective is no short form of the name it opens (region)", 'The European Central Bank held rates. European leaders met on Friday.', 'European'],
  ['headline Revenue Share', 'OpenAI and Microsoft Redefine Partnership, Capping Revenue Share and Expanding Cloud Flexibility', 'Revenue Share'],
  ['headline Cloud Flexibility', 'OpenAI and Microsoft Redefine Partnership, Capping Revenue Share and Expanding Cloud Flexibility', 'Expanding Cloud Flexibility'],
  ['headline Partnership', 'OpenAI and Microsoft Revamp Partnership, Limiting Revenue Share and Expanding Cloud Access', 'Partnership'],
  ['sentence-initial common word', 'Revenue rose 12 percent in the quarter.', 'Revenue'],
  ['sentence-initial adverb', 'Meanwhile, the shares fell.', 'Meanwhile'],
  ['AI is not an entity', 'The AI company will expand its reach.', 'AI'],
  ['AGI is not a party', 'the development of artificial general intelligence (AGI).', 'AGI'],
  ['month name', 'The deal closed in October after a review.', 'October'],
  ['weekday', 'The companies said on Tuesday that talks ended.', 'Tuesday'],
  ['nationality', 'The German group declined to comment.', 'German'],
  ['holiday', 'Markets were closed for Labor Day on Monday.', 'Labor Day'],
  ['CEO acronym', 'The CEO said the deal made sense.', 'CEO'],
  ['percentage word in a wire headline', 'HARLAN INDUSTRIES TO BUY 51 PCT OF COBBETT', 'PCT'],
  ['plural group noun', 'Thousands of Kurds fled the fighting.', 'Kurds'],
  ['multi-word nationality', 'The South Korean group declined to comment.', 'South Korean'],
  ['stock index', 'The Dow Jones industrial average fell 1 percent.', 'Dow Jones'],
  ['funding round', 'Quillfeather Labs raised $80 million in a Series C round.', 'Series C'],
  ['capitalized common noun phrase', 'Terms of the Use of Proceeds section were not disclosed.', 'Use of Proceeds'],
  ['a slash pair never written with a legal form stays two names', 'Shares of Vantor/Keel rose after Vantor said it would sell a plant.', 'Vantor/Keel'],
  ['a legal form and its town are not one name', 'Acme Corp bought Harlow Insurance Co of Dallas last week.', 'Harlow Insurance Co of Dallas'],
  ['a place word and a company in running text stay two', 'It has plants in Denver and Quill Publishers Inc runs them.', 'Denver and Quill Publishers Inc'],
  ['a single letter after "company" in a table', 'Shrs offered by company N / A', 'N'],
  ["a headline's verb is not part of the name after it", 'Quellmark to Buy Tessaly Foods for $13.7 Billion', 'Buy Tessaly Foods'],
  ['a currency prefix is no word of the name before it', 'Quarry Partners bought 30 percent of the mine from Tavish Prospecting for A$3.5 billion.', 'Tavish Prospecting for A$'],
  ['a kind word that opens a known name stays in it', 'Officials at the Bank of England declined to comment.', 'England'],
  ['a generic subject is no company', 'Management agreed to sell the unit to a rival.', 'Management agreed'],
  ['a name with a capitalized -ing word is not cut there', 'The National Association of Purchasing Management said activity grew.', 'National Association'],
  ['a name the lists know keeps its verb-like word', 'Best Buy Acquires Quellmark Geek Services Inc', 'Best'],
  ['a capitalized modifier after "shares of" is no company', 'The Board said it would sell shares of Common stock.', 'Common'],
  ['a place in a compound after "a stake in" is no company', 'Sanwa agreed to buy a stake in Oporto-based Banco Quellmar.', 'Oporto'],
  ['the market code of a listing is no place', 'Nikkei agreed to pay Pearson (Amsterdam: PR8.AS - news) 844 million pounds.', 'AS'],
  ['a time zone is no company', 'Tue, Jul 21, 2015, 2:19 AM NZST - New Zealand Markets open in 7 hrs 41 mins', 'NZST'],
  ['a function word in capitals is no acronym', 'If you have 15 years, is it a good time to invest? I have NO other source of income.', 'NO'],
  ['the acronym of capitalized common words is no company', 'The firm sells Business Intelligence (BI) tools. BI spending rose.', 'BI'],
  ['capitalized common words before their acronym are no company', 'It runs a Demand Side Platform (DSP) for advertisers.', 'Demand Side Platform'],
  ['a legal form alone after a possessive is no company', "Pantera's Corp said it agreed to acquire Halmer Pizza Inc.", 'Corp'],
  ['a sentence-initial adverb is not added to a name used once', 'Just Serve said it grew fast.', 'Just Serve'],
  ['the letter of a funding round is no company, with its full stop', 'Arvena Labs said on Monday it closed a $30 million Series A.', 'Series A.'],
  ['an acronym of lower-case words with a function word among them is no company', 'It trades on a price to earnings growth (PEG) ratio of 0.3.', 'PEG'],
  ['an acronym of quoted lower-case words is no company', 'The average "maker suggested retail price" (MSRP) rose.', 'MSRP'],
  ['the exchange of a market code is no company', 'Major banks like UBS (UBSG.VX) were fine.', 'VX'],
  ["a person's title before 'of' is no part of the company's name", '"We are thrilled," said Jane Roe, Chairman of Zignal Labs.', 'Chairman of Zignal Labs'],
  ["a person's titles joined by 'and' before 'of' neither", 'John Doe, Founder and Portfolio Manager of Kestrel Financial, said the firm would invest.', 'Founder and Portfolio Manager of Kestrel Financial'],
  ["a press release's 'About' heading is no part of the name", 'About Harwood Labs, Inc. Harwood Labs makes billing software.', 'About Harwood Labs'],
  ['the exchange of a market code in angle brackets is no company', 'Ultramar Plc <UMAR.L> said it would sell its units.', 'L'],
  ['an unknown title in quotes is a work, no name', 'A former intern on the film "Black Swan," brought a lawsuit.', 'Black Swan'],
  ['a title alone names a post, not a body', 'He shared a platform with the Chancellor of the Exchequer.', 'Chancellor'],
  ['a newswire in a release dateline is no party', 'Harwood Labs SAN FRANCISCO, Oct. 20, 2015 (GLOBE NEWSWIRE) -- Harwood Labs, the leader in media analytics, said it raised $5 million.', 'GLOBE NEWSWIRE'],
  ['a listed possessive name that goes on into a longer name is not merged', "They played at Queen's Park Rangers on Saturday.", "Queen's"],
  ['the scale letter of "$30M" starts no name', 'Arvena Labs Lands $30M From Kestrel Ventures, Harlow Capital', 'M From Kestrel Ventures'],
  ['a people before a verb is no company', 'Many Kurds have fled the city.', 'Kurds'],
  ["a release's defined term is no company", 'Lantern Health Systems ("Lantern" or "the Company") said it would be acquired.', 'Company'],
  ["a release's defined term is no company where the release uses it", 'Under the agreement, the Company will be acquired by Caldwell Equity Partners.', 'Company'],
  ["a release's defined term in quotes after the article is no company", 'Lantern Health Systems (the "Purchaser") said it agreed to buy the unit.', 'Purchaser'],
];

describe('entities: positive table', () => {
  it.each(POSITIVE)('%s', (_label, text, surface, type, rule) => {
    const ents = entities(text);
    const e = entityFor(ents, surface);
    expect(e, `${surface} in ${JSON.stringify(ents.map((x) => [x.name, x.type]))}`).toBeDefined();
    expect(e!.type).toBe(type);
    if (rule) expect(e!.rule).toBe(rule);
  });
});

describe('entities: web names', () => {
  it('the web name without its domain is a mention of the same company', () => {
    const ents = entities('Quillbay.com Inc. said on Friday it would buy Tessaly Brands Inc. Analysts at Morgan Stanley like Quillbay.');
    const e = entityFor(ents, 'Quillbay.com Inc.');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Quillbay.com Inc.', 'Quillbay']);
  });
});

describe('entities: short forms', () => {
  it('an acronym that opens a longer name is a mention of it', () => {
    const ents = entities('Halmer said it had completed its takeover of QZ Tessaly Materials. QZ shares were delisted.');
    expect(entityFor(ents, 'QZ Tessaly Materials')?.mentions.map((m) => m.text)).toEqual(['QZ Tessaly Materials', 'QZ']);
  });
  it('the name before a legal form followed by "of" and a place is a mention of it', () => {
    const ents = entities('Dynamics Corp of America said it reached an agreement with CTS Corp. Dynamics said the CTS board will back it.');
    expect(entityFor(ents, 'Dynamics Corp of America')?.mentions.map((m) => m.text)).toEqual(['Dynamics Corp of America', 'Dynamics']);
  });
  it('the first word of a company named by its head word, a given name too, is a mention of it where it is guessed a company', () => {
    const ents = entities('Harwood Group and Lindell Foods signed a merger agreement under which Harwood will acquire Lindell in an all-stock deal.');
    expect(entityFor(ents, 'Lindell Foods')?.mentions.map((m) => m.text)).toEqual(['Lindell Foods', 'Lindell']);
  });
  it('a name whose later words are cut short is a mention of the full name ("Swiss Re" for "Swiss Reinsurance Co")', () => {
    const ents = entities('Tessaly Reinsurance Co said it signed the agreement. Under its terms, Tessaly Re will acquire 5.5 mln shares. Halmer Communications Corp said it signed the deal. Halmer Comm Corp shares rose.');
    expect(entityFor(ents, 'Tessaly Reinsurance Co')?.mentions.map((m) => m.text)).toEqual(['Tessaly Reinsurance Co', 'Tessaly Re']);
    expect(entityFor(ents, 'Halmer Communications Corp')?.mentions.map((m) => m.text)).toEqual(['Halmer Communications Corp', 'Halmer Comm Corp']);
    // (a word that is no start of the full name's word is another name)
    const other = entities('Halmer Pharmaceutical Industries Ltd said it signed the agreement. Analysts said Halmer Pharma Ltd would gain.');
    expect(entityFor(other, 'Halmer Pharmaceutical Industries Ltd')?.mentions.map((m) => m.text)).toEqual(['Halmer Pharmaceutical Industries Ltd']);
  });
  it('a name that opens with a possessive goes by it ("Dunphy\'s" for "Dunphy\'s Taverns Group")', () => {
    const ents = entities("Kilbarron Leisure has abandoned its pursuit of Dunphy's Taverns Group. Kilbarron said it did not intend to make an offer for Dunphy's. Shares in Dunphy's fell.");
    expect(entityFor(ents, "Dunphy's Taverns Group")?.mentions.map((m) => m.text)).toEqual(["Dunphy's Taverns Group", "Dunphy's", "Dunphy's"]);
    // (and a trade of leisure is a head word: the first word is the company's short form)
    expect(entityFor(ents, 'Kilbarron Leisure')?.mentions.map((m) => m.text)).toEqual(['Kilbarron Leisure', 'Kilbarron']);
  });
  it('the name without a first word that describes it is a mention of a name with a legal form ("Vale Dourado")', () => {
    const ents = entities('Agropecuária Vale Dourado S.A. said it had completed its purchase of the meatpacker. Vale Dourado bought the company from Coxilha Partners.');
    expect(entityFor(ents, 'Agropecuária Vale Dourado S.A.')?.mentions.map((m) => m.text)).toEqual(['Agropecuária Vale Dourado S.A.', 'Vale Dourado']);
  });
  it("a headline's plural of two names' head is one of them in the singular", () => {
    const ents = entities('Hinodeura And Asagiri Banks Complete Merger\n\nThe merger of Hinodeura Bank and Asagiri Bank took effect on Thursday.');
    expect(entityFor(ents, 'Asagiri Bank')?.name).toBe('Asagiri Bank');
  });
  it('the first word of a company a headline slot names with a head word is its short form', () => {
    const ents = entities('Brightling Medical Abandons Selwyn Diagnostics Takeover\n\nBrightling walked away from its agreed takeover of Selwyn Diagnostics on Wednesday.');
    expect(entityFor(ents, 'Brightling Medical')?.mentions.map((m) => m.text)).toEqual(['Brightling Medical', 'Brightling']);
  });
  it('the name before a legal form the lists lacked is a mention of it', () => {
    const ents = entities('Halmer Werke KGaA said it had completed the deal. Halmer said it would delist the company.');
    expect(entityFor(ents, 'Halmer Werke KGaA')?.mentions.map((m) => m.text)).toEqual(['Halmer Werke KGaA', 'Halmer']);
  });
});

describe('entities: negative table', () => {
  it.each(NEGATIVE)('%s', (_label, text, surface) => {
    const ents = entities(text);
    const hit = ents.find((e) => e.mentions.some((m) => m.text === surface) || e.name === surface);
    expect(hit, JSON.stringify(ents.map((x) => [x.name, x.type, x.rule]))).toBeUndefined();
  });
});

describe('entities: document consistency', () => {
  it('a short form joins the full name; the name is the fullest form', () => {
    const text = 'Fundamental Management Corp said it would buy the unit. Fundamental will pay cash.\nFundamental shares rose.';
    const ents = entities(text);
    const orgs = ents.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].name).toBe('Fundamental Management Corp');
    expect(orgs[0].aliases).toContain('Fundamental');
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(['Fundamental Management Corp', 'Fundamental', 'Fundamental']);
  });

  it('an unknown company written in full first and then by its first word is one company, named in full', () => {
    const ents = entities('Tarrant announced the acquisition of Velling Instruments. Velling said it makes sensors.');
    const v = entityFor(ents, 'Velling Instruments')!;
    expect(v.type).toBe('organization');
    expect(v.mentions.map((m) => m.text)).toEqual(['Velling Instruments', 'Velling']);
    // (a weekday after the word is no part of its name)
    expect(entityFor(entities('Shares of Velling rose. Analysts at Velling Tuesday said.'), 'Velling Tuesday')).toBeUndefined();
  });

  it('the one name of a firm "& Sons" is its short form, no person', () => {
    const text = 'Snap-Rite, a maker of hand tools, was acquired by Holloway & Sons for $60 million, Holloway said.';
    const ents = entities(text);
    expect(ents.filter((e) => e.type === 'person')).toEqual([]);
    const firm = entityFor(ents, 'Holloway & Sons')!;
    expect(firm.mentions.map((m) => m.text)).toEqual(['Holloway & Sons', 'Holloway']);
    expect(entityFor(ents, 'Snap-Rite')?.type).toBe('organization');
  });

  it('a firm of one name and a tail with its legal form stays whole when its one name is known on its own', () => {
    const text = 'Tarvell and Associates Inc said it bought Gannon Alarm Inc. Tarvell, a security company, said terms were not disclosed.';
    const firm = entityFor(entities(text), 'Tarvell and Associates Inc')!;
    expect(firm.type).toBe('organization');
    expect(firm.mentions.map((m) => m.text)).toEqual(['Tarvell and Associates Inc', 'Tarvell']);
    expect(entityFor(entities('Tamura and Co Ltd agreed to buy Zephan Corp. Tamura, a trading house, said so.'), 'Tamura and Co Ltd')?.mentions).toHaveLength(2);
    // (two names of their own stay two)
    expect(entityFor(entities('Tarvell and Gannon Inc agreed to merge. Tarvell, a security company, said so.'), 'Tarvell and Gannon Inc')).toBeUndefined();
  });

  it('the acronym that opens a hyphenated name is its short form', () => {
    const text = 'Harwood Group reached a merger agreement with QZT-Presidential Inc. QZT shareholders would have a 25 pct stake.';
    expect(entityFor(entities(text), 'QZT-Presidential Inc.')?.mentions.map((m) => m.text)).toEqual(['QZT-Presidential Inc.', 'QZT']);
  });

  it('a company named by a plural trade noun is named later by its first word', () => {
    const text = 'Fairway Markets said it would merge with Tandor Grocers. Under the terms, Tandor shareholders will receive $14 a share.';
    expect(entityFor(entities(text), 'Tandor Grocers')?.mentions.map((m) => m.text)).toEqual(['Tandor Grocers', 'Tandor']);
  });

  it('a guess that stands where a company stands once is a company everywhere, whatever a preposition says elsewhere', () => {
    const text = 'Harwood Group has bought a 20% stake in Pellor for £200m. Talks began in Pellor last month.';
    const pellor = entityFor(entities(text), 'Pellor')!;
    expect(pellor.type).toBe('organization');
    expect(pellor.mentions).toHaveLength(2);
    // (with no company's slot, the preposition's place stands)
    expect(entityFor(entities('Talks began in Pellor last month. Prices in Pellor rose.'), 'Pellor')?.type).toBe('place');
  });

  it('possessives are mentions without the apostrophe s (straight and curly)', () => {
    const text = "Microsoft's cloud unit grew. OpenAI’s revenue rose, and OpenAI's board met.";
    const ents = entities(text);
    const ms = entityFor(ents, 'Microsoft')!;
    const oa = entityFor(ents, 'OpenAI')!;
    expect(ms.mentions.map((m) => m.text)).toEqual(['Microsoft']);
    expect(oa.mentions.map((m) => m.text)).toEqual(['OpenAI', 'OpenAI']);
  });

  it('a surname joins the person named earlier, even in place of a company list entry', () => {
    const text = 'Republican candidate Bob Dole spoke in Ohio. Dole said taxes were too high.';
    const ents = entities(text);
    const dole = entityFor(ents, 'Bob Dole')!;
    expect(dole.type).toBe('person');
    expect(dole.mentions.map((m) => m.text)).toEqual(['Bob Dole', 'Dole']);
  });

  it('an acronym defined in the text joins its organization', () => {
    const text = 'It runs on Amazon Web Services (AWS) today. AWS said it was pleased.';
    const ents = entities(text);
    const aws = entityFor(ents, 'Amazon Web Services')!;
    expect(aws.type).toBe('organization');
    expect(aws.aliases).toContain('AWS');
    expect(aws.mentions).toHaveLength(3);
  });

  it('a possessive that wink-nlp leaves on an abbreviation ends the name ("Corp\'s")', () => {
    const text = "SAFT said it bought Alcad Ltd from Penn Central Corp's Marathon Manufacturing Cos Inc, it said.";
    const names = entities(text).filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toContain('Penn Central Corp');
    expect(names).toContain('Marathon Manufacturing Cos Inc');
  });

  it('an acronym made of the initials of a company named earlier joins it', () => {
    const text = 'WEDGE Group Inc holds a stake in American Medical International Inc, a hospital chain. WEDGE said it had talks with AMI management. AMI declined comment.';
    const ami = entityFor(entities(text), 'American Medical International Inc')!;
    expect(ami.aliases).toContain('AMI');
    expect(ami.mentions).toHaveLength(3);
  });

  it('an acronym that keeps a descriptive suffix word joins the company ("THA" for "Trans Harbor Airlines Inc")', () => {
    const text = 'Trans Harbor Airlines Inc said its chairman withdrew his offer for the THA shares he does not own. THA said it would review its options.';
    const tha = entityFor(entities(text), 'Trans Harbor Airlines Inc')!;
    expect(tha.aliases).toContain('THA');
    expect(tha.mentions).toHaveLength(3);
  });

  it('the first words of a company name are a short form ("Prime Medical")', () => {
    const text = 'Investors sought control of Prime Medical Services Inc in March. If there is no response from Prime Medical, the group will act.';
    const e = entityFor(entities(text), 'Prime Medical Services Inc')!;
    expect(e.mentions.map((m) => m.text)).toEqual(['Prime Medical Services Inc', 'Prime Medical']);
  });

  it('a wire ticker in angle brackets is a mention of the company named before it', () => {
    const text = 'KESTREL RAISES DURAND TEXTILE <DTX> STAKE TO 14.6 PCT\n\nKestrel Holdings Ltd said it raised its stake in Durand Textile Corp to 14.6 pct. Durand said nothing.';
    const ents = entities(text);
    const durand = entityFor(ents, 'Durand Textile Corp')!;
    expect(durand.type).toBe('organization');
    expect(durand.mentions.map((m) => m.text)).toEqual(['DURAND TEXTILE', 'DTX', 'Durand Textile Corp', 'Durand']);
    const kestrel = entityFor(ents, 'Kestrel Holdings Ltd')!;
    expect(kestrel.mentions.map((m) => m.text)).toEqual(['KESTREL', 'Kestrel Holdings Ltd']);
  });

  it('a headline mention before the full name joins it ("Calder Northern" then "Calder Northern plc")', () => {
    const text = 'Calder Northern to sell pipeline unit\n\nCalder Northern plc has agreed to sell its unit. Calder said the sale would close in May.';
    const ents = entities(text);
    const orgs = ents.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['Calder Northern plc']);
    expect(orgs[0].mentions).toHaveLength(3);
  });

  it('a name wrapped across lines in wire copy is one mention', () => {
    const text = 'Kestrel Holdings Ltd, a Toronto-based investment company, said it raised its stake in Durand Textile\nCorp to 1,168,000 shares, or 14.6 pct of the total.';
    const ents = entities(text);
    const durand = entityFor(ents, 'Durand Textile Corp');
    expect(durand?.mentions[0].text).toBe('Durand Textile\nCorp');
  });
});

describe('entities: record invariants', () => {
  const text = 'Pellucid Media and Ortega Telecom sign deal\n\nOrtega Telecom SA and Pellucid Media Inc. signed a deal. Ortega will pay Pellucid, said Beatriz Solana, Ortega’s chief commercial officer, in Madrid.';
  const ents = entities(text);

  it('ids e1, e2, ... in order of first mention; mentions sorted; offsets exact', () => {
    ents.forEach((e, i) => expect(e.id).toBe(`e${i + 1}`));
    const firsts = ents.map((e) => e.mentions[0].start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (const e of ents) {
      for (let i = 0; i < e.mentions.length; i++) {
        const m = e.mentions[i];
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(e.mentions[i - 1].end);
      }
      expect(e.rule).toMatch(/^[a-z-]+$/);
      expect(e.aliases).not.toContain(e.name);
    }
  });

  it('no two entities share a mention', () => {
    const seen = new Set<number>();
    for (const e of ents) for (const m of e.mentions) {
      expect(seen.has(m.start)).toBe(false);
      seen.add(m.start);
    }
  });

  it('splits coordinated names and keeps one entity per party', () => {
    const names = ents.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toEqual(['Pellucid Media Inc.', 'Ortega Telecom SA']);
    expect(entityFor(ents, 'Beatriz Solana')?.type).toBe('person');
    expect(entityFor(ents, 'Madrid')?.type).toBe('place');
  });

  it('is deterministic', () => {
    expect(entities(text)).toEqual(ents);
  });

  it('rejects an analysis of another text, naming the parameter', () => {
    expect(() => findEntities('other', analyze('text'))).toThrow(/analysis/);
  });
});

/** Known gaps: each row fails today; when one passes, move it to the tables above. */
const BACKLOG: Row[] = [
  ['ethnic group (CoNLL MISC) typed as an organization', 'Talks between Hutu and Tutsi leaders resumed on Friday.', 'Hutu', 'product'],
  ['foreign newspaper name', 'The report appeared in Zycie Warszawy on Monday.', 'Zycie Warszawy', 'organization'],
  ['sentence-initial organization whose first word is a place', 'Statistics Canada said prices rose.', 'Statistics Canada', 'organization'],
  ['firm named like a person with only an adviser verb as evidence', 'Kerrigan Shaw advised the buyer on the deal.', 'Kerrigan Shaw', 'organization'],
];

describe('entities: backlog (expected failures)', () => {
  it.fails.each(BACKLOG)('%s', (_label, text, surface, type) => {
    const e = entityFor(entities(text), surface);
    expect(e?.type).toBe(type);
  });
});

describe('entities: shipped data', () => {
  it('every data file is listed with its licence in data/NOTICE.md, and the data stays small', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const dir = new URL('../../src/extract/entities/data/', import.meta.url);
    const notice = readFileSync(new URL('NOTICE.md', dir), 'utf8');
    let bytes = 0;
    for (const f of readdirSync(dir)) {
      bytes += statSync(new URL(f, dir)).size;
      if (f !== 'NOTICE.md') expect(notice, f).toContain(`\`${f}\``);
    }
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });
});
