/**
 * The machine tools the benchmark drives. npm cannot provide a browser, a web server or a load
 * generator here, so on a fresh Debian machine they come from apt (which needs root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const NGINX = '/usr/sbin/nginx';
export const WRK = '/usr/bin/wrk';

const required = [
  { path: CHROME_PATH, aptPackage: 'chromium' },
  { path: NGINX, aptPackage: 'nginx' },
  { path: WRK, aptPackage: 'wrk' },
];

export function ensureTools(): void {
  const missing = required.filter(({ path }) => !existsSync(path)).map(({ aptPackage }) => aptPackage);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  // On a machine with an init system, Debian's nginx package also starts a default site on port 80;
  // the benchmark runs its own nginx processes from bench/.work and leaves that service alone.
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
