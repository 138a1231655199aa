import seeds from 'verbatim-seeds';
import { parseCatalog } from './core/catalog';
import { contentHash } from './core/contentHash';
import { Library, LibraryOptions, SourceInput } from './core/library';

/** The seed articles that ship inside Verbatim, as library inputs named `seeds/<file name>`. */
export function bundledSeedInputs(): SourceInput[] {
  return seeds.files.map((f) => ({ file: `seeds/${f.name}`, bytes: Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) }));
}

/**
 * Library options carrying the bundled catalog, its entries under the seeds' library names
 * (`seeds/<file name>`), so that no user source of the same file name takes a seed's metadata.
 */
export function bundledCatalogOptions(): LibraryOptions {
  const catalog = parseCatalog(seeds.catalog);
  return { catalog: { entries: new Map([...catalog.entries].map(([file, entry]) => [`seeds/${file}`, entry])), problems: catalog.problems }, catalogFile: 'seeds/catalog.json' };
}

/** The bundled seed library on its own. */
export function bundledLibrary(): Library {
  return Library.fromInputs(bundledSeedInputs(), bundledCatalogOptions());
}

let twins: Map<number, { file: string; hash: string }[]> | undefined;

/**
 * The bundled seed whose bytes these are, if any: a copy of a bundled article among the user's
 * sources is the same article, and is not loaded twice. Only files of a seed's exact length are hashed.
 */
export function bundledTwin(bytes: Uint8Array): string | undefined {
  if (!twins) {
    twins = new Map();
    for (const s of bundledSeedInputs()) {
      twins.set(s.bytes.length, [...(twins.get(s.bytes.length) ?? []), { file: s.file, hash: contentHash(s.bytes) }]);
    }
  }
  const same = twins.get(bytes.length);
  if (!same) {
    return undefined;
  }
  const hash = contentHash(bytes);
  return same.find((s) => s.hash === hash)?.file;
}

/** Why a user's copy of a bundled article is left out. */
export function twinMessage(bundled: string): string {
  return `the same text as the bundled ${bundled}, which is used instead`;
}
