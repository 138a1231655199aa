import { formatDate } from './dates';
import { SourceMeta } from './metadata';

/** The citation styles Verbatim writes. */
export type CitationStyle = 'pandoc' | 'footnote' | 'inline';
export const CITATION_STYLES: readonly CitationStyle[] = ['pandoc', 'footnote', 'inline'];

/** A citation to insert: the text at the cursor and, for footnotes, a definition for the draft's end. */
export interface FormattedCitation {
  readonly text: string;
  readonly footnoteDefinition?: string;
}

/**
 * Formats a citation: `[@key]` or `[@key, para 3]` (pandoc), `[^key]` plus `[^key]: …` (footnote),
 * or `(Outlet, 7 April 2025)` (inline; the key stands in for an unknown outlet, n.d. for an unknown date).
 */
export function formatCitation(meta: SourceMeta, style: CitationStyle, locator?: string): FormattedCitation {
  switch (style) {
    case 'pandoc':
      return { text: locator ? `[@${meta.key}, ${locator}]` : `[@${meta.key}]` };
    case 'footnote':
      return { text: `[^${meta.key}]`, footnoteDefinition: `[^${meta.key}]: ${footnoteText(meta, locator)}` };
    case 'inline':
      return { text: `(${meta.outlet ?? meta.key}, ${meta.date ? formatDate(meta.date) : 'n.d.'})` };
  }
}

function footnoteText(meta: SourceMeta, locator?: string): string {
  const parts = [
    meta.author,
    meta.title ? `“${meta.title}”` : null,
    meta.outlet ? `*${meta.outlet}*` : null,
    meta.date ? formatDate(meta.date) : null,
    locator ?? null,
    meta.url ? `<${meta.url}>` : null,
  ].filter((p): p is string => !!p);
  return `${parts.length > 0 ? parts.join(', ') : meta.key}.`;
}

/**
 * The text inserted for "quote + citation": the passage in curly quotes (its own double quotes
 * turned into single ones, as nesting requires) followed by the citation.
 */
export function formatQuotation(passage: string, meta: SourceMeta, style: CitationStyle, locator?: string): FormattedCitation {
  let inner = passage.replace(/\s+/g, ' ').trim();
  // A passage that is itself one whole quotation keeps its words, not its marks.
  const whole = /^[“"]([^“”"]*)[”"]$/.exec(inner);
  if (whole) {
    inner = whole[1];
  }
  inner = inner.replace(/[“"](?=\S)/g, '‘').replace(/(?<=\S)[”"]/g, '’');
  const citation = formatCitation(meta, style, locator);
  return { text: `“${inner}” ${citation.text}`, footnoteDefinition: citation.footnoteDefinition };
}
