/**
 * The `baozhi` command (Node only): `baozhi <file>` or standard input → a readable summary of the page, or the full
 * Page as JSON with `--json`; `--corpus DIR` or `--jsonl FILE` → one JSON line per page (see {@link USAGE}).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parsePage } from '../index.js';
import { summarize } from './summary.js';
import { parseArgs, USAGE, type CliArgs } from './args.js';
import { runCorpus } from './corpus.js';
import { directorySource, jsonlSource } from './sources.js';

function single(args: CliArgs): number {
  const { file, issueDate } = args;
  let text: string;
  try {
    text = file && file !== '-' ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
  } catch (e) {
    process.stderr.write(`baozhi: cannot read ${file ?? 'standard input'}: ${(e as Error).message}\n`);
    return 1;
  }
  let page;
  try {
    page = parsePage(text, issueDate ? { issueDate } : {});
  } catch (e) {
    process.stderr.write(`baozhi: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(args.json ? JSON.stringify(page, null, 2) + '\n' : summarize(page));
  return 0;
}

async function corpus(args: CliArgs): Promise<number> {
  const input = (args.corpus ?? args.jsonl)!;
  let source;
  try {
    source = args.corpus !== undefined ? await directorySource(args.corpus, args.issueDate) : await jsonlSource(input, args.issueDate);
  } catch (e) {
    process.stderr.write(`baozhi: cannot read ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  return runCorpus({ source, jobs: args.jobs ?? availableParallelism(), stats: args.stats });
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`baozhi: ${args.error}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  return args.corpus !== undefined || args.jsonl !== undefined ? corpus(args) : single(args);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`baozhi: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
