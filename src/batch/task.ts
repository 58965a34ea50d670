/**
 * What the main thread and a batch worker share about one task: its shape, and the start mark the
 * worker sets. Kept apart from worker.ts, which loads the whole pipeline: the main thread imports
 * only this.
 */
import { threadId } from 'node:worker_threads';
import { currentThreadId, threadCpuTicks } from './cpu.js';
import type { InputDoc, PipelineOptions } from '../types.js';

export interface BatchTask {
  doc: InputDoc;
  mode: 'extract' | 'ingest';
  options: PipelineOptions;
  /**
   * Shared with the main thread, STARTED_FIELDS Int32s: [started flag, start time in ms since
   * `base`, this thread's kernel id, its CPU time at the start in clock ticks (-1 when unknown), its
   * worker_threads id]. The worker marks the moment it starts, so the time limit counts running
   * time, not time spent in the queue; the kernel id and CPU time let the main thread count the CPU
   * time the article has used, and the worker id which thread to stop.
   */
  started?: SharedArrayBuffer;
  base?: number;
}

export type BatchTaskResult =
  | { ok: true; json: string; deals: number }
  | { ok: false; json: string; error: { code: string; message: string } };

/** The Int32 fields of BatchTask.started. */
export const STARTED_FIELDS = 5;

const tid = currentThreadId();

/** Tell the main thread that `task` starts now (see BatchTask.started). */
export function markStarted(task: BatchTask): void {
  if (!task.started) return;
  const v = new Int32Array(task.started);
  Atomics.store(v, 2, tid);
  Atomics.store(v, 4, threadId);
  Atomics.store(v, 3, tid ? threadCpuTicks('thread-self') : -1);
  Atomics.store(v, 1, Date.now() - (task.base ?? 0));
  Atomics.store(v, 0, 1);
}

