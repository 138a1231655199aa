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
 * Formats a citation in Pandoc's syntax: `[@key]` or `[@key, para 3]` (pandoc); `[^key]` with the
 * definition `[^key]: [@key].`, so citeproc renders it inside the note (footnote); or the inline
 * `(Outlet, 7 April 2025)` (the key stands in for an unknown outlet, n.d. for an unknown date).
 */
export function formatCitation(meta: SourceMeta, style: CitationStyle, locator?: string): FormattedCitation {
  switch (style) {
    case 'pandoc':
      return { text: formatCitationGroup([{ meta, locator }]) };
    case 'footnote':
      return { text: `[^${meta.key}]`, footnoteDefinition: `[^${meta.key}]: ${formatCitationGroup([{ meta, locator }])}.` };
    case 'inline':
      return { text: `(${meta.outlet ?? meta.key}, ${meta.date ? formatDate(meta.date) : 'n.d.'})` };
  }
}

/** Several sources in one Pandoc citation: `[@a; @b, para 2]`. */
export function formatCitationGroup(items: readonly { readonly meta: SourceMeta; readonly locator?: string }[]): string {
  return `[${items.map((i) => (i.locator ? `@${i.meta.key}, ${i.locator}` : `@${i.meta.key}`)).join('; ')}]`;
}

/**
 * A plain-Markdown reference entry for writers who do not use Pandoc, with what is known:
 * `Author. Title. *Outlet*, 7 April 2025. <url>` (no quote marks, so it is never read as a quotation).
 * `name` stands for an unknown title (e.g. the start of the article's first sentence); else the key does.
 */
export function formatReference(meta: SourceMeta, name?: string): string {
  const where = [meta.outlet ? `*${meta.outlet}*` : null, meta.date ? formatDate(meta.date) : null].filter((p) => p).join(', ');
  const parts = [meta.author, meta.title ?? name ?? meta.key, where || null, meta.url ? `<${meta.url}>` : null].filter((p): p is string => !!p);
  // A name cut short with … takes no full stop after it.
  return (parts.map((p) => p.replace(/[.]$/, '')).join('. ') + '.').replace(/…\./g, '…');
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
