// npm run bench — speed, memory and recognition quality, each measured beside a peer in the same run.
//   node bench/run.mjs [--quick] [--no-ner]
// Speed: parsePage throughput (chars/s) on the seed page and on ~5,000-character pages cut from ../shared/eval text,
// beside @node-rs/jieba's `tag` (HMM on) on the same pages, alternating runs, median of 5. Cold start: fresh
// processes importing baozhi and parsing the seed page (median of 7, run first). Heap: after parsing 2 MB of
// pages. NER: the shared scorer (../shared/tools/score-ner.mjs) on CLUENER and People's Daily beside jieba; skipped
// when ../shared is absent.
import { hostileInputs } from './hostile-inputs.mjs';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const quick = process.argv.includes('--quick');
const require = createRequire(join(ROOT, 'package.json'));
const { parsePage } = await import(join(ROOT, 'dist/index.js'));

const seed = readFileSync(join(ROOT, 'examples/wuxi-2023-06-30.txt'), 'utf8');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(0)} k`);

// Cold start in fresh processes (import + the first page), before anything else loads the machine: 7 alternating
// runs of baozhi and jieba, medians.
{
  const seedFile = JSON.stringify(join(ROOT, 'examples/wuxi-2023-06-30.txt'));
  const ours = `const t0=performance.now();import(${JSON.stringify(join(ROOT, 'dist/index.js'))}).then(m=>{m.parsePage(require('fs').readFileSync(${seedFile},'utf8'));console.log((performance.now()-t0).toFixed(1))})`;
  const theirs = `const t0=performance.now();const {Jieba}=require('@node-rs/jieba');const {dict}=require('@node-rs/jieba/dict.js');const j=Jieba.withDict(dict);j.tag(require('fs').readFileSync(${seedFile},'utf8'),true);console.log((performance.now()-t0).toFixed(1))`;
  const a = [];
  const b = [];
  for (let k = 0; k < (quick ? 3 : 7); k++) {
    a.push(Number(spawnSync(process.execPath, ['-e', ours], { encoding: 'utf8' }).stdout.trim()));
    const j = Number(spawnSync(process.execPath, ['-e', theirs], { encoding: 'utf8', cwd: ROOT }).stdout.trim());
    if (Number.isFinite(j) && j > 0) b.push(j);
  }
  console.log(`Cold start (import + first page, median of ${a.length}): baozhi ${median(a).toFixed(1)} ms, jieba ${b.length ? median(b).toFixed(1) : '-'} ms\n`);
}

/** Pages of about 5,000 characters cut from the eval sets' text (read, never copied). */
function evalPages() {
  const texts = [];
  const cl = join(SHARED, 'eval/cluener/train.json');
  if (existsSync(cl)) for (const line of readFileSync(cl, 'utf8').split('\n')) if (line) texts.push(JSON.parse(line).text);
  const pd = join(SHARED, 'eval/pd1998/example.dev');
  if (existsSync(pd)) {
    let s = '';
    for (const line of readFileSync(pd, 'utf8').split('\n')) {
      const c = line.split(/\s+/)[0];
      if (!line.trim()) { if (s) texts.push(s); s = ''; } else s += c;
    }
  }
  const pages = [];
  let cur = '';
  for (const t of texts) {
    cur += t + '\n';
    if (cur.length >= 5000) { pages.push(cur); cur = ''; }
    if (quick && pages.length >= 40) break;
  }
  return pages;
}

let jieba = null;
try {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js');
  jieba = Jieba.withDict(dict);
} catch { console.log('(@node-rs/jieba not installed: no peer)'); }

function throughput(pages, fn, rounds = 5) {
  const chars = pages.reduce((a, p) => a + p.length, 0);
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const p of pages) fn(p);
    runs.push(chars / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return median(runs);
}

function compare(label, pages) {
  // Warm both up, then alternate.
  for (const p of pages.slice(0, 5)) { parsePage(p); jieba?.tag(p, true); }
  const ours = [], peer = [];
  for (let r = 0; r < 5; r++) {
    ours.push(throughput(pages, (p) => parsePage(p, { issueDate: '2023-06-30' }), 1));
    if (jieba) peer.push(throughput(pages, (p) => jieba.tag(p, true), 1));
  }
  const o = median(ours);
  const j = jieba ? median(peer) : NaN;
  console.log(`${label.padEnd(28)} baozhi ${fmt(o)} chars/s   jieba tag ${jieba ? fmt(j) : '-'} chars/s   ratio ${jieba ? (o / j).toFixed(2) : '-'}×`);
}

console.log(`baozhi bench — node ${process.version}, ${require('node:os').cpus().length} cores (${require('node:os').cpus()[0]?.model ?? '?'})\n`);
console.log('Throughput (median of 5 alternating runs)');
compare('seed page (x20)', Array.from({ length: 20 }, () => seed));
const pages = evalPages();
if (pages.length) compare(`eval text, ${pages.length} × 5k pages`, pages);
else console.log('eval text pages: skipped (../shared/eval absent)');

// Heap after 2 MB of pages.
global.gc?.();
const before = process.memoryUsage().heapUsed;
let done = 0;
const src = pages.length ? pages : [seed];
for (let k = 0; done < 2e6; k++) { const p = src[k % src.length]; parsePage(p); done += p.length; }
global.gc?.();
console.log(`Heap after parsing 2 MB: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB (started at ${(before / 2 ** 20).toFixed(1)} MB)`);

// Hostile inputs: per-character time beside an ordinary page (warm), each must stay under 3×.
{
  const MB = 1 << 20;
  const t0 = performance.now();
  for (let i = 0; i < 50; i++) parsePage(seed, { issueDate: '2023-06-30' });
  const base = (performance.now() - t0) / 50 / seed.length;
  const cases = hostileInputs({ seed, size: MB, pageSize: 10 * MB });
  console.log(`\nHostile inputs (per-character time beside the seed page's ${(base * 1e3).toFixed(2)} µs/char)`);
  for (const [name, make] of cases) {
    const text = make();
    const t = performance.now();
    parsePage(text, { issueDate: '2023-06-30' });
    const ms = performance.now() - t;
    console.log(`${name.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / text.length / base).toFixed(2)}×`);
  }
}

if (!process.argv.includes('--no-ner')) {
  const scorer = join(SHARED, 'tools/score-ner.mjs');
  if (!existsSync(scorer)) console.log('\nNER: skipped (../shared absent)');
  for (const [set, file] of [['cluener', 'eval/cluener/train.json'], ['pd1998', 'eval/pd1998/example.dev']]) {
    if (!existsSync(scorer) || !existsSync(join(SHARED, file))) continue;
    console.log(`\nNER ${set} (${file})`);
    try {
      process.stdout.write(execFileSync(process.execPath, [scorer, set, '--file', join(SHARED, file), ...(quick ? ['--limit', '1000'] : [])], { cwd: ROOT, encoding: 'utf8' }));
    } catch (e) { process.stdout.write(String(e.stdout ?? e.message)); }
  }
}
