// How a source is named to a person: by its title (or the start of its first sentence), its outlet
// and date — never by a hashed file name or a bare key. No `vscode` here (unit-tested in Node).
import { formatDate } from '../dates';
import { Library } from '../library';
import { Source } from '../source';
import { shorten } from './markdownText';

/** The source's name: its title, else the start of its first sentence (see Library.label). */
export function sourceName(source: Source, max = 80): string {
  return shorten(Library.label(source), max);
}

/** "Outlet · 7 April 2025", with what is known (empty when neither is). */
export function outletAndDate(source: Source): string {
  return [source.meta.outlet, source.meta.date ? formatDate(source.meta.date) : null].filter((p): p is string => !!p).join(' · ');
}

/** The name with the outlet when the name does not already hold it: "Title (Outlet)". */
export function nameWithOutlet(source: Source, max = 80): string {
  const name = sourceName(source, max);
  const outlet = source.meta.outlet;
  return outlet && !name.toLowerCase().includes(outlet.toLowerCase()) ? `${name} (${outlet})` : name;
}

/**
 * Paths for the bundled articles' read-only documents, by library file: `/<name>.txt`, the name
 * made from the title so that tabs, Problems and links read as the article's name. Characters a
 * file name should not hold are dropped; a name taken twice gets " (2)".
 */
export function bundledPaths(sources: readonly Source[]): Map<string, string> {
  const taken = new Set<string>();
  const paths = new Map<string, string>();
  for (const source of sources) {
    const base = shorten(Library.label(source).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' '), 64).replace(/^[.\s]+/, '') || source.meta.key;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = `${base} (${n})`;
    }
    taken.add(name.toLowerCase());
    paths.set(source.file, `/${name}.txt`);
  }
  return paths;
}
