/**
 * Sejajar's production server: Next.js's own request handler, behind one check Next cannot make.
 *
 * The site is read-only, and `next start` answers some other methods with a 500 before proxy.ts
 * can refuse them: TRACE everywhere (Next builds a WHATWG Request, which forbids it) and POST,
 * PUT, DELETE, PATCH or OPTIONS on a static file (Next's 405 page fails to render). Here every
 * method but GET and HEAD gets a 405 before Next sees it, the same rule deploy/nginx.conf applies.
 *
 *   node deploy/server.mjs [--port 3000] [--hostname 127.0.0.1]     (after `next build`)
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    // Unset: every interface, as `next start`. Not $HOSTNAME, which shells set to the machine name.
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port}`);

process.env.NODE_ENV = 'production';
// The project is the folder above deploy/. proxy.ts and lib/content read content/ and .next/ from
// the working directory, so the server works from there wherever it was started.
const dir = fileURLToPath(new URL('..', import.meta.url));
process.chdir(dir);
const { default: next } = await import('next');

const READ_ONLY = new Set(['GET', 'HEAD']);

const app = next({ dev: false, dir, hostname: values.hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (READ_ONLY.has(request.method ?? '')) {
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
    return;
  }
  response.writeHead(405, {
    Allow: 'GET, HEAD',
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end('405 Method Not Allowed\n');
});

server.listen(port, values.hostname, () => {
  const address = server.address();
  const where = typeof address === 'object' && address ? `${address.address}:${address.port}` : port;
  console.log(`Sejajar on http://${values.hostname ?? 'localhost'}:${port} (listening on ${where})`);
});

// A deploy or Ctrl-C: finish the requests in flight, then stop.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
