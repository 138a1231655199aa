// Starts code-server (a real VS Code, from installCodeServer.mjs) on 127.0.0.1 and opens headless
// Debian Chromium: shared by the integration runner, the end-to-end tests and `npm start`.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, ensurePlaywrightCore, MissingPrerequisiteError } from './installCodeServer.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port the OS says is free on 127.0.0.1 (that port, when given; else any). */
export function freePort(wanted = 0) {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', (e) => rej(e.code === 'EADDRINUSE' ? new Error(`port ${wanted} of 127.0.0.1 is already in use`) : e));
    srv.listen(wanted, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

// Inherited VSCODE_* variables (e.g. from a VS Code terminal) make code-server act as a CLI for
// that other instance instead of starting its own server.
function cleanEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return env;
}

async function waitForHttp(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before answering HTTP`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${url} in time`);
}

/**
 * Starts code-server serving `workspace`, with `vsix` installed first when given. Its user data and
 * extensions live in `dir` (a fresh temporary folder unless given). `note` receives every line the
 * server prints; `prerequisites` goes to checkPrerequisites when code-server must be installed. Resolves once the server answers HTTP, to
 * { origin, port, dir, userDataDir, server, remote(path), url({ folder, payload }), stop() }.
 */
export async function startCodeServer({ workspace, vsix, dir, port, env = {}, note = () => {}, deadline = Date.now() + 120_000, prerequisites }) {
  const entry = ensureCodeServer(prerequisites);
  port = await freePort(port);
  dir ??= mkdtempSync(join(tmpdir(), 'verbatim-code-server-'));
  mkdirSync(dir, { recursive: true });
  const userDataDir = join(dir, 'user-data');
  // Without --config code-server reads, or writes, ~/.config/code-server/config.yaml.
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', join(dir, 'extensions')];
  if (vsix) {
    const out = execFileSync(process.execPath, [entry, ...common, '--install-extension', resolve(vsix)], { encoding: 'utf8', env: cleanEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
    note(`[install-extension] ${out.trim()}`);
  }

  const origin = `http://127.0.0.1:${port}`;
  const args = [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace];
  // Its own process group, so that stop() ends its extension hosts and pty host too.
  const server = spawn(process.execPath, args, { env: cleanEnv(env), cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const s of [server.stdout, server.stderr]) s.setEncoding('utf8').on('data', (d) => d.split('\n').filter(Boolean).forEach((l) => note(`[code-server] ${l}`)));
  const exited = new Promise((r) => server.once('exit', r));
  const kill = () => {
    try { process.kill(-server.pid, 'SIGKILL'); } catch {}
  };
  // Until stop(), this process takes the server with it when it exits (a signal handler that calls
  // process.exit included), even while the server is still starting.
  process.on('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (server.exitCode === null && server.signalCode === null) {
      kill();
      await exited;
    }
  };
  try {
    await waitForHttp(`${origin}/healthz`, server, deadline);
  } catch (err) {
    await stop();
    throw err;
  }
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  // The web workbench opens the folder given in the query and reads its options from `payload`
  // (extensionDevelopmentPath, extensionTestsPath, openFile, skipWelcome…).
  const url = ({ folder = workspace, payload = [] } = {}) => `${origin}/?folder=${encodeURIComponent(folder)}` + (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
  return { origin, port, dir, userDataDir, server, remote, url, stop };
}

/** Launches headless Debian Chromium through playwright-core; its profile goes under `dir`. */
export async function launchChromium(dir) {
  if (!existsSync(CHROMIUM)) throw new MissingPrerequisiteError(`Chromium (${CHROMIUM}) is missing. Install it with (as root):\n  apt-get update && apt-get install -y chromium`);
  const { chromium } = createRequire(import.meta.url)(ensurePlaywrightCore(REPO_ROOT));
  // Debian's Chromium keeps a crash database under $XDG_CONFIG_HOME; keep it out of the home folder.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'browser-config') } });
}
