// Runs the integration suite inside a real VS Code (code-server) over a fresh copy of the fixture
// workspace. With --vsix, the packaged extension is installed instead of loading the repo.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInCodeServer } from './runner/runInCodeServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const vsixAt = process.argv.indexOf('--vsix');
const vsix = vsixAt === -1 ? undefined : resolve(process.argv[vsixAt + 1]);
// The full suite runs on the fixture workspace; the packaged build is checked on examples/.
const workspace = join(mkdtempSync(join(tmpdir(), 'verbatim-ws-')), 'workspace');
cpSync(join(root, vsix ? 'examples' : 'test/integration/fixtures/workspace'), workspace, { recursive: true });

const result = await runInCodeServer({
  extensionPath: vsix ? undefined : root,
  testsPath: join(root, vsix ? 'out/integration-vsix/index.js' : 'out/integration/index.js'),
  workspace,
  vsix,
  timeoutMs: 300_000,
});
process.exit(result.ok ? 0 : 1);
