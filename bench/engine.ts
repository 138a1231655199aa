import { createRequire } from 'node:module';
import * as path from 'node:path';
import { CheckOptions, checkDraft } from '../src/core/checker';
import { Library } from '../src/core/library';

/** The persisted-index API (src/core/libraryStore.ts). */
export interface LibraryStore {
  serializeLibrary(library: Library): Uint8Array;
  deserializeLibrary(bytes: Uint8Array): Library;
}

/** The incremental checker (src/core/draftChecker.ts): same result as checkDraft, re-verifying only changed quotes. */
export interface IncrementalChecker {
  check(text: string): ReturnType<typeof checkDraft>;
}
export type DraftCheckerClass = new (library: Library, options?: CheckOptions) => IncrementalChecker;

/** An engine API the bench uses when the core has it, or why it could not be used. */
export type Optional<T> = { readonly ok: true; readonly api: T } | { readonly ok: false; readonly reason: string };

const load = createRequire(__filename);

// Loaded by name at run time so the bench runs (and says "not available") before these exist.
function optionalModule<T>(file: string, exports: readonly string[], pick: (m: Record<string, unknown>) => T): Optional<T> {
  const where = `src/core/${file}.ts`;
  let mod: Record<string, unknown>;
  try {
    mod = load(path.join(__dirname, '..', 'src', 'core', file)) as Record<string, unknown>;
  } catch (e) {
    const missing = (e as { code?: string }).code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes(file);
    return { ok: false, reason: missing ? `${where} does not exist yet` : `${where} failed to load: ${String((e as Error).message).split('\n')[0]}` };
  }
  const absent = exports.filter((name) => typeof mod[name] !== 'function');
  if (absent.length > 0) {
    return { ok: false, reason: `${where} has no ${absent.join(' / ')} export` };
  }
  return { ok: true, api: pick(mod) };
}

export function libraryStore(): Optional<LibraryStore> {
  return optionalModule('libraryStore', ['serializeLibrary', 'deserializeLibrary'], (m) => ({
    serializeLibrary: m.serializeLibrary as LibraryStore['serializeLibrary'],
    deserializeLibrary: m.deserializeLibrary as LibraryStore['deserializeLibrary'],
  }));
}

export function draftChecker(): Optional<DraftCheckerClass> {
  return optionalModule('draftChecker', ['DraftChecker'], (m) => m.DraftChecker as DraftCheckerClass);
}
