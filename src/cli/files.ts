import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { bundledCatalogOptions, bundledSeedInputs, bundledTwin, twinMessage } from '../bundledSeeds';
import { parseCatalog } from '../core/catalog';
import { DEFAULT_MAX_SOURCE_BYTES } from '../core/decode';
import { Library, LibraryIssue } from '../core/library';
import { LibraryBuilder } from '../core/libraryBuilder';
import { MetaDraft } from '../core/metadata';
import { FileWalker, isLink, WALK_LIMITS, WalkedFile, WalkIssue, walkGlobs } from '../fileWalker';
import { readRegularFileSync } from '../regularFile';
import { InputError, UsageError } from './args';

/** Sources and drafts: plain text and Markdown, whatever the case of the extension. */
const TEXT_FILE = /\.(?:txt|md|markdown)$/i;
const MAX_CATALOG_BYTES = 10 * 1024 * 1024;

/** Files named on the command line (files, folders, globs), found with the bounds of {@link FileWalker}. */
export interface Expanded {
  readonly files: readonly WalkedFile[];
  /** Files and folders that could not be taken, and why. */
  readonly issues: readonly WalkIssue[];
  /** For each file found, the folder it was found under (the folder or the glob's static part named). */
  readonly roots: ReadonlyMap<string, string>;
}

/**
 * Expands files, folders and globs (relative to the working folder) to the `.txt`, `.md` and
 * `.markdown` files they hold, each file once, bounded; throws UsageError for a name that matches
 * nothing and InputError when a bound stops the walk.
 */
export async function expandPaths(specs: readonly string[], what: string, maxFileBytes: number): Promise<Expanded> {
  const walker = new FileWalker({ dot: false, limits: { ...WALK_LIMITS, maxFileBytes } });
  const roots = new Map<string, string>();
  for (const spec of specs) {
    const before = walker.files.length + walker.issues.length;
    const scan = picomatch.scan(spec);
    let root: string;
    if (scan.isGlob && !fs.existsSync(spec)) {
      root = scan.base || '.';
      if (isFolder(root)) {
        await walkGlobs(walker, '', [spec], false, (p) => p);
      }
      if (walker.files.length + walker.issues.length === before && !walker.stopped) {
        throw new UsageError(`${what} "${spec}" matches no file`);
      }
    } else {
      let stat: fs.Stats | undefined;
      try {
        stat = fs.statSync(spec);
      } catch {
        if (!isLink(spec)) {
          throw new UsageError(`${what} "${spec}": no such file or folder`);
        }
      }
      if (stat?.isDirectory()) {
        root = spec;
        await walker.walk(spec, (relative) => path.join(spec, relative), (relative) => TEXT_FILE.test(relative));
      } else {
        root = path.dirname(spec);
        walker.add(spec, spec);
      }
    }
    if (walker.stopped) {
      throw new InputError(`${what} ${spec}: stopped listing files: ${walker.stopped} (the limit); name a smaller folder`);
    }
    walker.files.slice(roots.size).forEach((f) => roots.set(f.path, root));
  }
  const files = [...walker.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, issues: walker.report, roots };
}

/** The drafts named on the command line; a folder with none in it is an input error. */
export async function expandDrafts(specs: readonly string[], maxFileBytes: number): Promise<Expanded> {
  const found = await expandPaths(specs, 'draft', maxFileBytes);
  for (const spec of specs) {
    const folder = path.join(spec);
    if (isFolder(spec) && !found.files.some((f) => found.roots.get(f.path) === spec) && !found.issues.some((i) => i.file === folder || i.file.startsWith(`${folder}/`))) {
      throw new InputError(`draft folder ${spec} holds no .md, .markdown or .txt file`);
    }
  }
  return found;
}

/** A command's library, and every file of it on disk (sources, skipped files, catalogs). */
export interface LoadedLibrary {
  readonly library: Library;
  /** Paths of the files the library was made from or found and skipped, and of its catalogs. */
  readonly paths: readonly string[];
}

/** Options of {@link loadSources}. */
export interface LoadOptions {
  /** Include the bundled articles (default true). */
  readonly bundled?: boolean;
}

/**
 * The library of a command: the bundled articles (unless left out) and the sources named. A copy
 * of a bundled article is not loaded twice. A `catalog.json` gives the metadata of the files in its
 * folder and the folders below it (the nearest one counts), however the folder was named.
 */
export async function loadSources(specs: readonly string[], options: LoadOptions = {}): Promise<LoadedLibrary> {
  const bundled = options.bundled ?? true;
  const found = specs.length > 0 ? await expandPaths(specs, '--sources', DEFAULT_MAX_SOURCE_BYTES) : { files: [], issues: [], roots: new Map<string, string>() };
  const bundledOptions = bundledCatalogOptions();
  const entries = new Map(bundled ? bundledOptions.catalog?.entries : []);
  const issues: LibraryIssue[] = found.issues.map((i) => ({ file: i.file, severity: 'skipped', message: i.message }));
  const catalogs = new Catalogs(issues);
  for (const f of found.files) {
    const entry = catalogs.entryFor(f.path, found.roots.get(f.path) ?? path.dirname(f.path));
    if (entry) {
      entries.set(f.name, entry);
    }
  }
  const builder = new LibraryBuilder({ catalog: { entries, problems: [] } });
  if (bundled) {
    bundledSeedInputs().forEach((s) => builder.add(s));
  }
  for (const f of found.files) {
    const read = readRegularFileSync(f.path, DEFAULT_MAX_SOURCE_BYTES);
    const twin = read.ok && bundled ? bundledTwin(read.bytes) : undefined;
    if (!read.ok || twin) {
      // A bundled article named as the bundle names it (`--sources seeds` in Verbatim's folder) is that article.
      if (twin !== f.name) {
        issues.push({ file: f.name, severity: 'skipped', message: read.ok ? twinMessage(twin as string) : read.reason });
      }
    } else {
      builder.add({ file: f.name, bytes: read.bytes });
    }
  }
  const paths = [...found.files.map((f) => f.path), ...found.issues.map((i) => i.file), ...catalogs.paths];
  return { library: builder.build(issues), paths };
}

/** The library of {@link loadSources} alone. */
export async function loadLibrary(specs: readonly string[], options: LoadOptions = {}): Promise<Library> {
  return (await loadSources(specs, options)).library;
}

// The catalogs of the folders sources were found in, each read once.
class Catalogs {
  readonly paths: string[] = [];
  private readonly byFolder = new Map<string, { file: string; entries: ReadonlyMap<string, Partial<MetaDraft>> } | undefined>();

  constructor(private readonly issues: LibraryIssue[]) {}

  /** The catalog entry of a file: from the nearest catalog.json at or above its folder, up to `root`. */
  entryFor(file: string, root: string): Partial<MetaDraft> | undefined {
    const top = path.resolve(root);
    for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
      const catalog = this.in(folder);
      if (catalog) {
        const relative = path.relative(path.dirname(catalog.file), file).split(path.sep).join('/');
        return catalog.entries.get(relative) ?? catalog.entries.get(path.basename(file));
      }
      if (path.resolve(folder) === top || path.dirname(folder) === folder) {
        return undefined;
      }
    }
  }

  private in(folder: string): { file: string; entries: ReadonlyMap<string, Partial<MetaDraft>> } | undefined {
    if (this.byFolder.has(folder)) {
      return this.byFolder.get(folder);
    }
    const file = path.join(folder, 'catalog.json');
    let catalog: { file: string; entries: ReadonlyMap<string, Partial<MetaDraft>> } | undefined;
    if (fs.existsSync(file) || isLink(file)) {
      this.paths.push(file);
      const read = readRegularFileSync(file, MAX_CATALOG_BYTES);
      if (!read.ok) {
        throw new InputError(`cannot read the catalog ${file}: ${read.reason}`);
      }
      const parsed = parseCatalog(new TextDecoder().decode(read.bytes));
      parsed.problems.forEach((p) => this.issues.push({ file, severity: 'warning', message: p }));
      catalog = { file, entries: parsed.entries };
    }
    this.byFolder.set(folder, catalog);
    return catalog;
  }
}

function isFolder(spec: string): boolean {
  try {
    return fs.statSync(spec).isDirectory();
  } catch {
    return false;
  }
}
