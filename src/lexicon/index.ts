/**
 * The lexicons compiled from data/*.tsv, as the structures recognizers use (sets, tries). Built lazily once; never
 * mutated after, so parsing pages in parallel or in any order gives the same results.
 *
 * @module
 */
import {
  boundaryWords,
  companyForms,
  industryWords,
  levelWords,
  nameBlockers,
  hkMoTwPlaces,
  knownOrganizations,
  organSuffixes,
  placeShortBlockers,
  posts,
  speechVerbs,
  worldPlaces,
} from '../data/lexicons.generated.js';
import type { Organization, PlaceLevel } from '../types.js';
import { SuffixTrie, Trie } from './trie.js';

/** A post (职务) and its class. */
export interface PostEntry {
  post: string;
  cls: 'official' | 'ambiguous' | 'corporate' | 'academic' | 'other' | 'group' | 'status' | 'relation' | 'honour';
}

/** An organization head noun. */
export interface OrganSuffix {
  suffix: string;
  kind: Organization['kind'];
  label: 'government' | 'organization';
  /** The name must start at a place or level word. */
  anchor: boolean;
  /** The head is a body's whole name once a place or level word stands before it (市 + 工商联). */
  bare?: boolean;
  /** The name is two portfolios or more before the head, and nothing else opens it (经济财政司, not 总警司). */
  portfolios?: boolean;
}

/** A non-Chinese or natural place from the generic list. */
export interface WorldPlace {
  /** The place's main name (an alias maps to it: 沙田 → 沙田区). */
  name: string;
  level: PlaceLevel;
  /** The region the place lies in where that makes a page a Hong Kong, Macao or Taiwan page: 香港, 澳门, 台湾. */
  within?: string;
}

/** Every lexicon, compiled. */
export interface Lexicons {
  posts: Trie<PostEntry>;
  organSuffixes: SuffixTrie<OrganSuffix>;
  companyForms: SuffixTrie<string>;
  levelWords: Trie<string>;
  boundary1: Set<string>;
  boundaryMulti: Set<string>;
  blockers: Set<string>;
  industry: SuffixTrie<string>;
  verbs: Trie<string>;
  world: Trie<WorldPlace>;
  /** Widely known bodies named without a head noun, by every name and alias (国务院, 联合国, 新华社 …). */
  known: Trie<KnownOrganization>;
  /** Short forms of places that are more often ordinary words (合作). */
  placeShortBlockers: Set<string>;
}

/** A widely known organization. */
export interface KnownOrganization {
  name: string;
  kind: Organization['kind'];
  label: 'government' | 'organization';
}

let compiled: Lexicons | undefined;

/**
 * The compiled lexicons.
 *
 * @example
 * ```ts
 * lexicons().posts.longestAt('市长出席', 0); // [2, { post: '市长', cls: 'official' }]
 * ```
 */
export function lexicons(): Lexicons {
  if (compiled) return compiled;
  const postTrie = new Trie<PostEntry>();
  for (const [post, cls] of posts) postTrie.add(post!, { post: post!, cls: cls as PostEntry['cls'] });
  const organ = new SuffixTrie<OrganSuffix>();
  for (const [suffix, kind, label, anchor] of organSuffixes) {
    organ.add(suffix!, { suffix: suffix!, kind: kind as Organization['kind'], label: label as OrganSuffix['label'], anchor: anchor === '1' || anchor === '2' || anchor === '3', bare: anchor === '2', portfolios: anchor === '3' });
  }
  const forms = new SuffixTrie<string>();
  for (const [f] of companyForms) forms.add(f!, f!);
  const levels = new Trie<string>();
  for (const [w, k] of levelWords) levels.add(w!, k!);
  const boundary1 = new Set<string>();
  const boundaryMulti = new Set<string>();
  for (const [w] of boundaryWords) (w!.length === 1 ? boundary1 : boundaryMulti).add(w!);
  const industry = new SuffixTrie<string>();
  for (const [w] of industryWords) industry.add(w!, w!);
  const verbs = new Trie<string>();
  for (const [v, role] of speechVerbs) verbs.add(v!, role ?? 'other');
  const world = new Trie<WorldPlace>();
  for (const [name, level, aliases, within] of [...hkMoTwPlaces, ...worldPlaces]) {
    const entry: WorldPlace = { name: name!, level: level as PlaceLevel, ...(within ? { within } : {}) };
    world.add(name!, entry);
    if (aliases && aliases !== '-') for (const a of aliases.split(/[,，]/)) if (a.trim()) world.add(a.trim(), entry);
  }
  const known = new Trie<KnownOrganization>();
  for (const [name, kind, label, aliases] of knownOrganizations) {
    const entry = { name: name!, kind: kind as Organization['kind'], label: label as KnownOrganization['label'] };
    known.add(name!, entry);
    if (aliases && aliases !== '-') for (const a of aliases.split(/[,，]/)) if (a.trim()) known.add(a.trim(), entry);
  }
  compiled = {
    posts: postTrie,
    organSuffixes: organ,
    companyForms: forms,
    levelWords: levels,
    boundary1,
    boundaryMulti,
    blockers: new Set(nameBlockers.map((r) => r[0]!)),
    industry,
    verbs,
    world,
    known,
    placeShortBlockers: new Set(placeShortBlockers.map((r) => r[0]!)),
  };
  return compiled;
}

/**
 * True when a verb of speech or a boundary word of two or three characters (data/speech-verbs.tsv,
 * data/boundary-words.tsv) ends right before `i`: a word may start there.
 *
 * @example
 * ```ts
 * wordEndsBefore('配合警方', 2); // true
 * ```
 */
export function wordEndsBefore(t: string, i: number): boolean {
  const lex = lexicons();
  for (const len of [2, 3]) if (i - len >= 0 && (lex.verbs.has(t.slice(i - len, i)) || lex.boundaryMulti.has(t.slice(i - len, i)))) return true;
  return false;
}
