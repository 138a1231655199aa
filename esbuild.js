// Bundles the extension, the language server and the CLI. The seed library is embedded as a virtual module so the CLI
// works from any folder and the extension never reads its own install directory to load it.
const esbuild = require('esbuild');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { readSeedModule, SEEDS_DIR } = require('./scripts/seedModule');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const seedsPlugin = {
  name: 'verbatim-seeds',
  setup(build) {
    build.onResolve({ filter: /^verbatim-seeds$/ }, () => ({ path: 'verbatim-seeds', namespace: 'verbatim-seeds' }));
    build.onLoad({ filter: /.*/, namespace: 'verbatim-seeds' }, () => {
      const { catalog, files } = readSeedModule();
      return { contents: `export default ${JSON.stringify({ catalog, files })};`, loader: 'js', watchFiles: files.map((f) => path.join(SEEDS_DIR, f.name)) };
    });
  },
};

// The seed library already indexed, as the library store's bytes: the extension has its bundled
// sources usable at once, without decoding and indexing them on the extension host's thread.
const seedIndexPlugin = {
  name: 'verbatim-seed-index',
  setup(build) {
    build.onResolve({ filter: /^verbatim-seed-index$/ }, () => ({ path: 'verbatim-seed-index', namespace: 'verbatim-seed-index' }));
    build.onLoad({ filter: /.*/, namespace: 'verbatim-seed-index' }, async () => {
      const entry = [
        "import { bundledCatalogOptions, bundledSeedInputs } from './src/bundledSeeds';",
        "import { Library } from './src/core/library';",
        "import { serializeLibrary } from './src/core/libraryStore';",
        'export const bytes = serializeLibrary(Library.fromInputs(bundledSeedInputs(), bundledCatalogOptions()));',
      ].join('\n');
      const out = await esbuild.build({ stdin: { contents: entry, resolveDir: __dirname, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, plugins: [seedsPlugin], logLevel: 'silent' });
      const module = { exports: {} };
      new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
      const base64 = Buffer.from(module.exports.bytes).toString('base64');
      return { contents: `export default ${JSON.stringify(base64)};`, loader: 'js', watchFiles: [...coreFiles(), path.join(__dirname, 'src/bundledSeeds.ts')] };
    });
  },
};

function coreFiles() {
  const dir = path.join(__dirname, 'src/core');
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(dir, f));
}

// Names the engine that built a persisted index: a store written by another build is not reused.
const engine = crypto.createHash('sha256');
coreFiles().forEach((f) => engine.update(f).update(fs.readFileSync(f)));

// Some dependencies are ESM that read import.meta.url; give them this file's URL in the CJS bundles.
const importMetaUrl = "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  plugins: [seedsPlugin, seedIndexPlugin],
  define: { VERBATIM_ENGINE: JSON.stringify(engine.digest('hex').slice(0, 16)), 'import.meta.url': 'importMetaUrl' },
  banner: { js: importMetaUrl },
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Reads and indexes the source files off the extension host's thread (see src/libraryLoader.ts).
  { ...common, entryPoints: ['src/libraryWorker.ts'], outfile: 'dist/libraryWorker.js' },
  // The language server in a Node process of its own (its library indexed by dist/libraryWorker.js).
  { ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js' },
  {
    ...common,
    entryPoints: ['src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` },
  },
];

// The integration suite runs inside the extension host: one bundle per test file, vscode and mocha external.
if (process.argv.includes('--tests')) {
  for (const [dir, outdir] of [['test/integration/suite', 'out/integration'], ['test/integration/vsix', 'out/integration-vsix']]) {
    const suite = path.join(__dirname, dir);
    targets.push({
      ...common,
      entryPoints: fs.readdirSync(suite).filter((f) => f.endsWith('.test.ts') || f === 'index.ts').map((f) => path.join(suite, f)),
      outdir,
      external: ['vscode', 'mocha'],
      sourcemap: true,
    });
  }
}

// The editor benchmark (bench/editor.ts) runs bench/editorHost.ts inside the extension host.
if (process.argv.includes('--bench')) {
  targets.push({
    ...common,
    entryPoints: ['bench/editorHost.ts', 'bench/editorEntry.ts'].map((f) => path.join(__dirname, f)),
    outdir: 'out/bench-editor',
    external: ['vscode', 'mocha'],
    sourcemap: true,
  });
}

(async () => {
  if (watch) {
    for (const t of targets) {
      await (await esbuild.context(t)).watch();
    }
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build(t)));
  fs.chmodSync(path.join(__dirname, 'dist/cli.js'), 0o755);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
