import * as fs from 'node:fs';
import * as path from 'node:path';

// What esbuild.js embeds as 'verbatim-seeds': the seed articles (base64) and their catalog.
const dir = path.join(__dirname, '..', 'seeds');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, base64: fs.readFileSync(path.join(dir, name)).toString('base64') }));

export default { catalog: fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8'), files };
