/**
 * The working document of the recognizers: one reflowed text, the mentions accepted so far, and which characters
 * they cover. Recognizers run in a fixed order and each claims only free characters, so earlier (more specific)
 * recognizers win: companies, then named organizations, titles, level organs, people, places.
 *
 * @module
 */
import { foldWidth, isHan, isLatinOrDigit, isSpace } from '../../text/chars.js';
import type { DateValue, MentionLabel } from '../../types.js';

/** Data a title mention carries. */
export interface TitleData {
  /** The post itself (书记, 副局长, 领导). */
  post: string;
  /** The full title as written, organ included (省市场监督管理局副局长, 市委书记). */
  full: string;
  /** Holds party, state, legislative, judicial or military office. */
  official: boolean;
  /** Index of the organization mention the title belongs to, when one stands right before it. */
  organ?: number;
}

/** A place candidate's gazetteer readings. */
export interface PlaceData {
  level?: string;
  /** Every gazetteer code the surface may stand for; resolution picks one with the page's context. */
  codes?: string[];
  /** Full name for each code (江苏 → 江苏省). */
  fullNames?: string[];
  /** The main name of a place without a code, from the generic lists (沙田 → 沙田区). */
  canonical?: string;
  /** The region it lies in, for places of Hong Kong, Macao and Taiwan (香港, 澳门, 台湾). */
  within?: string;
}

/** One accepted mention in reflowed coordinates. */
export interface Cand {
  start: number;
  end: number;
  label: MentionLabel;
  rule: string;
  kind?: string;
  title?: TitleData;
  place?: PlaceData;
  /** For a person: indices of the title mentions bound to them, in order. */
  titles?: number[];
  /** For a company short name: the full name it abbreviates. */
  aliasOf?: number;
  /** For a date: its normalized value. */
  date?: DateValue;
  /** The canonical name of a known body written in a short form (a university's short name → its full name). */
  canonical?: string;
}

/** The recognizers' shared working state for one text. */
export class Doc {
  readonly text: string;
  /** Width-folded copy for matching (same length). */
  readonly folded: string;
  readonly cands: Cand[] = [];
  /** For each character, the index of the mention covering it, or -1. */
  readonly owner: Int32Array;
  /** Gazetteer and world-list readings at each position, computed once when first asked (see places.ts). */
  readonly placeMemo: (readonly unknown[] | undefined)[];
  /** Positions of hyphens that ended a line in the raw input (English text: soft hyphens are taken out of names). */
  hyphenBreaks?: ReadonlySet<number>;
  /** Names of sub-units the text spelled out under their ministry, without the head (农粮 of 农业部农粮署): 农粮署长 is a title. */
  readonly unitStems = new Set<string>();
  /** Positions where text of another part of the page lies between a character and the one before it (a folio
   * line inside an article's body): no mention spans one, since its raw slice would hold that text. */
  seams?: Uint8Array;

  constructor(text: string) {
    this.text = text;
    this.folded = foldWidth(text);
    this.owner = new Int32Array(text.length).fill(-1);
    this.placeMemo = new Array<readonly unknown[] | undefined>(text.length).fill(undefined);
  }

  /** True when no accepted mention covers any character of [start, end). */
  isFree(start: number, end: number): boolean {
    if (start < 0 || end > this.text.length || start >= end) return false;
    for (let i = start; i < end; i++) if (this.owner[i] !== -1) return false;
    return true;
  }

  /** Accepts a mention when its characters are free; returns its index, or -1. */
  accept(c: Cand): number {
    if (!this.isFree(c.start, c.end)) return -1;
    if (this.seams) for (let i = c.start + 1; i < c.end; i++) if (this.seams[i]) return -1;
    const k = this.cands.length;
    this.cands.push(c);
    for (let i = c.start; i < c.end; i++) this.owner[i] = k;
    return k;
  }

  /** Index of the mention that ends exactly at `i`, or -1. */
  endingAt(i: number): number {
    if (i <= 0) return -1;
    const k = this.owner[i - 1]!;
    return k >= 0 && this.cands[k]!.end === i ? k : -1;
  }

  /** Index of the mention that starts exactly at `i`, or -1. */
  startingAt(i: number): number {
    if (i >= this.text.length) return -1;
    const k = this.owner[i]!;
    return k >= 0 && this.cands[k]!.start === i ? k : -1;
  }

  /** True for a character that can be part of a name (Han, Latin letter or digit). */
  isWordChar(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return isHan(c) || isLatinOrDigit(c);
  }

  /** True for a Han character. */
  isHan(i: number): boolean {
    return i >= 0 && i < this.text.length && isHan(this.text.charCodeAt(i));
  }

  /** True at the ends of the text, at punctuation or whitespace. */
  isBreak(i: number): boolean {
    if (i < 0 || i >= this.text.length) return true;
    const c = this.text.charCodeAt(i);
    return isSpace(c) || !(isHan(c) || isLatinOrDigit(c));
  }
}
