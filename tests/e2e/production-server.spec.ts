import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED } from './browser';
import { SERVER_SCRIPT, startServer } from './server';

// deploy/server.mjs as an operator meets it: started from elsewhere, stopped by a deploy.

let server: ChildProcess | undefined;

afterEach(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
});

async function start(cwd: string) {
  const started = await startServer(cwd);
  server = started.child;
  return started;
}

describe('the production server (npm start)', () => {
  it('serves the articles and their 404s when started from another folder', async () => {
    const { baseURL } = await start(tmpdir());
    expect((await fetch(`${baseURL}/id/articles/${SEED}`)).status).toBe(200);
    expect((await fetch(`${baseURL}/id/articles/no-such-article`)).status).toBe(404);
  });

  it('stops with exit code 0 on SIGTERM, as a deploy or a process manager sends it', async () => {
    const { child, baseURL } = await start(process.cwd());
    await (await fetch(`${baseURL}/en`)).text();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('refuses a port that is not one, naming it', async () => {
    const child = spawn(process.execPath, [SERVER_SCRIPT, '--port', '99999'], {
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
