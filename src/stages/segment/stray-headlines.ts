/**
 * English headlines printed away from their story (a box between, or another story's headline under them): a story the scan read as the tail of the one
 * above, because no headline stands over it, is split off where a headline waiting over the story above names it.
 *
 * @module
 */
import type { Line } from '../normalize/lines.js';
import { bigrams, share } from './headlines.js';
import type { Draft, Group, Scan } from './scan.js';

/** Words a headline must share with the paragraphs it names, and the fewest another headline shares with the rest. */
const NAMES_STORY = 3;
const NAMES_REST = 2;
/** How many characters of each side of a split point are compared. */
const SIDE = 3000;

/**
 * Landslide kills two / in Guizhou county, over an interview (IN FOCUS / Greener farewells / … / By …): the headline
 * printed over the box's label, that shares three words or more with a paragraph of the interview's draft, and none with the paragraphs before it, while another headline over the draft shares two or more with those, heads the story that
 * opens at that paragraph.
 *
 * @example
 * ```ts
 * const scan = splitAtStrayHeadlines(scanLines(infos, raw), raw);
 * ```
 */
export function splitAtStrayHeadlines(scan: Scan, raw: string): Scan {
  const drafts: Draft[] = [];
  for (const d of scan.drafts) {
    const heads = d.zone.filter((g) => !g.dash && g.lines.every((l) => l.latin));
    const at = heads.length >= 2 ? strayAt(raw, d, heads) : undefined;
    if (!at) { drafts.push(d); continue; }
    const { line, head } = at;
    const rest = d.lines.splice(line);
    const cut = rest[0]!.start;
    const later: Draft = { zone: [head], credits: d.credits.filter((c) => c.start >= cut), lines: rest, from: cut, to: d.to };
    d.zone = d.zone.filter((g) => g !== head);
    d.credits = d.credits.filter((c) => c.start < cut);
    d.to = Number.MAX_SAFE_INTEGER;
    drafts.push(d, later);
  }
  if (drafts.length === scan.drafts.length) return scan;
  drafts.forEach((d, k) => { for (const g of d.zone) g.before = k; });
  return { ...scan, drafts };
}

/**
 * True when the headline `h` is the first over the draft and a line of furniture (a box's label: IN FOCUS) parts it
 * from the next: printed over another story's box, not a deck of the headline over it.
 */
function boxedOff(raw: string, heads: readonly Group[], h: number): boolean {
  const next = heads[h + 1];
  if (h !== 0 || !next) return false;
  return /\S/.test(raw.slice(heads[h]!.lines[heads[h]!.lines.length - 1]!.line.end, next.lines[0]!.line.start));
}

/**
 * True when two headlines of two lines or more stand one over the other, blank lines alone between them (Factory
 * fire / injures two / in Bao'an over Ports log 3.27m / crossings over / Qingming break), and the first shares no
 * word with the lead of the draft under them while the second names it: the first heads another story.
 */
function stackedOver(raw: string, d: Draft, heads: readonly Group[], grams: readonly Set<number>[], text: (lines: readonly Line[]) => string): boolean {
  const [first, second] = heads;
  if (!first || !second || first.lines.length < 2 || second.lines.length < 2) return false;
  if (/\S/.test(raw.slice(first.lines[first.lines.length - 1]!.line.end, second.lines[0]!.line.start))) return false;
  let q = 1;
  while (q < d.lines.length && d.lines[q]!.index === d.lines[q - 1]!.index + 1) q++;
  const lead = bigrams(text(d.lines.slice(0, q)));
  return share(grams[0]!, lead).shared === 0 && share(grams[1]!, lead).shared >= NAMES_REST;
}

/** The paragraph where a story of its own opens in the draft, and its headline (see {@link splitAtStrayHeadlines}). */
function strayAt(raw: string, d: Draft, heads: readonly Group[]): { line: number; head: Group } | undefined {
  const text = (lines: readonly Line[]): string => {
    let out = '';
    for (const l of lines) { out += raw.slice(l.start, l.end) + ' '; if (out.length > SIDE) break; }
    return out;
  };
  const grams = heads.map((g) => bigrams(g.lines.map((l) => raw.slice(l.line.start, l.line.end)).join(' ')));
  if (!boxedOff(raw, heads, 0) && !stackedOver(raw, d, heads, grams, text)) return undefined;
  for (let p = 1; p < d.lines.length; p++) {
    if (d.lines[p]!.index <= d.lines[p - 1]!.index + 1) continue; // a paragraph opens after a blank line
    const before = bigrams(text(d.lines.slice(Math.max(0, p - 60), p)));
    // (The paragraph that opens there, the story's lead, names it.)
    let q = p + 1;
    while (q < d.lines.length && d.lines[q]!.index === d.lines[q - 1]!.index + 1) q++;
    const after = bigrams(text(d.lines.slice(p, q)));
    // (Only the first headline, printed over the box: see boxedOff.)
    if (share(grams[0]!, after).shared < NAMES_STORY || share(grams[0]!, before).shared > 0) continue;
    if (!grams.some((o, k) => k !== 0 && share(o, before).shared >= NAMES_REST)) continue;
    return { line: p, head: heads[0]! };
  }
  return undefined;
}
