/**
 * Sejajar's production server: Next.js's own request handler, behind one check Next cannot make.
 *
 * The site is read-only, and `next start` answers some other methods with a 500 before proxy.ts
 * can refuse them: TRACE everywhere (Next builds a WHATWG Request, which forbids it) and POST,
 * PUT, DELETE, PATCH or OPTIONS on a static file (Next's 405 page fails to render). Here every
 * method but GET and HEAD gets a 405 before Next sees it, the same rule deploy/nginx.conf applies;
 * a request target that is no path (`*`) a 400; a Range header is ignored (Next answers a
 * malformed one with a 500); and Cache-Control is set per response (deploy/cache-policy.mjs).
 *
 *   node deploy/server.mjs [--port 3000] [--hostname 127.0.0.1]     (after `next build`)
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { constants } from 'node:zlib';
import compression from 'compression';

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
const { cacheControlFor } = await import('./cache-policy.mjs');
const { allowInlineStyles, inlineStyleSources } = await import('./inline-styles.mjs');

const READ_ONLY = new Set(['GET', 'HEAD']);

// Brotli where the browser offers it (every current one does, over plain HTTP too), gzip
// otherwise: next.config.js turns Next's own gzip off so that this one layer decides. Brotli's
// window spans the whole page, so the stylesheet's copies in the RSC payload (one in <head>, two
// for the router) cost once, not three times: the article is 16.6 kB instead of 26 kB gzip,
// about 50 ms less under the bench's slow 4G (README "Performance"). Quality 5 takes the same
// 2.5 ms as gzip at level 6 on the article; 11 would save 2 kB more for 170 ms per request.
const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });

const app = next({ dev: false, dir, hostname: values.hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
const styleSources = inlineStyleSources(join(dir, '.next'));

const server = createServer((request, response) => {
  // `GET * HTTP/1.1` and other targets that are no path: Next answers them with a 500.
  if (!request.url?.startsWith('/')) return refuse(response, 400, 'Bad Request');
  if (READ_ONLY.has(request.method ?? '')) {
    // Next answers a malformed Range (`bytes=abc`, `bytes=5-1`) on a static file with a 500.
    // Range support is optional (RFC 9110 §14.2): every file is small, so each is sent whole.
    delete request.headers.range;
    decideHeaders(request, response);
    compress(request, response, () =>
      handle(request, response).catch((error) => {
        console.error(error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      }),
    );
    return;
  }
  refuse(response, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
});

/** @param {import('node:http').ServerResponse} response @param {number} status @param {string} text */
function refuse(response, status, text, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(`${status} ${text}\n`);
}

/**
 * Sets Cache-Control as the status goes out (deploy/cache-policy.mjs): only then is it known
 * whether this answer is the page itself or a redirect, a router payload or a 404 at its address.
 * The CSP gains the hashes of the build's inline stylesheets (deploy/inline-styles.mjs).
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function decideHeaders(request, response) {
  const writeHead = response.writeHead;
  /** @type {typeof response.writeHead} */
  const decided = function (status, ...rest) {
    const policy = response.getHeader('Content-Security-Policy');
    if (typeof policy === 'string')
      response.setHeader('Content-Security-Policy', allowInlineStyles(policy, styleSources));
    const value = cacheControlFor(request, status);
    if (value !== undefined) {
      response.setHeader('Cache-Control', value);
      // Headers passed to writeHead itself win over setHeader: decide those too.
      for (const headers of rest)
        if (headers && typeof headers === 'object' && !Array.isArray(headers))
          for (const name of Object.keys(headers))
            if (name.toLowerCase() === 'cache-control') headers[name] = value;
    }
    return writeHead.call(response, status, ...rest);
  };
  response.writeHead = decided;
}

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
