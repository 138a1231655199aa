// The demo workspace of `npm start` and the end-to-end tests: a fresh copy of examples/, so that
// nothing a demo or a test does ever touches the repository's own examples.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES = join(REPO_ROOT, 'examples');

/**
 * Copies examples/ into a new folder `verbatim-demo` under `parent` (a fresh temporary folder by
 * default) and returns its path. The golden test's *.expected.json files stay behind, and so do
 * the files of `leaveOut` (paths relative to examples/).
 */
export function makeDemoWorkspace({ parent = mkdtempSync(join(tmpdir(), 'verbatim-demo-')), leaveOut = [] } = {}) {
  const demo = join(parent, 'verbatim-demo');
  const skip = new Set(leaveOut.map((p) => join(EXAMPLES, p)));
  cpSync(EXAMPLES, demo, {
    recursive: true,
    filter: (src) => !src.endsWith('.expected.json') && !skip.has(src),
  });
  return demo;
}

