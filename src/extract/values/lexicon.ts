/**
 * Vocabularies for the value extractors, as data. Every list is matched longest-first (see `alt`).
 * Keys are lower case with single spaces; lookups normalize the matched text the same way (`norm`).
 */
import type { Qualifier } from '../../schema/index.js';

/** Lower case, dots dropped, runs of spaces collapsed: "U.S. $" -> "us $". */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** Escape a phrase for a regex, letting its spaces match any run of 0-2 blanks (" "). */
export function phrase(s: string): string {
  return s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s{1,2}');
}

/** A longest-first alternation of phrases. */
export function alt(words: Iterable<string>, map: (w: string) => string = phrase): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(map).join('|');
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/** Written numbers below one hundred. */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers inside a written number ("two hundred", "five million"). */
export const WORD_SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7,
  billion: 1e9, trillion: 1e12,
};

/** Fractions that may lead a scale ("half million", "a quarter million"). */
export const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

/**
 * Scale words after a numeral: "12.2 mln", "2bn", "$10K". `attachedOnly` abbreviations must touch
 * the digits ("10m", not "10 m", which is usually metres).
 */
export const SCALES: { word: string; value: number; attachedOnly?: boolean }[] = [
  { word: 'thousand', value: 1e3 },
  { word: 'million', value: 1e6 },
  { word: 'billion', value: 1e9 },
  { word: 'trillion', value: 1e12 },
  { word: 'lakh', value: 1e5 },
  { word: 'lakhs', value: 1e5 },
  { word: 'crore', value: 1e7 },
  { word: 'crores', value: 1e7 },
  { word: 'cr', value: 1e7 },
  { word: 'mln', value: 1e6 },
  { word: 'mn', value: 1e6 },
  { word: 'mil', value: 1e6 },
  { word: 'bln', value: 1e9 },
  { word: 'bn', value: 1e9 },
  { word: 'tn', value: 1e12 },
  { word: 'trn', value: 1e12 },
  { word: 'k', value: 1e3, attachedOnly: true },
  { word: 'm', value: 1e6, attachedOnly: true },
  { word: 'b', value: 1e9, attachedOnly: true },
];

// ---------------------------------------------------------------------------------------------
// Currencies
// ---------------------------------------------------------------------------------------------

/**
 * Symbols and prefixed symbols written before (or right after) the amount. `null` = unknown.
 * "$" alone defaults to USD, the news convention.
 */
export const CURRENCY_SYMBOLS: Record<string, string | null> = {
  '$': 'USD', 'us$': 'USD', 'us $': 'USD', 'usd$': 'USD', 'u$s': 'USD',
  'c$': 'CAD', 'c $': 'CAD', 'cdn$': 'CAD', 'can$': 'CAD', 'cad$': 'CAD',
  'a$': 'AUD', 'au$': 'AUD', 'aud$': 'AUD', '$a': 'AUD', '$au': 'AUD', '$us': 'USD', '$nz': 'NZD',
  'nz$': 'NZD', 'nzd$': 'NZD', 'hk$': 'HKD', 'hk $': 'HKD', 's$': 'SGD', 'r$': 'BRL', 'nt$': 'TWD', 'mex$': 'MXN',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₾': 'GEL', '₴': 'UAH', '฿': 'THB', '₱': 'PHP', '₫': 'VND', '₦': 'NGN', 'zł': 'PLN', '元': 'CNY', '円': 'JPY',
  '₿': null, 'rs': 'INR', 'rs.': 'INR', 'inr': 'INR', 'rm': 'MYR', 'rp': 'IDR', 'sfr': 'CHF', 'fr.': 'CHF', 'dh': 'AED', 'dhs': 'AED',
};

/** Symbols made of letters, in the cases they are written in ("Rs 500", "RM2m", "Dh1.84 billion"). */
export const LETTER_SYMBOLS = ['Rs', 'Rp', 'RM', 'Rm', 'Dh', 'Dhs'];

/** Symbols that may also stand after the amount ("10$", "20€", "100元"). */
export const SUFFIX_SYMBOLS = ['$', '€', '£', '¥', '￥', '₹', '₩', '₽', '₺', '₪', '₾', '₴', '₿', '元', '円', 'rs', 'rm'];

/**
 * ISO 4217 codes recognized as written codes ("USD 200", "42 KWD"). Codes that are also common
 * English words or other acronyms (ALL, TOP, CUP, PHP, MAD, SOS, BOB) are left out on purpose.
 * Lower-case forms are accepted only for the ones in LOWERCASE_CODES_OK.
 */
export const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CAD', 'AUD', 'NZD', 'CHF', 'HKD', 'SGD', 'INR', 'KRW', 'SEK',
  'NOK', 'DKK', 'RUB', 'BRL', 'MXN', 'ZAR', 'TRY', 'ILS', 'KWD', 'EGP', 'SAR', 'AED', 'QAR', 'MYR', 'UAH',
  'PLN', 'CZK', 'HUF', 'THB', 'IDR', 'TWD', 'VND', 'NGN', 'KES', 'ARS', 'CLP', 'COP', 'PKR', 'BDT', 'GEL',
  'MNT', 'LBP', 'JOD', 'BHD', 'OMR', 'RON', 'BGN', 'ISK', 'PEN', 'UYU', 'XAU', 'XAG', 'XDR',
];
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };
export const LOWERCASE_CODES_OK = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'cad', 'aud', 'chf', 'inr', 'hkd']);

/** A code prefixed with M (million) or B/BN (billion), a European finance habit: "120 MEUR". */
export const SCALED_CODE_PREFIXES: Record<string, number> = { M: 1e6, MN: 1e6, B: 1e9, BN: 1e9, K: 1e3, T: 1e3 };

/**
 * Currency words after the amount ("12.2 mln dlrs", "five million yen"). Longest match wins, so
 * "canadian dlrs" beats "dlrs". `null` = a currency, but which one is unknown ("dinars").
 */
export const CURRENCY_WORDS: Record<string, string | null> = {
  // dollars
  'dollar': 'USD', 'dollars': 'USD', 'dlr': 'USD', 'dlrs': 'USD', 'bucks': 'USD', 'buck': 'USD',
  'us dollar': 'USD', 'us dollars': 'USD', 'us dlrs': 'USD', 'u.s. dollar': 'USD', 'u.s. dollars': 'USD', 'u.s. dlrs': 'USD', 'u.s. dlr': 'USD', 'american dollars': 'USD', 'usd': 'USD',
  'canadian dollar': 'CAD', 'canadian dollars': 'CAD', 'canadian dlrs': 'CAD', 'canadian dlr': 'CAD', 'cdn dlrs': 'CAD',
  'australian dollar': 'AUD', 'australian dollars': 'AUD', 'australian dlrs': 'AUD', 'aust dlrs': 'AUD',
  'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD', 'nz dlrs': 'NZD', 'new zealand dlrs': 'NZD',
  'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD', 'hk dlrs': 'HKD', 'hong kong dlrs': 'HKD',
  'singapore dollar': 'SGD', 'singapore dollars': 'SGD', 'singapore dlrs': 'SGD',
  'taiwan dollar': 'TWD', 'taiwan dollars': 'TWD', 'taiwan dlrs': 'TWD', 'new taiwan dollars': 'TWD',
  // euro, pound
  'euro': 'EUR', 'euros': 'EUR', 'eur': 'EUR',
  'pound': 'GBP', 'pounds': 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP', 'sterling': 'GBP',
  'stg': 'GBP', 'stg pounds': 'GBP', 'british pounds': 'GBP', 'gbp': 'GBP',
  'egyptian pound': 'EGP', 'egyptian pounds': 'EGP', 'egyptianpound': 'EGP', 'le': 'EGP', 'geneh': 'EGP',
  'lebanese pound': 'LBP', 'lebanese pounds': 'LBP',
  // Asia
  'yen': 'JPY', 'japanese yen': 'JPY', 'yuan': 'CNY', 'renminbi': 'CNY', 'rmb': 'CNY', 'chinese yuan': 'CNY',
  'won': 'KRW', 'korean won': 'KRW', 'south korean won': 'KRW',
  'rupee': 'INR', 'rupees': 'INR', 'indian rupees': 'INR', 'rs': 'INR', 'pakistani rupees': 'PKR',
  'ringgit': 'MYR', 'ringgits': 'MYR', 'malaysia ringgit': 'MYR', 'malaysian ringgit': 'MYR',
  'malaysia ringgits': 'MYR', 'malaysian ringgits': 'MYR', 'rm': 'MYR',
  'baht': 'THB', 'rupiah': 'IDR', 'peso': null, 'pesos': null, 'philippine pesos': 'PHP', 'mexican pesos': 'MXN',
  'tugrik': 'MNT', 'tugriks': 'MNT', 'dong': 'VND',
  // Europe, historical included (Reuters wire copy)
  'swiss franc': 'CHF', 'swiss francs': 'CHF', 'french franc': 'FRF', 'french francs': 'FRF',
  'belgian francs': 'BEF', 'franc': null, 'francs': null,
  'marks': 'DEM', 'deutsche marks': 'DEM', 'deutschemarks': 'DEM',
  'guilder': 'NLG', 'guilders': 'NLG', 'dutch guilders': 'NLG', 'peseta': 'ESP', 'pesetas': 'ESP',
  'lira': 'ITL', 'lire': 'ITL', 'italian lire': 'ITL', 'turkish lira': 'TRY', 'turkish liras': 'TRY',
  'krona': 'SEK', 'kronor': 'SEK', 'swedish crowns': 'SEK', 'swedish kronor': 'SEK',
  'krone': null, 'kroner': null, 'norwegian crowns': 'NOK', 'norwegian kroner': 'NOK', 'danish crowns': 'DKK', 'danish kroner': 'DKK',
  'schilling': 'ATS', 'schillings': 'ATS', 'rouble': 'RUB', 'roubles': 'RUB', 'ruble': 'RUB', 'rubles': 'RUB',
  'zloty': 'PLN', 'zlotys': 'PLN', 'forint': 'HUF', 'forints': 'HUF', 'hryvnia': 'UAH', 'hryvnias': 'UAH',
  // Middle East, Africa, Americas
  'dinar': null, 'dinars': null, 'kuwaiti dinar': 'KWD', 'kuwaiti dinars': 'KWD',
  'riyal': null, 'riyals': null, 'saudi riyal': 'SAR', 'saudi riyals': 'SAR', 'saudiriyal': 'SAR',
  'dirham': null, 'dirhams': null, 'uae dirhams': 'AED', 'shekel': 'ILS', 'shekels': 'ILS', 'new shekels': 'ILS',
  'rand': 'ZAR', 'naira': 'NGN', 'reais': 'BRL', 'brazilian reais': 'BRL',
  'cruzados': 'BRC', 'cruzeiros': null, 'australes': 'ARA',
  'bitcoin': null, 'bitcoins': null,
};

/** Sub-units: the amount is divided by 100. */
export const SUBUNIT_WORDS: Record<string, string | null> = {
  'cent': 'USD', 'cents': 'USD', 'cts': 'USD', 'c': 'USD', '¢': 'USD',
  'pence': 'GBP', 'penny': 'GBP', 'pennies': 'GBP', 'p': 'GBP', 'kopiykas': 'UAH', 'kopecks': 'RUB', 'sen': null,
};
/** Sub-unit words that must touch the digits ("50p"), or they are too ambiguous. */
export const SUBUNIT_ATTACHED_ONLY = new Set(['p', '¢']);

/** Per-share / per-unit tails ("$12 a share", "$ 70 - a - share"). */
export const PER_SHARE = ['a share', 'per share', 'a unit', 'per unit', '- a - share', '-a-share', 'each share', 'per ordinary share', 'an ads', 'per ads', 'a depositary share'];

// ---------------------------------------------------------------------------------------------
// Qualifiers, shared by money and percentages
// ---------------------------------------------------------------------------------------------

export const QUALIFIERS: Record<string, Exclude<Qualifier, null>> = {
  'more than': 'more_than', 'over': 'more_than', 'above': 'more_than', 'in excess of': 'more_than',
  'upwards of': 'more_than', 'just over': 'more_than', 'well over': 'more_than', 'greater than': 'more_than',
  'higher than': 'more_than', 'exceeding': 'more_than', 'north of': 'more_than',
  'about': 'approx', 'approximately': 'approx', 'approx': 'approx', 'nearly': 'approx', 'almost': 'approx',
  'around': 'approx', 'roughly': 'approx', 'some': 'approx', 'an estimated': 'approx', 'estimated': 'approx',
  'close to': 'approx', 'circa': 'approx', 'about an': 'approx', 'just under': 'approx', 'an approximate': 'approx',
  'up to': 'up_to', 'as much as': 'up_to', 'as many as': 'up_to', 'as high as': 'up_to', 'no more than': 'up_to',
  'not more than': 'up_to', 'a maximum of': 'up_to', 'at most': 'up_to',
  'at least': 'at_least', 'no less than': 'at_least', 'not less than': 'at_least', 'a minimum of': 'at_least',
  'less than': 'less_than', 'under': 'less_than', 'below': 'less_than', 'fewer than': 'less_than', 'lower than': 'less_than',
};

/** Verbs after which "from A to B" is a change, not a range ("rose from $5 million to $6 million"). */
export const CHANGE_WORDS = [
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased', 'increase',
  'increases', 'decreased', 'decrease', 'grew', 'grow', 'grown', 'climbed', 'jumped', 'dropped', 'declined',
  'raised', 'raise', 'cut', 'cuts', 'lowered', 'reduced', 'boosted', 'up', 'down', 'revised', 'slipped', 'gained',
  'surged', 'soared', 'plunged', 'tumbled', 'widened', 'narrowed', 'changed', 'moved', 'went', 'expanded', 'shrank',
];

// ---------------------------------------------------------------------------------------------
// Percentages
// ---------------------------------------------------------------------------------------------

/** Percent units after the number; value = percent (basis points are converted to points). */
export const PERCENT_UNITS: Record<string, { unit: 'percent' | 'percentage_points'; factor: number }> = {
  '%': { unit: 'percent', factor: 1 }, 'percent': { unit: 'percent', factor: 1 }, 'per cent': { unit: 'percent', factor: 1 },
  'pct': { unit: 'percent', factor: 1 }, 'percents': { unit: 'percent', factor: 1 }, 'percentage': { unit: 'percent', factor: 1 },
  'per-cent': { unit: 'percent', factor: 1 }, 'pc': { unit: 'percent', factor: 1 },
  'percentage points': { unit: 'percentage_points', factor: 1 }, 'percentage point': { unit: 'percentage_points', factor: 1 },
  'pct points': { unit: 'percentage_points', factor: 1 }, 'pct point': { unit: 'percentage_points', factor: 1 },
  'basis points': { unit: 'percentage_points', factor: 0.01 }, 'basis point': { unit: 'percentage_points', factor: 0.01 },
  'bps': { unit: 'percentage_points', factor: 0.01 }, 'bp': { unit: 'percentage_points', factor: 0.01 },
};

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Ordinal words for days and quarters ("the third quarter", "May twenty-ninth"). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
};

/** The word before a date that states its relation ("until 2030"). */
export const DATE_RELATIONS: Record<string, 'since' | 'until' | 'before' | 'after' | 'from' | 'by'> = {
  since: 'since', until: 'until', till: 'until', 'til': 'until', through: 'until', thru: 'until', 'up to': 'until',
  'up until': 'until', before: 'before', prior: 'before', 'prior to': 'before', 'no later than': 'by', after: 'after',
  from: 'from', 'starting': 'from', 'starting in': 'from', 'beginning': 'from', 'effective': 'from', by: 'by',
  'as of': 'from', 'earlier than': 'before', 'later than': 'after', 'ending': 'until', 'to': 'until',
};

/** Nouns that make a following number a count or a model, not a year ("Boeing 747", "Fortune 500"). */
export const NOT_YEAR_BEFORE = [
  'boeing', 'airbus', 'windows', 'fortune', 'room', 'page', 'pages', 'no', 'number', 'nos', 'flight', 'route', 'highway',
  'interstate', 'suite', 'apt', 'apartment', 'building', 'gate', 'platform', 'chapter', 'section', 'article',
  'model', 'version', 'v', 'rule', 'form', 'article', 'item', 'vol', 'volume', 'issue', 'iphone', 'galaxy',
  'playstation', 'xbox', 'office', 'sql', 'server', 'iso', 'level', 'mark', 'mk', 'type', 'class', 'series',
  'box', 'po', 'unit', 'units', 'street', 'st', 'ave', 'avenue', 'road', 'rd', 'tel', 'phone', 'fax', 'ext', 'code',
  'index', 'russell', 's&p', 'ftse', 'dax', 'nikkei', 'kospi', 'stoxx', 'cac', 'ibex',
];

/** Nouns that make a preceding number a count, not a year ("2030 employees"). */
export const NOT_YEAR_AFTER = [
  'employees', 'workers', 'people', 'shares', 'jobs', 'units', 'cars', 'vehicles', 'stores', 'people', 'members',
  'customers', 'users', 'students', 'homes', 'acres', 'feet', 'ft', 'meters', 'metres', 'miles', 'km', 'tons',
  'tonnes', 'barrels', 'points', 'pts', 'calories', 'mw', 'mhz', 'ghz', 'kg', 'lbs', 'pounds', 'dollars', 'dlrs',
  'euros', 'yen', 'percent', 'pct', 'mln', 'million', 'billion', 'hp', 'rpm', 'cc', 'beds', 'rooms', 'seats',
  'copies', 'items', 'times', 'votes', 'words', 'lines', 'hours', 'minutes', 'seconds', 'days', 'years', 'feet',
];

/** Holidays on a fixed calendar day (month, day); movable feasts are not listed. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'xmas': [12, 25], 'christmas eve': [12, 24],
  "new year's day": [1, 1], 'new years day': [1, 1], 'new year day': [1, 1],
  "new year's eve": [12, 31], 'new years eve': [12, 31], 'new year eve': [12, 31],
  "valentine's day": [2, 14], 'valentines day': [2, 14], 'valentine day': [2, 14],
  'halloween': [10, 31], 'independence day': [7, 4], 'fourth of july': [7, 4],
  "st patrick's day": [3, 17], "saint patrick's day": [3, 17], 'st patricks day': [3, 17], 'saint patrick': [3, 17],
  'boxing day': [12, 26], 'veterans day': [11, 11], "veteran's day": [11, 11], 'juneteenth': [6, 19],
};

/** Holidays that are also place names ("Corpus Christi, Texas"): read as a date only outside a place context. */
export const HOLIDAY_PLACES = new Set(['corpus christi']);
/** Nouns after such a name that make it the place ("its Corpus Christi refinery"). */
export const PLACE_NOUNS_AFTER = [
  'refinery', 'refineries', 'plant', 'plants', 'facility', 'facilities', 'mill', 'terminal', 'port', 'area', 'region',
  'office', 'offices', 'branch', 'store', 'stores', 'hospital', 'station', 'field', 'operations?', 'division', 'unit',
  'site', 'airport', 'harbor', 'harbour', 'bay', 'county', 'district', 'market', 'newspaper', 'bank',
];

/**
 * Holidays that move with the year: [rule, ...args]. "easter" offsets are days from Easter Sunday;
 * "nth" is the n-th weekday (0 = Monday; -1 = last) of a month, plus an offset in days.
 */
export const FLOATING_HOLIDAYS: Record<string, ['easter', number] | ['nth', number, number, number, number]> = {
  'easter': ['easter', 0], 'easter sunday': ['easter', 0], 'easter day': ['easter', 0], 'easter monday': ['easter', 1],
  'easter mon': ['easter', 1], 'good friday': ['easter', -2], 'holy saturday': ['easter', -1], 'palm sunday': ['easter', -7],
  'maundy thursday': ['easter', -3], 'holy thursday': ['easter', -3], 'ash wednesday': ['easter', -46],
  'shrove tuesday': ['easter', -47], 'pancake day': ['easter', -47], 'mardi gras': ['easter', -47],
  'pentecost': ['easter', 49], 'whit sunday': ['easter', 49], 'whitsunday': ['easter', 49], 'whit monday': ['easter', 50],
  'ascension day': ['easter', 39], 'corpus christi': ['easter', 60],
  'thanksgiving': ['nth', 11, 3, 4, 0], 'thanksgiving day': ['nth', 11, 3, 4, 0], 'black friday': ['nth', 11, 3, 4, 1],
  'cyber monday': ['nth', 11, 3, 4, 4],
  'mlk day': ['nth', 1, 0, 3, 0], 'martin luther king day': ['nth', 1, 0, 3, 0], "martin luther king's day": ['nth', 1, 0, 3, 0],
  'martin luther king jr. day': ['nth', 1, 0, 3, 0], 'mlk jr. day': ['nth', 1, 0, 3, 0],
  "presidents' day": ['nth', 2, 0, 3, 0], 'presidents day': ['nth', 2, 0, 3, 0], "president's day": ['nth', 2, 0, 3, 0],
  'memorial day': ['nth', 5, 0, -1, 0], 'labor day': ['nth', 9, 0, 1, 0], 'labour day': ['nth', 9, 0, 1, 0],
  'columbus day': ['nth', 10, 0, 2, 0], "mother's day": ['nth', 5, 6, 2, 0], 'mothers day': ['nth', 5, 6, 2, 0],
  "father's day": ['nth', 6, 6, 3, 0], 'fathers day': ['nth', 6, 6, 3, 0],
};
