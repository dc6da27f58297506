/**
 * Word lists for English text: nationality adjectives, languages and religions (never place names), month and
 * weekday names, event words, capitalized words that are not names, and common given names. Written by hand from
 * general knowledge of English; the given names are common first names, no particular people. Lower case.
 *
 * @module
 */

/** Nationality and ethnic adjectives and nouns, languages, religions and their followers. */
export const DEMONYMS: readonly string[] = [
  'chinese', 'american', 'british', 'english', 'french', 'german', 'italian', 'spanish', 'portuguese', 'russian',
  'japanese', 'korean', 'indian', 'pakistani', 'afghan', 'iranian', 'iraqi', 'syrian', 'lebanese', 'israeli',
  'palestinian', 'jordanian', 'egyptian', 'saudi', 'turkish', 'greek', 'cypriot', 'dutch', 'belgian', 'swiss',
  'austrian', 'swedish', 'norwegian', 'danish', 'finnish', 'icelandic', 'irish', 'scottish', 'welsh', 'polish',
  'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'serbian', 'croatian', 'bosnian', 'slovenian',
  'albanian', 'macedonian', 'ukrainian', 'belarusian', 'lithuanian', 'latvian', 'estonian', 'georgian',
  'armenian', 'azerbaijani', 'kazakh', 'uzbek', 'kyrgyz', 'tajik', 'turkmen', 'mongolian', 'tibetan', 'uygur',
  'uyghur', 'han', 'hui', 'manchu', 'zhuang', 'cantonese', 'mandarin', 'taiwanese', 'vietnamese', 'thai',
  'cambodian', 'laotian', 'burmese', 'malaysian', 'singaporean', 'indonesian', 'filipino', 'philippine',
  'australian', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian', 'chilean', 'peruvian',
  'colombian', 'venezuelan', 'cuban', 'bolivian', 'ecuadorean', 'ecuadorian', 'uruguayan', 'paraguayan',
  'african', 'asian', 'european', 'arab', 'arabic', 'arabian', 'latin', 'nigerian', 'kenyan', 'ethiopian',
  'somali', 'sudanese', 'libyan', 'tunisian', 'algerian', 'moroccan', 'ghanaian', 'zimbabwean', 'zambian',
  'angolan', 'rwandan', 'ugandan', 'congolese', 'zairean', 'senegalese', 'ivorian', 'cameroonian', 'malian',
  'south african', 'new zealander', 'kiwi', 'yemeni', 'omani', 'qatari', 'kuwaiti', 'emirati', 'bahraini',
  'kurdish', 'kurd', 'kurds', 'pashtun', 'sikh', 'hindu', 'muslim', 'moslem', 'islamic', 'christian',
  'catholic', 'protestant', 'orthodox', 'jewish', 'jew', 'buddhist', 'taoist', 'confucian', 'sunni', 'shi\'ite',
  'shiite', 'shia', 'western', 'eastern', 'soviet', 'communist', 'socialist', 'democrat', 'republican',
  'nationalist', 'marxist', 'maoist', 'olympic', 'paralympic', 'bosnian serb', 'bosnian serbs', 'serb', 'serbs',
  'croat', 'croats', 'slav', 'hispanic', 'latino', 'nordic', 'scandinavian', 'baltic', 'balkan', 'caucasian',
  'mediterranean', 'caribbean', 'pacific', 'atlantic', 'anglo', 'franco', 'sino', 'euro', 'gaelic',
  'hebrew', 'persian', 'urdu', 'hindi', 'bengali', 'tamil', 'swahili', 'yiddish', 'esperanto', 'aboriginal',
  'dane', 'danes', 'swede', 'swedes', 'finn', 'finns', 'pole', 'poles', 'briton', 'britons', 'scot', 'scots',
  'brit', 'brits', 'yankee', 'dutchman', 'frenchman', 'englishman', 'spaniard', 'spaniards', 'turk', 'turks',
  'chechen', 'chechens', 'ingush', 'tatar', 'cossack', 'lithuanians', 'belgians', 'israelis', 'palestinians',
  'iraqis', 'iranians', 'afghans', 'pakistanis', 'indians', 'americans', 'canadians', 'mexicans', 'brazilians',
  'argentines', 'australians', 'russians', 'germans', 'italians', 'chinese', 'japanese', 'koreans', 'arabs',
  'africans', 'europeans', 'asians', 'muslims', 'christians', 'catholics', 'protestants', 'jews', 'hindus',
  'buddhists', 'tibetans', 'uygurs', 'uyghurs', 'europeans', 'egyptians', 'syrians', 'saudis', 'greeks',
  'cypriots', 'hungarians', 'romanians', 'bulgarians', 'ukrainians', 'georgians', 'armenians', 'azeris', 'azeri',
  'kazakhs', 'uzbeks', 'mongols', 'mongolians', 'vietnamese', 'thais', 'filipinos', 'indonesians', 'malaysians',
  'nigerians', 'kenyans', 'somalis', 'sudanese', 'libyans', 'algerians', 'moroccans', 'zimbabweans', 'rwandans',
  'hutu', 'hutus', 'tutsi', 'tutsis', 'zulu', 'zulus', 'maori', 'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'nationalists', 'islamists', 'loyalists', 'unionists', 'separatists', 'rebels', 'inuit', 'cherokee', 'navajo',
  'liberian', 'liberians', 'sierra leonean', 'haitian', 'haitians', 'jamaican', 'salvadoran', 'guatemalan',
  'nicaraguan', 'panamanian', 'honduran', 'dominican', 'puerto rican', 'sri lankan', 'nepalese', 'nepali',
  'bangladeshi', 'bhutanese', 'maldivian', 'north korean', 'south korean', 'north koreans', 'south koreans',
  'hong konger', 'hong kongers', 'macanese', 'new yorker', 'londoner', 'muscovite', 'texan', 'californian',
  'bavarian', 'catalan', 'basque', 'corsican', 'sicilian', 'flemish', 'walloon', 'luxembourgish', 'maltese',
  'icelander', 'montenegrin', 'moldovan', 'kosovar', 'kosovo albanian', 'belarussian', 'byelorussian',
];

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, 'jan.': 1, february: 2, feb: 2, 'feb.': 2, march: 3, mar: 3, 'mar.': 3, april: 4, apr: 4,
  'apr.': 4, may: 5, june: 6, jun: 6, 'jun.': 6, july: 7, jul: 7, 'jul.': 7, august: 8, aug: 8, 'aug.': 8,
  september: 9, sep: 9, 'sep.': 9, sept: 9, 'sept.': 9, october: 10, oct: 10, 'oct.': 10, november: 11, nov: 11,
  'nov.': 11, december: 12, dec: 12, 'dec.': 12,
};

/** Weekday names (0 = Sunday, as Date.getUTCDay). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/**
 * Words that end the name of an event, a competition, an award, a law or a work rather than a body or place (the
 * U.S. Open, the World Cup, the Nobel Prize): a capitalized run ending in one of them is not labelled.
 */
export const EVENT_HEADS: readonly string[] = [
  'cup', 'open', 'games', 'olympics', 'olympiad', 'championship', 'championships', 'grand prix', 'tour',
  'classic', 'trophy', 'festival', 'expo', 'exposition', 'fair', 'summit', 'conference', 'award', 'awards', 'forum', 'symposium',
  'prize', 'medal', 'war', 'masters', 'series', 'marathon', 'rally', 'derby', 'stakes', 'plate', 'handicap',
  'act', 'law', 'treaty', 'accord', 'accords', 'agreement', 'protocol', 'convention', 'declaration', 'plan',
  'initiative', 'strategy', 'policy', 'doctrine', 'index', 'day', 'week', 'year', 'era', 'dynasty', 'revolution',
  'uprising', 'crisis', 'talks', 'dialogue', 'meeting', 'session', 'plenum', 'plenary session', 'election',
  'elections', 'referendum', 'census', 'budget', 'report', 'program', 'programme', 'project', 'mission',
  'operation', 'exercise', 'show', 'exhibition', 'concert', 'ceremony', 'gala', 'contest', 'competition',
  'tournament', 'league cup', 'super bowl', 'world series', 'airshow', 'opera', 'symphony', 'novel', 'film',
  'movie', 'album', 'song', 'book', 'bible', 'koran', 'quran',
];

/**
 * Kinds of facility that end a name in capitals (China-Laos Railway, Nanpu Bridge, Xinhai Port Cold Chain Logistics
 * Hub): such a run names a place or a work, not a person, nor the company its sector words might suggest.
 */
export const FACILITY_HEADS: readonly string[] = [
  'railway', 'railroad', 'road', 'street', 'avenue', 'bridge', 'port', 'station', 'airport', 'tunnel', 'highway',
  'expressway', 'canal', 'dam', 'square', 'line', 'metro', 'subway', 'terminal', 'pier', 'wharf', 'hub', 'centre',
  'center', 'zone', 'plant', 'base',
];

/**
 * Last words of a firm's short name that are no company ending of their own (Lingxi Tech, Nova Ventures): with the
 * company endings (Capital, Group, Robotics …), a run ending so is no person.
 */
export const BUSINESS_TAILS: readonly string[] = ['tech', 'technology', 'ventures'];

/** Capitalized words that are never part of a name, whatever the lexicon says (sentence starters, pronouns …). */
export const NOT_NAMES: readonly string[] = [
  'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what', 'when', 'where', 'who', 'why', 'how', 'which',
  'but', 'and', 'or', 'nor', 'so', 'yet', 'if', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'off',
  'on', 'onto', 'to', 'with', 'without', 'after', 'before', 'since', 'until', 'while', 'during', 'under',
  'over', 'about', 'against', 'among', 'between', 'through', 'also', 'all', 'some', 'any', 'no', 'not', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last',
  'next', 'other', 'another', 'many', 'most', 'more', 'much', 'such', 'both', 'each', 'every', 'either',
  'neither', 'only', 'even', 'still', 'just', 'now', 'then', 'today', 'tomorrow', 'yesterday', 'however',
  'meanwhile', 'according', 'earlier', 'later', 'total', 'results', 'result', 'scores', 'standings', 'note',
  'notes', 'source', 'sources', 'page', 'table', 'attendance', 'halftime', 'half-time', 'vs', 'v', 'mr', 'mrs',
  'ms', 'dr', 'internet', 'web', 'god', 'lord', 'tv', 'pm', 'am', 'gmt', 'est', 'edt', 'utc', 'ceo', 'cfo',
  'gdp', 'cpi', 'ppi', 'ipo', 'vat', 'sme', 'smes', 'esg', 'r&d', 'ev', 'evs', 'aids', 'hiv', 'covid', 'covid-19', 'sars', 'ok', 'dna', 'ai', 'it', 'qr', 'atm', 'gps', 'led', 'lng', 'usb', 'app', 'apps', 'ic', 'pcr', 'icu', 'mri', 'vr', 'ar', '5g', 'wifi',
  'usd', 'rmb', 'yuan', 'dollar', 'dollars', 'euro', 'euros', 'yen', 'pound', 'pounds', 'percent',
  'christmas', 'easter', 'ramadan', 'spring', 'summer', 'autumn', 'fall', 'winter', 'festival', 'day',
  'please', 'thank', 'thanks', 'yes', 'yeah', 'oh', 'hello', 'dear', 'quote', 'unquote', 'update', 'correction',
  'graphic', 'photo', 'video', 'file', 'editor', "editor's", 'reporting', 'writing', 'compiled',
];

/** Common given names (English and international), lower case, to add to the lexicon's first names. */
export const GIVEN_NAMES: readonly string[] = (
  'aaron abdul abdullah abraham adam adrian ahmad ahmed akbar alan albert alberto alejandro aleksandr alessandro ' +
  'alex alexander alexandre alexei alfred ali alice alicia allan alvaro amanda amir amy ana anatoly anders andre ' +
  'andreas andrei andrew andrzej andy angela angelo anna anne anthony antoine anton antonio arnold arthur ashraf ' +
  'benjamin bernard bernd bertrand bill billy bob boris boutros brad brendan brett brian bruce bruno carl carlos ' +
  'carlo catherine charles chris christian christine christopher claude claudio colin craig dan daniel daniele ' +
  'dario dave david dean dennis diana diego dieter dmitry dominic dominique donald doug douglas duncan edward ' +
  'eduardo elena elizabeth emil emma enrique eric erik ernesto ernst eva evgeny fabio farouk felipe felix ' +
  'fernando filip francesco francisco franco frank franz fred frederic frederick gabriel gary geoff geoffrey george ' +
  'georg gerald gerard gerhard giorgio giovanni giuseppe glenn gordon graham greg gregory guillermo gunter ' +
  'gustavo hans harold harry hassan heinz helen helmut henri henrik henry herbert hideo hiroshi hugo hussein ' +
  'ian ibrahim igor ivan jack jacques jaime james jan jane janet jason javier jean jeff jeffrey jennifer jens ' +
  'jeremy jerry jim jimmy joachim joe joel johan johann john jon jonathan jorge jose josef joseph juan julia ' +
  'julian julie jurgen karl karen kate keith ken kenneth kevin khalid klaus kurt lars laura lee leonid leslie ' +
  'linda lisa louis luc luca lucas luis lynn manuel marc marcel marco margaret maria mario mark martin mary ' +
  'massimo matthew matthias maurice max michael michel michele miguel mikhail mohamed mohammad mohammed ' +
  'muhammad nancy neil nelson nicholas nick nicolas nikolai noel norman oleg olga oliver omar oscar pablo ' +
  'pascal patrick paul paulo pedro peter philip philippe pierre rafael ralph ramon raul ray raymond ricardo ' +
  'richard rick rob robert roberto robin roger roland romano ron ronald rudolf russell ryan salim salvatore ' +
  'sam samuel sandra sarah scott sean sebastian serge sergei sergey shane sharon shimon simon stefan stephane ' +
  'stephen steve steven stuart susan sven terry thomas tim timothy todd tom tommy tony uwe valery vasily ' +
  'victor viktor vincent vladimir walter warren wayne werner william willem wolfgang yasser yuri yusuf zoran ' +
  'carrie emily jessica hannah sophie olivia chloe rebecca rachel lucy grace ruth deborah natalie nicole ' +
  'vanessa veronica monica ingrid anita yvonne sabine petra heidi silvia sonia irina natalia svetlana tatiana ' +
  'yulia mariya fatima aisha leila yasmin priya anjali sunita raj rajiv rahul sanjay amit vijay ashok arun ' +
  'hiroshi takeshi kenji yoshi akira taro haruki yuki naoto shinzo junichiro kim jae min sung young ' +
  'nguyen thanh minh duc somchai thaksin anwar mahathir najib joko susilo benigno rodrigo ferdinand'
).split(' ');
