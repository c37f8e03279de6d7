import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** Finds Debian's Chromium, installing it when missing and running as root. */
export function ensureChromium() {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) {
    return { ok: true, path: found };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    return { ok: false, message: 'install it with: sudo apt-get update && sudo apt-get install -y chromium' };
  }
  console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const upd = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const inst = upd.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : upd;
  if (inst.status === 0 && existsSync('/usr/bin/chromium')) {
    return { ok: true, path: '/usr/bin/chromium' };
  }
  return { ok: false, message: 'apt-get could not install chromium; run: apt-get update && apt-get install -y chromium' };
}
