import * as path from 'node:path';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runMochaSuite } = require(path.resolve(__dirname, '../../test/integration/runner/mochaInHost.js')) as {
    runMochaSuite(options: { testsRoot: string; pattern: string }): Promise<void>;
  };
  return runMochaSuite({ testsRoot: __dirname, pattern: '*.test.js' });
}
