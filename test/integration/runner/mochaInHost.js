// Runs a mocha suite inside the VS Code extension host and reports the results to
// runInCodeServer.mjs. CommonJS because the extension host loads the suite entry with require().
//
// A suite's entry (the file given as extensionTestsPath) does:
//   const { runMochaSuite } = require('<repo>/test/integration/runner/mochaInHost.js');
//   exports.run = () => runMochaSuite({ testsRoot: __dirname, pattern: '**/*.test.js' });
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const RESULTS_ENV = 'VERBATIM_TEST_RESULTS';
// The same JSON also goes to the console behind this prefix, a second channel for the runner.
const CONSOLE_PREFIX = '[verbatim-test-results]';

// The extension host's cwd is not the repo, so mocha is resolved from the suite's folder first
// and from this file's folder (inside the repo) second, never from process.cwd().
function loadMocha(testsRoot) {
  const resolved = require.resolve('mocha', { paths: [testsRoot, __dirname] });
  const mod = require(resolved);
  return mod.default || mod;
}

function globToRegExp(pattern) {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function findFiles(root, pattern) {
  const matcher = globToRegExp(pattern);
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (matcher.test(path.relative(root, full).split(path.sep).join('/'))) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

function errorText(err) {
  if (!err) return undefined;
  const head = `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message || String(err)}`;
  const lines = typeof err.stack === 'string' ? err.stack.split('\n') : [];
  // A SyntaxError names the file only in the stack's first line ("/path/file.js:3").
  const where = /^\S+:\d+$/.test(lines[0] || '') ? [lines[0]] : [];
  // The stack repeats the (possibly multi-line) message; keep only its first frames.
  const frames = lines.filter((l) => /^\s+at /.test(l)).slice(0, 4).map((l) => `  ${l.trim()}`);
  return [...where, head, ...frames].join('\n');
}

function writeResults(results) {
  const json = JSON.stringify(results);
  console.log(`${CONSOLE_PREFIX}${json}`);
  const file = process.env[RESULTS_ENV];
  if (!file) {
    console.warn(`[mochaInHost] ${RESULTS_ENV} is not set; results only went to the console.`);
    return;
  }
  // Written under a temporary name and renamed, so the runner never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, json);
  fs.renameSync(tmp, file);
}

/**
 * Runs every file under testsRoot matching pattern with mocha (bdd UI), writes
 * {passed, failed, tests:[{title, state, error}]} to $VERBATIM_TEST_RESULTS, and resolves,
 * or rejects when a test failed (the @vscode/test-electron run() contract).
 */
async function runMochaSuite({ testsRoot, pattern = '**/*.test.js', timeout = 20000, grep } = {}) {
  if (!testsRoot) throw new Error('runMochaSuite: testsRoot is required');
  testsRoot = path.resolve(testsRoot);
  const tests = [];
  // One line per event next to the results file, so a runner that times out can tell which test hung.
  const progressFile = process.env[RESULTS_ENV] && `${process.env[RESULTS_ENV]}.progress`;
  const progress = (line) => progressFile && fs.appendFileSync(progressFile, `${line}\n`);
  const record = (test, state, err) => {
    tests.push({ title: test.fullTitle(), state, error: state === 'failed' ? errorText(err) : undefined });
    progress(`  ${state.toUpperCase()} ${test.fullTitle()}`);
  };

  let failures = 0;
  try {
    const Mocha = loadMocha(testsRoot);
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout, grep });
    const files = findFiles(testsRoot, pattern);
    if (files.length === 0) throw new Error(`no test files match ${pattern} under ${testsRoot}`);
    files.forEach((f) => mocha.addFile(f));
    await mocha.loadFilesAsync();
    failures = await new Promise((resolve) => {
      const runner = mocha.run((count) => resolve(count));
      runner.on('test', (test) => progress(`  START ${test.fullTitle()}`));
      runner.on('pass', (test) => record(test, 'passed'));
      // Also fires for failing hooks, which then count as failed "tests".
      runner.on('fail', (test, err) => record(test, 'failed', err));
      runner.on('pending', (test) => record(test, 'pending'));
    });
  } catch (err) {
    // A suite that cannot even load is reported as one failure rather than left to time out.
    tests.push({ title: `loading tests from ${testsRoot}`, state: 'failed', error: errorText(err) });
    failures = Math.max(failures, 1);
  }

  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  writeResults({ passed, failed, pending: tests.length - passed - failed, tests });
  if (failed > 0 || failures > 0) throw new Error(`${failed || failures} test(s) failed`);
}

module.exports = { runMochaSuite, RESULTS_ENV, CONSOLE_PREFIX };
