/**
 * Organization data for English text: legal forms of companies, head words of government bodies and other
 * organizations, sports-club words, and well-known international bodies, Chinese state organs, media and companies.
 * Written by hand from general knowledge of company law forms, the structure of the Chinese state and common
 * international organizations. Lower case.
 *
 * @module
 */

/** Legal forms and company head words that end a company name (Suzhou Hengtai Precision Machinery Co Ltd). */
export const COMPANY_ENDINGS: readonly string[] = [
  'co', 'co.', 'co ltd', 'co. ltd', 'co., ltd', 'co., ltd.', 'co ltd.', 'co. ltd.', 'co. , ltd', 'co. , ltd.',
  'company', 'company limited', 'co limited', 'ltd', 'ltd.', 'limited', 'group', 'group co', 'group co ltd',
  'group co., ltd', 'group co., ltd.', 'group ltd', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'incorporated',
  'holdings', 'holding', 'holdings ltd', 'holdings inc', 'llc', 'l.l.c.', 'plc', 'p.l.c.', 'ag', 'sa', 's.a.',
  'nv', 'n.v.', 'bv', 'b.v.', 'gmbh', 'spa', 's.p.a.', 'ab', 'asa', 'oyj', 'kk', 'pte', 'pte ltd', 'pty',
  'pty ltd', 'bhd', 'sdn bhd', 'a/s', 'aps', 'oy', 'sas', 'kft', 'lp', 'llp', 'jsc', 'pjsc', 'bank', 'airlines', 'airways', 'motors', 'motor', 'industries',
  'enterprises', 'securities', 'insurance', 'pharmaceutical', 'pharmaceuticals', 'technologies', 'electronics',
  'telecom', 'telecommunications', 'petroleum', 'steel', 'chemical', 'chemicals', 'energy', 'mining', 'airline',
  'systems', 'software', 'capital', 'partners', 'brothers', 'bros', 'bros.', 'stores', 'foods', 'resources',
  'shipping', 'properties', 'investments', 'trust', 'fund', 'communications', 'media', 'entertainment', 'labs',
  'power', 'electric', 'cement', 'textiles', 'logistics', 'semiconductor', 'biotech', 'auto', 'automotive',
  'biopharma', 'pharma', 'therapeutics', 'robotics', 'photonics', 'semiconductors', 'microelectronics', 'biosciences',
];

/** Head words of government bodies (ministries, bureaus, committees, courts, councils, armed forces). */
export const GOVERNMENT_HEADS: readonly string[] = [
  'ministry', 'department', 'bureau', 'commission', 'committee', 'administration', 'council', 'congress',
  'parliament', 'assembly', 'senate', 'court', 'procuratorate', 'government', 'cabinet', 'police', 'army',
  'navy', 'air force', 'armed forces', 'guard', 'coast guard', 'garrison', 'command', 'office', 'secretariat',
  'authority', 'agency', 'directorate', 'inspectorate', 'tribunal', 'party', 'front', 'militia', 'customs',
  'embassy', 'consulate', 'mission', 'force', 'forces', 'delegation', 'legislature', 'panel', 'duma', 'knesset', 'bundestag', 'diet',
  'headquarters', // (a command set up for a task: Flood Control and Drought Relief Headquarters)
  'general station', 'inspection station', // (General Station of Exit and Entry Frontier Inspection, Border Inspection Station)
  'detachment', 'brigade', // (Shenzhen Fire and Rescue Detachment, a fire brigade)
];

/** Head words of other non-company bodies (education, research, associations, media, clubs). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'university', 'college', 'institute', 'academy', 'school', 'association', 'federation', 'society',
  'foundation', 'center', 'centre', 'hospital', 'museum', 'library', 'club', 'union', 'alliance',
  'organization', 'organisation', 'chamber of commerce', 'chamber', 'council', 'confederation', 'fund',
  'network', 'press', 'news agency', 'times', 'daily', 'post', 'herald', 'journal', 'tribune', 'gazette',
  'observer', 'news', 'television', 'radio', 'broadcasting', 'exchange', 'institution', 'laboratory',
  'observatory', 'orchestra', 'theatre', 'theater', 'church', 'movement', 'coalition', 'forum', 'board',
  'team', 'consortium', 'cooperative', 'co-operative', 'charity', 'trust', 'sports club', 'conservatory',
];

/** Words that mark a sports club: before or after a place name (FC Barcelona, Manchester United …). */
export const CLUB_WORDS_AFTER: readonly string[] = [
  'fc', 'f.c.', 'afc', 'cf', 'sc', 'ac', 'united', 'utd', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur',
  'rangers', 'county', 'town', 'city', 'villa', 'forest', 'wednesday', 'palace', 'argyle', 'alexandra', 'orient',
  'vale', 'celtic', 'dynamo', 'sporting',
];
export const CLUB_WORDS_BEFORE: readonly string[] = [
  'fc', 'ac', 'as', 'real', 'inter', 'sporting', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'olympique',
  'olympiakos', 'racing', 'athletic', 'atletico', 'borussia', 'bayern', 'eintracht', 'hertha', 'werder',
  'fortuna', 'union', 'vfb', 'vfl', 'sv', 'tsv', 'psv', 'ajax', 'feyenoord', 'cska', 'zenit', 'shakhtar',
];

/** Government bodies known by name (lower case), mapped to their kind. */
export const KNOWN_GOVERNMENT: readonly string[] = [
  'communist youth league', 'cyl', 'state council', "national people's congress", 'npc', 'npc standing committee', 'cppcc',
  "chinese people's political consultative conference", 'communist party of china', 'cpc',
  'chinese communist party', 'ccp', 'cpc central committee', 'central committee', 'political bureau',
  'politburo', 'central military commission', 'cmc', "people's liberation army", 'pla', 'pla navy',
  "supreme people's court", "supreme people's procuratorate", 'ndrc', 'mofcom', 'foreign ministry',
  'commerce ministry', 'defense ministry', 'defence ministry', 'finance ministry', 'education ministry',
  'state council information office', 'general administration of customs', 'state administration for market regulation',
  'national health commission', 'national bureau of statistics', 'nbs', 'ministry of foreign affairs',
  'ministry of commerce', 'ministry of finance', 'ministry of public security', 'ministry of state security',
  'ministry of national defense', 'ministry of education', 'ministry of science and technology',
  'national development and reform commission', "people's bank of china", 'pboc', 'csrc', 'cbirc',
  'white house', 'pentagon', 'kremlin', 'downing street', 'elysee', 'state department', 'congress', 'senate',
  'house of representatives', 'house of commons', 'house of lords', 'supreme court', 'federal reserve', 'fed',
  'fbi', 'cia', 'nsa', 'nasa', 'sec', 'fda', 'epa', 'federal bureau of investigation', 'central intelligence agency',
  'european commission', 'european parliament', 'european council', 'bundesbank', 'bank of england',
  'bank of japan', 'european central bank', 'ecb', 'legislative council', 'legco', 'executive council',
  'hong kong police force', 'invest hong kong', 'investhk', 'hong kong observatory', 'hong kong monetary authority',
  'hkma', 'hong kong housing authority', 'hong kong trade development council', 'hktdc',
  'hong kong productivity council', 'hkpc', 'kuomintang', 'kmt', 'democratic progressive party', 'dpp', 'republican party',
  'democratic party', 'labour party', 'conservative party', 'liberal democrats', 'tories', 'labour',
];

/** Other named bodies: international organizations, media, well-known companies and universities. */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'united nations', 'un', 'u.n.', 'un security council', 'security council', 'general assembly',
  'un general assembly', 'unesco', 'unicef', 'unhcr', 'undp', 'who', 'world health organization', 'wto',
  'world trade organization', 'imf', 'international monetary fund', 'world bank', 'asian development bank',
  'adb', 'asian infrastructure investment bank', 'aiib', 'new development bank', 'nato', 'eu', 'european union',
  'asean', 'apec', 'brics', 'shanghai cooperation organization', 'shanghai cooperation organisation', 'sco',
  'african union', 'au', 'arab league', 'opec', 'oecd', 'g7', 'g20', 'g8', 'osce', 'iaea', 'wwf', 'red cross',
  'international committee of the red cross', 'icrc', 'interpol', 'fifa', 'uefa', 'ioc',
  'international olympic committee', 'nba', 'nfl', 'nhl', 'mlb', 'cba', 'itf', 'atp', 'wta', 'icc', 'iaaf',
  'xinhua', 'xinhua news agency', 'china daily', 'global times', "people's daily", 'cctv', 'cgtn',
  'china central television', 'china media group', 'china news service', 'reuters', 'ap', 'associated press',
  'afp', 'agence france-presse', 'bbc', 'cnn', 'bloomberg', 'new york times', 'the new york times',
  'washington post', 'wall street journal', 'financial times', 'the economist', 'south china morning post',
  'scmp', 'al jazeera', 'kyodo', 'yonhap', 'tass', 'itar-tass', 'interfax', 'dpa', 'ansa', 'efe', 'nhk',
  'nasdaq', 'nyse', 'new york stock exchange', 'shanghai stock exchange', 'shenzhen stock exchange',
  'hong kong stock exchange', 'hkex', 'london stock exchange', 'tsinghua university', 'peking university', 'fudan university', 'zhejiang university', 'nanjing university',
  'chinese academy of sciences', 'cas', 'chinese academy of social sciences', 'cass', 'harvard', 'yale',
  'oxford university', 'cambridge university', 'mit', 'stanford', 'greenpeace', 'amnesty international',
  'human rights watch', 'hamas', 'hezbollah', 'taliban', 'al qaeda', 'al-qaeda', 'islamic state', 'isis', 'ira',
  'plo', 'eta', 'khmer rouge', 'unita',
];

/** Companies known by a short name (lower case). */
export const KNOWN_COMPANIES: readonly string[] = [
  'huawei', 'alibaba', 'tencent', 'baidu', 'xiaomi', 'byd', 'lenovo', 'zte', 'sinopec', 'petrochina', 'cnooc',
  'cnpc', 'state grid', 'china mobile', 'china unicom', 'china telecom', 'comac', 'catl', 'bytedance', 'tiktok',
  'jd.com', 'meituan', 'geely', 'haier', 'midea', 'gree', 'cosco', 'icbc', 'bank of china', 'china construction bank',
  'agricultural bank of china', 'hsbc', 'standard chartered', 'citigroup', 'citibank', 'jpmorgan', 'goldman sachs',
  'morgan stanley', 'merrill lynch', 'barclays', 'deutsche bank', 'ubs', 'credit suisse', 'bnp paribas', 'nomura',
  'apple', 'microsoft', 'google', 'alphabet', 'amazon', 'meta', 'facebook', 'tesla', 'nvidia', 'qualcomm', 'boeing',
  'airbus', 'intel', 'ibm', 'hewlett-packard', 'general motors', 'general electric', 'ford', 'chrysler', 'toyota',
  'honda', 'nissan', 'volkswagen', 'bmw', 'daimler', 'mercedes-benz', 'renault', 'peugeot', 'fiat', 'volvo',
  'siemens', 'samsung', 'sony', 'panasonic', 'toshiba', 'hitachi', 'nokia', 'ericsson', 'philips', 'shell',
  'royal dutch shell', 'bp', 'exxon', 'exxonmobil', 'chevron', 'total', 'gazprom', 'rosneft', 'aramco',
  'saudi aramco', 'walmart', 'wal-mart', 'mcdonald\'s', 'coca-cola', 'pepsico', 'nestle', 'unilever',
  'procter & gamble', 'pfizer', 'novartis', 'roche', 'glaxosmithkline', 'astrazeneca', 'bayer', 'basf', 'at&t',
  'verizon', 'vodafone', 'deutsche telekom', 'british airways', 'lufthansa', 'air china', 'china eastern',
  'china southern', 'cathay pacific', 'emirates', 'qantas', 'rio tinto', 'bhp', 'glencore', 'vale', 'foxconn',
  'tsmc', 'lg', 'hyundai', 'kia', 'mitsubishi', 'microsoft corp', 'netflix', 'disney', 'uber', 'airbnb',
];
