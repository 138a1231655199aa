import { formatDate } from './dates';
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

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?`;
const PANDOC = /\[([^[\]\n]*@[^[\]\n]*)\](?![(:])/gu;
// The @ must start a word: `[press@example.com]` is an e-mail address, not a citation.
const PANDOC_ITEM = new RegExp(String.raw`(?<![\p{L}\p{N}_])-?@(?:\{([^}]+)\}|(${KEY}))(?:\s*,\s*([^;]*))?`, 'u');
const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm;
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
  for (const m of masked.matchAll(FOOTNOTE_REF)) {
    const key = resolveFootnote(m[1], definitions.get(m[1]) ?? '', library);
    found.push({ start: m.index, end: m.index + m[0].length, style: 'footnote', keys: key ? [key] : [m[1]], label: m[1] });
  }
  for (const m of masked.matchAll(INLINE)) {
    const key = resolveInline(m[1].trim(), m[2].trim(), library);
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

function resolveInline(name: string, date: string, library: CitationLookup): string | undefined {
  const n = name.toLowerCase();
  const d = date.toLowerCase();
  const matches = library.sources.filter((s) => {
    const names = [s.meta.outlet, s.meta.key, s.meta.title].filter((x): x is string => !!x).map((x) => x.toLowerCase());
    if (!names.includes(n)) {
      return false;
    }
    const dates = s.meta.date ? [formatDate(s.meta.date).toLowerCase(), s.meta.date, s.meta.date.slice(0, 4)] : [];
    return d === 'n.d.' || d === 'n.d' || dates.includes(d);
  });
  return matches.length === 1 ? matches[0].meta.key : undefined;
}

/** The paragraph number the locator of `key` names in a citation (`[@key, para 3]` gives 3). */
export function citedParagraph(citation: Citation, key: string): number | undefined {
  return locatorParagraph(citation.locators?.[citation.keys.indexOf(key)]);
}
