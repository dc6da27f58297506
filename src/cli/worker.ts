/**
 * A corpus worker (bundled to dist/cli-worker.js): imports the library once, then parses each page the main thread
 * sends and answers with the finished output line, so the main thread never has to copy a Page object.
 *
 * Protocol: in `{ seq, task }`, out `{ seq, line, error, heap }` where `heap` is this worker's peak V8 heap in bytes.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { parseTask, type PageTask } from './task.js';

/** A page sent to a worker. */
export interface WorkerRequest {
  seq: number;
  task: PageTask;
}

/** A worker's answer. */
export interface WorkerResponse {
  seq: number;
  line: string;
  error: boolean;
  heap: number;
}

let peakHeap = 0;
const port = parentPort;
if (port) {
  port.on('message', ({ seq, task }: WorkerRequest) => {
    const { line, error } = parseTask(task);
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
    port.postMessage({ seq, line, error, heap: peakHeap } satisfies WorkerResponse);
  });
}
