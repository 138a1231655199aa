#!/usr/bin/env node
// Runs a mocha suite inside the extension host of a real VS Code (code-server, opened by a
// headless Chromium), the way @vscode/test-electron does on machines that can download VS Code.
//
//   node test/integration/runner/runInCodeServer.mjs --extension <dir> --tests <abs suite entry .js>
//        --workspace <dir> [--vsix <file>] [--timeout <ms>] [--results-dir <dir>]
// Exit code 0 only when more than zero tests ran and none failed.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, startCodeServer } from './codeServer.mjs';
import { ensureCodeServer, ensurePlaywrightCore } from './installCodeServer.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..', '..');
const RESULTS_ENV = 'VERBATIM_TEST_RESULTS';
const CONSOLE_PREFIX = '[verbatim-test-results]';
const WORKBENCH_TIMEOUT_MS = 90_000;

class RunError extends Error {}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeStubExtension(tmp) {
  const dir = join(tmp, 'vsix-test-stub');
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'vsix-test-stub', publisher: 'verbatim-test', version: '0.0.0', engines: { vscode: '*' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  return dir;
}

function printReport(results, print) {
  for (const t of results.tests) {
    const mark = t.state === 'passed' ? 'PASS' : t.state === 'failed' ? 'FAIL' : 'SKIP';
    print(`${mark}  ${t.title}`);
    if (t.state === 'failed' && t.error) print(t.error.split('\n').map((l) => `        ${l}`).join('\n'));
  }
  const pending = results.tests.filter((t) => t.state === 'pending').length;
  if (pending) print(`(${pending} pending)`);
  if (results.tests.length === 0) print('no tests ran');
  print(`${results.passed} passed, ${results.failed} failed`);
}

/**
 * Starts code-server and Chromium, runs the suite whose entry is testsPath inside the extension
 * host, prints one line per test and a final "N passed, N failed" line, and cleans up.
 * Resolves to { ok, passed, failed, tests }; ok is true only when tests ran and none failed.
 */
export async function runInCodeServer({ extensionPath, testsPath, workspace, vsix, timeoutMs = 300_000, resultsDir = join(REPO_ROOT, 'test-results'), print = console.log }) {
  if ((!extensionPath && !vsix) || !testsPath || !workspace) throw new RunError('extensionPath (or vsix), testsPath and workspace are required');
  const paths = [extensionPath, testsPath, workspace, vsix].filter(Boolean).map((p) => resolve(p));
  for (const p of paths) if (!existsSync(p)) throw new RunError(`not found: ${p}`);
  [extensionPath, testsPath, workspace, vsix] = [extensionPath, testsPath, workspace, vsix].map((p) => p && resolve(p));

  // Installed (once) before the clock starts, so that a first-time install does not eat into the test time limit.
  ensureCodeServer();
  ensurePlaywrightCore(REPO_ROOT);
  const t0 = Date.now();
  mkdirSync(resultsDir, { recursive: true });
  const id = stamp();
  const logFile = join(resultsDir, `code-server-${id}.log`);
  const log = createWriteStream(logFile);
  const tail = [];
  let hostExitedAt;
  const note = (line) => {
    // After run() settles the extension host exits too, with code 0 even when the suite entry threw.
    if (hostExitedAt === undefined && /Extension Host Process exited with code/.test(line)) hostExitedAt = Date.now();
    log.write(`${line}\n`);
    tail.push(line);
    if (tail.length > 60) tail.shift();
  };

  const tmp = mkdtempSync(join(tmpdir(), 'verbatim-code-server-'));
  const userDataDir = join(tmp, 'user-data');
  const resultsFile = join(tmp, 'results.json');

  let server, browser, page, done = false;
  const cleanup = async () => {
    if (done) return;
    done = true;
    await browser?.close().catch(() => {});
    await server?.stop();
    await new Promise((r) => log.end(r));
  };
  const onSignal = (sig) => {
    print(`interrupted (${sig}): stopping code-server and the browser`);
    cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (vsix) print(`installing ${vsix}`);
    const deadline = t0 + timeoutMs;
    try {
      server = await startCodeServer({ workspace, vsix, dir: tmp, env: { [RESULTS_ENV]: resultsFile }, note, deadline });
    } catch (err) {
      throw new RunError(err.message);
    }
    const tServer = Date.now();

    browser = await launchChromium(tmp);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let consoleResults, fatal;
    page.on('console', (msg) => {
      const text = msg.text();
      if (text.includes(CONSOLE_PREFIX)) consoleResults ??= text.slice(text.indexOf(CONSOLE_PREFIX) + CONSOLE_PREFIX.length);
      note(`[browser:${msg.type()}] ${text}`);
    });
    page.on('pageerror', (err) => note(`[browser:pageerror] ${err.message}`));
    page.on('crash', () => (fatal = 'the browser page crashed'));

    const { remote } = server;
    const payload = [['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']];
    // The workbench runs extensionTestsPath only in extension development mode. With a .vsix the
    // installed build is under test and the source folder would shadow it, so an empty stub
    // extension stands in as the development extension.
    payload.unshift(['extensionDevelopmentPath', remote(vsix ? writeStubExtension(tmp) : extensionPath)]);
    const url = server.url({ folder: workspace, payload });
    note(`[runner] opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
    try {
      await page.waitForSelector('.monaco-workbench', { timeout: Math.max(1000, Math.min(WORKBENCH_TIMEOUT_MS, deadline - Date.now())) });
    } catch {
      throw new RunError('the VS Code workbench did not load (no .monaco-workbench element)');
    }
    const tWorkbench = Date.now();

    let results;
    while (!results) {
      if (existsSync(resultsFile)) results = readJson(resultsFile);
      else if (consoleResults) {
        try { results = JSON.parse(consoleResults); } catch { consoleResults = undefined; }
      }
      if (results) break;
      if (fatal) throw new RunError(fatal);
      // Grace period: the console channel can trail the exit.
      if (hostExitedAt && Date.now() - hostExitedAt > 3000) throw new RunError('the extension host exited without reporting results (did the suite entry fail to load? see the browser errors in the log)');
      if (server.server.exitCode !== null) throw new RunError(`code-server exited with code ${server.server.exitCode} while the tests ran`);
      if (Date.now() > deadline) throw new RunError(`timed out after ${timeoutMs} ms waiting for test results`);
      await sleep(250);
    }
    note(`[runner] results via ${existsSync(resultsFile) ? 'file' : 'browser console'}`);
    const tDone = Date.now();
    const secs = (a, b) => ((b - a) / 1000).toFixed(1);
    print(`timing: server ${secs(t0, tServer)} s, workbench ${secs(tServer, tWorkbench)} s, tests ${secs(tWorkbench, tDone)} s, total ${secs(t0, tDone)} s (log: ${logFile})`);
    // The summary stays the last line: CI reads "N passed, N failed" from there.
    printReport(results, print);
    const ok = results.tests.length > 0 && results.failed === 0;
    await cleanup();
    rmSync(tmp, { recursive: true, force: true });
    return { ok, passed: results.passed, failed: results.failed, tests: results.tests, logFile };
  } catch (err) {
    let shot;
    if (page && !page.isClosed()) {
      shot = join(resultsDir, `screenshot-${id}.png`);
      await page.screenshot({ path: shot, timeout: 10_000 }).catch(() => (shot = undefined));
    }
    await cleanup();
    print(`ERROR: ${err.message}`);
    const progress = join(tmp, 'results.json.progress');
    if (existsSync(progress)) print(`test progress before the error:\n${readFileSync(progress, 'utf8').trimEnd()}`);
    print(`--- last lines of ${logFile} ---\n${tail.join('\n')}\n---`);
    if (shot) print(`screenshot: ${shot}`);
    print(`kept user data dir (extension host logs under logs/): ${userDataDir}`);
    const reported = err instanceof RunError ? err : new RunError(err.message);
    reported.reported = true;
    throw reported;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      vsix: { type: 'string' },
      timeout: { type: 'string' },
      'results-dir': { type: 'string' },
    },
  });
  if ((!values.extension && !values.vsix) || !values.tests || !values.workspace) {
    console.error('usage: runInCodeServer.mjs --extension <dir> --tests <abs suite entry .js> --workspace <dir> [--vsix <file>] [--timeout <ms>] [--results-dir <dir>]\n       (--extension may be left out when --vsix is given)');
    process.exit(2);
  }
  try {
    const { ok } = await runInCodeServer({
      extensionPath: values.extension,
      testsPath: values.tests,
      workspace: values.workspace,
      vsix: values.vsix,
      timeoutMs: values.timeout ? Number(values.timeout) : undefined,
      resultsDir: values['results-dir'] ? resolve(values['results-dir']) : undefined,
    });
    process.exit(ok ? 0 : 1);
  } catch (err) {
    if (!err.reported) console.error(err instanceof RunError || err.name === 'MissingPrerequisiteError' ? err.message : err);
    process.exit(1);
  }
}
