// The ecosystem's standard runner, for machines that can download VS Code: the same suite and
// fixture workspace as the code-server runner (npm test uses that one here, where downloads fail).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = join(mkdtempSync(join(tmpdir(), 'verbatim-ws-')), 'workspace');
cpSync(join(root, 'test/integration/fixtures/workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`Integration tests failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
