/**
 * A fixed set of worker threads running dist/cli-worker.js. Pages go to the least busy worker; each answer is handed
 * to `onLine` with its sequence number. A worker that dies turns its unanswered pages into error lines and is replaced;
 * one that dies before answering anything (it cannot start) is fatal.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { errorLine, type PageId, type PageTask } from './task.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

interface Slot {
  worker: Worker;
  /** seq → id of the pages sent and not answered yet. */
  pending: Map<number, PageId>;
  answered: number;
  heap: number;
  failure?: string;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closing = false;

  constructor(
    size: number,
    private readonly onLine: (seq: number, line: string, error: boolean) => void,
    private readonly onFatal: (error: Error) => void,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i));
  }

  private spawn(index: number): Slot {
    const worker = new Worker(new URL('./cli-worker.js', import.meta.url));
    const slot: Slot = { worker, pending: new Map(), answered: 0, heap: 0 };
    worker.on('message', (m: WorkerResponse) => {
      slot.pending.delete(m.seq);
      slot.answered++;
      slot.heap = m.heap;
      this.onLine(m.seq, m.line, m.error);
    });
    worker.on('error', (e) => (slot.failure = e.message));
    worker.on('exit', (code) => {
      if (this.closing) return;
      const why = slot.failure ?? `worker exited with code ${code}`;
      if (slot.answered === 0) {
        this.onFatal(new Error(`cannot run a worker: ${why}`));
        return;
      }
      const lost = [...slot.pending];
      this.slots[index] = this.spawn(index);
      for (const [seq, id] of lost) this.onLine(seq, errorLine(id, `worker failed: ${why}`), true);
    });
    return slot;
  }

  /** Sends a page to the worker with the fewest pages pending. */
  send(seq: number, task: PageTask): void {
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < best.pending.size) best = s;
    best.pending.set(seq, task.id);
    best.worker.postMessage({ seq, task } satisfies WorkerRequest);
  }

  /** Each worker's peak V8 heap (bytes) as last reported. */
  heaps(): number[] {
    return this.slots.map((s) => s.heap);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
