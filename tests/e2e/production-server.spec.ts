import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED } from './browser';
import { freePort, waitUntilUp } from './server';

// deploy/server.mjs as an operator meets it: started from elsewhere, stopped by a deploy.

const SERVER = join(process.cwd(), 'deploy', 'server.mjs');
let server: ChildProcess | undefined;

afterEach(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
});

async function start(cwd: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = child;
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(base, child);
  return { child, base };
}

describe('the production server (npm start)', () => {
  it('serves the articles and their 404s when started from another folder', async () => {
    const { base } = await start(tmpdir());
    expect((await fetch(`${base}/id/articles/${SEED}`)).status).toBe(200);
    expect((await fetch(`${base}/id/articles/no-such-article`)).status).toBe(404);
  });

  it('stops with exit code 0 on SIGTERM, as a deploy or a process manager sends it', async () => {
    const { child, base } = await start(process.cwd());
    await (await fetch(`${base}/en`)).text();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('refuses a port that is not one, naming it', async () => {
    const child = spawn(process.execPath, [SERVER, '--port', '99999'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server = child;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
    expect(stderr).toContain('Not a port: 99999');
  });
});
