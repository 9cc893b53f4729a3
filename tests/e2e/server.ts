import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Absolute, so the server can also be started from another folder (the e2e run starts at the root). */
export const SERVER_SCRIPT = join(process.cwd(), 'deploy', 'server.mjs');

let server: ChildProcess | undefined;

/**
 * Starts the production server (`npm start`: deploy/server.mjs) on a free loopback port for the
 * whole e2e run. A missing browser or build fails the run.
 */
export async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) — e2e tests never skip.`,
    );
  }
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.');
  const { child, baseURL } = await startServer();
  server = child;
  project.provide('baseURL', baseURL);
}

export async function teardown() {
  server?.kill('SIGTERM');
}

/**
 * `npm start` (deploy/server.mjs) on a free loopback port, from `cwd`, resolved once it answers.
 * A server that never comes up is killed before the error is thrown.
 */
export async function startServer(cwd = process.cwd()): Promise<{ child: ChildProcess; baseURL: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_SCRIPT, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(baseURL, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { child, baseURL };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves once `child` answers `/en` with a 2xx; fails if it exits first or takes over 30 s. */
async function waitUntilUp(baseURL: string, child: ChildProcess) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/en`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not answer within 30 s');
}
