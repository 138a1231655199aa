import { formatDate } from './dates';
import { Segment } from './quoteItems';
import { locatorParagraph, Source } from './source';

/** A citation written in a draft. */
export interface Citation {
  readonly start: number;
  readonly end: number;
  readonly style: 'pandoc' | 'footnote' | 'inline';
  /** The citation keys it names, as written (footnotes and inline citations resolved to keys). */
  readonly keys: readonly string[];
  /** Pandoc locator, e.g. "para 12": the first one given in the citation. */
  readonly locator?: string;
  /** Each key's own locator, in the order of `keys` (`[@a; @b, para 2]` gives [undefined, "para 2"]). */
  readonly locators?: readonly (string | undefined)[];
  /** For a footnote: its label (`[^label]`). */
  readonly label?: string;
}

/** How citations are resolved against the library. */
export interface CitationLookup {
  has(key: string): boolean;
  readonly sources: readonly Source[];
}

// Every pattern here is applied to the writer's text, so none may backtrack over a long run: a
// bracket's content is matched whole (then searched for an @), a braced key takes its whole run
// before its closing brace (a lookahead and a back-reference: no shorter try), and footnote labels,
// like Pandoc's, hold no brackets, so a run of `[^[^[^…` is not rescanned from each of them.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?`;
const PANDOC = /\[([^[\]\n]*)\](?![(:])/gu;
// The @ must start a word: `[press@example.com]` is an e-mail address, not a citation.
const PANDOC_ITEM = new RegExp(String.raw`(?<![\p{L}\p{N}_])-?@(?:\{(?=([^}]+))\1\}|(${KEY}))(?:\s*,\s*([^;]*))?`, 'u');
const FOOTNOTE_REF = /\[\^([^[\]\s]+)\](?!:)/g;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^[\]\s]+)\]:[ \t]*(.*)$/gm;
const INLINE = /\(([^()\n]{2,80}?),\s*([^()\n]{2,40}?)\)/g;

/**
 * Finds the citations of a masked draft: Pandoc `[@key]`, `[@key, para 3]`, `[see @a; @b]`;
 * footnote references `[^label]` (resolved through the label or the footnote's text); and the inline
 * style Verbatim inserts, `(Outlet, 7 April 2025)`, when it names a source of the library.
 * `original` is the unmasked draft, used to read footnote definitions (same offsets as `masked`).
 */
export function findCitations(masked: string, library: CitationLookup, original: string = masked): Citation[] {
  const found: Citation[] = [];
  for (const m of masked.matchAll(PANDOC)) {
    if (!m[1].includes('@')) {
      continue;
    }
    const keys: string[] = [];
    const locators: (string | undefined)[] = [];
    for (const part of m[1].split(';')) {
      const item = PANDOC_ITEM.exec(part);
      if (item) {
        keys.push(item[1] ?? item[2]);
        locators.push(item[3]?.trim() || undefined);
      }
    }
    if (keys.length > 0) {
      found.push({ start: m.index, end: m.index + m[0].length, style: 'pandoc', keys, locator: locators.find((l) => l), locators });
    }
  }
  const definitions = new Map<string, string>();
  for (const m of masked.matchAll(FOOTNOTE_DEF)) {
    // Resolve through the definition as written: masking blanks the URLs it may cite.
    const from = m.index + m[0].indexOf(']:') + 2;
    definitions.set(m[1], original.slice(from, m.index + m[0].length).trim());
  }
  // Each label is resolved once: a draft may cite one note thousands of times.
  const resolved = new Map<string, string | undefined>();
  for (const m of masked.matchAll(FOOTNOTE_REF)) {
    if (!resolved.has(m[1])) {
      resolved.set(m[1], resolveFootnote(m[1], definitions.get(m[1]) ?? '', library));
    }
    const key = resolved.get(m[1]);
    found.push({ start: m.index, end: m.index + m[0].length, style: 'footnote', keys: key ? [key] : [m[1]], label: m[1] });
  }
  let names: Map<string, Source[]> | undefined;
  for (const m of masked.matchAll(INLINE)) {
    names ??= sourcesByName(library.sources);
    const key = resolveInline(m[1].trim(), m[2].trim(), names);
    if (key) {
      found.push({ start: m.index, end: m.index + m[0].length, style: 'inline', keys: [key] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolveFootnote(label: string, definition: string, library: CitationLookup): string | undefined {
  if (library.has(label)) {
    return label;
  }
  const cited = new RegExp(`@(${KEY})`, 'u').exec(definition)?.[1];
  if (cited) {
    return cited;
  }
  const text = definition.toLowerCase();
  const byUrl = library.sources.find((s) => s.meta.url && text.includes(s.meta.url.toLowerCase()));
  const byTitle = library.sources.find((s) => s.meta.title && text.includes(s.meta.title.toLowerCase()));
  const byKey = library.sources.find((s) => text.includes(s.meta.key));
  return (byUrl ?? byTitle ?? byKey)?.meta.key;
}

// Sources by each lower-case name an inline citation may give them (outlet, key, title), made once
// per library: an inline citation is then resolved without looking through every source.
const byName = new WeakMap<readonly Source[], Map<string, Source[]>>();

function sourcesByName(sources: readonly Source[]): Map<string, Source[]> {
  let names = byName.get(sources);
  if (!names) {
    names = new Map();
    for (const s of sources) {
      for (const name of new Set([s.meta.outlet, s.meta.key, s.meta.title].filter((x): x is string => !!x).map((x) => x.toLowerCase()))) {
        const list = names.get(name);
        if (list) {
          list.push(s);
        } else {
          names.set(name, [s]);
        }
      }
    }
    byName.set(sources, names);
  }
  return names;
}

function resolveInline(name: string, date: string, names: ReadonlyMap<string, readonly Source[]>): string | undefined {
  const d = date.toLowerCase();
  const matches = (names.get(name.toLowerCase()) ?? []).filter((s) => {
    const dates = s.meta.date ? [formatDate(s.meta.date).toLowerCase(), s.meta.date, s.meta.date.slice(0, 4)] : [];
    return d === 'n.d.' || d === 'n.d' || dates.includes(d);
  });
  return matches.length === 1 ? matches[0].meta.key : undefined;
}

/**
 * A draft's citations (sorted by start, as {@link findCitations} gives them) looked up by offset with
 * binary searches: a draft of thousands of quotations and citations costs no pass over every
 * citation per quotation.
 */
export class CitationIndex {
  /** The offsets the citations cover: sorted, disjoint ranges (overlapping or touching ones merged). */
  private readonly covered: Segment[] = [];

  constructor(private readonly citations: readonly Citation[]) {
    for (const c of citations) {
      const last = this.covered[this.covered.length - 1];
      if (last && c.start <= last.end) {
        this.covered[this.covered.length - 1] = { start: last.start, end: Math.max(last.end, c.end) };
      } else {
        this.covered.push({ start: c.start, end: c.end });
      }
    }
  }

  /** The first citation (by start) that starts at or after `from` and ends by `to`. */
  firstWithin(from: number, to: number): Citation | undefined {
    const list = this.citations;
    for (let i = partition(list.length, (k) => list[k].start < from); i < list.length && list[i].start < to; i++) {
      if (list[i].end <= to) {
        return list[i];
      }
    }
    return undefined;
  }

  /** The first citation that starts exactly at `offset`. */
  startingAt(offset: number): Citation | undefined {
    const c = this.citations[partition(this.citations.length, (k) => this.citations[k].start < offset)];
    return c && c.start === offset ? c : undefined;
  }

  /** The parts of the segments that no citation covers. */
  outside(segments: readonly Segment[]): Segment[] {
    const covered = this.covered;
    const out: Segment[] = [];
    for (const seg of segments) {
      let from = seg.start;
      for (let i = partition(covered.length, (k) => covered[k].end <= seg.start); i < covered.length && covered[i].start < seg.end; i++) {
        if (covered[i].start > from) {
          out.push({ start: from, end: covered[i].start });
        }
        from = Math.max(from, covered[i].end);
      }
      if (from < seg.end) {
        out.push({ start: from, end: seg.end });
      }
    }
    return out;
  }
}

// The first index of 0..n at which `before` turns false (it is true, then false, along the list).
function partition(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** The paragraph number the locator of `key` names in a citation (`[@key, para 3]` gives 3). */
export function citedParagraph(citation: Citation, key: string): number | undefined {
  return locatorParagraph(citation.locators?.[citation.keys.indexOf(key)]);
}
