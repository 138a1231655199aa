import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCatalog } from '../../../src/core/catalog';
import { Library, SourceInput } from '../../../src/core/library';

export const ROOT = path.resolve(__dirname, '../../..');
export const SEEDS = path.join(ROOT, 'seeds');

/** The bundled seed library, read from `seeds/` the way the CLI reads it from its bundle. */
export function seedLibrary(extra: SourceInput[] = []): Library {
  const inputs = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: `seeds/${f}`, bytes: fs.readFileSync(path.join(SEEDS, f)) }));
  const catalog = parseCatalog(fs.readFileSync(path.join(SEEDS, 'catalog.json'), 'utf8'));
  return Library.fromInputs([...inputs, ...extra], { catalog, catalogFile: 'seeds/catalog.json' });
}

/** The text of a seed by key. */
export function seedText(library: Library, key: string): string {
  const s = library.get(key);
  if (!s) {
    throw new Error(`no seed ${key}`);
  }
  return s.text;
}

/** Bytes of a UTF-8 string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
