/**
 * Command-line arguments of `baozhi`: one page (`baozhi [file]`) or a corpus (`--corpus DIR`, `--jsonl FILE`).
 *
 * @module
 */

export const USAGE = `usage: baozhi [file] [--json] [--issue-date YYYY-MM-DD]
       baozhi --corpus DIR  [--issue-date YYYY-MM-DD] [--jobs N] [--stats]
       baozhi --jsonl FILE|- [--issue-date YYYY-MM-DD] [--jobs N] [--stats]

Reads a newspaper page (a file, or standard input when no file is given) and prints
its articles with headline, dateline, byline and what was recognized in them.

  --json                 print the full Page as JSON
  --issue-date DATE      the issue date (YYYY-MM-DD); anchors 昨天, 近日, 6月29日 …
  -h, --help             this help

Corpus mode parses many pages in parallel and writes JSON Lines to standard output,
one line per page in input order: {"id": …, "page": <Page>}, or {"id": …, "error": "…"}
for a page that could not be read or parsed (the run goes on; the number of errors is
reported on standard error at the end). The exit status is 0 unless no page at all
could be read.

  --corpus DIR           every *.txt file under DIR (recursively), sorted by path; the id is
                         the path relative to DIR; the issue date is --issue-date, else a
                         YYYY-MM-DD found in the file name
  --jsonl FILE           one {"id", "text", "issueDate"} object per line ("-" = standard
                         input); a line without an id gets "line N"; --issue-date is the
                         default issue date; blank lines are skipped
  --jobs N               worker threads (default: one per core); 1 parses in-process
  --stats                print timing and memory figures on standard error at the end

A progress line (pages done, pages/s) is shown on standard error when it is a terminal.
`;

/** What the command line asks for. */
export interface CliArgs {
  help: boolean;
  /** The single page to read (`-` or undefined = standard input). */
  file?: string;
  json: boolean;
  issueDate?: string;
  corpus?: string;
  jsonl?: string;
  jobs?: number;
  stats: boolean;
}

/**
 * Parses `argv` (without `node` and the script); returns an error message for a bad command line.
 *
 * @example
 * ```ts
 * parseArgs(['--corpus', 'pages', '--jobs', '4']); // { corpus: 'pages', jobs: 4, … }
 * ```
 */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const args: CliArgs = { help: false, json: false, stats: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--stats':
        args.stats = true;
        break;
      case '--issue-date':
      case '--corpus':
      case '--jsonl':
      case '--jobs': {
        const v = value();
        if (v === undefined || v === '') return { error: `${name} needs a value` };
        if (name === '--issue-date') args.issueDate = v;
        else if (name === '--corpus') args.corpus = v;
        else if (name === '--jsonl') args.jsonl = v;
        else {
          if (!/^[1-9]\d*$/.test(v)) return { error: `--jobs must be a positive integer, got ${JSON.stringify(v)}` };
          args.jobs = Number(v);
        }
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') return { error: `unknown option ${a}` };
        if (args.file !== undefined) return { error: `more than one file given (${args.file}, ${a})` };
        args.file = a;
    }
  }
  if (args.corpus !== undefined && args.jsonl !== undefined) return { error: '--corpus and --jsonl cannot be combined' };
  if ((args.corpus !== undefined || args.jsonl !== undefined) && args.file !== undefined) {
    return { error: `a file (${args.file}) cannot be combined with ${args.corpus !== undefined ? '--corpus' : '--jsonl'}` };
  }
  return args;
}
