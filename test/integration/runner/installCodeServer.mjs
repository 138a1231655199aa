#!/usr/bin/env node
// Installs a real VS Code (code-server from the npm registry) into a cache folder outside the repo.
// code-server's own postinstall cannot run here (root, and it downloads ripgrep from GitHub),
// so the steps it would take are done by hand; see shared/notes/real-vscode-here.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, copyFileSync, chmodSync, writeFileSync, lstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';

// Native modules of the VS Code server that must be compiled for this machine's node.
const VSCODE_NATIVE_MODULES = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', 'kerberos'];

export const PREREQUISITES = [
  { what: 'ripgrep (/usr/bin/rg)', apt: 'ripgrep', ok: () => existsSync('/usr/bin/rg') },
  // Only the tests open a browser; `npm start` leaves that to the user.
  { what: 'Chromium (/usr/bin/chromium)', apt: 'chromium', ok: () => existsSync('/usr/bin/chromium'), browser: true },
  {
    what: 'Kerberos headers (/usr/include/gssapi/gssapi.h, needed to build the kerberos module)',
    apt: 'libkrb5-dev',
    ok: () => existsSync('/usr/include/gssapi/gssapi.h') && existsSync('/usr/include/krb5.h'),
  },
  { what: 'a C++ toolchain (make, g++)', apt: 'build-essential', ok: () => onPath('make') && onPath('g++') },
  { what: 'python3 (for node-gyp)', apt: 'python3', ok: () => onPath('python3') },
];

function onPath(cmd) {
  return (process.env.PATH || '').split(':').some((d) => d && existsSync(join(d, cmd)));
}

export function codeServerCacheDir() {
  return resolve(process.env.VERBATIM_CODE_SERVER_CACHE || join(homedir(), '.cache', 'verbatim-test', `code-server-${CODE_SERVER_VERSION}`));
}

export class MissingPrerequisiteError extends Error {
  name = 'MissingPrerequisiteError';
}

/** Throws a MissingPrerequisiteError naming the apt packages to install; `browser: false` leaves Chromium out. */
export function checkPrerequisites({ browser = true, purpose = 'running VS Code integration tests' } = {}) {
  const missing = PREREQUISITES.filter((p) => (browser || !p.browser) && !p.ok());
  if (missing.length === 0) return;
  throw new MissingPrerequisiteError(
    `Missing prerequisite(s) for ${purpose}:\n` +
      missing.map((p) => `  - ${p.what}`).join('\n') +
      `\nInstall with (as root):\n  apt-get update && apt-get install -y ${missing.map((p) => p.apt).join(' ')}`,
  );
}

// The native modules are compiled for one node ABI, so a different node must rebuild them.
function markerContent() {
  return JSON.stringify({ codeServer: CODE_SERVER_VERSION, nodeAbi: process.versions.modules, platform: `${process.platform}-${process.arch}` });
}

// npm's output is kept, and shown only when a step fails; what a person sees is one line per step.
function run(cmd, args, cwd) {
  // npm_config_yes: node-pty's build script calls `npx node-gyp`, and this machine's npmrc says yes=false.
  // (npm 7 and later run install scripts as root without asking: no unsafe-perm, which npm 11 warns about.)
  const env = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };
  // node-gyp would otherwise download Node's headers, which this network does not allow.
  const nodePrefix = resolve(dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = nodePrefix;
  try {
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed in ${cwd}:\n${output}`);
  }
}

// Progress of the install, one line per step (on stderr, so that a test runner's stdout stays its report).
function step(n, total, what, work) {
  const started = Date.now();
  process.stderr.write(`  [${n}/${total}] ${what}…`);
  work();
  process.stderr.write(` done (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

function forceSymlink(target, path) {
  try {
    lstatSync(path);
    rmSync(path, { recursive: true, force: true });
  } catch {}
  symlinkSync(target, path);
}

function install(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'verbatim-code-server-cache', private: true }, null, 2));
  const cs = join(dir, 'node_modules', 'code-server');
  const vscode = join(cs, 'lib', 'vscode');
  const entry = join(cs, 'out', 'node', 'entry.js');
  const steps = [
    [`Downloading code-server ${CODE_SERVER_VERSION} from the npm registry (about 40 MB)`, () => run('npm', ['install', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], dir)],
    // argon2 is hoisted next to code-server, so it is rebuilt from the top folder.
    ['Building its password module (argon2)', () => run('npm', ['rebuild', 'argon2'], dir)],
    ['Installing the VS Code server’s modules', () => run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], vscode)],
    ['Building its native modules (terminal, file watcher, logging)', () => run('npm', ['rebuild', ...VSCODE_NATIVE_MODULES], vscode)],
    [
      'Installing the built-in extensions',
      () => {
        const rgBin = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
        mkdirSync(rgBin, { recursive: true });
        copyFileSync('/usr/bin/rg', join(rgBin, 'rg'));
        chmodSync(join(rgBin, 'rg'), 0o755);
        // code-server's postinstall creates these; the server resolves modules through node_modules.asar.
        forceSymlink('node_modules', join(vscode, 'node_modules.asar'));
        forceSymlink('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
        forceSymlink('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
        run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], join(vscode, 'extensions'));
      },
    ],
    [
      'Checking that it starts',
      () => {
        // --config keeps code-server from writing a default config into ~/.config/code-server.
        const config = join(dir, 'config.yaml');
        writeFileSync(config, 'auth: none\n');
        const version = execFileSync(process.execPath, [entry, '--config', config, '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        if (!version.includes(`${CODE_SERVER_VERSION} `)) throw new Error(`code-server --version printed ${JSON.stringify(version)}`);
      },
    ],
  ];
  steps.forEach(([what, work], i) => step(i + 1, steps.length, what, work));
}

/**
 * Returns the folder of a playwright-core package: the project's own if it has one, else a pinned
 * copy installed next to code-server (playwright-core downloads no browser; Debian's Chromium is used).
 */
export function ensurePlaywrightCore(projectRoot) {
  try {
    return dirname(createRequire(join(projectRoot, 'package.json')).resolve('playwright-core/package.json'));
  } catch {}
  const dir = join(dirname(codeServerCacheDir()), `playwright-core-${PLAYWRIGHT_CORE_VERSION}`);
  const pkg = join(dir, 'node_modules', 'playwright-core');
  if (!existsSync(join(pkg, '.verbatim-install-complete'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'verbatim-playwright-cache', private: true }));
    run('npm', ['install', '--no-package-lock', `playwright-core@${PLAYWRIGHT_CORE_VERSION}`], dir);
    writeFileSync(join(pkg, '.verbatim-install-complete'), PLAYWRIGHT_CORE_VERSION);
  }
  return pkg;
}

/** Installs code-server if needed; returns the absolute path of its out/node/entry.js. */
export function ensureCodeServer(prerequisites = {}) {
  const dir = codeServerCacheDir();
  const marker = join(dir, '.verbatim-install-complete');
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === markerContent() && existsSync(entry)) return entry;

  checkPrerequisites(prerequisites);
  mkdirSync(dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  acquireLock(lock);
  try {
    // Another process may have finished the install while we waited for the lock.
    if (existsSync(marker) && readFileSync(marker, 'utf8') === markerContent()) return entry;
    const started = Date.now();
    process.stderr.write(
      `Installing VS Code (code-server ${CODE_SERVER_VERSION}) into ${dir}.\n` +
        'This happens once and takes about two minutes; later starts skip it.\n',
    );
    install(dir);
    writeFileSync(marker, markerContent());
    process.stderr.write(`Installed in ${Math.round((Date.now() - started) / 1000)} s.\n`);
    return entry;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// mkdir is atomic, so a lock folder holding the owner's pid keeps two parallel runs from
// installing into the same folder; a lock whose owner died is taken over.
function acquireLock(lock) {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try { owner = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch {}
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for install lock ${lock}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureCodeServer());
  } catch (e) {
    console.error(e instanceof MissingPrerequisiteError ? e.message : `code-server install failed: ${e.message}`);
    process.exit(1);
  }
}
