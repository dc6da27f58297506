/**
 * The `baozhi` command (Node only): `baozhi <file>` or standard input → a readable summary of the page, or the full
 * Page as JSON with `--json`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parsePage } from '../index.js';
import { summarize } from './summary.js';

const USAGE = `usage: baozhi [file] [--json] [--issue-date YYYY-MM-DD]

Reads a newspaper page (a file, or standard input when no file is given) and prints
its articles with headline, dateline, byline and what was recognized in them.

  --json                 print the full Page as JSON
  --issue-date DATE      the issue date (YYYY-MM-DD); anchors 昨天, 近日, 6月29日 …
  -h, --help             this help
`;

function main(argv: string[]): number {
  let file: string | undefined;
  let json = false;
  let issueDate: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--issue-date') issueDate = argv[++i];
    else if (a.startsWith('--issue-date=')) issueDate = a.slice('--issue-date='.length);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`baozhi: unknown option ${a}\n${USAGE}`);
      return 2;
    } else file = a;
  }
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
  process.stdout.write(json ? JSON.stringify(page, null, 2) + '\n' : summarize(page));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
