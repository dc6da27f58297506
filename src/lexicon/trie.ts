/**
 * A character trie: the shared automaton that recognizers use to find many lexicon entries in one pass, instead of
 * one regular expression per entry. Lookups walk forward from a position, so a scan of a text is linear in its length
 * times the longest entry.
 *
 * @module
 */

interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
}

/** Adds a key to a trie rooted at `root`, its code units in order or (for a suffix trie) reversed. */
function insert<T>(root: Node<T>, key: string, value: T, reversed: boolean): void {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
    let n = node.next.get(c);
    if (!n) {
      n = { next: new Map() };
      node.next.set(c, n);
    }
    node = n;
  }
  node.value = value;
}

/** A trie from strings to values. */
export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  /** Length of the longest key. */
  maxLength = 0;

  /**
   * Adds a key (a later add of the same key replaces the value).
   *
   * @example
   * ```ts
   * const t = new Trie<string>();
   * t.add('有限公司', 'form');
   * ```
   */
  add(key: string, value: T): void {
    insert(this.root, key, value, false);
    if (key.length > this.maxLength) this.maxLength = key.length;
  }

  /**
   * Every key that starts at `s[i]`, shortest first, as [end, value] pairs.
   *
   * @example
   * ```ts
   * t.matchesAt('股份有限公司', 2); // [[6, 'form']]
   * ```
   */
  matchesAt(s: string, i: number, limit = s.length): [number, T][] {
    let out: [number, T][] | undefined;
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < limit; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) (out ??= []).push([j + 1, node.value]);
    }
    return out ?? [];
  }

  /**
   * The longest key starting at `s[i]`, or undefined.
   *
   * @example
   * ```ts
   * t.longestAt('有限公司成立', 0); // [4, 'form']
   * ```
   */
  longestAt(s: string, i: number, limit = s.length): [number, T] | undefined {
    let best: [number, T] | undefined;
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < limit; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) best = [j + 1, node.value];
    }
    return best;
  }

  /**
   * True when `key` is in the trie.
   *
   * @example
   * ```ts
   * t.has('有限公司'); // true
   * ```
   */
  has(key: string): boolean {
    const m = this.longestAt(key, 0);
    return m !== undefined && m[0] === key.length;
  }
}

/**
 * A trie of reversed keys: finds every key that ENDS at a position, walking backward from it without building any
 * string.
 *
 * @example
 * ```ts
 * const t = new SuffixTrie<string>();
 * t.add('局', 'government');
 * t.add('农村局', 'government');
 * t.endingAt('市农业农村局', 6); // [[5, 'government'], [3, 'government']]
 * ```
 */
export class SuffixTrie<T> {
  private readonly root: Node<T> = { next: new Map() };
  /** Length of the longest key. */
  maxLength = 0;

  /** Adds a key. */
  add(key: string, value: T): void {
    insert(this.root, key, value, true);
    if (key.length > this.maxLength) this.maxLength = key.length;
  }

  /** Every key that ends just before `s[end]` and starts at or after `floor`, shortest first, as [start, value]. */
  endingAt(s: string, end: number, floor = 0): [number, T][] {
    const out: [number, T][] = [];
    let node: Node<T> | undefined = this.root;
    for (let j = end - 1; j >= floor; j--) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) out.push([j, node.value]);
    }
    return out;
  }

  /** True when some key ends just before `s[end]` (no allocation). */
  hasEndingAt(s: string, end: number, floor = 0): boolean {
    let node: Node<T> | undefined = this.root;
    for (let j = end - 1; j >= floor; j--) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) return false;
      if (node.value !== undefined) return true;
    }
    return false;
  }
}
