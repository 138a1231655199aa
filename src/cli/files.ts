import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { bundledCatalogOptions, bundledSeedInputs } from '../bundledSeeds';
import { parseCatalog } from '../core/catalog';
import { Library } from '../core/library';
import { UsageError } from './args';

const SOURCE_EXTENSIONS = '{txt,md}';
const DRAFT_EXTENSIONS = '{md,markdown,txt}';

/** Expands files, folders and globs to a sorted list of files, as paths relative to the working directory. */
export async function expandPaths(specs: readonly string[], extensions: string, what: string): Promise<string[]> {
  const found = new Set<string>();
  for (const spec of specs) {
    if (isDynamicPattern(spec) && !fs.existsSync(spec)) {
      const matches = await glob(spec, { onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) {
        throw new UsageError(`${what} "${spec}" matches no file`);
      }
      matches.forEach((m) => found.add(m));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(spec);
    } catch {
      throw new UsageError(`${what} "${spec}": no such file or folder`);
    }
    if (stat.isDirectory()) {
      const pattern = `${spec.replace(/\\/g, '/').replace(/\/$/, '')}/**/*.${extensions}`;
      (await glob(pattern, { onlyFiles: true, expandDirectories: false })).forEach((m) => found.add(m));
    } else {
      found.add(spec);
    }
  }
  return [...found].sort();
}

/** The library for a command: the given sources, or the bundled seeds when none are given. */
export async function loadLibrary(sources: readonly string[]): Promise<Library> {
  if (sources.length === 0) {
    return Library.fromInputs(bundledSeedInputs(), bundledCatalogOptions());
  }
  const files = await expandPaths(sources, SOURCE_EXTENSIONS, '--sources');
  // A catalog.json beside the sources gives their metadata, as seeds/catalog.json does for the seeds.
  const catalogs = sources.filter((s) => fs.existsSync(path.join(s, 'catalog.json'))).map((s) => path.join(s, 'catalog.json'));
  const entries = new Map();
  const problems: string[] = [];
  for (const file of catalogs) {
    const c = parseCatalog(fs.readFileSync(file, 'utf8'));
    c.entries.forEach((v, k) => entries.set(k, v));
    problems.push(...c.problems.map((p) => `${file}: ${p}`));
  }
  // A command-line run has nothing else to do meanwhile: synchronous reads of thousands of small
  // files take a fifth of the time of fs.promises.readFile.
  return Library.load(files, { readFile: async (f) => fs.readFileSync(f) }, { catalog: { entries, problems }, catalogFile: catalogs.join(', ') || 'catalog.json' });
}

/** The drafts named on the command line. */
export function expandDrafts(specs: readonly string[]): Promise<string[]> {
  return expandPaths(specs, DRAFT_EXTENSIONS, 'draft');
}
