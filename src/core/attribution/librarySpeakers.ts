import type { Source } from '../source';
import { Speaker } from './attribute';
import { NameKey, nameKey, sameKey, sameSpeaker } from './names';
import { SourceQuotation } from './sourceQuotes';

/** A quotation of the library: its source and its place there. */
export interface LibraryQuotation {
  readonly source: Source;
  readonly quotation: SourceQuotation;
}

/** One speaker of the whole library, with every quotation the sources give them. */
export interface LibrarySpeaker {
  /** The fullest name the sources give ("Volodymyr Zelenskyy" over "Zelensky"). */
  readonly name: string;
  readonly kind: Speaker['kind'];
  /** The descriptions the sources give them, most frequent first. */
  readonly descriptions: readonly string[];
  /** Their quotations, in library order. */
  readonly quotations: readonly LibraryQuotation[];
}

interface Group {
  names: Map<string, number>;
  key: NameKey;
  kind: Speaker['kind'];
  descriptions: Map<string, number>;
  quotations: LibraryQuotation[];
}

/**
 * The library's speakers, each person once however the sources spell them (Zelenskyy, Zelensky,
 * President Volodymyr Zelensky; Syrsky, Syrskyi), with their quotations; named bodies are grouped by
 * name; someone a source does not name ("an unnamed official") stays with that source. A surname
 * met alone joins the one person of that surname, and stays apart when several share it. Sorted
 * by the number of quotations, then by name.
 */
export function librarySpeakers(library: { readonly sources: readonly Source[] }): LibrarySpeaker[] {
  const people: Group[] = [];
  const others = new Map<string, Group>();
  for (const source of library.sources) {
    const attribution = source.attribution;
    for (let i = 0; i < attribution.count; i++) {
      const quotation = attribution.quotation(i);
      const s = quotation.speaker;
      if (!s) {
        continue;
      }
      let g: Group | undefined;
      if (s.kind === 'person') {
        const key = nameKey(s.name);
        g = people.find((p) => p.key.given.length > 0 && key.given.length > 0 && sameKey(p.key, key)) ?? people.find((p) => p.key.given.length === key.given.length && sameKey(p.key, key));
        if (!g) {
          g = { names: new Map(), key, kind: 'person', descriptions: new Map(), quotations: [] };
          people.push(g);
        }
      } else {
        const id = s.kind === 'unnamed' ? `${source.file}\u0000${s.name}` : s.name.toLowerCase().replace(/^the\s+/, '');
        g = others.get(id);
        if (!g) {
          g = { names: new Map(), key: nameKey(s.name), kind: s.kind, descriptions: new Map(), quotations: [] };
          others.set(id, g);
        }
      }
      g.names.set(s.name, (g.names.get(s.name) ?? 0) + 1);
      if (s.description) {
        g.descriptions.set(s.description, (g.descriptions.get(s.description) ?? 0) + 1);
      }
      g.quotations.push({ source, quotation });
    }
  }
  // A surname met alone joins the one person with given names of that surname.
  const merged: Group[] = [];
  for (const g of people) {
    if (g.key.given.length === 0 && g.key.initial === '') {
      const full = people.filter((p) => p !== g && p.key.given.length > 0 && sameKey(p.key, g.key));
      if (full.length === 1) {
        absorb(full[0], g);
        continue;
      }
    }
    merged.push(g);
  }
  const order = new Map(library.sources.map((s, i) => [s, i]));
  const inOrder = (qs: LibraryQuotation[]) => qs.sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.quotation.index - b.quotation.index);
  return [...merged, ...others.values()]
    .filter((g) => g.quotations.length > 0)
    .map((g) => ({ name: fullest(g.names), kind: g.kind, descriptions: byCount(g.descriptions), quotations: inOrder(g.quotations) }))
    .sort((a, b) => b.quotations.length - a.quotations.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The library's quotations by a speaker named `name` (any spelling of that person: "Zelensky" finds Zelenskyy's). */
export function quotationsBy(library: { readonly sources: readonly Source[] }, name: string): LibraryQuotation[] {
  return librarySpeakers(library)
    .filter((s) => sameSpeaker(s.name, name) || s.quotations.some((q) => q.quotation.speaker !== null && sameSpeaker(q.quotation.speaker.name, name)))
    .flatMap((s) => s.quotations);
}

function absorb(into: Group, from: Group): void {
  from.names.forEach((n, k) => into.names.set(k, (into.names.get(k) ?? 0) + n));
  from.descriptions.forEach((n, k) => into.descriptions.set(k, (into.descriptions.get(k) ?? 0) + n));
  into.quotations.push(...from.quotations);
}

// The name with the most words (the fullest form), then the most used.
function fullest(names: Map<string, number>): string {
  return [...names].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

function byCount(m: Map<string, number>): string[] {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}
