/**
 * The batch worker: one article in, one JSONL line out. Piscina loads this file once per worker
 * thread, so the library and its models load once per worker, not once per article.
 */
import { ingestOnly, safeExtract } from '../pipeline.js';
import { toErrorLine } from '../errors.js';
import { markStarted, type BatchTask, type BatchTaskResult } from './task.js';

export { STARTED_FIELDS, markStarted, type BatchTask, type BatchTaskResult } from './task.js';

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

/**
 * The pool sends each thread its next article while the current one runs (see TASKS_PER_THREAD in
 * pool.ts), and piscina hands a thread's waiting messages to the handler one after the other in
 * the same turn. Run each task in its own turn of the event loop, so that an article's line is
 * posted as soon as it is done, before the next article starts (a next article that never ends must
 * not hold back the line of the one before it).
 */
export function inOwnTurn<T, R>(fn: (task: T) => R): (task: T) => Promise<R> {
  return (task) =>
    new Promise<R>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(fn(task));
        } catch (err) {
          reject(err);
        }
      }),
    );
}

export default inOwnTurn(runTask);
