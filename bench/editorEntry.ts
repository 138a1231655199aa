import * as path from 'node:path';

// The extension host loads this (extensionTestsPath) and runs bench/editorHost.ts with mocha.
export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runMochaSuite } = require(path.resolve(__dirname, '../../test/integration/runner/mochaInHost.js')) as {
    runMochaSuite(options: { testsRoot: string; pattern: string; timeout: number }): Promise<void>;
  };
  return runMochaSuite({ testsRoot: __dirname, pattern: 'editorHost.js', timeout: 0 });
}
