/**
 * The ingest stage's vocabulary: which elements, class/id tokens and text lines are page furniture
 * rather than article text. Data only, grouped by kind and commented; the code that reads it lives
 * in html.ts (elements, tokens) and text.ts (lines).
 *
 * Tokens are matched against WHOLE tokens of an element's class and id, after splitting on anything
 * that is not a letter or digit and on camelCase humps ("shareBar" -> "share", "bar";
 * "article-comments-enabled" -> "article", "comments", "enabled"): "shareholders" never matches
 * "share". A token list entry with a space ("read more") matches consecutive tokens. Roles are
 * matched against FURNITURE_ROLES. Whatever matches is still kept when it holds a large share of
 * the page's prose (html.ts), so a container named "article-comments-enabled" survives.
 */

/** Elements that never hold article text: removed with everything inside them. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  // code and styling
  'script', 'style', 'noscript', 'template', 'link', 'meta',
  // embedded media and graphics (their fallback text is not prose)
  'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'picture', 'map', 'math',
  // form controls (a whole-page <form> wrapper is a FURNITURE_TAG, protected by the prose guard)
  'button', 'input', 'select', 'textarea', 'option', 'label',
  // image captions and credits
  'figcaption',
  // dialogs
  'dialog',
]);

/**
 * Structural page furniture. Removed unless the element holds most of the page's paragraph text
 * (some sites wrap the whole page in <header> or <form>; the guard in html.ts keeps those).
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

/**
 * Never removed by class/id tokens: table parts ("player-2020" rows of a standings table) and
 * block quotes (an embedded tweet, <blockquote class="twitter-tweet">, is quoted article text).
 */
export const TOKEN_EXEMPT_TAGS: ReadonlySet<string> = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'html', 'body', 'blockquote']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'tooltip', 'button',
]);

/**
 * Class / id tokens of boilerplate blocks, grouped by kind. An element whose tokens include one of
 * these is removed (subject to the "holds most of the text" guard and to POSITIVE_TOKENS below).
 */
export const BOILERPLATE_TOKENS: Readonly<Record<string, readonly string[]>> = {
  share: ['share', 'sharing', 'sharebar', 'sharethis', 'addthis', 'social', 'socials', 'facebook', 'twitter',
    'linkedin', 'whatsapp', 'pinterest', 'reddit', 'email share', 'syndication', 'shares'],
  follow: ['follow', 'followus'],
  comments: ['comment', 'comments', 'disqus', 'respond', 'reply', 'replies', 'discussion', 'livefyre',
    'commentlist'],
  related: ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'more stories', 'read more',
    'readmore', 'also read', 'trending', 'popular', 'most read', 'mostread', 'outbrain', 'taboola',
    'more from', 'next article', 'up next', 'upnext', 'teasers', 'story list', 'morelinks'],
    // not 'teaser': several CMSs call the standfirst an "article-teaser"
  newsletter: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign up', 'paywall',
    'registration', 'regwall', 'optin', 'membership', 'donate', 'donation'],
  consent: ['cookie', 'cookies', 'consent', 'gdpr', 'privacy banner', 'cookie notice'],
  ads: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp',
    'sponsor', 'sponsored', 'promo', 'promotion', 'promoted', 'affiliate', 'banner'],
  author: ['author', 'authors', 'bio', 'author bio', 'authorbio', 'author box', 'authorbox', 'author info', 'byline', 'bylines',
    'contributor', 'about author', 'about the author'],
  navigation: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager',
    'skip', 'masthead', 'topbar', 'toolbar', 'site header', 'header', 'footer', 'site footer'],
  sidebar: ['sidebar', 'side bar', 'rail', 'right rail', 'widget', 'widgets', 'aside'],
  tags: ['tags', 'tag list', 'taglist', 'tagcloud', 'keywords', 'topics', 'categories'],
  overlays: ['popup', 'pop up', 'popover', 'modal', 'overlay', 'lightbox', 'interstitial', 'toast', 'flyout', 'tooltip',
    'rollover', 'hovercard'],
  media: ['caption', 'credit', 'credits', 'photo credit', 'image credit', 'wp caption', 'gallery', 'slideshow',
    'carousel', 'video', 'video player', 'media player', 'audio player', 'thumbnail'],
  // not 'dateline' ("NEW YORK (Reuters) -" is part of the first paragraph) nor bare 'hidden'
  // (Bootstrap's "hidden-xs" is only hidden on small screens)
  // stock-quote and ticker widgets inside the body ("ORNO US $33.51 +0.42% Last close"); not bare
  // 'quote' (pull quotes are article text) nor bare 'ticker' in a news-ticker sense only
  quotes: ['quote box', 'quotebox', 'quote widget', 'quote card', 'quote module', 'stock quote', 'stock quotes', 'stockquote',
    'stock price', 'stock ticker', 'ticker', 'tickers', 'ticker box', 'market data', 'marketdata', 'price box',
    'security quote', 'instrument quote', 'quote strip', 'quotes strip', 'stock chart', 'mini chart', 'minichart'],
  // fact boxes inside the article ("Vandermeer Coatings in brief / Founded: 1898 / Employees: ..."):
  // reference facts set apart from the prose, not article text (the benchmark pages have none)
  factbox: ['factbox', 'fact box', 'facts box', 'factsbox', 'fact file', 'factfile', 'fact sheet', 'infobox', 'info box',
    'in brief', 'inbrief', 'key facts', 'keyfacts', 'fast facts', 'at a glance', 'ataglance', 'company profile', 'profile box'],
  meta: ['timestamp', 'meta', 'post meta', 'entry meta', 'article meta', 'print only', 'visually hidden',
    'sr only', 'screen reader', 'visuallyhidden', 'sronly', 'element invisible'],
};

/**
 * Attributes that mark a stock-quote or ticker widget whatever its class ("data-symbol",
 * "data-ticker"): an element carrying one is removed like a QUOTE token hit.
 */
export const QUOTE_ATTRIBUTES: readonly string[] = [
  'data-symbol', 'data-ticker', 'data-ticker-symbol', 'data-quote', 'data-quote-symbol', 'data-stock', 'data-stock-symbol',
  'data-instrument', 'data-isin', 'data-security',
];

/**
 * Tokens of embedded posts quoted by the article (tweets, Instagram posts): their text is part of
 * the article, so an element with one of these is never removed by the share/social tokens.
 */
export const EMBED_TOKENS: readonly string[] = [
  'social media embed', 'social embed', 'embedded tweet', 'embed tweet', 'tweet embed', 'twitter embed', 'embed twitter',
  'tweet', 'twitter tweet', 'instagram media', 'oembed',
];

/**
 * Tokens of image boxes ("image top", "photo-wrapper", "inline-image"): such an element that holds
 * an <img> and less than FIGURE_MAX_PROSE characters of text is a picture with its caption or
 * credit, and goes.
 */
export const FIGURE_TOKENS: readonly string[] = ['image', 'img', 'photo', 'picture', 'figure', 'media', 'pic', 'foto', 'imagen'];
export const FIGURE_MAX_PROSE = 400;

/**
 * Tokens of a standfirst (the subtitle under the headline). When the article body's container
 * sits inside an <article> whose header holds such an element, it is kept as the body's first
 * paragraph, as in a plain-text article where the subtitle follows the title.
 */
export const STANDFIRST_TOKENS: readonly string[] = [
  'dek', 'standfirst', 'subtitle', 'sub title', 'subheadline', 'sub headline', 'subhead', 'deck', 'lede', 'strapline',
  'kicker text', 'summary', 'article summary', 'excerpt', 'intro', 'teaser text', 'description',
  // summary bullets under the headline ("tt-abstract", "key-points")
  'abstract', 'key points', 'keypoints', 'takeaways', 'key takeaways', 'summary list', 'bullets', 'story highlights',
];

/**
 * A summary list right under the headline (a <ul>/<ol> that follows the article's <h1>, before the
 * body) is a standfirst even without a STANDFIRST token, when it has at most this many items, each
 * short and without links (a related-links list under a headline is a link cluster instead).
 */
export const SUMMARY_LIST_MAX_ITEMS = 6;
export const SUMMARY_ITEM_MAX_CHARS = 200;

/**
 * Tokens that mark article content. An element with one of these is never removed by the token
 * rules (its boilerplate token is taken to describe a feature of the article, as in
 * "article-comments-enabled"), and they add to the content score of a container.
 */
export const POSITIVE_TOKENS: readonly string[] = [
  'article', 'articlebody', 'article body', 'story', 'storybody', 'story body', 'entry', 'entry content',
  'post', 'post content', 'post body', 'body', 'content', 'main', 'main content', 'text', 'prose', 'blog',
  'rich text', 'richtext', 'paragraph', 'page content', 'news', 'column', 'abstract',
];

/**
 * Tokens that lower a container's content score without removing it (readability's
 * "unlikely candidates").
 */
export const NEGATIVE_TOKENS: readonly string[] = [
  'hidden', 'banner', 'combx', 'comment', 'contact', 'foot', 'footer', 'footnote', 'masthead', 'media',
  'meta', 'outbrain', 'promo', 'related', 'scroll', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor',
  'shopping', 'tags', 'tool', 'widget', 'social', 'share', 'newsletter', 'subscribe',
];

/**
 * Phrases that make a short block or a plain-text line boilerplate, grouped by kind. Matched
 * against the whole line (case-insensitive, trimmed, trailing punctuation ignored) when anchored
 * with ^...$, or as the line's start when the pattern only has ^. Only lines shorter than
 * MAX_BOILERPLATE_LINE characters are tested, so a paragraph that merely mentions "comments" or
 * "share price" never matches.
 */
export const BOILERPLATE_LINES: Readonly<Record<string, readonly RegExp[]>> = {
  share: [
    /^share (this|the) (article|story|post|page)\b.*$/i,
    /^share( on| via)? ?(facebook|twitter|x|linkedin|email|whatsapp|reddit)?$/i,
    /^(tweet|pin it|email|print|copy link|link copied)( this)?( article| story)?$/i,
    /^share (this|on)\b.{0,40}$/i,
  ],
  follow: [
    /^follow (us|me|him|her|them|@\w+|the author)\b.{0,80}$/i,
    /^(like|find) us on facebook\b.*$/i,
  ],
  comments: [
    /^leave a (reply|comment)\b.*$/i,
    /^(post|add|write) a comment\b.*$/i,
    /^your email address will not be published\b.*$/i,
    /^required fields are marked\b.*$/i,
    /^(\d+ )?comments?( \(\d+\))?$/i,
    /^(view|show|read|load|see) (all )?(\d+ )?comments\b.*$/i,
    /^comments? (are|is) closed\b.*$/i,
    /^you must be logged in to post a comment\b.*$/i,
    /^cancel reply$/i,
    /^join the (conversation|discussion)\b.*$/i,
  ],
  related: [
    /^related( articles?| stories| posts| coverage| content| reading| news| links| topics)?$/i,
    /^(related|related articles?|related stories|related posts|related coverage|related content|related reading)\s*:.{0,120}$/i,
    /^(read|see) (more|also)\s*:.*$/i,
    /^(read|see) more\b.{0,80}$/i,
    /^(also read|more from|more on this|more stories|recommended|you may also like|you might also like|trending now|most popular|most read|what to read next|up next)\b.{0,100}$/i,
    /^(don'?t miss|do not miss|must read|most shared|editor'?s picks?|top stories|latest news|more news)$/i,
    // a teaser strip: a label, then other stories' headlines ("Trending: A buys B | C shares slump")
    /^(trending|latest|popular|most popular|breaking|top stories|headlines|more headlines|in other news|more from \w+|also on \w+)\s*:.{0,240}$/i,
    /^(click|tap) here (to|for)\b.{0,100}$/i,
  ],
  newsletter: [
    /^(sign up|subscribe)\b.{0,140}(newsletter|inbox|email|updates|alerts|free|now|today|here)\b.*$/i,
    /^(sign up|subscribe)( now| here| today)?$/i,
    /^.{0,60}\bnewsletter\b.{0,80}$/i,
    /^(get|receive) (our|the) .{0,60}(newsletter|briefing|in your inbox)\b.*$/i,
    /^already (a subscriber|have an account)\b.*$/i,
    /^thanks? (you )?for (subscribing|signing up|registering)\b.{0,80}$/i,
    /^(subscribe|register|log in|sign in) to (continue|read)\b.*$/i,
  ],
  ads: [
    /^(advert|advertisement|advertising|sponsored( content)?|ad|paid content|promoted( content)?|story continues below( advertisement)?|continue reading below|article continues below.{0,20})$/i,
  ],
  consent: [
    /^(we|this (site|website)) uses? cookies\b.*$/i,
    /^(accept|reject|manage) (all )?cookies$/i,
  ],
  legal: [
    /^(copyright\s*)?(©|\(c\)|copyright)\s*(\d{4}|[a-z]).{0,120}$/i,
    /^all rights reserved\b.*$/i,
    /^this (document|article|material|content|story) is (subject to|protected by) copyright\b.*$/i,
    /^(terms of (use|service)|privacy policy)\b.{0,80}$/i,
  ],
  media: [
    /^(photo|image|picture|video|graphic|illustration)( credit)?\s*:.{0,150}$/i,
    /^[^.!?]{0,80}\b(getty images|shutterstock|istock(photo)?|ap photo|afp photo|reuters photo)\b[^.!?]{0,40}\.?$/i,
    /^this slideshow requires javascript$/i,
    /^[^.!?]{0,120}\b(photo|photos|image|images|picture|pictures)\s*(©|\(c\)|copyright|courtesy of)\s*[^.!?]{0,80}$/i,
    /^\(?(photo|image|picture)s? (by|courtesy of)\b.{0,120}\)?$/i,
    // a wire photo's caption ending in its credit: "... is seen at its headquarters. REUTERS/File Photo"
    /^.{0,300}\b(?:REUTERS|AFP|AP)\/(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:\/File Photo)?$/,
    // a bare address or an image's path left by a scraper: "https://cdn.site.com/uploads/photo.png)"
    /^[([]?(?:https?:\/\/|www\.|\/\/?[\w-]+(?:\.[\w-]+)+\/)\S*$/i,
    /^\S+\.(?:png|jpe?g|gif|webp|svg|avif)(?:\?\S*)?[)\]]?$/i,
  ],
  // a stock-quote widget read as a line: TICKER (+ exchange) + price + change in %, no sentence
  // ("ORNO US $33.51 +0.42% Last close", "NASDAQ: ORNO 33.51 ▲ 0.42%", "AAPL.O $189.20 -1.3 (-0.7%)")
  quotes: [
    /^(?:[A-Z]{2,8}\s*:\s*)?[A-Z][A-Z0-9]{0,5}(?:[.:][A-Z]{1,3}|\s[A-Z]{2})?\s+(?:(?:[A-Z]{0,3}[$€£¥]|(?:USD|EUR|GBP|JPY|CHF|GBX)\s)\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*\.\d+)(?:\s?(?:USD|EUR|GBP|JPY|CHF|GBX|p))?\s+(?:[+\-−–▲▼]\s?\d+(?:[.,]\d+)?\s+)?\(?[+\-−–▲▼]\s?\d+(?:[.,]\d+)?%\)?(?:\s+(?:[A-Za-z]+ )?(?:[Cc]lose|[Cc]losed|[Dd]elayed|[Rr]eal[- ]time|[Ii]ntraday)|\s+[Aa]s of\b.{0,30}|\s+\d{1,2}:\d{2}.{0,20})?$/,
  ],
  navigation: [
    /^(skip to (main )?content|back to top|previous article|next article|next story|previous story|home)$/i,
    // a site's menu read as lines: "Home / News / Markets / Subscribe"
    // (capitalized, as menus write them: a wrapped line "business" of a sentence is none)
    /^(?=\p{Lu})(news|latest|markets|business|companies|deals|world|politics|tech|technology|opinion|subscribe|sign in|sign up|log in|login|register|menu|search|newsletters?)$/iu,
    /^(tags?|topics?|filed under|categories|category)\s*:.{0,200}$/i,
  ],
};

/**
 * Lines that are furniture only at the START of the article body: bylines, lone dates and
 * "Published/Updated" stamps, section labels. Inside the body they could be prose, so they stay
 * there. (A date they carry is still read as the publication date: see dates.ts.)
 */
export const LEADING_LINES: readonly RegExp[] = [
  // "By Jane Doe", "By Jane Doe and John Roe, Reuters"
  /^[Bb][Yy] [\p{Lu}][\p{L}'’.-]*( [\p{L}'’.-]+){0,5}( (and|&) [\p{Lu}][\p{L}'’.-]*( [\p{L}'’.-]+){0,4})?(,? [\p{Lu}][\p{L}]+( [\p{L}]+){0,3})?$/u,
  // "By Jane Doe | April 14, 2026", "By Jane Doe in Milan 21 January 2026" (no sentence end, 16 words at most)
  /^[Bb][Yy] [\p{Lu}](?:[^.!?]|\.(?=\s*\d|[\p{L}]))*$/u,
  /^(published|updated|posted|last updated|first published)( on| at)?\s*:?\s*.{0,60}\d.{0,40}$/i,
  /^.{0,60}\b(published|updated|posted)\b\s*:?\s*(mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).{0,60}$/i,
  // a date (and time) alone on its line: "NOVEMBER 20, 2019 10:43", "08 Sep, 2026, 07:00 BST", "Monday, November 18, 2019"
  /^((mon|tues|wednes|thurs|fri|satur|sun)day,? )?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}),?( (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?$/i,
  /^(reading time|read time|\d+ min(ute)?s? read)\b.{0,40}$/i,
  // a section label or kicker: "Companies · Chemicals", "Markets › Deals"
  /^[\p{L}&'’ ]{2,30}( [·•›»|/] [\p{L}&'’ ]{2,30}){1,4}$/u,
  // a news agency's credit alone on its line: "The Canadian Press", "Associated Press", "Reuters"
  /^(?:The )?(?:[\p{Lu}][\p{L}.]*\s){0,3}(?:Press|Reuters|Newswire|News Service|News Agency|Wire|AFP|AP|Bloomberg|Bloomberg News|Dow Jones Newswires|PTI|IANS|Xinhua|Kyodo|Yonhap|dpa)$/u,
];

/**
 * Bylines (byline.ts). Words that make a byline part a role, desk or agency rather than a person
 * ("Harriet Colley, Industry Correspondent", "Ryan Delacorte, Houston correspondent", "Staff
 * Writer", "Reuters"), and the lower-case particles allowed inside a name ("Anouk de Graaf").
 */
export const BYLINE_ROLE_WORDS: readonly string[] = [
  'correspondent', 'correspondents', 'reporter', 'reporters', 'editor', 'editors', 'writer', 'writers', 'staff',
  'columnist', 'contributor', 'contributors', 'analyst', 'chief', 'bureau', 'desk', 'team', 'news', 'newsroom',
  'service', 'services', 'agency', 'press', 'wire', 'wires', 'reuters', 'associated', 'bloomberg', 'afp', 'dpa',
  'report', 'reports', 'special', 'senior', 'deputy', 'associate', 'producer', 'photographer', 'contributing',
  'updated', 'published', 'posted', 'min', 'read', 'share', 'comments', 'follow', 'email',
];
export const NAME_PARTICLES: readonly string[] = [
  'de', 'van', 'der', 'den', 'von', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y',
];

/**
 * Class/id tokens of an element holding the byline ("tt-byline", "gg-author", "entry-byline"):
 * removed from the text (BOILERPLATE_TOKENS.author), but read for source.author when no
 * structured author (JSON-LD, meta, microdata) exists. Author bio boxes do not parse as names.
 */
export const BYLINE_TOKENS: readonly string[] = [
  'byline', 'bylines', 'author', 'authors', 'author name', 'authorname', 'author link', 'byline name', 'writer', 'contributor',
];

/**
 * Class/id tokens of the site's logo or brand name in the header ("ndw-logo", "site-title",
 * "gg-brand"): a <title> suffix that matches one of these texts is the site name (metadata.ts).
 */
export const BRAND_TOKENS: readonly string[] = [
  'logo', 'brand', 'branding', 'site title', 'site name', 'sitename', 'site logo', 'masthead', 'wordmark', 'publication name',
];

/** Lines that are furniture only at the END of the article body: sign-offs and contact lines. */
export const TRAILING_LINES: readonly RegExp[] = [
  /^SOURCE [\p{Lu}\p{N}].{0,100}$/u, // PR Newswire
  /^([Ww]rite to|[Cc]ontact|[Ee]-?mail) [\p{Lu}].{0,150}\bat\b.{0,120}$/u, // "Write to Jane Doe at jane@example.com"
  /^to contact the (reporters?|editors?|authors?)( on this story| of this story)?\s*:.{0,200}$/i,
  /^\((reporting|additional reporting|writing|compiled|editing) by [^)]{0,250}\)$/i, // "(Reporting by X; Editing by Y)"
  ...LEADING_LINES.slice(2, 5), // "Updated March 3, 2026"
];

/**
 * Headings that open a press release's trailer ("About Acme", "Forward-Looking Statements",
 * "Contacts"). When one appears in the second half of the body, it and everything after it go:
 * company boilerplate, legal notes and contact lists are not the article.
 */
export const TRAILER_HEADINGS: readonly RegExp[] = [
  /^(?:About|ABOUT) (?:the |THE )?[\p{Lu}\p{N}][^.!?]{0,60}$/u,
  /^(forward[- ]looking statements?|safe harbou?r( statement)?|cautionary (note|statement)s?( regarding forward[- ]looking statements)?|disclaimer)$/i,
  /^((media|investor|press|company)( and investor| and media)? )?(contacts?|enquiries|inquiries)( information)?$/i,
  /^(for (further|more|additional) information|notes? to editors?|investor relations)$/i,
  // other stories' headlines under a label, to the end of the page
  /^(you (may|might) also like|related (articles|stories|posts|coverage|content|reading|news)|more (stories|news)( from .{1,40})?|recommended( for you| stories| reading)?|read next|what to read next|(also|more) on this topic)$/i,
];

/**
 * Lines that point to another story from inside the article ("RELATED: Harwood buys Lindell", "Read
 * more: ...", "ALSO READ: ..."): a label and a colon before another story's headline. They go
 * wherever they stand; another story's headline is never the article's own.
 */
export const RELATED_INSIDE: readonly RegExp[] = [
  /^(related|related articles?|related stories|related posts|related coverage|related content|related reading)\s*:.{0,160}$/i,
  /^(read|see) (more|also)\s*:.{0,160}$/i,
  /^(also read|also see|don'?t miss|must read|recommended|editor'?s picks?|more on this)\s*:.{0,160}$/i,
];

/**
 * An "About X" trailer section is company boilerplate when its heading names a company (a corporate
 * suffix) or its text describes one ("X is a clinical-stage biotechnology company", "headquartered
 * in", "listed on"). An "About" section that describes neither (a product, a drug, a study, a
 * trial: "About ALD-417") and comes BEFORE a later trailer heading is article content and stays;
 * the trailer then starts at the next trailer heading.
 */
export const COMPANY_SUFFIXES: RegExp = /\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|lp|plc|ag|se|sa|nv|bv|gmbh|spa|s\.?p\.?a|ab|asa|oyj|a\/s|kk|k\.k|group|holdings?|bank|partners|capital)\.?$/i;
export const COMPANY_DESCRIPTION: readonly RegExp[] = [
  /\b(is|are|was) (a|an|the|one of the)\b[^.]{0,120}\b(company|companies|group|firm|provider|manufacturer|maker|bank|insurer|operator|developer|fund|partnership|organi[sz]ation|corporation|business|leader|pioneer|producer|supplier|retailer|platform|agency|institution|investor|manager|subsidiary|conglomerate|enterprise|startup|start-up|utility|airline|carrier|distributor|consultancy|lender|brand|chain|publisher|broadcaster|network|exchange|non-?profit|charity|foundation|university)\b/i,
  /\b(headquartered|based|incorporated) in\b/i,
  /\b(listed on|traded on|trades on|founded in|employs|employees|(NYSE|NASDAQ|Nasdaq|LSE|TSE|TSX|ASX|SIX|Euronext)\s*:)/,
  /\b(for more information|visit (us at|www\.)|www\.[a-z0-9-]+\.[a-z])/i,
];

/**
 * Groups of BOILERPLATE_LINES that also apply to a line written as a sentence (8 words or more,
 * ending in . ! or ?). The other groups only apply to lines that do not read as a sentence, so
 * "The company first disclosed the talks in a newsletter to employees." stays.
 */
export const SENTENCE_GROUPS: readonly string[] = ['comments', 'consent', 'legal', 'ads'];

/** Lines longer than this are prose, never boilerplate lines. */
export const MAX_BOILERPLATE_LINE = 160;

/** Wire-service sign-off lines dropped from the end of a plain-text article ("Reuter"). */
export const WIRE_SIGNOFFS: readonly RegExp[] = [/^reuters?$/i, /^\(?(reuters?|ap|afp|upi)\)?$/i];
