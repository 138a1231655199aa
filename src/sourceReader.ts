import * as fs from 'node:fs';
import { DEFAULT_MAX_SOURCE_BYTES } from './core/decode';
import { LibraryIssue } from './core/library';
import { FileWalker, walkGlobs } from './fileWalker';
import { FileStamp } from './indexStore';
import { FileEntry, SourceRoot } from './libraryProtocol';
import { FileRead, readRegularFile, readRegularFileSync } from './regularFile';

/** A source file's bytes and the stamp they were read under, or why it cannot be read. */
export type Read = { readonly ok: true; readonly bytes: Uint8Array; readonly stamp?: FileStamp } | { readonly ok: false; readonly issue: LibraryIssue };

/** The sources a listing found, what it skipped, and the bound that stopped it, if one did. */
export interface Listing {
  readonly entries: FileEntry[];
  readonly issues: LibraryIssue[];
}

/**
 * The source files of local workspace folders, found the way `vscode.workspace.findFiles` finds
 * them (VS Code globs match dot files; node_modules is left out), without its file list crossing
 * into the extension host. The walk is bounded and takes each file once (see {@link FileWalker});
 * what it skips is reported.
 */
export async function listRoots(roots: readonly SourceRoot[], pause?: () => Promise<void>): Promise<Listing> {
  const walker = new FileWalker({ dot: true, pause });
  for (const root of roots) {
    await walkGlobs(walker, root.path, root.globs, true, (relative) => root.prefix + relative);
  }
  const issues: LibraryIssue[] = walker.report.map((i) => ({ file: i.file, severity: 'skipped', message: i.message }));
  if (walker.stopped) {
    const where = roots.map((r) => r.prefix.replace(/\/$/, '') || '.').join(', ');
    issues.push({ file: where, severity: 'skipped', message: `stopped listing sources: ${walker.stopped}; the rest were not read (narrow verbatim.sources)` });
  }
  return { entries: walker.files.map((f) => ({ file: f.name, path: f.path })), issues };
}

/** Reads a source file (or takes the bytes it came with); never throws. */
export async function readEntry(entry: FileEntry): Promise<Read> {
  return entry.bytes ? { ok: true, bytes: entry.bytes } : toRead(entry, await readRegularFile(entry.path as string, DEFAULT_MAX_SOURCE_BYTES));
}

/** {@link readEntry} with blocking calls: for a worker thread, where it is three times faster. */
export function readEntrySync(entry: FileEntry): Read {
  return entry.bytes ? { ok: true, bytes: entry.bytes } : toRead(entry, readRegularFileSync(entry.path as string, DEFAULT_MAX_SOURCE_BYTES));
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

function toRead(entry: FileEntry, read: FileRead): Read {
  if (!read.ok) {
    return { ok: false, issue: { file: entry.file, severity: 'skipped', message: read.reason } };
  }
  return { ok: true, bytes: read.bytes, stamp: { path: entry.path as string, size: read.stat.size, mtimeMs: read.stat.mtimeMs } };
}
