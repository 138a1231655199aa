import seedIndex from 'verbatim-seed-index';
import { Library } from './core/library';
import { deserializeLibrary } from './core/libraryStore';
import { bundledPaths } from './core/render/sourceNames';

let seeds: Library | undefined;

/** The bundled seed library, indexed at build time: read back in a millisecond or two, once. */
export function seedLibrary(): Library {
  if (!seeds) {
    const bytes = Buffer.from(seedIndex, 'base64');
    // A plain Uint8Array: Buffer#slice would share memory where the store expects a copy.
    seeds = deserializeLibrary(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  }
  return seeds;
}

let bundledPathsByFile: Map<string, string> | undefined;

/** The paths of the bundled articles' documents, by library file (`seeds/…`): made from their titles. */
export function bundledSourcePaths(): ReadonlyMap<string, string> {
  bundledPathsByFile ??= bundledPaths(seedLibrary().sources);
  return bundledPathsByFile;
}
