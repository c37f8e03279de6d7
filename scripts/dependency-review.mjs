#!/usr/bin/env node
// `npm run deps:review [-- --base <git ref>] [--node <version>] [--json]`
//
// Dependency review for a change: compares package-lock.json with the one at a base ref (default
// origin/main, else HEAD~1) and lists packages that are new or changed version, with whether they
// run an install script and whether their `engines.node` admits the Node version we run on
// (default 20.19.0). It reports; it never fails the build (exit code 0 even when it cannot read
// a lockfile). The registry's audit endpoint is not reachable here; see README "Dependencies".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    node: { type: 'string', default: '20.19.0' },
    json: { type: 'boolean', default: false },
  },
});

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

function refExists(ref) {
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

// --- a small semver range check (enough for `engines.node`) -------------------------------------

function parseVersion(v) {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) {
    return null;
  }
  const part = (s) => (s === undefined || /^[xX*]$/.test(s) ? null : Number(s));
  return [part(m[1]), part(m[2]), part(m[3])];
}

function cmp(a, b) {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return 0;
}

/** Comparators [op, version] for one range term ("^20", ">=18 <21", "1.2.x", "18 - 20"). */
function comparators(term) {
  const out = [];
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(term);
  if (hyphen) {
    const lo = parseVersion(hyphen[1]);
    const hi = parseVersion(hyphen[2]);
    if (!lo || !hi) {
      return null;
    }
    out.push(['>=', lo.map((x) => x ?? 0)]);
    out.push(hi[1] === null ? ['<', [hi[0] + 1, 0, 0]] : hi[2] === null ? ['<', [hi[0], hi[1] + 1, 0]] : ['<=', hi]);
    return out;
  }
  for (const token of term.replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean)) {
    const m = /^(>=|<=|>|<|=|\^|~)?\s*(.+)$/.exec(token);
    const v = m && parseVersion(m[2]);
    if (!v) {
      return null;
    }
    const op = m[1] ?? '';
    const [maj, min, pat] = v;
    if (maj === null) {
      continue; // "*" or "x": anything
    }
    const full = [maj, min ?? 0, pat ?? 0];
    if (op === '^') {
      out.push(['>=', full]);
      out.push(['<', maj > 0 || min === null ? [maj + 1, 0, 0] : (min ?? 0) > 0 || pat === null ? [0, (min ?? 0) + 1, 0] : [0, 0, (pat ?? 0) + 1]]);
    } else if (op === '~') {
      out.push(['>=', full]);
      out.push(['<', min === null ? [maj + 1, 0, 0] : [maj, min + 1, 0]]);
    } else if (op === '' || op === '=') {
      if (min === null) {
        out.push(['>=', [maj, 0, 0]], ['<', [maj + 1, 0, 0]]);
      } else if (pat === null) {
        out.push(['>=', [maj, min, 0]], ['<', [maj, min + 1, 0]]);
      } else {
        out.push(['=', full]);
      }
    } else {
      out.push([op, full]);
    }
  }
  return out;
}

/** true / false, or null when the range cannot be read. */
export function satisfies(version, range) {
  const v = parseVersion(version);
  if (!v || v.includes(null)) {
    return null;
  }
  let readable = false;
  for (const term of range.split('||').map((s) => s.trim())) {
    const cs = term === '' ? [] : comparators(term);
    if (cs === null) {
      continue;
    }
    readable = true;
    const ok = cs.every(([op, w]) => {
      const c = cmp(v, w);
      return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : op === '<' ? c < 0 : c === 0;
    });
    if (ok) {
      return true;
    }
  }
  return readable ? false : null;
}

// --- the review -----------------------------------------------------------------------------------

function packagesOf(lock) {
  const out = new Map();
  for (const [key, meta] of Object.entries(lock?.packages ?? {})) {
    if (!key.startsWith('node_modules/') && !key.includes('/node_modules/')) {
      continue; // the workspace roots themselves
    }
    if (meta.link) {
      continue;
    }
    out.set(key, meta);
  }
  return out;
}

const nameOf = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

function review() {
  const base = values.base ?? (refExists('origin/main') ? 'origin/main' : 'HEAD~1');
  const lines = [];
  let current;
  let previous;
  try {
    current = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  } catch (e) {
    return { base, error: `cannot read package-lock.json: ${e.message}` };
  }
  try {
    previous = JSON.parse(git('show', `${base}:package-lock.json`));
  } catch {
    return { base, error: `cannot read package-lock.json at ${base} (no such ref, or no lockfile there)` };
  }
  const now = packagesOf(current);
  const before = packagesOf(previous);
  const added = [];
  const changed = [];
  for (const [key, meta] of now) {
    const old = before.get(key);
    const entry = {
      name: nameOf(key),
      path: key,
      version: meta.version ?? '?',
      dev: Boolean(meta.dev),
      optional: Boolean(meta.optional),
      hasInstallScript: Boolean(meta.hasInstallScript),
      engines: meta.engines?.node ?? null,
      nodeOk: meta.engines?.node ? satisfies(values.node, meta.engines.node) : true,
      license: meta.license ?? null,
    };
    if (!old) {
      added.push(entry);
    } else if (old.version !== meta.version) {
      changed.push({ ...entry, from: old.version ?? '?', installScriptNew: entry.hasInstallScript && !old.hasInstallScript });
    }
  }
  const removed = [...before.keys()].filter((k) => !now.has(k)).map((k) => ({ name: nameOf(k), path: k, version: before.get(k).version ?? '?' }));
  return { base, node: values.node, added, changed, removed, lines };
}

const result = review();
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else if (result.error) {
  console.log(`Dependency review: ${result.error}. Nothing to report.`);
} else {
  const flag = (p) => [p.hasInstallScript ? 'INSTALL SCRIPT' : null, p.nodeOk === false ? `engines.node "${p.engines}" excludes Node ${result.node}` : p.nodeOk === null ? `engines.node "${p.engines}" not understood` : null, p.dev ? 'dev' : null].filter(Boolean).join('; ');
  console.log(`Dependency review against ${result.base} (Node ${result.node}):`);
  console.log(`  ${result.added.length} new, ${result.changed.length} changed version, ${result.removed.length} removed package(s) in package-lock.json`);
  for (const p of result.added) {
    console.log(`  + ${p.name}@${p.version}${p.license ? ` (${p.license})` : ''}${flag(p) ? `  [${flag(p)}]` : ''}`);
  }
  for (const p of result.changed) {
    console.log(`  ~ ${p.name} ${p.from} → ${p.version}${flag(p) ? `  [${flag(p)}${p.installScriptNew ? '; install script is new in this version' : ''}]` : ''}`);
  }
  for (const p of result.removed) {
    console.log(`  - ${p.name}@${p.version}`);
  }
  const scripts = [...result.added, ...result.changed].filter((p) => p.hasInstallScript);
  const engines = [...result.added, ...result.changed].filter((p) => p.nodeOk !== true);
  console.log(
    scripts.length || engines.length
      ? `  To look at: ${scripts.length} with an install script, ${engines.length} with an engines.node range to check.`
      : '  Nothing with an install script or an incompatible engines.node range.',
  );
}
// A review reports; it does not fail the build.
process.exitCode = 0;
