/**
 * One page of a corpus run and its output line, shared by the main thread (`--jobs 1`) and the workers.
 *
 * @module
 */
import { parsePage } from '../index.js';

/** The id a page carries from input to output: a relative path, or whatever the JSONL line gave. */
export type PageId = string | number;

/** A page read from the input, ready to parse. */
export interface PageTask {
  id: PageId;
  text: string;
  /** Passed to parsePage as given; an invalid value makes the page an error. */
  issueDate?: unknown;
}

/** An input item that could not be read (unreadable file, bad JSON line). */
export interface ReadError {
  id: PageId;
  error: string;
}

/** What an input source yields, in input order. */
export type InputItem = PageTask | ReadError;

/** The output line (without the newline) for a page that failed. */
export function errorLine(id: PageId, message: string): string {
  return JSON.stringify({ id, error: message });
}

/**
 * Parses one page into its output line; never throws.
 *
 * @example
 * ```ts
 * parseTask({ id: 'a.txt', text: '', issueDate: '2023-06-30' }).line;
 * // '{"id":"a.txt","page":{"text":"","articles":[],"unassigned":[],"warnings":[]}}'
 * ```
 */
export function parseTask(task: PageTask): { line: string; error: boolean } {
  try {
    const options = task.issueDate === undefined ? {} : { issueDate: task.issueDate as string };
    return { line: JSON.stringify({ id: task.id, page: parsePage(task.text, options) }), error: false };
  } catch (e) {
    return { line: errorLine(task.id, e instanceof Error ? e.message : String(e)), error: true };
  }
}
