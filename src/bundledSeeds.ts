import seeds from 'verbatim-seeds';
import { parseCatalog } from './core/catalog';
import { Library, LibraryOptions, SourceInput } from './core/library';

/** The seed articles that ship inside Verbatim, as library inputs named `seeds/<file name>`. */
export function bundledSeedInputs(): SourceInput[] {
  return seeds.files.map((f) => ({ file: `seeds/${f.name}`, bytes: Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) }));
}

/** Library options carrying the bundled catalog. */
export function bundledCatalogOptions(): LibraryOptions {
  return { catalog: parseCatalog(seeds.catalog), catalogFile: 'seeds/catalog.json' };
}

/** The bundled seed library on its own. */
export function bundledLibrary(): Library {
  return Library.fromInputs(bundledSeedInputs(), bundledCatalogOptions());
}
