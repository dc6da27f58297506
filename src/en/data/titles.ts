/**
 * Titles that stand before a person's name in English news (Premier Li Qiang, Party secretary of Wuxi Zhang Wei,
 * Foreign Ministry spokesperson Wang Wenbin, CEO Jane Doe), whether they mark public office, and honorifics
 * (Mr, Ms, Dr). Written by hand from general knowledge of English news style and Chinese official titles as
 * rendered by the English-language Chinese press. Lower case.
 *
 * @module
 */

/** Posts, lower case, each with whether it is a public office (party, state, legislative, judicial, military). */
export const POSTS: Record<string, boolean> = {
  // An office only where its body is a government one (a member of the Political Bureau …).
  member: false,
  // The convener of a legislative committee (Committee convener Liu Shu-hua).
  convener: true, convenor: true,
  // The head of a Hong Kong district's office (Tai Po District Officer Winnie Chau).
  'district officer': true,
  // The head of a district's, a county's or a township's government (Futian district head Kuang Ming, county head …).
  'district head': true, 'deputy district head': true, 'district chief': true, 'county head': true, 'deputy county head': true,
  'county chief': true, 'township head': true, 'county magistrate': true,
  // The leaders of a city or district named together (District leaders A, B and C also attended): 市领导, 区领导.
  'city leader': true, 'municipal leader': true, 'district leader': true, 'county leader': true, 'provincial leader': true,
  president: true, 'vice president': true, 'vice-president': true, premier: true, 'vice premier': true,
  'vice-premier': true, 'prime minister': true, 'deputy prime minister': true, chancellor: true,
  'vice chancellor': false, king: true, queen: true, prince: true, princess: true, emperor: true, empress: true,
  pope: false, mayor: true, 'vice mayor': true, 'vice-mayor': true, 'deputy mayor': true, 'executive vice mayor': true,
  governor: true, 'vice governor': true, 'vice-governor': true, 'deputy governor': true,
  'executive vice governor': true, minister: true, 'vice minister': true, 'vice-minister': true,
  'deputy minister': true, 'foreign minister': true, 'defense minister': true, 'defence minister': true,
  'finance minister': true, 'trade minister': true, 'commerce minister': true, 'interior minister': true,
  'home minister': true, 'economy minister': true, 'education minister': true, 'health minister': true,
  'justice minister': true, 'oil minister': true, 'energy minister': true, 'agriculture minister': true,
  'industry minister': true, 'labour minister': true, 'labor minister': true, 'culture minister': true,
  'information minister': true, 'transport minister': true, 'environment minister': true,
  'foreign secretary': true, 'home secretary': true, 'defence secretary': true, 'defense secretary': true,
  'treasury secretary': true, 'secretary of state': true, 'state secretary': true, 'cabinet secretary': true, 'cabinet minister': true, secretary: true,
  'secretary-general': true, 'secretary general': true, 'general secretary': true, 'party secretary': true,
  'party chief': true, 'deputy party secretary': true, 'state councilor': true, 'state councillor': true,
  councilor: true, councillor: true, 'chief executive': true, 'financial secretary': true,
  'chief secretary': true, undersecretary: true, 'under-secretary': true, 'under secretary': true, 'deputy undersecretary': true, 'permanent secretary': true, chairman: false, chairwoman: false, chairperson: false, chair: false,
  'vice chairman': false, 'vice-chairman': false, 'vice chairwoman': false, 'vice-chairwoman': false,
  'deputy chairman': false, director: false, 'deputy director': false, 'director-general': true,
  'director general': true, 'deputy director-general': true, head: false, chief: false, 'deputy head': false,
  commissioner: true, 'vice commissioner': true, ambassador: true, envoy: true, 'special envoy': true,
  consul: true, 'consul general': true, 'consul-general': true, counselor: true, counsellor: true, 'commercial counselor': true, 'commercial counsellor': true, 'economic and commercial counselor': true, attache: true, 'first secretary': true, spokesman: true, spokeswoman: true,
  spokesperson: true, senator: true, sen: true, 'sen.': true, rep: true, 'rep.': true, representative: true,
  congressman: true, congresswoman: true, lawmaker: true, legislator: true, deputy: true, mp: true,
  speaker: true, judge: true, justice: true, 'chief justice': true, prosecutor: true, procurator: true,
  'procurator-general': true, 'attorney general': true, 'attorney-general': true, general: true, 'gen.': true,
  gen: true, 'lieutenant general': true, 'lt. gen.': true, 'major general': true, 'maj. gen.': true,
  'brigadier general': true, colonel: true, 'col.': true, 'lieutenant colonel': true, lieutenant: true,
  'lt.': true, major: true, 'maj.': true, captain: true, 'capt.': true, admiral: true, 'vice admiral': true,
  'rear admiral': true, marshal: true, 'field marshal': true, commander: true, sergeant: true, 'sgt.': true,
  'police chief': true, 'police commissioner': true,
  // Ranks of the Hong Kong and Macao police (Senior Inspector Ivy Mok, Chief Superintendent …), senior and chief by prefix.
  inspector: true, superintendent: true, constable: true, 'station sergeant': true, sheikh: true, emir: true, sultan: true, ayatollah: true,
  ceo: false, cfo: false, coo: false, cto: false, 'chief executive officer': false, 'general manager': false,
  'managing director': false, founder: false, 'co-founder': false, manager: false, 'chief engineer': false, engineer: false, 'chief quality officer': false, 'chief technology officer': false, 'chief technical officer': false, 'chief financial officer': false, 'chief operating officer': false, 'chief marketing officer': false, 'chief information officer': false, 'chief digital officer': false, 'chief strategy officer': false, 'chief investment officer': false, 'chief medical officer': false, 'quality officer': false, technician: false,
  'chief scientist': false, 'chief expert': false, 'chief economist': false, 'team leader': false, 'project leader': false, 'project manager': false,
  coach: false, 'head coach': false, professor: false, 'prof.': false, prof: false, 'associate professor': false,
  researcher: false, 'senior researcher': false, 'research fellow': false, 'senior research fellow': false, fellow: false, economist: false, analyst: false, academician: false,
  dean: false, principal: false, editor: false, 'editor-in-chief': false, reporter: false, correspondent: false,
  doctor: false, nurse: false, 'head nurse': false, 'chief nurse': false, physician: false, 'chief physician': false,
  surgeon: false, 'chief surgeon': false, pharmacist: false, 'head teacher': false, bishop: false, archbishop: false, cardinal: false, rabbi: false,
  lord: false, lady: false, sir: false, dame: false,
};

/** Honorifics that mark the capitalized words after them as a name, without being a title. */
export const HONORIFICS: readonly string[] = ['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'messrs', 'messrs.', 'mme', 'mme.', 'mister', 'madam', 'madame', 'herr', 'frau', 'monsieur', 'senor', 'signor'];

/** Modifiers that may stand before a post and belong to the title (Vice, Executive, Acting …). */
export const POST_PREFIXES: readonly string[] = ['vice', 'deputy', 'executive', 'acting', 'assistant', 'associate', 'senior', 'chief', 'first', 'interim', 'honorary', 'permanent', 'standing', 'vice-', 'asia-pacific', 'global', 'regional', 'international', 'overseas', 'federal'];

/** Posts that must be capitalized to count (a lower-case general, major, chair or head is an ordinary word). */
export const CAPITALIZED_ONLY: readonly string[] = ['general', 'gen', 'major', 'justice', 'chair', 'head', 'deputy', 'speaker', 'chief', 'lady', 'lord', 'sir', 'dame', 'dean', 'principal', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'judge', 'director', 'marshal', 'commander', 'captain', 'lieutenant', 'colonel', 'sergeant', 'representative', 'rep', 'sen', 'secretary', 'president', 'governor', 'mayor', 'minister', 'premier', 'chairman', 'chancellor', 'editor', 'reporter', 'analyst', 'economist', 'researcher', 'founder', 'manager', 'doctor', 'consul', 'envoy', 'emir', 'sultan', 'pope', 'bishop', 'cardinal', 'prosecutor', 'mp', 'inspector', 'superintendent', 'constable'];

/**
 * Lower-case role nouns that, right before a capitalized name, mark it as a person without being a title of office
 * (striker Alan Brown, his wife Mary, compatriot …).
 */
export const ROLE_NOUNS: readonly string[] = [
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'fullback', 'full-back',
  'sweeper', 'playmaker', 'batsman', 'bowler', 'all-rounder', 'opener', 'spinner', 'pitcher', 'catcher',
  'outfielder', 'infielder', 'shortstop', 'slugger', 'quarterback', 'linebacker', 'receiver', 'guard', 'centre',
  'center', 'rider', 'driver', 'cyclist', 'sprinter', 'runner', 'swimmer', 'jumper', 'thrower', 'skater',
  'skier', 'golfer', 'player', 'teammate', 'team-mate', 'compatriot', 'countryman', 'countrywoman', 'opponent',
  'rival', 'champion', 'titleholder', 'seed', 'veteran', 'newcomer', 'debutant', 'substitute', 'captain', 'coach',
  'manager', 'trainer', 'owner', 'jockey', 'boxer', 'fighter', 'challenger', 'referee', 'umpire', 'wife',
  'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'nephew',
  'niece', 'grandson', 'granddaughter', 'widow', 'fiancee', 'girlfriend', 'boyfriend', 'lawyer', 'attorney',
  'counsel', 'actor', 'actress', 'singer', 'writer', 'author', 'novelist', 'poet', 'painter', 'artist',
  'director', 'producer', 'composer', 'conductor', 'pianist', 'violinist', 'photographer', 'journalist',
  'reporter', 'correspondent', 'columnist', 'editor', 'spokesman', 'spokeswoman', 'spokesperson', 'aide',
  'adviser', 'advisor', 'colleague', 'leader', 'dissident', 'activist', 'candidate', 'nominee', 'challenger',
  'incumbent', 'predecessor', 'successor', 'deputy', 'chief', 'boss', 'businessman', 'businesswoman',
  'entrepreneur', 'tycoon', 'billionaire', 'millionaire', 'investor', 'banker', 'economist', 'analyst',
  'strategist', 'trader', 'dealer', 'broker', 'scientist', 'researcher', 'professor', 'expert', 'student',
  'teacher', 'doctor', 'surgeon', 'nurse', 'patient', 'victim', 'suspect', 'defendant', 'witness', 'resident',
  'villager', 'farmer', 'worker', 'engineer', 'soldier', 'officer', 'policeman', 'pilot', 'diplomat', 'envoy',
  'premier', 'president', 'chairman', 'minister', 'mayor', 'governor', 'rebel', 'warlord', 'gunman',
];

/** Words of the portfolios of ministries, commissions and bureaus, lower case (Industry and Information Technology). */
export const PORTFOLIO_WORDS: readonly string[] = [
  'affairs', 'agriculture', 'forestry', 'fisheries', 'fishery', 'land', 'mines', 'civil', 'commerce', 'communications', 'culture', 'defence', 'defense', 'development',
  'economic', 'economy', 'ecology', 'education', 'emergency', 'energy', 'environment', 'environmental', 'finance',
  'foreign', 'health', 'home', 'housing', 'human', 'industry', 'information', 'informatization', 'interior', 'internal',
  'justice', 'labor', 'labour', 'management', 'natural', 'planning', 'public', 'reform', 'resources', 'rural',
  'science', 'security', 'social', 'sports', 'state', 'statistics', 'technology', 'tourism', 'trade', 'transport',
  'transportation', 'treasury', 'urban', 'veterans', 'water', 'welfare', 'investment', 'innovation', 'infrastructure',
  'digital', 'youth', 'family', 'arts', 'heritage', 'mining', 'petroleum', 'aviation', 'maritime', 'revenue',
  'employment', 'immigration', 'cooperation', 'climate', 'power', 'works', 'international', 'relations', 'multilateral', 'bilateral', 'consular', 'legal', 'financial', 'services',
  'engineering', 'promotion', 'drainage', 'highways', 'buildings', 'lands', 'food', 'hygiene', 'constitutional',
  'mainland', 'electrical', 'mechanical', 'correctional', 'narcotics', 'livestock', 'irrigation', 'cooperatives', 'wildlife', 'mineral',
  'telecommunications', 'broadcasting', 'research', 'academic', 'teaching', 'learning', 'students',
];

/**
 * Occupations, lower case, that describe a person named before them after "a" or "an" (Li Hua, a welder at …; Wang
 * Fang, a village doctor in …). They are no public office and no post of a body: the person keeps them as a title
 * where the text gives one, and stays among people.
 */
export const OCCUPATIONS: readonly string[] = [
  'farmer', 'herder', 'herdsman', 'herdswoman', 'shepherd', 'rancher', 'fisherman', 'fisherwoman', 'beekeeper', 'grower', 'breeder', 'forester', 'ranger',
  'welder', 'worker', 'miner', 'electrician', 'mechanic', 'carpenter', 'plumber', 'bricklayer', 'mason', 'tailor', 'weaver', 'potter', 'embroiderer', 'craftsman', 'craftswoman', 'artisan', 'blacksmith', 'technician', 'operator', 'assembler', 'inspector',
  'driver', 'courier', 'rider', 'seafarer', 'sailor', 'captain', 'pilot', 'conductor', 'attendant', 'guide',
  'teacher', 'lecturer', 'tutor', 'instructor', 'student', 'graduate', 'postgraduate', 'undergraduate', 'apprentice', 'trainee', 'intern', 'volunteer',
  'doctor', 'physician', 'surgeon', 'nurse', 'midwife', 'paramedic', 'pharmacist', 'dentist', 'veterinarian', 'vet', 'therapist', 'caregiver', 'carer',
  'designer', 'architect', 'engineer', 'programmer', 'scientist', 'researcher', 'hydrologist', 'geologist', 'biologist', 'ecologist', 'botanist', 'zoologist', 'chemist', 'physicist', 'mathematician', 'astronomer', 'meteorologist', 'agronomist', 'epidemiologist', 'archaeologist', 'historian', 'economist', 'sociologist', 'psychologist', 'scholar', 'curator', 'librarian', 'conservator',
  'chef', 'cook', 'baker', 'butcher', 'vendor', 'shopkeeper', 'hawker', 'trader', 'merchant', 'salesperson', 'saleswoman', 'salesman', 'accountant', 'consultant', 'lawyer', 'solicitor', 'barrister', 'agent',
  'artist', 'painter', 'calligrapher', 'sculptor', 'photographer', 'filmmaker', 'musician', 'singer', 'dancer', 'actor', 'actress', 'writer', 'author', 'poet', 'novelist', 'journalist', 'blogger', 'livestreamer', 'streamer', 'influencer', 'athlete', 'inheritor', 'practitioner',
  'organiser', 'organizer', 'entrepreneur', 'founder', 'partner', 'owner', 'employee', 'clerk', 'expert', 'specialist', 'analyst',
  'violinist', 'pianist', 'cellist', 'guitarist', 'flutist', 'harpist', 'composer', 'soprano', 'tenor', 'baritone', 'choreographer', 'playwright', 'screenwriter',
  // (An athlete's discipline: curler Fan Yuting, speed skater Bao Jiarui.)
  'curler', 'skater', 'skier', 'snowboarder', 'swimmer', 'diver', 'sprinter', 'cyclist', 'golfer', 'gymnast', 'fencer', 'archer', 'rower', 'weightlifter', 'wrestler', 'marathoner', 'hurdler',
];

/** Words that make an athlete's discipline of two words (speed skater, figure skater, short-track skater). */
export const DISCIPLINE_MODIFIERS: readonly string[] = ['speed', 'figure', 'short-track', 'freestyle', 'alpine', 'cross-country', 'ski', 'track', 'table-tennis', 'long-distance', 'marathon'];
