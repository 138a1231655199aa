import { MetaDraft, readMetaFields } from './metadata';

/** Metadata for named files, read from a library's `catalog.json`. */
export interface Catalog {
  /** Entries by file name (no folder). */
  readonly entries: ReadonlyMap<string, Partial<MetaDraft>>;
  /** What was wrong with the catalog; entries that could be read are still there. */
  readonly problems: readonly string[];
}

/**
 * Parses a catalog: `{"version": 1, "sources": [{"file", "key", "title", "author", "outlet", "date", "url"}]}`.
 * A malformed catalog yields no entries and a problem, never an exception.
 */
export function parseCatalog(text: string): Catalog {
  const entries = new Map<string, Partial<MetaDraft>>();
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { entries, problems: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const sources = (data as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) {
    return { entries, problems: ['expected an object with a "sources" list'] };
  }
  sources.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { file?: unknown }).file !== 'string') {
      problems.push(`sources[${i}] has no "file" name`);
      return;
    }
    const fieldProblems: string[] = [];
    const file = (entry as { file: string }).file;
    const meta = readMetaFields(entry as Record<string, unknown>, fieldProblems);
    for (const p of fieldProblems) {
      problems.push(`${file}: ${p}`);
    }
    // A catalog entry states every field: an absent one is unknown, not to be guessed.
    entries.set(file, { title: null, author: null, outlet: null, date: null, url: null, ...meta });
  });
  return { entries, problems };
}
