/**
 * Place names for English text: countries (with their usual short forms), world regions, major world cities,
 * Chinese provinces, prefecture-level and other well-known cities and counties in pinyin, and the special
 * administrative regions. Written by hand from general geographic knowledge (country and capital lists, the list of
 * China's provincial-level divisions and large cities). Lower case; multi-word names separated by single spaces.
 *
 * @module
 */

/** Sovereign states and common short or alternative forms. */
export const COUNTRIES: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan',
  'bolivia', 'bosnia', 'herzegovina', 'bosnia and herzegovina', 'bosnia-herzegovina', 'botswana', 'brazil', 'brunei',
  'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'cape verde', 'central african republic',
  'chad', 'chile', 'china', 'colombia', 'comoros', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus',
  'czech republic', 'czechia', 'denmark', 'djibouti', 'dominica', 'dominican republic', 'ecuador', 'egypt',
  'el salvador', 'equatorial guinea', 'eritrea', 'estonia', 'eswatini', 'swaziland', 'ethiopia', 'fiji', 'finland',
  'france', 'gabon', 'gambia', 'georgia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea',
  'guinea-bissau', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq',
  'ireland', 'israel', 'italy', 'ivory coast', "cote d'ivoire", 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya',
  'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya',
  'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta',
  'marshall islands', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia',
  'montenegro', 'morocco', 'mozambique', 'myanmar', 'burma', 'namibia', 'nauru', 'nepal', 'netherlands', 'holland',
  'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea', 'north macedonia', 'macedonia', 'norway', 'oman',
  'pakistan', 'palau', 'palestine', 'panama', 'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland',
  'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'saint lucia', 'samoa', 'san marino', 'saudi arabia',
  'senegal', 'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'solomon islands',
  'somalia', 'south africa', 'south korea', 'korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname',
  'sweden', 'switzerland', 'syria', 'tajikistan', 'tanzania', 'thailand', 'east timor', 'timor-leste', 'togo',
  'tonga', 'trinidad and tobago', 'trinidad', 'tunisia', 'turkey', 'turkiye', 'turkmenistan', 'tuvalu', 'uganda',
  'ukraine', 'united arab emirates', 'uae', 'united kingdom', 'uk', 'u.k.', 'britain', 'great britain', 'england',
  'scotland', 'wales', 'northern ireland', 'united states', 'united states of america', 'us', 'u.s.', 'u.s', 'usa',
  'u.s.a.', 'america', 'uruguay', 'uzbekistan', 'vanuatu', 'vatican', 'venezuela', 'vietnam', 'viet nam', 'yemen',
  'zambia', 'zimbabwe', 'zaire', 'yugoslavia', 'soviet union', 'ussr', 'czechoslovakia', 'serbia and montenegro',
  'greenland', 'puerto rico', 'gibraltar', 'bermuda', 'west bank', 'gaza', 'gaza strip', 'chechnya', 'kurdistan',
  'tibet', 'abkhazia', 'crimea', 'transnistria', 'faroe islands', 'faroes', 'russian federation', 'kazakstan',
  'kirghizia', 'surinam', 'byelorussia', 'belorussia', 'moldavia', 'burkina', 'congo republic', 'democratic republic of congo',
];

/** Continents, world regions, seas and oceans. */
export const REGIONS: readonly string[] = [
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania',
  'antarctica', 'the americas', 'americas', 'middle east', 'near east', 'far east', 'east asia', 'southeast asia',
  'south asia', 'central asia', 'west asia', 'western europe', 'eastern europe', 'central europe', 'northern europe',
  'southern europe', 'east africa', 'west africa', 'north africa', 'southern africa', 'central africa',
  'sub-saharan africa', 'horn of africa', 'sahel', 'balkans', 'caucasus', 'scandinavia', 'nordic', 'baltic',
  'baltics', 'mediterranean', 'caribbean', 'persian gulf', 'gulf', 'arabian peninsula', 'asia-pacific',
  'asia pacific', 'indo-pacific', 'eurasia', 'siberia', 'arctic', 'antarctic', 'pacific', 'atlantic',
  'pacific ocean', 'atlantic ocean', 'indian ocean', 'arctic ocean', 'south china sea', 'east china sea',
  'yellow sea', 'bohai sea', 'taiwan strait', 'red sea', 'black sea', 'caspian sea', 'dead sea', 'north sea',
  'baltic sea', 'sea of japan', 'strait of hormuz', 'strait of malacca', 'suez canal', 'panama canal',
  'himalayas', 'alps', 'andes', 'sahara', 'amazon', 'yangtze', 'yangtze river', 'yellow river', 'pearl river',
  'yangtze river delta', 'pearl river delta', 'greater bay area', 'guangdong-hong kong-macao greater bay area',
  'mekong', 'mekong river', 'nile', 'danube', 'rhine', 'kashmir', 'punjab', 'bavaria', 'catalonia', 'flanders',
  'wallonia', 'quebec', 'ontario', 'british columbia', 'alberta', 'queensland', 'new south wales', 'victoria',
  'tasmania', 'western australia', 'south australia', 'golan heights', 'sinai', 'darfur', 'kurdistan region',
  'silicon valley', 'wall street', 'midwest', 'south china', 'north china', 'east china', 'central china',
  'southwest china', 'northwest china', 'northeast china', 'west africa', 'northern china', 'southern china', 'hokkaido', 'okinawa', 'kyushu', 'mindanao', 'java', 'sumatra', 'borneo', 'bali',
];

/** States of the United States. */
export const US_STATES: readonly string[] = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
];

/** Major world cities (capitals and large or newsworthy cities outside China). */
export const WORLD_CITIES: readonly string[] = [
  'london', 'paris', 'berlin', 'rome', 'madrid', 'lisbon', 'dublin', 'brussels', 'amsterdam', 'the hague',
  'rotterdam', 'vienna', 'prague', 'warsaw', 'budapest', 'bucharest', 'sofia', 'athens', 'belgrade', 'zagreb',
  'sarajevo', 'ljubljana', 'bratislava', 'skopje', 'tirana', 'pristina', 'podgorica', 'chisinau', 'kiev', 'kyiv',
  'minsk', 'moscow', 'st petersburg', 'st. petersburg', 'saint petersburg', 'vladivostok', 'novosibirsk', 'riga',
  'tallinn', 'vilnius', 'helsinki', 'stockholm', 'oslo', 'copenhagen', 'reykjavik', 'bern', 'geneva', 'zurich',
  'basel', 'lausanne', 'milan', 'turin', 'naples', 'venice', 'florence', 'genoa', 'bologna', 'palermo',
  'barcelona', 'valencia', 'seville', 'bilbao', 'porto', 'marseille', 'lyon', 'nice', 'toulouse', 'strasbourg',
  'bordeaux', 'lille', 'monte carlo', 'frankfurt', 'munich', 'hamburg', 'cologne', 'bonn', 'stuttgart',
  'dusseldorf', 'duesseldorf', 'dresden', 'leipzig', 'hanover', 'hannover', 'nuremberg', 'bremen', 'dortmund',
  'antwerp', 'luxembourg', 'edinburgh', 'glasgow', 'manchester', 'liverpool', 'birmingham', 'leeds', 'sheffield',
  'bristol', 'cardiff', 'belfast', 'newcastle', 'oxford', 'cambridge', 'istanbul', 'ankara', 'izmir', 'tehran',
  'baghdad', 'basra', 'mosul', 'damascus', 'aleppo', 'beirut', 'amman', 'jerusalem', 'tel aviv', 'haifa',
  'cairo', 'alexandria', 'riyadh', 'jeddah', 'mecca', 'medina', 'dubai', 'abu dhabi', 'doha', 'kuwait city',
  'manama', 'muscat', 'sanaa', 'aden', 'kabul', 'kandahar', 'islamabad', 'karachi', 'lahore', 'peshawar',
  'new delhi', 'delhi', 'mumbai', 'bombay', 'kolkata', 'calcutta', 'chennai', 'madras', 'bangalore', 'bengaluru',
  'hyderabad', 'dhaka', 'colombo', 'kathmandu', 'thimphu', 'tashkent', 'almaty', 'astana', 'bishkek', 'dushanbe',
  'ashgabat', 'baku', 'tbilisi', 'yerevan', 'ulan bator', 'ulaanbaatar', 'tokyo', 'osaka', 'kyoto', 'yokohama',
  'nagoya', 'kobe', 'hiroshima', 'fukuoka', 'sapporo', 'seoul', 'busan', 'incheon', 'pyongyang', 'bangkok',
  'hanoi', 'ho chi minh city', 'saigon', 'phnom penh', 'vientiane', 'yangon', 'rangoon', 'naypyidaw',
  'kuala lumpur', 'jakarta', 'manila', 'bandar seri begawan', 'dili', 'sydney', 'melbourne', 'brisbane', 'perth',
  'adelaide', 'canberra', 'auckland', 'wellington', 'washington', 'new york', 'new york city', 'los angeles',
  'chicago', 'houston', 'philadelphia', 'phoenix', 'san antonio', 'san diego', 'dallas', 'san jose', 'austin',
  'san francisco', 'seattle', 'denver', 'boston', 'detroit', 'atlanta', 'miami', 'new orleans', 'las vegas',
  'baltimore', 'pittsburgh', 'cleveland', 'cincinnati', 'st louis', 'st. louis', 'minneapolis', 'kansas city',
  'milwaukee', 'toronto', 'montreal', 'vancouver', 'ottawa', 'calgary', 'mexico city', 'guadalajara', 'havana',
  'kingston', 'panama city', 'bogota', 'caracas', 'quito', 'lima', 'la paz', 'santiago', 'buenos aires',
  'montevideo', 'asuncion', 'brasilia', 'rio de janeiro', 'sao paulo', 'lagos', 'abuja', 'accra', 'dakar',
  'nairobi', 'addis ababa', 'khartoum', 'kinshasa', 'kampala', 'kigali', 'dar es salaam', 'johannesburg',
  'pretoria', 'cape town', 'durban', 'harare', 'lusaka', 'luanda', 'maputo', 'algiers', 'tunis', 'tripoli',
  'rabat', 'casablanca', 'mogadishu', 'gaza city', 'west jerusalem', 'east jerusalem', 'davos', 'vladivostok',
];

/** China's provincial-level divisions (with alternative spellings) and the special administrative regions. */
export const CHINA_PROVINCES: readonly string[] = [
  'beijing', 'tianjin', 'shanghai', 'chongqing', 'hebei', 'shanxi', 'shaanxi', 'liaoning', 'jilin',
  'heilongjiang', 'jiangsu', 'zhejiang', 'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan',
  'guangdong', 'hainan', 'sichuan', 'guizhou', 'yunnan', 'gansu', 'qinghai', 'inner mongolia', 'guangxi',
  'tibet', 'xizang', 'ningxia', 'xinjiang', 'hong kong', 'macao', 'macau', 'taiwan',
  'guangxi zhuang autonomous region', 'xinjiang uygur autonomous region', 'xinjiang uyghur autonomous region',
  'ningxia hui autonomous region', 'inner mongolia autonomous region', 'tibet autonomous region',
  'xizang autonomous region', 'hong kong special administrative region', 'macao special administrative region',
  'hong kong sar', 'macao sar', 'hksar', 'hk', 'mainland', 'chinese mainland',
];

/** Prefecture-level and other well-known cities, districts and county-level cities of China, in pinyin. */
export const CHINA_CITIES: readonly string[] = [
  'shijiazhuang', 'tangshan', 'baoding', 'handan', 'qinhuangdao', 'zhangjiakou', 'chengde', 'langfang', 'xiongan',
  "xiong'an", 'taiyuan', 'datong', 'hohhot', 'baotou', 'ordos', 'shenyang', 'dalian', 'anshan', 'fushun',
  'dandong', 'jinzhou', 'changchun', 'harbin', 'daqing', 'qiqihar', 'nanjing', 'wuxi', 'suzhou', 'changzhou',
  'nantong', 'yangzhou', 'zhenjiang', 'taizhou', 'yancheng', 'huai\'an', 'huaian', 'lianyungang', 'xuzhou',
  'suqian', 'kunshan', 'jiangyin', 'yixing', 'changshu', 'zhangjiagang', 'taicang', 'wujiang', 'liyang',
  'hangzhou', 'ningbo', 'wenzhou', 'shaoxing', 'jiaxing', 'huzhou', 'jinhua', 'yiwu', 'zhoushan', 'quzhou',
  'lishui', 'hefei', 'wuhu', 'bengbu', 'huangshan', 'anqing', 'fuzhou', 'xiamen', 'quanzhou', 'zhangzhou',
  'putian', 'nanchang', 'jiujiang', 'ganzhou', 'jingdezhen', 'jinan', 'qingdao', 'yantai', 'weifang', 'zibo',
  'weihai', 'linyi', 'jining', 'qufu', 'zhengzhou', 'luoyang', 'kaifeng', 'anyang', 'nanyang', 'wuhan',
  'yichang', 'xiangyang', 'shiyan', 'changsha', 'zhuzhou', 'xiangtan', 'yueyang', 'hengyang', 'zhangjiajie',
  'guangzhou', 'shenzhen', 'zhuhai', 'shantou', 'foshan', 'dongguan', 'zhongshan', 'huizhou', 'jiangmen',
  'zhanjiang', 'zhaoqing', 'shaoguan', 'nanning', 'guilin', 'liuzhou', 'beihai', 'haikou', 'sanya', 'chengdu',
  'mianyang', 'leshan', 'yibin', 'luzhou', 'zigong', 'guiyang', 'zunyi', 'kunming', 'lijiang', 'dali',
  'xishuangbanna', 'lhasa', "xi'an", 'xian', 'xianyang', 'baoji', "yan'an", 'yanan', 'yulin', 'lanzhou',
  'dunhuang', 'jiuquan', 'xining', 'yinchuan', 'urumqi', 'kashgar', 'kashi', 'hotan', 'yining', 'turpan',
  'karamay', 'kowloon', 'wan chai', 'tsim sha tsui', 'sha tin', 'tsuen wan', 'tuen mun', 'yuen long',
  'new territories', 'lantau', 'taipei', 'kaohsiung', 'taichung', 'tainan', 'hsinchu', 'keelung', 'taoyuan',
  'pudong', 'lingang', 'binhai', 'liangxi', 'binhu', 'xinwu', 'huishan', 'xishan', 'gusu', 'wuzhong', 'xiangcheng',
  'wujin', 'xinbei', 'jiangning', 'qinhuai', 'gulou', 'xuanwu', 'jianye', 'pukou', 'qixia', 'lishui', 'chaoyang',
  'haidian', 'dongcheng', 'xicheng', 'fengtai', 'shunyi', 'tongzhou', 'changping', 'daxing', 'huangpu', 'xuhui',
  'jing\'an', 'minhang', 'baoshan', 'jiading', 'songjiang', 'qingpu', 'fengxian', 'chongming', 'tianhe',
  'yuexiu', 'haizhu', 'nansha', 'futian', 'nanshan', 'luohu', 'bao\'an', 'longgang', 'qianhai', 'hengqin',
  'yangshan', 'boao', 'bo\'ao',
];

/**
 * Hong Kong's districts and the areas its news names most, and Macao's, in their usual English spellings (the
 * Cantonese romanization reads like a person's name: Ngau Tau Kok, Sham Shui Po). Names that are also ordinary
 * words or other places (Central, North, Eastern, Jordan, Islands) are left out.
 */
export const HONG_KONG_MACAO_PLACES: readonly string[] = [
  'central and western', 'yau tsim mong', 'sham shui po', 'kowloon city', 'wong tai sin', 'kwun tong', 'kwai tsing',
  'tai po', 'sai kung', 'admiralty', 'sheung wan', 'sai ying pun', 'kennedy town', 'mid-levels', 'happy valley',
  'causeway bay', 'north point', 'quarry bay', 'tai koo', 'sai wan ho', 'shau kei wan', 'chai wan', 'aberdeen',
  'ap lei chau', 'pok fu lam', 'stanley', 'repulse bay', 'wong chuk hang', 'mong kok', 'yau ma tei', 'hung hom',
  'to kwa wan', 'kowloon tong', 'kowloon bay', 'kai tak', 'ngau tau kok', 'lam tin', 'yau tong', 'tseung kwan o',
  'tsz wan shan', 'diamond hill', 'san po kong', 'lok fu', 'cheung sha wan', 'lai chi kok', 'mei foo',
  'shek kip mei', 'kwai chung', 'tsing yi', 'tin shui wai', 'hung shui kiu', 'kam tin', 'san tin', 'lok ma chau',
  'lok ma chau loop', 'kwu tung', 'sheung shui', 'fanling', 'ta kwu ling', 'ma on shan', 'fo tan', 'tai wai',
  'chek lap kok', 'tung chung', 'discovery bay', 'mui wo', 'cheung chau', 'lamma island', 'peng chau',
  'northern metropolis', 'taipa', 'coloane', 'cotai',
];

/** Words that make a capitalized name before them a place (Jiangsu Province, Binhu District, Yangtze River …). */
export const PLACE_SUFFIXES: Record<string, string> = {
  province: 'province', city: 'city', municipality: 'city', district: 'county', county: 'county',
  prefecture: 'city', town: 'town', township: 'town', village: 'village', subdistrict: 'town',
  'autonomous region': 'province', 'autonomous prefecture': 'city', 'autonomous county': 'county',
  'special administrative region': 'province', 'new area': 'region', 'new district': 'region',
  'economic zone': 'region', 'development zone': 'region', 'free trade zone': 'region', 'pilot free trade zone': 'region',
  'high-tech zone': 'region', 'industrial park': 'region', 'river': 'feature', 'lake': 'feature', 'reservoir': 'feature',
  'mountain': 'feature', 'mountains': 'feature', 'sea': 'feature', 'ocean': 'feature', 'island': 'feature',
  'islands': 'feature', 'bay': 'feature', 'strait': 'feature', 'valley': 'feature', 'desert': 'feature',
  'peninsula': 'feature', 'plateau': 'feature', 'basin': 'feature', 'delta': 'feature', 'canal': 'feature',
  'square': 'feature', 'street': 'feature', 'road': 'feature', 'avenue': 'feature', 'bridge': 'feature',
  'region': 'region', 'republic': 'country', 'kingdom': 'country', 'emirate': 'country',
  'science park': 'feature', 'technology park': 'feature', 'terminal': 'feature', 'ferry terminal': 'feature',
  'airport': 'feature', 'international airport': 'feature', 'pier': 'feature', 'gate': 'feature', 'park': 'feature', 'port': 'feature',
};

/** Words that open the name of a street or square in Macao's Portuguese (Rua da Felicidade, Avenida de Almeida Ribeiro). */
export const PORTUGUESE_STREET_WORDS: readonly string[] = ['rua', 'avenida', 'travessa', 'largo', 'estrada', 'calçada', 'praça', 'alameda', 'beco', 'pátio', 'rotunda', 'praceta'];

/** Words that make a capitalized name after them a place (Mount Tai, Lake Taihu, Gulf of Aden …). */
export const PLACE_PREFIXES: readonly string[] = ['mount', 'mt', 'mt.', 'lake', 'gulf of', 'bay of', 'sea of', 'cape', 'port', 'fort', 'isle of', 'strait of', 'republic of', 'kingdom of'];

/** Abbreviations of US states as news datelines write them after a city (IRVINE, Calif.). */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla',
  'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'w.va', 'wyo', 'd.c',
];
