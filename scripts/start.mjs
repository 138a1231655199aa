#!/usr/bin/env node
// `npm start`: builds and packages Verbatim, copies examples/ to a fresh demo folder and opens it in
// VS Code with the extension loaded. A desktop `code` on PATH gets the repository as the extension
// under development; otherwise code-server (the tests' cached install) serves the packaged .vsix
// on 127.0.0.1 until Ctrl-C.
//
//   npm start [-- --port N] [-- --code-server]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer } from '../test/integration/runner/codeServer.mjs';
import { ensureCodeServer, MissingPrerequisiteError } from '../test/integration/runner/installCodeServer.mjs';
import { makeDemoWorkspace, REPO_ROOT } from './demoWorkspace.mjs';

const USAGE = `usage: npm start [-- --port N] [-- --code-server]
  --port N        serve code-server on 127.0.0.1:N (default: a free port)
  --code-server   use code-server even when a desktop \`code\` is on PATH`;

// Folders to delete when npm start ends, however it ends.
const temporary = [];

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  cleanUp();
  process.exit(1);
}

function cleanUp() {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

function onPath(cmd) {
  return (process.env.PATH || '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
}

function options() {
  try {
    const { values } = parseArgs({ options: { port: { type: 'string' }, 'code-server': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.port !== undefined && !/^\d+$/.test(values.port)) fail(`--port must be a number, not "${values.port}"\n${USAGE}`);
    return { port: values.port && Number(values.port), codeServer: values['code-server'] === true };
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
}

/** `npm run package`: the production bundle and the .vsix; returns the .vsix path. */
function buildAndPackage() {
  if (!existsSync(join(REPO_ROOT, 'node_modules', '@vscode', 'vsce'))) fail('the dependencies are not installed. Run:\n  npm install');
  const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  process.stdout.write('Building and packaging Verbatim (npm run package)…');
  try {
    // Its output (every file of the package) is shown only if it fails.
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    console.log('');
    fail(`npm run package failed:\n${`${e.stdout ?? ''}${e.stderr ?? ''}`.trim()}`);
  }
  const vsix = join(REPO_ROOT, `${name}-${version}.vsix`);
  if (!existsSync(vsix)) fail(`npm run package did not write ${vsix}`);
  console.log(` ${vsix.slice(REPO_ROOT.length + 1)} (${(statSync(vsix).size / 1e6).toFixed(1)} MB)`);
  return vsix;
}

function openInDesktopCode(demo) {
  console.log(`Opening ${demo} in VS Code with the extension loaded from ${REPO_ROOT}…`);
  const r = spawnSync('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, demo, join(demo, 'draft.md')], { stdio: 'inherit' });
  if (r.status !== 0) fail(`\`code\` exited with ${r.error?.message ?? `code ${r.status}`}; try \`npm start -- --code-server\``);
  console.log(`\nVS Code is open on the demo workspace (${demo}); edit draft.md, or drop articles into its sources/ folder.`);
}

async function serveWithCodeServer(demo, vsix, port) {
  const tail = [];
  const note = (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  let server;
  let stopping = false;
  // Registered before the server starts, so that Ctrl-C while it starts cleans up too (code-server
  // ends with this process: see startCodeServer).
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server…`);
    await server?.stop();
    cleanUp();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('Ctrl-C (SIGINT)'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  // A launcher's signal to `npm start` reaches npm (and the shell it runs us in), not this process:
  // when the process that started us goes away, so do we.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop('npm start ended'), 1000).unref();

  console.log('Starting code-server…');
  try {
    // Its user data goes beside the demo copy, in the temporary folder deleted at the end.
    server = await startCodeServer({ workspace: demo, vsix, port, note, dir: join(dirname(demo), 'code-server') });
  } catch (e) {
    if (stopping) return;
    fail(`code-server did not start: ${e.message}\n${tail.join('\n')}`);
  }
  server.server.once('exit', (code, signal) => {
    if (!stopping) fail(`code-server exited unexpectedly (${signal ?? `code ${code}`}). Its last lines:\n${tail.join('\n')}`);
  });
  const url = server.url({ payload: [['openFile', server.remote(join(demo, 'draft.md'))], ['skipWelcome', 'true']] });
  console.log(`
Verbatim is running in VS Code (code-server ${server.origin}), with the packaged ${vsix.slice(REPO_ROOT.length + 1)} installed,
on a fresh copy of examples/ in ${demo}:

  ${url}

Open that URL in a browser. Press Ctrl-C here to stop the server and delete the demo copy.`);
}

/** Installs code-server into the tests' cache unless it is there, before anything else takes time. */
function prepareCodeServer() {
  try {
    ensureCodeServer({ browser: false, purpose: 'npm start (VS Code in the browser, code-server)' });
  } catch (e) {
    fail(e instanceof MissingPrerequisiteError ? e.message : `installing code-server failed: ${e.message}`);
  }
}

const { port, codeServer } = options();
const desktop = !codeServer && onPath('code');
if (!desktop) prepareCodeServer();
const vsix = buildAndPackage();
const demo = makeDemoWorkspace();
if (desktop) {
  openInDesktopCode(demo);
} else {
  temporary.push(dirname(demo));
  await serveWithCodeServer(demo, vsix, port);
}
