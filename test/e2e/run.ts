// End-to-end tests through the real UI: code-server with the packaged .vsix installed, driven by
// headless Debian Chromium as a writer would drive it. Prints PASS/FAIL per flow, exits 1 on failure.
//
//   npm run test:e2e [-- --vsix verbatim-0.1.0.vsix] [--flow 3] [--update-screenshots]
// Without --vsix it packages one first (npm run package). Screenshots: test-results/e2e/;
// --update-screenshots copies the README's from a green run to media/screenshots/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { Flow, FLOWS } from './flows';
import { Workbench } from './workbench';

const ROOT = path.resolve(__dirname, '../..');
const RESULTS = path.join(ROOT, 'test-results', 'e2e');
// The screenshots the README and the walkthrough show, refreshed from a green run by --update-screenshots.
const SHOTS: Record<string, string> = {
  '1-search-results.png': 'media/screenshots/search.png',
  '3-hover-misquote-hover.png': 'media/screenshots/hover.png',
  '4-problems-quick-fix.png': 'media/screenshots/problems.png',
  '6-read-source-source.png': 'media/screenshots/source.png',
  '6-read-source-diff.png': 'media/screenshots/diff.png',
  '4-problems-walkthrough-sample.png': 'media/walkthrough/sample.png',
  '1-search-walkthrough-search.png': 'media/walkthrough/search.png',
  '3-hover-misquote-walkthrough-fix.png': 'media/walkthrough/fix.png',
  '6-read-source-walkthrough-sources.png': 'media/walkthrough/sources.png',
};

function packageVsix(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  console.log('packaging the extension (npm run package)');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return path.join(ROOT, `${name}-${version}.vsix`);
}

async function runFlow(flow: Flow, browser: Browser, url: (folder: string) => string, makeWorkspace: (leaveOut: string[]) => string, examples: string): Promise<string | undefined> {
  const workspace = makeWorkspace(flow.leaveOut ?? []);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const wb = new Workbench(page, RESULTS, flow.id);
  try {
    await wb.open(url(workspace));
    await flow.run(wb, { workspace, examples });
    return undefined;
  } catch (err) {
    return err instanceof Error ? (err.name === 'StepError' ? err.message : (err.stack ?? err.message)) : String(err);
  } finally {
    await context.close().catch(() => undefined);
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { vsix: { type: 'string' }, flow: { type: 'string' }, 'update-screenshots': { type: 'boolean' } } });
  const flows = values.flow ? FLOWS.filter((f) => f.id.startsWith(values.flow as string)) : FLOWS;
  if (flows.length === 0) {
    console.error(`no flow starts with "${values.flow}"; flows: ${FLOWS.map((f) => f.id).join(', ')}`);
    return 2;
  }
  const vsix = values.vsix ? path.resolve(values.vsix) : packageVsix();
  if (!fs.existsSync(vsix)) {
    console.error(`no such .vsix: ${vsix}`);
    return 2;
  }
  // The runner's shared pieces are ES modules, so they come in through import().
  const { startCodeServer, launchChromium } = await import('../integration/runner/codeServer.mjs');
  const { makeDemoWorkspace, EXAMPLES } = await import('../../scripts/demoWorkspace.mjs');

  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const logFile = path.join(RESULTS, 'code-server.log');
  const log = fs.createWriteStream(logFile);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-'));
  const started = Date.now();
  console.log(`installing ${path.relative(ROOT, vsix)} into code-server`);
  const server = await startCodeServer({ workspace: tmp, vsix, dir: path.join(tmp, 'server'), note: (l) => log.write(`${l}\n`) });
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await server.stop();
    await new Promise((r) => log.end(r));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }

  let failed = 0;
  try {
    browser = await launchChromium(tmp);
    for (const flow of flows) {
      const t0 = Date.now();
      const error = await runFlow(
        flow,
        browser,
        (folder) => server.url({ folder, payload: [['skipWelcome', 'true']] }),
        (leaveOut) => makeDemoWorkspace({ parent: fs.mkdtempSync(path.join(tmp, 'ws-')), leaveOut }),
        EXAMPLES,
      );
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      console.log(`${error ? 'FAIL' : 'PASS'}  ${flow.id}: ${flow.title} (${secs} s)`);
      if (error) {
        failed++;
        console.log(error.split('\n').map((l) => `        ${l}`).join('\n'));
      }
    }
  } finally {
    await stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`screenshots: ${path.relative(ROOT, RESULTS)}/, code-server log: ${path.relative(ROOT, logFile)}`);
  if (values['update-screenshots'] && failed === 0) {
    for (const [shot, target] of Object.entries(SHOTS)) {
      if (fs.existsSync(path.join(RESULTS, shot))) {
        fs.mkdirSync(path.dirname(path.join(ROOT, target)), { recursive: true });
        fs.copyFileSync(path.join(RESULTS, shot), path.join(ROOT, target));
        console.log(`updated ${target}`);
      }
    }
  }
  console.log(`${flows.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error && err.name === 'MissingPrerequisiteError' ? err.message : err);
    process.exit(1);
  },
);
