/**
 * The batch worker: one article in, one JSONL line out. Piscina loads this file once per worker
 * thread, so the library and its models load once per worker, not once per article.
 */
import { ingestOnly, safeExtract } from '../pipeline.js';
import { currentThreadId, threadCpuTicks } from './cpu.js';
import { toErrorLine } from '../errors.js';
import type { InputDoc, PipelineOptions } from '../types.js';

export interface BatchTask {
  doc: InputDoc;
  mode: 'extract' | 'ingest';
  options: PipelineOptions;
  /**
   * Shared with the main thread, 4 Int32s: [started flag, start time in ms since `base`, this
   * thread's id, its CPU time at the start in clock ticks (-1 when unknown)]. The worker marks the
   * moment it starts, so the time limit counts running time, not time spent in the queue; the thread
   * id and CPU time let the main thread count the CPU time the article has used.
   */
  started?: SharedArrayBuffer;
  base?: number;
}

export type BatchTaskResult =
  | { ok: true; json: string; deals: number }
  | { ok: false; json: string; error: { code: string; message: string } };

const tid = currentThreadId();

/** Tell the main thread that `task` starts now (see BatchTask.started). */
export function markStarted(task: BatchTask): void {
  if (!task.started) return;
  const v = new Int32Array(task.started);
  Atomics.store(v, 2, tid);
  Atomics.store(v, 3, tid ? threadCpuTicks('thread-self') : -1);
  Atomics.store(v, 1, Date.now() - (task.base ?? 0));
  Atomics.store(v, 0, 1);
}

/** Run one task (in a worker, or in-process). The line is serialized here, once. */
export function runTask(task: BatchTask): BatchTaskResult {
  markStarted(task);
  const { doc, mode, options } = task;
  if (mode === 'ingest') {
    try {
      return { ok: true, json: JSON.stringify(ingestOnly(doc, options)), deals: 0 };
    } catch (err) {
      const line = toErrorLine(doc.id, err);
      return { ok: false, json: JSON.stringify(line), error: line.error };
    }
  }
  const res = safeExtract(doc, options);
  if (res.success) {
    const r = res.data;
    return { ok: true, json: JSON.stringify(r), deals: (r.deal ? 1 : 0) + r.otherDeals.length };
  }
  const line = toErrorLine(doc.id, res.error);
  return { ok: false, json: JSON.stringify(line), error: line.error };
}

// Load the library's models now, while piscina starts this worker, rather than on the first article
// (whose time limit would otherwise pay for it).
safeExtract({ id: 'warm-up', text: 'Acme Corp said on Monday it agreed to acquire Widget Inc for $5 million.' });

export default runTask;
