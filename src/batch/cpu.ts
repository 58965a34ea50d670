/**
 * CPU time of one thread (Linux /proc), so that the batch time limit counts the CPU time an article
 * uses rather than wall-clock time, which a loaded machine stretches. Elsewhere these return 0 / -1
 * and the limit falls back to wall-clock time.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
export const TICKS_PER_SECOND = 100;

/** The calling thread's kernel id; 0 when unknown. */
export function currentThreadId(): number {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop()) || 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) used so far by thread `id` of this process, in clock ticks; -1 when unknown. */
export function threadCpuTicks(id: number | 'thread-self'): number {
  try {
    const stat = readFileSync(id === 'thread-self' ? '/proc/thread-self/stat' : `/proc/self/task/${id}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    const ticks = Number(f[11]) + Number(f[12]); // utime (14th) + stime (15th)
    return Number.isFinite(ticks) ? ticks : -1;
  } catch {
    return -1;
  }
}
