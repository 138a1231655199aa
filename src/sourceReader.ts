import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_MAX_SOURCE_BYTES } from './core/decode';
import { LibraryIssue } from './core/library';
import { FileStamp } from './indexStore';
import { FileEntry, SourceRoot } from './libraryProtocol';

/** A source file's bytes and the stamp they were read under, or why it cannot be read. */
export type Read = { readonly ok: true; readonly bytes: Uint8Array; readonly stamp?: FileStamp } | { readonly ok: false; readonly issue: LibraryIssue };

/**
 * The source files of local workspace folders, found the way `vscode.workspace.findFiles` finds
 * them (VS Code globs match dot files; node_modules is left out), without its file list crossing
 * into the extension host.
 */
export async function listRoots(roots: readonly SourceRoot[]): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const root of roots) {
    const found = await glob([...root.globs], { cwd: root.path, ignore: ['**/node_modules/**'], dot: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: true }).catch(() => []);
    for (const relative of found) {
      entries.push({ file: root.prefix + relative, path: path.join(root.path, relative) });
    }
  }
  return entries;
}

/** Reads a source file (or takes the bytes it came with); never throws. */
export async function readEntry(entry: FileEntry): Promise<Read> {
  if (entry.bytes) {
    return { ok: true, bytes: entry.bytes };
  }
  try {
    const handle = await fs.promises.open(entry.path as string, 'r');
    try {
      const stat = await handle.stat();
      return refusal(entry, stat) ?? { ok: true, bytes: await handle.readFile(), stamp: stampOf(entry, stat) };
    } finally {
      await handle.close();
    }
  } catch (e) {
    return unreadable(entry, e);
  }
}

/** {@link readEntry} with blocking calls: for a worker thread, where it is three times faster. */
export function readEntrySync(entry: FileEntry): Read {
  if (entry.bytes) {
    return { ok: true, bytes: entry.bytes };
  }
  try {
    const fd = fs.openSync(entry.path as string, 'r');
    try {
      const stat = fs.fstatSync(fd);
      return refusal(entry, stat) ?? { ok: true, bytes: fs.readFileSync(fd), stamp: stampOf(entry, stat) };
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return unreadable(entry, e);
  }
}

/** The file's stat, or undefined when it is gone. */
export function statSync(entry: FileEntry): fs.Stats | undefined {
  try {
    return fs.statSync(entry.path as string);
  } catch {
    return undefined;
  }
}

/** {@link statSync} without blocking. */
export function statAsync(entry: FileEntry): Promise<fs.Stats | undefined> {
  return fs.promises.stat(entry.path as string).catch(() => undefined);
}

// Larger files are refused by the engine anyway; they are not read into memory at all.
function refusal(entry: FileEntry, stat: fs.Stats): Read | undefined {
  if (!stat.isFile()) {
    return { ok: false, issue: { file: entry.file, severity: 'skipped', message: 'not a file' } };
  }
  if (stat.size > DEFAULT_MAX_SOURCE_BYTES) {
    return { ok: false, issue: { file: entry.file, severity: 'skipped', message: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${DEFAULT_MAX_SOURCE_BYTES / 1048576} MB)` } };
  }
  return undefined;
}

function stampOf(entry: FileEntry, stat: fs.Stats): FileStamp {
  return { path: entry.path as string, size: stat.size, mtimeMs: stat.mtimeMs };
}

function unreadable(entry: FileEntry, e: unknown): Read {
  return { ok: false, issue: { file: entry.file, severity: 'skipped', message: `cannot be read (${e instanceof Error ? e.message : String(e)})` } };
}
