/**
 * Child processes for the benchmark: servers it starts and stops, commands it times.
 * Every process is spawned in its own process group and remembered, so that `stopAll`
 * (called on exit, on Ctrl-C and on failure) ends exactly what the benchmark started.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Service {
  name: string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Starts a long-running process (a server) with its output in `logFile`. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { logFile: string },
): Service {
  const log = openSync(options.logFile, 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', log, log] });
  running.add(child);
  return { name, stop: () => stopProcess(child) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal); // the whole group: `next start` forks a next-server child
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    signalGroup('SIGKILL');
    await exited;
  }
  running.delete(child);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}

/** Resolves once `url` answers at all (any status), or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(error)}`);
      await sleep(200);
    }
  }
}

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Measured {
  stdout: string;
  seconds: number;
  /** Peak of the summed resident memory of the command and all its descendants. */
  peakRssBytes: number;
}

/**
 * Runs a command to completion, sampling the resident memory of its whole process tree every
 * 200 ms (`/usr/bin/time -v` reports only the largest single process, and a build forks workers).
 */
export async function runMeasured(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  running.delete(child);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${code}\n${(stdout + stderr).slice(-4_000)}`);
  }
  return { stdout, seconds, peakRssBytes };
}

/** Runs a command and returns its standard output; throws with its output if it fails. */
export async function run(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return (await runMeasured(command, args, options)).stdout;
}

const PAGE_BYTES = 4096;

/** Linux only: the summed RSS of `rootPid` and its descendants, from /proc. */
function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, …, rss is field 24 overall.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_BYTES);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
