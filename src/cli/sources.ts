/**
 * Corpus inputs, read lazily one page at a time: a directory of *.txt files, or a JSONL stream.
 *
 * @module
 */
import { readdir, readFile, open } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputItem } from './task.js';

const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Every *.txt file under `dir`, sorted by relative path. The file list is read up front (names only); each text is
 * read when the consumer asks for it. Throws before the first item when `dir` cannot be listed.
 */
export async function directorySource(dir: string, issueDate: string | undefined): Promise<AsyncIterable<InputItem>> {
  const names = (await readdir(dir, { recursive: true }))
    .filter((n) => /\.txt$/i.test(n))
    .map((n) => n.split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (async function* () {
    for (const id of names) {
      const date = issueDate ?? DATE_IN_NAME.exec(basename(id))?.[1];
      try {
        const text = await readFile(join(dir, id), 'utf8');
        yield date === undefined ? { id, text } : { id, text, issueDate: date };
      } catch (e) {
        yield { id, error: `cannot read ${id}: ${message(e)}` };
      }
    }
  })();
}

/**
 * The lines of a stream, with backpressure: reading pauses while a few lines wait to be consumed, so a huge file is
 * never held in memory. Rejects when the stream fails.
 */
async function* lines(input: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const queue: string[] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  rl.on('line', (l) => {
    queue.push(l);
    if (queue.length >= 16) rl.pause();
    notify();
  });
  rl.on('close', () => {
    done = true;
    notify();
  });
  input.on('error', (e) => {
    failure = e;
    done = true;
    notify();
  });
  try {
    for (;;) {
      const line = queue.shift();
      if (line !== undefined) {
        if (queue.length < 4) rl.resume();
        yield line;
      } else if (failure !== undefined) throw failure;
      else if (done) return;
      else await new Promise<void>((r) => (wake = r));
    }
  } finally {
    rl.close();
  }
}

/** One JSONL line → a page to parse, or the reason it is bad. */
function jsonlItem(raw: string, n: number, issueDate: string | undefined): InputItem {
  const fallback = `line ${n}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { id: fallback, error: `line ${n}: ${message(e)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallback, error: `line ${n}: expected a JSON object` };
  }
  const o = value as { id?: unknown; text?: unknown; issueDate?: unknown };
  if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && typeof o.id !== 'number') {
    return { id: fallback, error: `line ${n}: id must be a string or a number` };
  }
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : fallback;
  if (typeof o.text !== 'string') return { id, error: `line ${n}: text must be a string` };
  const date = o.issueDate ?? issueDate;
  return date === undefined || date === null ? { id, text: o.text } : { id, text: o.text, issueDate: date };
}

/** A JSONL file (`-` = standard input), one page per line. Throws before the first item when the file cannot be opened. */
export async function jsonlSource(file: string, issueDate: string | undefined): Promise<AsyncIterable<InputItem>> {
  const input = file === '-' ? process.stdin : (await open(file, 'r')).createReadStream();
  return (async function* () {
    let n = 0;
    for await (let raw of lines(input)) {
      n++;
      if (n === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      if (raw.trim() === '') continue;
      yield jsonlItem(raw, n, issueDate);
    }
  })();
}
