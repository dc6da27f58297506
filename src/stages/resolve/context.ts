/**
 * The page's context: the city and province most of its places point to. Used to pick among same-named places (a
 * 阳山镇 on a page about one city is that city's) and to give organizations their fullest name (省市场监督管理局 on a
 * page of a city in one province is that province's).
 *
 * @module
 */
import { getGazetteer } from '../../lexicon/gazetteer.js';
import type { Doc } from '../recognize/index.js';

/** The jurisdiction a page is about. */
export interface PageContext {
  /** The special administrative region the page is about, when its places say so. */
  sar?: '香港' | '澳门';
  cityCode?: string;
  provinceCode?: string;
  /** Full and short names: 某某市 / 某某. */
  cityName?: string;
  cityShort?: string;
  provinceName?: string;
}

function shortOf(name: string): string {
  const m = /^(.{2,}?)(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|自治州|地区|盟)$/.exec(name);
  return m ? m[1]! : name;
}

/**
 * Votes for a city and a province over every place mention (an ambiguous mention splits its vote; with
 * `unambiguousOnly`, only places of one reading vote).
 *
 * @example
 * ```ts
 * pageContext(docs).cityName; // '苏州市' on a page about Suzhou
 * ```
 */
export function pageContext(docs: readonly Doc[], unambiguousOnly = false): PageContext {
  const city = new Map<string, number>();
  const province = new Map<string, number>();
  for (const d of docs) {
    for (const c of d.cands) {
      const codes = c.place?.codes;
      if (!codes?.length || (unambiguousOnly && codes.length > 1)) continue;
      const w = 1 / codes.length;
      for (const code of codes) {
        if (code.length >= 4) city.set(code.slice(0, 4), (city.get(code.slice(0, 4)) ?? 0) + w);
        province.set(code.slice(0, 2), (province.get(code.slice(0, 2)) ?? 0) + w);
      }
    }
  }
  // Hong Kong and Macao places carry no codes: count the region the lists place them in.
  let hk = 0;
  let mo = 0;
  for (const d of docs) for (const c of d.cands) {
    if (c.place?.within === '香港') hk++;
    else if (c.place?.within === '澳门') mo++;
  }
  const best = (m: Map<string, number>): string | undefined => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const ctx: PageContext = {};
  if (hk || mo) ctx.sar = hk >= mo ? '香港' : '澳门';
  const gaz = getGazetteer();
  const cityCode = best(city);
  const provinceCode = cityCode?.slice(0, 2) ?? best(province);
  const cityEntry = cityCode ? gaz.byCode.get(cityCode) : undefined;
  if (cityEntry && cityEntry.level === 'city') {
    ctx.cityCode = cityCode;
    ctx.cityName = cityEntry.name;
    ctx.cityShort = shortOf(cityEntry.name);
  }
  const provEntry = provinceCode ? gaz.byCode.get(provinceCode) : undefined;
  if (provEntry) {
    ctx.provinceCode = provinceCode;
    ctx.provinceName = provEntry.name;
  }
  return ctx;
}

/**
 * The context an article's places resolve in: the article's own, where its places of one reading name a province
 * other than the page's (a regional page of stories from several provinces), else the page's.
 *
 * @example
 * ```ts
 * articleContext(articleDocs, pageCtx).provinceCode; // '61' for a Shaanxi story on a page mostly about Yunnan
 * ```
 */
export function articleContext(docs: readonly Doc[], page: PageContext): PageContext {
  const own = pageContext(docs, true);
  return own.provinceCode && own.provinceCode !== page.provinceCode ? own : page;
}

/**
 * Picks the reading of a place that fits the context best: same city, then same province, then the highest level.
 *
 * @example
 * ```ts
 * pickCode(['320206103', '130000001'], { cityCode: '3202' }); // '320206103'
 * ```
 */
export function pickCode(codes: readonly string[], ctx: PageContext): number {
  let best = 0;
  let bestScore = -1;
  codes.forEach((code, k) => {
    let score = 0;
    if (ctx.cityCode && code.startsWith(ctx.cityCode)) score = 3;
    else if (ctx.provinceCode && code.startsWith(ctx.provinceCode)) score = 2;
    score = score * 100 - code.length;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}
