// Corpus mode benchmark: wall time, pages/s and peak memory of `baozhi --jsonl` over a generated corpus.
//   node bench/corpus.mjs [--pages 10000] [--jobs 2]        (needs a built dist: npm run build)
// Writes N variations of examples/wuxi-2023-06-30.txt (blocks rotated, a serial line added, issue dates spread over a
// year) to a temp JSONL, runs `node dist/cli.js --jsonl FILE --jobs J --stats` with stdout piped back here, checks that
// every line arrives in order, and prints wall time, pages/s, the peak RSS (via /usr/bin/time -v when available, and
// the CLI's own process.resourceUsage().maxRSS), the RSS sampled from /proc during the run, and the V8 heap peaks of
// the main thread and of each worker. Worker threads live in the CLI's process, so "whole run" = that one process.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PAGES = arg('--pages', 10_000);
const JOBS = arg('--jobs', 2);
if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/cli-worker.js'))) {
  console.error('dist/cli.js or dist/cli-worker.js missing: run npm run build first');
  process.exit(1);
}

// 1. The corpus.
const seed = readFileSync(join(ROOT, 'examples/wuxi-2023-06-30.txt'), 'utf8');
const blocks = seed.split(/\n\s*\n/);
const dir = mkdtempSync(join(tmpdir(), 'baozhi-bench-'));
const file = join(dir, 'corpus.jsonl');
const fd = openSync(file, 'w');
let batch = [];
let bytes = 0;
for (let i = 0; i < PAGES; i++) {
  const r = i % blocks.length;
  const text = [...blocks.slice(r), ...blocks.slice(0, r)].join('\n\n') + `\n\n（第${i + 1}期）\n`;
  const day = new Date(Date.UTC(2023, 0, 1 + (i % 365))).toISOString().slice(0, 10);
  batch.push(JSON.stringify({ id: `p${i}`, text, issueDate: day }));
  if (batch.length === 500 || i === PAGES - 1) {
    const chunk = batch.join('\n') + '\n';
    bytes += Buffer.byteLength(chunk);
    writeSync(fd, chunk);
    batch = [];
  }
}
closeSync(fd);
console.log(`corpus: ${PAGES} pages, ${(bytes / 2 ** 20).toFixed(1)} MB of JSONL (${file})`);

// 2. The run.
const timeV = existsSync('/usr/bin/time');
const cmd = timeV ? '/usr/bin/time' : process.execPath;
const args = [...(timeV ? ['-v', process.execPath] : []), CLI, '--jsonl', file, '--jobs', String(JOBS), '--stats'];
const t0 = performance.now();
const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });

/** The node process's RSS from /proc (the child itself, or the child of /usr/bin/time), in KB. */
function rssKb() {
  try {
    let pid = child.pid;
    if (timeV) pid = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]);
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}
const samples = []; // [lines done, RSS KB]
let done = 0;
let outBytes = 0;
let rest = '';
let disorder = 0;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (s) => {
  outBytes += s.length;
  const parts = (rest + s).split('\n');
  rest = parts.pop();
  for (const line of parts) {
    if (!line.startsWith(`{"id":"p${done}","page":`)) disorder++;
    done++;
  }
});
const timer = setInterval(() => {
  const kb = rssKb();
  if (!Number.isNaN(kb)) samples.push([done, kb]);
}, 250);
let stderr = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (s) => (stderr += s));
const code = await new Promise((r) => child.on('close', r));
clearInterval(timer);
const seconds = (performance.now() - t0) / 1000;
rmSync(dir, { recursive: true, force: true });

// 3. The figures.
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
console.log(`run: node dist/cli.js --jsonl … --jobs ${JOBS}: exit ${code}, ${done} lines (${(outBytes / 2 ** 20).toFixed(0)} M chars), ${disorder} out of order or failed`);
console.log(`wall time ${seconds.toFixed(1)} s, ${(done / seconds).toFixed(1)} pages/s`);
const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
if (maxRss) console.log(`peak RSS (/usr/bin/time -v, the CLI process with its worker threads): ${mb(Number(maxRss))}`);
for (const l of stderr.split('\n')) if (l.startsWith('baozhi:')) console.log(`cli: ${l.slice(8)}`);
if (samples.length) {
  const at = (f) => samples.find(([n]) => n >= f * PAGES) ?? samples.at(-1);
  const show = [0.1, 0.25, 0.5, 0.75, 0.99].map((f) => `${Math.round(f * 100)}% ${mb(at(f)[1])}`);
  console.log(`RSS during the run (sampled every 250 ms): ${show.join(', ')}; max sampled ${mb(Math.max(...samples.map(([, kb]) => kb)))}`);
}
if (code !== 0 || done !== PAGES || disorder) process.exitCode = 1;
