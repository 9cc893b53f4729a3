/**
 * `npm run studio`: the reader and the translation workspace on http://127.0.0.1:3000.
 *
 * It is Next's development server (as Keystatic and TinaCMS run theirs), started with
 * SEJAJAR_STUDIO=1 so that the workspace's `*.studio.tsx` routes are compiled: every page renders
 * on demand from the files as they are on disk, so an article imported or a segment saved shows
 * in the reader at once, with no rebuild, which a prerendered production build cannot do. It
 * listens on loopback. Asked for another interface it refuses to start unless
 * SEJAJAR_STUDIO_TOKEN is set; then every workspace page and write needs a sign-in with it.
 *
 *   node deploy/studio.mjs [--port 3000] [--hostname 127.0.0.1]
 */
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    hostname: { type: 'string', short: 'H', default: '127.0.0.1' },
  },
});
const port = Number(values.port);
const hostname = values.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`not a port: ${values.port}`);
if (!isLoopback(hostname) && !process.env.SEJAJAR_STUDIO_TOKEN) {
  fail(
    `refusing to serve the workspace on ${hostname}: anyone who can reach it could edit the content. ` +
      'Set SEJAJAR_STUDIO_TOKEN to a long random secret (every page and write then needs a sign-in with it), ' +
      'or listen on 127.0.0.1.',
  );
}

process.env.SEJAJAR_STUDIO = '1';
process.env.NEXT_TELEMETRY_DISABLED = '1';
const dir = fileURLToPath(new URL('..', import.meta.url));
process.chdir(dir);
const { default: next } = await import('next');
const app = next({ dev: true, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (!request.url?.startsWith('/')) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('400 Bad Request\n');
    return;
  }
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
server.listen(port, hostname, () => {
  console.log(
    `Sejajar workspace on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}/en/studio`,
  );
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}

/** @param {string} host */
function isLoopback(host) {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`studio: ${message}`);
  process.exit(1);
}
