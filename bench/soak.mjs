#!/usr/bin/env node
// Soak test: wrk on loopback against `npm start` (deploy/server.mjs) of a production build,
// 64 connections for 60 s, reporting requests/s, p99 latency, errors (socket errors and non-2xx,
// which must be 0) and the server's resident memory at start, peak (sampled every second) and end.
//
// The build is made in a scratch copy (bench/.work/soak) so the repo's own .next is never touched.
//   npm run bench:soak                 copy, build, soak
//   npm run bench:soak -- --reuse      soak the existing scratch build
// SOAK_SECONDS, SOAK_CONNECTIONS, SOAK_THREADS override the defaults.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(repo, 'bench/.work/soak');
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 64);
const threads = Number(process.env.SOAK_THREADS ?? 2);
const SEED = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
// Every prerendered page a reader loads, in turn; all must answer 200.
const PATHS = ['/en', '/id', `/en/articles/${SEED}`, `/id/articles/${SEED}`, '/en/glossary', '/id/glossary'];

function ensureWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // `wrk --version` exits 1 after printing; only a missing binary throws ENOENT.
    if (error.code !== 'ENOENT') return;
    if (process.getuid?.() !== 0) throw new Error('wrk is missing: apt-get install -y wrk');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'wrk'], { stdio: 'inherit', env });
  }
}

/** A fresh copy of the sources (not node_modules, .next, .git) and a production build of it. */
function buildScratch() {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // Sources only: no node_modules (linked below), no build, no history, and no second lockfile
  // (Next would take it for another workspace root).
  const skip = /^(node_modules|\.next|\.git|package-lock\.json|bench\/\.work|tests\/e2e\/\.artifacts)$/;
  const copy = (rel) => {
    for (const entry of readdirSync(join(repo, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (skip.test(path)) continue;
      if (entry.isDirectory()) {
        mkdirSync(join(scratch, path), { recursive: true });
        copy(path);
      } else if (entry.isFile()) cpSync(join(repo, path), join(scratch, path));
    }
  };
  copy('');
  symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'));
  console.log(`building ${relative(repo, scratch)} …`);
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url, server) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not answer within 30 s');
}

/** Resident memory of a process and all its descendants, in MiB, from /proc. */
function rssMiB(pid) {
  let kib = 0;
  const visit = (id) => {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(' ') : []) visit(child);
      }
    } catch {
      // the process ended between two reads
    }
  };
  visit(pid);
  return kib / 1024;
}

// wrk counts non-2xx/3xx itself; the response hook counts every status so a 3xx or 4xx shows too.
const LUA = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = { ${PATHS.map((p) => JSON.stringify(p)).join(', ')} }
  n = 0
  statuses = {}
end
function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do counts[status] = (counts[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(counts) do table.insert(parts, string.format('"%d":%d', status, count)) end
  local e = summary.errors
  io.write(string.format('SOAK {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"status_errors":%d,"statuses":{%s}}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status, table.concat(parts, ",")))
end
`;

async function main() {
  ensureWrk();
  if (!process.argv.includes('--reuse') || !existsSync(join(scratch, '.next/BUILD_ID'))) buildScratch();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['deploy/server.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: scratch,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitUntilUp(`${base}/en`, server);
    // One request to each page first, so "start" is a served, warmed process, not a bare one.
    for (const path of PATHS) await (await fetch(base + path)).arrayBuffer();
    const loadBefore = loadavg()[0];
    const start = rssMiB(server.pid);
    let peak = start;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(server.pid))), 1000);

    const lua = join(scratch, 'soak.lua');
    writeFileSync(lua, LUA);
    console.log(
      `wrk: ${connections} connections, ${threads} threads, ${seconds} s against ${base} (${PATHS.length} pages in turn)`,
    );
    const output = await new Promise((resolve, reject) => {
      const wrk = spawn('wrk', [
        '-t',
        String(threads),
        '-c',
        String(connections),
        '-d',
        `${seconds}s`,
        '--latency',
        '--timeout',
        '10s',
        '-s',
        lua,
        base,
      ]);
      let text = '';
      wrk.stdout.on('data', (chunk) => (text += chunk));
      wrk.stderr.on('data', (chunk) => process.stderr.write(chunk));
      wrk.on('error', reject);
      wrk.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}`))));
    });
    clearInterval(sampler);
    const end = rssMiB(server.pid);
    peak = Math.max(peak, end);

    const line = /^SOAK (.*)$/m.exec(output)?.[1];
    if (!line) throw new Error(`no summary from wrk:\n${output}`);
    const r = JSON.parse(line);
    const non2xx = Object.entries(r.statuses)
      .filter(([s]) => !s.startsWith('2'))
      .reduce((sum, [, n]) => sum + n, 0);
    const socketErrors = r.connect + r.read + r.write + r.timeout;
    const result = {
      date: new Date().toISOString(),
      connections,
      threads,
      seconds: r.duration_us / 1e6,
      requests: r.requests,
      rps: r.requests / (r.duration_us / 1e6),
      p50ms: r.p50_us / 1000,
      p99ms: r.p99_us / 1000,
      maxms: r.max_us / 1000,
      mbPerSecond: r.bytes / (r.duration_us / 1e6) / 1e6,
      statuses: r.statuses,
      non2xx,
      socketErrors: { connect: r.connect, read: r.read, write: r.write, timeout: r.timeout },
      errors: non2xx + socketErrors,
      rssMiB: { start, peak, end },
      // Other work on the machine competes with wrk and the server: the 1-minute load average.
      load: { before: loadBefore, after: loadavg()[0] },
    };
    report(result);
    if (result.errors > 0) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
  }
}

function report(r) {
  const f = (n, d = 1) => n.toFixed(d);
  const lines = [
    `requests/s   ${f(r.rps, 0)}  (${r.requests} in ${f(r.seconds)} s, ${f(r.mbPerSecond)} MB/s)`,
    `latency      p50 ${f(r.p50ms)} ms, p99 ${f(r.p99ms)} ms, max ${f(r.maxms)} ms`,
    `errors       ${r.errors}  (non-2xx ${r.non2xx}; socket connect ${r.socketErrors.connect}, read ${r.socketErrors.read}, write ${r.socketErrors.write}, timeout ${r.socketErrors.timeout})`,
    `statuses     ${JSON.stringify(r.statuses)}`,
    `server RSS   start ${f(r.rssMiB.start)} MiB, peak ${f(r.rssMiB.peak)} MiB, end ${f(r.rssMiB.end)} MiB`,
    `load avg     ${f(r.load.before, 2)} before, ${f(r.load.after, 2)} after (1 min)`,
  ];
  console.log(lines.join('\n'));
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown CPU';
  writeFileSync(
    join(repo, 'bench/soak-results.md'),
    `# Soak results

\`npm run bench:soak\` (bench/soak.mjs): wrk on loopback, ${r.connections} connections, ${r.threads} threads, ${f(r.seconds, 0)} s,
against \`npm start\` (\`deploy/server.mjs\`) of a production build in a scratch copy, the six prerendered pages in turn
(${PATHS.join(', ')}). wrk and the server share the machine (${cpu}, Node ${process.version}).

Run ${r.date}:

| measure | value |
| --- | --- |
| requests/s | ${f(r.rps, 0)} (${r.requests} requests) |
| latency p50 / p99 / max | ${f(r.p50ms)} / ${f(r.p99ms)} / ${f(r.maxms)} ms |
| errors (must be 0) | ${r.errors}: non-2xx ${r.non2xx}, socket connect ${r.socketErrors.connect} / read ${r.socketErrors.read} / write ${r.socketErrors.write} / timeout ${r.socketErrors.timeout} |
| statuses | ${Object.entries(r.statuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')} |
| server RSS start / peak / end | ${f(r.rssMiB.start)} / ${f(r.rssMiB.peak)} / ${f(r.rssMiB.end)} MiB |
| machine load (1-min average) before / after | ${f(r.load.before, 2)} / ${f(r.load.after, 2)} |

RSS is the server process and its children, read from /proc/<pid>/status every second;
"start" is after one warm-up request per page. A timeout is a request wrk saw unanswered after
10 s: it counts as an error. With 64 connections the server is saturated (every request waits its
turn behind the others), so tail latency and timeouts depend on what else the machine is running;
compare runs only at similar load.
`,
  );
  console.log('written to bench/soak-results.md');
}

await main();
