/**
 * News agencies and papers that English stories credit instead of a reporter: alone on the story's last line
 * (XINHUA, China Daily), in brackets ((Xinhua)), after a dash (— Xinhua) or in "Xinhua contributed to this story.".
 * A credit to one of them names no one: the story's byline is empty. One list for every form.
 *
 * @module
 */

/** The agencies and papers, as English text writes them. */
export const AGENCIES: readonly string[] = [
  'Xinhua', 'China News Service', 'CNS', 'ECNS', 'China Daily', 'chinadaily.com.cn', 'Global Times', 'Shanghai Daily', 'CGTN',
  'Reuters', 'AP', 'AFP', 'Bloomberg', 'Agencies',
];

/** A regular-expression alternation of {@link AGENCIES} (no group, no anchors). */
export const AGENCY_PATTERN = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const NAMES = new Set([...AGENCIES, ...AGENCIES.map((a) => a.toUpperCase())]);

/**
 * True when `text` is an agency or paper, as written or in capitals.
 *
 * @example
 * ```ts
 * isAgency('XINHUA'); // true
 * isAgency('CHINA DAILY'); // true
 * isAgency('SD-Agencies'); // true
 * isAgency('XU FEI'); // false
 * ```
 */
export function isAgency(text: string): boolean {
  return NAMES.has(text) || POOL.test(text);
}

/** A paper's own pool of agency copy (SD-Agencies). */
const POOL = /^[A-Z]{2,4}-Agencies$/;
