/**
 * Validation of the public functions' arguments: a clear `TypeError` or `RangeError` naming the argument, raised at
 * the door rather than somewhere deep inside a stage.
 *
 * @module
 */
import type { ParseOptions, VillageGazetteer } from './types.js';

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Options after validation. */
export interface ResolvedOptions {
  issueDate?: Day;
  script: 'auto' | 'simplified' | 'traditional';
  language: 'auto' | 'zh' | 'en';
  villages?: VillageGazetteer;
}

const SCRIPTS = ['auto', 'simplified', 'traditional'] as const;
const LANGUAGES = ['auto', 'zh', 'en'] as const;

function parseDay(value: string | Date, fn: string): Day {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new RangeError(`${fn}: options.issueDate is an invalid Date`);
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`${fn}: options.issueDate must be a 'YYYY-MM-DD' calendar date or a valid Date, got ${JSON.stringify(value)}`);
}

/**
 * Checks the arguments of a public function and returns the options with defaults filled in.
 *
 * @example
 * ```ts
 * checkArguments('parsePage', raw, { issueDate: '2023-06-30' }).issueDate; // { year: 2023, month: 6, day: 30 }
 * checkArguments('parsePage', 42); // throws TypeError: parsePage: text must be a string, got number
 * ```
 */
export function checkArguments(fn: string, text: unknown, options: unknown): ResolvedOptions {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (options === undefined || options === null) return { script: 'auto', language: 'auto' };
  if (typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${typeof options}`);
  const o = options as ParseOptions;
  const out: ResolvedOptions = { script: 'auto', language: 'auto' };
  if (o.issueDate !== undefined) {
    if (typeof o.issueDate !== 'string' && !(o.issueDate instanceof Date)) {
      throw new TypeError(`${fn}: options.issueDate must be a string or a Date, got ${typeof o.issueDate}`);
    }
    out.issueDate = parseDay(o.issueDate, fn);
  }
  if (o.script !== undefined) {
    if (!SCRIPTS.includes(o.script)) throw new RangeError(`${fn}: options.script must be one of ${SCRIPTS.join(', ')}, got ${JSON.stringify(o.script)}`);
    out.script = o.script;
  }
  if (o.language !== undefined) {
    if (!LANGUAGES.includes(o.language)) throw new RangeError(`${fn}: options.language must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(o.language)}`);
    out.language = o.language;
  }
  if (o.villages !== undefined) {
    if (!o.villages || typeof o.villages !== 'object' || o.villages.kind !== 'villages') {
      throw new TypeError(`${fn}: options.villages must be the value of villages() from 'baozhi/villages'`);
    }
    out.villages = o.villages;
  }
  return out;
}
