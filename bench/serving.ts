/**
 * Throughput of the article page on loopback, measured with wrk: `npm start` alone, nginx as a
 * caching proxy in front of it (deploy/nginx.conf itself), and nginx serving a static file of the
 * same size, which is the ceiling a cache can approach on this machine.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, run, startService, waitForHttp, type Service } from './processes';
import { ROOT, WORK } from './scratch';
import { NGINX, WRK } from './tools';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses outside 2xx/3xx plus socket errors; any makes the figures suspect. */
  errors: number;
}

export const CONNECTIONS = 64;

/** A short run to warm caches and the JIT, then the measured run. */
export async function loadTest(url: string, seconds: number): Promise<LoadResult> {
  await run(WRK, ['-t2', `-c${CONNECTIONS}`, '-d3s', url]);
  return parseWrk(await run(WRK, ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', url]));
}

export function parseWrk(output: string): LoadResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);
  const latency = (percentile: number) => {
    const match = new RegExp(`^\\s+${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
    if (!match) return NaN;
    return Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/) || 0;
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: latency(50),
    p99Ms: latency(99),
    errors,
  };
}

interface Nginx {
  origin: string;
  service: Service;
}

/** deploy/nginx.conf with its listen port and upstream port pointed at the benchmark's servers. */
export async function startCachingProxy(upstreamPort: number): Promise<Nginx> {
  const shipped = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const port = await freePort();
  const config = shipped
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${upstreamPort};`);
  if (config === shipped)
    throw new Error('deploy/nginx.conf no longer has `listen 8080` / `server 127.0.0.1:3000`');
  return startNginx('nginx-proxy', config, port);
}

/** The same nginx settings serving one file from disk. */
export async function startStaticServer(body: string): Promise<Nginx & { path: string }> {
  const port = await freePort();
  const prefix = join(WORK, 'nginx-static');
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, 'html'), { recursive: true });
  writeFileSync(join(prefix, 'html', 'article.html'), body);
  const config = `worker_processes auto;
pid logs/nginx.pid;
error_log logs/error.log warn;
events { worker_connections 4096; }
http {
    default_type text/html;
    sendfile on;
    keepalive_timeout 65;
    keepalive_requests 10000;
    access_log logs/access.log combined buffer=64k flush=5s;
    client_body_temp_path cache/client_body;
    proxy_temp_path cache/proxy_temp;
    gzip on;
    gzip_comp_level 5;
    gzip_min_length 1024;
    server {
        listen 127.0.0.1:${port};
        root html;
    }
}
`;
  return { ...(await startNginx('nginx-static', config, port)), path: '/article.html' };
}

async function startNginx(name: string, config: string, port: number): Promise<Nginx> {
  const prefix = join(WORK, name);
  if (name !== 'nginx-static') rmSync(prefix, { recursive: true, force: true });
  for (const dir of ['logs', 'cache', 'conf']) mkdirSync(join(prefix, dir), { recursive: true });
  const confFile = join(prefix, 'conf', 'nginx.conf');
  writeFileSync(confFile, config);
  const args = ['-p', `${prefix}/`, '-c', confFile, '-e', 'logs/error.log'];
  await run(NGINX, [...args, '-t']);
  // In the foreground, so that it is a child process the benchmark stops by its id.
  const service = startService(name, NGINX, [...args, '-g', 'daemon off;'], {
    logFile: join(WORK, `${name}.log`),
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(origin);
  return { origin, service };
}
