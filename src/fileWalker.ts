import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_MAX_SOURCE_BYTES, formatBytes } from './core/decode';
import { describeError, refusalOf } from './regularFile';

/** How much a walk may take in, so that `--sources /` or a huge tree ends soon with a clear message. */
export interface WalkLimits {
  /** Files matched (sources or drafts). */
  readonly maxFiles: number;
  /** Their total size. */
  readonly maxBytes: number;
  /** Folders below the folder walked. */
  readonly maxDepth: number;
  /** Folder entries looked at, matched or not. */
  readonly maxEntries: number;
  /** A larger file is skipped with a message, unread. */
  readonly maxFileBytes: number;
}

export const WALK_LIMITS: WalkLimits = {
  maxFiles: 100_000,
  maxBytes: 512 * 1024 * 1024,
  maxDepth: 32,
  maxEntries: 500_000,
  maxFileBytes: DEFAULT_MAX_SOURCE_BYTES,
};

/** A regular file a walk found. */
export interface WalkedFile {
  /** Where it is on disk. */
  readonly path: string;
  /** Its name for the user and the library (`sources/a.md`). */
  readonly name: string;
}

/** A file or folder a walk could not take, and why. */
export interface WalkIssue {
  readonly file: string;
  readonly message: string;
}

/** How a walk tells the files it wants and the folders it skips. */
export interface WalkOptions {
  /** Dot files and folders are matched (VS Code's globs) or passed over (the command line's). */
  readonly dot: boolean;
  readonly limits?: WalkLimits;
  /** Called every few hundred entries: an editor walking on its own thread gives the event loop a turn. */
  readonly pause?: () => Promise<void>;
}

// Folders no source or draft lives in, as VS Code leaves them out of searches.
const IGNORED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_ISSUES = 200;
const PAUSE_EVERY = 500;

/**
 * Lists files below folders with bounds (file count, total bytes, depth, entries looked at) and
 * without surprises: symbolic links are followed, but each folder and each file is taken once
 * (by device and inode, so a link loop ends at once and a file reached by two paths is read once);
 * FIFOs, sockets and devices are never opened; dangling links, unreadable folders, oversized and
 * special files that match are reported, not dropped in silence. One walker serves several
 * walks (the folders and globs of one command or one workspace), with one set of bounds.
 */
export class FileWalker {
  readonly files: WalkedFile[] = [];
  readonly issues: WalkIssue[] = [];
  /** Set when a bound stopped the walk: which one, in words. */
  stopped: string | undefined;
  private readonly limits: WalkLimits;
  private readonly folders = new Set<string>();
  private readonly seen = new Map<string, string>();
  private bytes = 0;
  private entries = 0;
  private hidden = 0;

  constructor(private readonly options: WalkOptions) {
    this.limits = options.limits ?? WALK_LIMITS;
  }

  /** The issues, with a last line for those left out past the first few hundred. */
  get report(): WalkIssue[] {
    return this.hidden === 0 ? this.issues : [...this.issues, { file: '…', message: `and ${this.hidden} more files or folders skipped` }];
  }

  /**
   * Walks the folder at `dir`, naming its files `name(relative path)` and keeping those `match`
   * accepts (given the relative path, `/`-separated); `depth` limits how deep (for a glob without `**`).
   */
  async walk(dir: string, name: (relative: string) => string, match: (relative: string) => boolean, depth = Infinity): Promise<void> {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch (e) {
      this.issue(name(''), `folder cannot be read: ${describeError(e)}`);
      return;
    }
    if (this.remember(stat)) {
      await this.folder(dir, '', name, match, depth, 0);
    }
  }

  /** Takes one file named directly (not found in a folder): refused now if it is not a regular file. */
  add(file: string, name: string): void {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (e) {
      this.issue(name, lstatMessage(file) ?? `cannot be read: ${describeError(e)}`);
      return;
    }
    this.take(file, name, stat);
  }

  private async folder(dir: string, relative: string, name: (relative: string) => string, match: (relative: string) => boolean, depth: number, level: number): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.issue(name(relative), `folder cannot be read: ${describeError(e)}`);
      return;
    }
    // In name order, links last: a file reached both directly and through a link keeps its real path.
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (this.stopped) {
        return;
      }
      if (++this.entries > this.limits.maxEntries) {
        this.stopped = `more than ${this.limits.maxEntries.toLocaleString('en')} files and folders looked at`;
        return;
      }
      if (this.options.pause && this.entries % PAUSE_EVERY === 0) {
        await this.options.pause();
      }
      if (!this.options.dot && entry.name.startsWith('.')) {
        continue;
      }
      const full = path.join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      // A link is followed; an entry of unknown type (some file systems) is looked up.
      const known = entry.isFile() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice();
      let stat: fs.Stats | undefined;
      if (!known) {
        try {
          stat = fs.statSync(full);
        } catch (e) {
          if (match(rel)) {
            this.issue(name(rel), lstatMessage(full) ?? `cannot be read: ${describeError(e)}`);
          }
          continue;
        }
      }
      if (stat ? stat.isDirectory() : entry.isDirectory()) {
        if (IGNORED_FOLDERS.has(entry.name) || level + 1 > depth) {
          continue;
        }
        if (level + 1 > this.limits.maxDepth) {
          this.issue(name(rel), `folder more than ${this.limits.maxDepth} levels down: not read`);
          continue;
        }
        stat ??= statOrUndefined(full);
        if (stat && this.remember(stat)) {
          await this.folder(full, rel, name, match, depth, level + 1);
        }
      } else if (match(rel)) {
        stat ??= statOrUndefined(full);
        if (stat) {
          this.take(full, name(rel), stat);
        } else {
          this.issue(name(rel), 'cannot be read: it disappeared while the folder was read');
        }
      }
    }
  }

  private take(file: string, name: string, stat: fs.Stats): void {
    const refused = refusalOf(stat, this.limits.maxFileBytes);
    if (refused) {
      this.issue(name, refused);
      return;
    }
    const id = `${stat.dev}:${stat.ino}`;
    const first = this.seen.get(id);
    if (first !== undefined) {
      if (first !== name) {
        this.issue(name, `the same file as ${first} (reached by another path): read once`);
      }
      return;
    }
    if (this.files.length >= this.limits.maxFiles) {
      this.stopped = `more than ${this.limits.maxFiles.toLocaleString('en')} files`;
      return;
    }
    if (this.bytes + stat.size > this.limits.maxBytes) {
      this.stopped = `more than ${formatBytes(this.limits.maxBytes)} of files`;
      return;
    }
    this.seen.set(id, name);
    this.bytes += stat.size;
    this.files.push({ path: file, name });
  }

  // True the first time a folder is met (a link loop or a second path to it ends here).
  private remember(stat: fs.Stats): boolean {
    const id = `${stat.dev}:${stat.ino}`;
    if (this.folders.has(id)) {
      return false;
    }
    this.folders.add(id);
    return true;
  }

  private issue(file: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) {
      this.issues.push({ file, message });
    } else {
      this.hidden++;
    }
  }
}

/**
 * Walks the files that any of `globs` matches, relative to `root` (a folder, or '' for paths as
 * given: relative to the working folder, or absolute). Globs under one folder are walked together,
 * from their outermost static folder (`sources` for `sources/**\/*.md`), each folder once; a glob
 * without `**` is not followed deeper than its slashes reach. Files are named `name(path)`, the
 * path as the globs spell it (`sources/a.md`).
 */
export async function walkGlobs(walker: FileWalker, root: string, globs: readonly string[], dot: boolean, name: (path: string) => string): Promise<void> {
  // A pattern without a glob character names one file (a folder so named matches nothing, as in VS Code).
  for (const literal of globs.filter((g) => !picomatch.scan(g).isGlob)) {
    const file = root === '' ? literal : path.join(root, literal);
    const stat = statOrUndefined(file);
    if (stat ? !stat.isDirectory() : isLink(file)) {
      walker.add(file, name(literal.replace(/^\.\//, '')));
    }
  }
  const parts = globs.filter((g) => picomatch.scan(g).isGlob).map((glob) => {
    const scan = picomatch.scan(glob);
    const base = scan.base.replace(/\/+$/, '');
    return { base, depth: scan.glob.includes('**') ? Infinity : segments(base) + scan.glob.split('/').length - 1, match: picomatch(glob, { dot }) };
  });
  const within = (folder: string, base: string) => base === '' || folder === base || folder.startsWith(`${base}/`);
  const bases = [...new Set(parts.map((p) => p.base))].sort();
  for (const base of bases.filter((b) => !bases.some((a) => a !== b && within(b, a)))) {
    const under = parts.filter((p) => within(p.base, base));
    const join = (relative: string) => (base === '' ? relative : relative === '' ? base : `${base}/${relative}`);
    const depth = Math.max(...under.map((p) => p.depth)) - segments(base);
    const dir = root === '' ? base || '.' : path.join(root, base);
    await walker.walk(dir, (relative) => name(join(relative)), (relative) => under.some((p) => p.match(join(relative))), depth);
  }
}

function segments(base: string): number {
  return base === '' ? 0 : base.split('/').length;
}

// Why a path that cannot be stat'ed is unusable, when it is a link: dangling, or a loop.
function lstatMessage(file: string): string | undefined {
  try {
    if (!fs.lstatSync(file).isSymbolicLink()) {
      return undefined;
    }
  } catch {
    return undefined;
  }
  try {
    fs.statSync(file);
    return undefined;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') {
      return `dangling symbolic link (nothing at ${readLink(file)})`;
    }
    return code === 'ELOOP' ? 'symbolic link loop' : undefined;
  }
}

function readLink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'its target';
  }
}

/** True for a symbolic link (dangling or not). */
export function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
