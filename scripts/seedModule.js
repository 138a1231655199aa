// The content of the 'verbatim-seeds' module: the seed articles (base64, in name order) and their
// catalog. esbuild.js embeds it in the bundles; the bench, which runs the TypeScript sources
// directly, builds the same module from here.
const fs = require('node:fs');
const path = require('node:path');

const SEEDS_DIR = path.join(__dirname, '..', 'seeds');

function readSeedModule() {
  const files = fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, base64: fs.readFileSync(path.join(SEEDS_DIR, name)).toString('base64') }));
  return { catalog: fs.readFileSync(path.join(SEEDS_DIR, 'catalog.json'), 'utf8'), files };
}

module.exports = { SEEDS_DIR, readSeedModule };
