import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';

/**
 * Serialises writers of one file, within a process and across processes. Within a process an
 * async queue per path; across processes a lock file beside the target, created with O_EXCL
 * (`open(path, 'wx')`), which exactly one creator wins on every local file system. The lock
 * holds the owner's pid, host and time, so a lock left by a crashed writer is recognised as
 * stale (its pid is gone on this host, or it is older than `staleMs`) and removed.
 *
 * Removing a stale lock has a narrow race (two waiters judge the same lock stale; the second
 * may remove the lock the first just took). It is re-read before removal to keep the window to
 * microseconds; writers hold the lock for milliseconds, so `staleMs` is generous.
 */

export interface LockOptions {
  /** Give up waiting after this long (default 10 s). */
  timeoutMs?: number;
  /** A lock older than this is stale even if its owner still runs (default 30 s). */
  staleMs?: number;
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

const queues = new Map<string, Promise<unknown>>();

export async function withFileLock<T>(path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const previous = queues.get(path) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => holdLockFile(`${path}.lock`, work, options));
  queues.set(path, mine);
  try {
    return await mine;
  } finally {
    if (queues.get(path) === mine) queues.delete(path);
  }
}

async function holdLockFile<T>(lockPath: string, work: () => Promise<T>, options: LockOptions): Promise<T> {
  const token = `${process.pid} ${hostname()} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  await acquire(lockPath, token, options);
  try {
    return await work();
  } finally {
    // Only our own lock is removed: if it was judged stale and taken over, it is not ours.
    if ((await readFile(lockPath, 'utf8').catch(() => '')) === token) await unlink(lockPath).catch(() => undefined);
  }
}

async function acquire(lockPath: string, token: string, options: LockOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx', 0o644);
      try {
        await handle.writeFile(token, 'utf8');
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await removeIfStale(lockPath, options.staleMs ?? 30_000)) continue;
    if (Date.now() > deadline) throw new LockTimeoutError(`${lockPath}: another writer holds the lock`);
    await sleep(Math.min(5 + attempt * 5, 50) * (0.5 + Math.random()));
  }
}

async function removeIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const seen = await readFile(lockPath, 'utf8').catch(() => undefined);
  // Created but not yet written: its creator is writing it now.
  if (!seen) return false;
  const [pid, host, time] = seen.split(' ');
  const age = Date.now() - Number(time);
  const ownerGone = host === hostname() && !isRunning(Number(pid));
  if (!ownerGone && !(age > staleMs)) return false;
  if ((await readFile(lockPath, 'utf8').catch(() => undefined)) !== seen) return false;
  await unlink(lockPath).catch(() => undefined);
  return true;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** For tests: whether a lock file is present. */
export async function isLocked(path: string): Promise<boolean> {
  return stat(`${path}.lock`).then(
    () => true,
    () => false,
  );
}
