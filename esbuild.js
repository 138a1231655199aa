// Bundles the extension and the CLI. The seed library is embedded as a virtual module so the CLI
// works from any folder and the extension never reads its own install directory to load it.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const seedsPlugin = {
  name: 'verbatim-seeds',
  setup(build) {
    build.onResolve({ filter: /^verbatim-seeds$/ }, () => ({ path: 'verbatim-seeds', namespace: 'verbatim-seeds' }));
    build.onLoad({ filter: /.*/, namespace: 'verbatim-seeds' }, () => {
      const dir = path.join(__dirname, 'seeds');
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((name) => ({ name, base64: fs.readFileSync(path.join(dir, name)).toString('base64') }));
      const catalog = fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8');
      return { contents: `export default ${JSON.stringify({ catalog, files })};`, loader: 'js', watchFiles: files.map((f) => path.join(dir, f.name)) };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  plugins: [seedsPlugin],
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    // Some dependencies are ESM that read import.meta.url; give them this file's URL in the CJS bundle.
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': 'importMetaUrl' },
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
