// Corpus mode of the built CLI (dist/cli.js + dist/cli-worker.js), run as a child process.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { spawnSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLE = join(ROOT, 'examples', 'wuxi-2023-06-30.txt');
const text = readFileSync(EXAMPLE, 'utf8');

interface Line {
  id: string | number;
  page?: { text: string; articles: { dates: { from?: string }[] }[] };
  error?: string;
}

function run(args: string[], input?: string): { code: number | null; lines: Line[]; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  return { code: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'cli-worker.js'))) {
    const generated = existsSync(join(ROOT, 'src', 'data')) && readdirSync(join(ROOT, 'src', 'data')).some((f) => f.endsWith('.generated.ts'));
    if (!generated) execSync('npm run build:data', { cwd: ROOT, stdio: 'inherit' });
    execSync('npx tsup', { cwd: ROOT, stdio: 'inherit' });
  }
  tmp = mkdtempSync(join(tmpdir(), 'baozhi-corpus-'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('baozhi --corpus DIR', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'pages');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(EXAMPLE, join(dir, 'b-2023-06-30.txt'));
    copyFileSync(EXAMPLE, join(dir, 'a.txt'));
    copyFileSync(EXAMPLE, join(dir, 'sub', 'c-2023-07-01.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'notes.md'), 'not a page');
  });

  it('writes one line per *.txt file, sorted by relative path, with dates from the file names', () => {
    const r = run(['--corpus', dir, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['a.txt', 'b-2023-06-30.txt', 'empty.txt', 'sub/c-2023-07-01.txt']);
    expect(r.lines.every((l) => l.error === undefined)).toBe(true);
    const [a, b, empty, c] = r.lines;
    expect(a!.page!.text).toBe(text);
    expect(a!.page!.articles.length).toBeGreaterThan(0);
    expect(empty!.page).toEqual({ text: '', articles: [], unassigned: [], warnings: [] });
    // 近日 is anchored on the issue date taken from the file name, and left open without one.
    expect(a!.page!.articles[0]!.dates[0]!.from).toBeUndefined();
    expect(b!.page!.articles[0]!.dates[0]!.from).toBe('2023-06-20');
    expect(c!.page!.articles[0]!.dates[0]!.from).toBe('2023-06-21');
    expect(r.stderr).toContain('4 pages, 0 errors');
  });

  it('gives the same output in-process (--jobs 1) and with several workers', () => {
    const one = run(['--corpus', dir, '--jobs', '1']);
    const three = run(['--corpus', dir, '--jobs', '3']);
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });

  it('--issue-date overrides the date in the file name', () => {
    const r = run(['--corpus', dir, '--jobs', '2', '--issue-date', '2023-06-30']);
    expect(r.lines.map((l) => l.page?.articles[0]?.dates[0]?.from)).toEqual(['2023-06-20', '2023-06-20', undefined, '2023-06-20']);
  });

  it('reports a page with an invalid issue date and goes on', () => {
    const bad = join(tmp, 'with-bad-date');
    mkdirSync(bad);
    copyFileSync(EXAMPLE, join(bad, 'x-2023-02-30.txt'));
    copyFileSync(EXAMPLE, join(bad, 'y.txt'));
    const r = run(['--corpus', bad, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['x-2023-02-30.txt', 'y.txt']);
    expect(r.lines[0]!.error).toMatch(/issueDate/);
    expect(r.lines[1]!.page).toBeDefined();
    expect(r.stderr).toContain('2 pages, 1 error');
  });

  it('exits 1 when nothing can be read', () => {
    expect(run(['--corpus', join(tmp, 'missing')]).code).toBe(1);
    const none = join(tmp, 'no-pages');
    mkdirSync(none);
    const r = run(['--corpus', none]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('baozhi --jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'first', text, issueDate: '2023-06-30' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 2, text: '' }),
    '',
    JSON.stringify({ text }),
    JSON.stringify({ id: 'bad-date', text, issueDate: '2023-13-01' }),
    JSON.stringify({ id: 'last', text }),
  ];
  let file: string;
  beforeAll(() => {
    file = join(tmp, 'pages.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
  });

  it('writes pages and errors in input order and exits 0', () => {
    const r = run(['--jsonl', file, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['first', 'line 2', 2, 'line 5', 'bad-date', 'last']);
    expect(r.lines[1]).toEqual({ id: 'line 2', error: expect.stringMatching(/^line 2: /) });
    expect(r.lines[4]!.error).toMatch(/issueDate/);
    expect(r.lines[0]!.page!.articles[0]!.dates[0]!.from).toBe('2023-06-20');
    expect(r.lines[5]!.page!.text).toBe(text);
    expect(r.stderr).toContain('6 pages, 2 errors');
  });

  it('reads standard input with -, with --issue-date as the default date', () => {
    const r = run(['--jsonl', '-', '--jobs', '1', '--issue-date', '2023-07-01'], lines.join('\n'));
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['first', 'line 2', 2, 'line 5', 'bad-date', 'last']);
    expect(r.lines[0]!.page!.articles[0]!.dates[0]!.from).toBe('2023-06-20');
    expect(r.lines[5]!.page!.articles[0]!.dates[0]!.from).toBe('2023-06-21');
  });

  it('exits 1 when no line is a page, or the file is missing', () => {
    const r = run(['--jsonl', '-'], '{oops\n[1]\n');
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(2);
    expect(r.stderr).toContain('2 errors');
    expect(run(['--jsonl', join(tmp, 'missing.jsonl')]).code).toBe(1);
  });
});

describe('baozhi --help', () => {
  it('documents the corpus options', () => {
    const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const opt of ['--corpus', '--jsonl', '--jobs', '--stats']) expect(r.stdout).toContain(opt);
  });

  it('rejects a bad --jobs and conflicting inputs', () => {
    expect(spawnSync(process.execPath, [CLI, '--corpus', '.', '--jobs', '0']).status).toBe(2);
    expect(spawnSync(process.execPath, [CLI, '--corpus', '.', '--jsonl', 'x']).status).toBe(2);
  });
});
