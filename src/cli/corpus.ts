/**
 * Corpus mode: pages from a source, parsed in worker threads (or in-process with one job), written to standard
 * output as JSON Lines in input order.
 *
 * Memory stays flat whatever the corpus size: the source is read only when there is room, at most `4 × jobs` pages
 * are between "read" and "written" (sent to a worker, or answered and waiting in the reorder buffer for an earlier
 * page), and reading also waits while standard output is draining.
 *
 * @module
 */
import { getHeapStatistics } from 'node:v8';
import { errorLine, parseTask, type InputItem } from './task.js';
import { WorkerPool } from './pool.js';

export interface CorpusOptions {
  source: AsyncIterable<InputItem>;
  /** Worker threads; 1 parses in the main thread. */
  jobs: number;
  /** Print timing and memory figures on stderr at the end. */
  stats: boolean;
  out?: NodeJS.WriteStream;
  err?: NodeJS.WriteStream;
}

/** A promise to wait on until the next `notify()`. */
function signal(): { wait(): Promise<void>; notify(): void } {
  let promise: Promise<void> | undefined;
  let resolve: (() => void) | undefined;
  return {
    wait: () => (promise ??= new Promise<void>((r) => (resolve = r))),
    notify: () => {
      const r = resolve;
      promise = resolve = undefined;
      r?.();
    },
  };
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The stderr progress line, redrawn at most four times a second; silent when stderr is not a terminal. */
function progress(err: NodeJS.WriteStream, start: number): { tick(done: number, errors: number): void; clear(): void } {
  let last = 0;
  let shown = false;
  return {
    tick(done, errors) {
      if (!err.isTTY) return;
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const rate = done / ((now - start) / 1000);
      err.write(`\r\x1b[Kbaozhi: ${done} pages${errors ? ` (${errors} errors)` : ''}, ${rate.toFixed(1)} pages/s`);
    },
    clear() {
      if (shown) err.write('\r\x1b[K');
    },
  };
}

/**
 * Runs a corpus and returns the exit status: 0, or 1 when no page could be read or the run could not go on.
 *
 * @example
 * ```ts
 * process.exitCode = await runCorpus({ source: await directorySource('pages', undefined), jobs: 4, stats: false });
 * ```
 */
export async function runCorpus(options: CorpusOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const jobs = Math.max(1, options.jobs);
  const window = 4 * jobs;
  const start = performance.now();
  const bar = progress(err, start);
  const wake = signal();

  const buffer = new Map<number, string>(); // answered pages waiting for an earlier one
  let assigned = 0; // sequence number of the next page read
  let written = 0; // sequence number of the next page to write
  let read = 0; // pages whose text was read
  let errors = 0;
  let fatal: Error | undefined;
  let outClosed = false;
  let mainHeap = 0;

  out.on('drain', wake.notify);
  out.on('error', (e: NodeJS.ErrnoException) => {
    outClosed = true;
    if (e.code !== 'EPIPE') fatal ??= e;
    wake.notify();
  });

  const deliver = (seq: number, line: string, error: boolean): void => {
    if (error) errors++;
    buffer.set(seq, line);
    for (let l = buffer.get(written); l !== undefined; l = buffer.get(written)) {
      buffer.delete(written);
      if (!outClosed) out.write(l + '\n');
      if (++written % 64 === 0 && options.stats) mainHeap = Math.max(mainHeap, getHeapStatistics().used_heap_size);
    }
    bar.tick(written, errors);
    wake.notify();
  };
  const stopped = (): boolean => fatal !== undefined || outClosed;

  const pool = jobs > 1 ? new WorkerPool(jobs, deliver, (e) => ((fatal ??= e), wake.notify())) : undefined;
  try {
    for await (const item of options.source) {
      while (!stopped() && (assigned - written >= window || out.writableNeedDrain)) await wake.wait();
      if (stopped()) break;
      const seq = assigned++;
      if ('error' in item) deliver(seq, errorLine(item.id, item.error), true);
      else {
        read++;
        if (pool) pool.send(seq, item);
        else {
          const r = parseTask(item);
          deliver(seq, r.line, r.error);
        }
      }
    }
    while (!stopped() && written < assigned) await wake.wait();
  } catch (e) {
    fatal ??= e instanceof Error ? e : new Error(String(e));
  } finally {
    await pool?.close();
  }

  bar.clear();
  const seconds = (performance.now() - start) / 1000;
  err.write(`baozhi: ${written} page${written === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}\n`);
  if (options.stats) {
    const heaps = pool ? pool.heaps().map(mb).join(', ') : 'none (in-process)';
    err.write(
      `baozhi: stats: ${seconds.toFixed(1)} s, ${(written / seconds).toFixed(1)} pages/s, jobs ${jobs}; ` +
        `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (whole process, all threads); ` +
        `main-thread heap peak ${mb(Math.max(mainHeap, getHeapStatistics().used_heap_size))}; worker heap peaks ${heaps}\n`,
    );
  }
  if (fatal) {
    err.write(`baozhi: ${fatal.message}\n`);
    return 1;
  }
  if (read === 0 && !outClosed) {
    err.write('baozhi: no page could be read\n');
    return 1;
  }
  return 0;
}
