import * as fs from 'node:fs';
import * as path from 'node:path';
import { Library } from './core/library';
import { deserializeLibrary, serializeLibrary } from './core/libraryStore';

// A persisted index: this header, a manifest (which engine wrote it; each file's path, size and
// modification time when it was read), then the library store's bytes (src/core/libraryStore.ts),
// whose records carry each file's content hash.
const MAGIC = 'VRBTMSTR';
const VERSION = 1;
const HEADER = 16;
/** Stores kept in the storage folder (one per workspace); the least recently written go first. */
const MAX_STORES = 6;
const STALE_TEMP_MS = 10 * 60 * 1000;

/** What the cheap check compares: a file unchanged in path, size and time is not read again. */
export interface FileStamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export type StoreRead =
  | { readonly ok: true; readonly library: Library; readonly stamps: Map<string, FileStamp> }
  | { readonly ok: false; readonly missing: boolean; readonly reason: string };

interface Manifest {
  readonly engine: string;
  readonly files: readonly (readonly [string, string, number, number])[];
}

/** The engine of this build: a store written by another one is not reused. */
function engineId(): string {
  return typeof VERBATIM_ENGINE === 'string' ? VERBATIM_ENGINE : 'development';
}

/** Reads a store; anything wrong with it (missing, corrupt, another version or engine) is a reason, never a throw. */
export async function readStore(file: string): Promise<StoreRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, reason: missing ? 'no stored index yet' : `cannot be read (${(e as Error).message})` };
  }
  try {
    if (bytes.length < HEADER || bytes.toString('latin1', 0, 8) !== MAGIC) {
      throw new Error('not a Verbatim index store');
    }
    if (bytes.readUInt32LE(8) !== VERSION) {
      throw new Error(`store version ${bytes.readUInt32LE(8)}, expected ${VERSION}`);
    }
    const manifestEnd = HEADER + bytes.readUInt32LE(12);
    if (manifestEnd > bytes.length) {
      throw new Error('store is truncated');
    }
    const manifest = JSON.parse(bytes.toString('utf8', HEADER, manifestEnd)) as Manifest;
    if (manifest.engine !== engineId()) {
      throw new Error(`written by another version of Verbatim (${String(manifest.engine)})`);
    }
    if (!Array.isArray(manifest.files)) {
      throw new Error('store manifest has no file list');
    }
    const library = deserializeLibrary(new Uint8Array(bytes.buffer, bytes.byteOffset + manifestEnd, bytes.length - manifestEnd));
    const stamps = new Map(manifest.files.map(([f, p, size, mtimeMs]) => [f, { path: p, size, mtimeMs }] as const));
    return { ok: true, library, stamps };
  } catch (e) {
    return { ok: false, missing: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Writes a store atomically (a temporary file renamed over the old one, so a reader never sees half
 * a store), then removes the oldest stores of the folder beyond the few kept.
 */
export async function writeStore(file: string, library: Library, stamps: ReadonlyMap<string, FileStamp>): Promise<number> {
  const manifest: Manifest = { engine: engineId(), files: [...stamps].map(([f, s]) => [f, s.path, s.size, s.mtimeMs] as const) };
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(VERSION, 8);
  header.writeUInt32LE(json.length, 12);
  const body = serializeLibrary(library);
  const dir = path.dirname(file);
  await fs.promises.mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await fs.promises.open(temp, 'w');
    try {
      // writeFile writes all of each part (a plain write may stop short), one after the other.
      for (const part of [header, json, body]) {
        await handle.writeFile(part);
      }
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, file);
  } catch (e) {
    await fs.promises.rm(temp, { force: true });
    throw e;
  }
  await pruneStores(dir, file);
  return header.length + json.length + body.length;
}

async function pruneStores(dir: string, keep: string): Promise<void> {
  const all = await fs.promises.readdir(dir);
  // Temporary files left by a window that closed mid-write.
  for (const n of all.filter((n) => n.endsWith('.tmp'))) {
    const stat = await fs.promises.stat(path.join(dir, n)).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > STALE_TEMP_MS) {
      await fs.promises.rm(path.join(dir, n), { force: true });
    }
  }
  const names = all.filter((n) => n.endsWith(path.extname(keep)));
  if (names.length <= MAX_STORES) {
    return;
  }
  const dated = await Promise.all(names.map(async (n) => ({ file: path.join(dir, n), mtime: (await fs.promises.stat(path.join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.mtime - a.mtime);
  for (const old of dated.slice(MAX_STORES)) {
    if (old.file !== keep) {
      await fs.promises.rm(old.file, { force: true });
    }
  }
}
