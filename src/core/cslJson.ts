import { SourceMeta } from './metadata';

/** A CSL-JSON item, the bibliography format Pandoc's citeproc and Quarto read. */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper' | 'article';
  readonly title?: string;
  readonly 'container-title'?: string;
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL?: string;
  readonly author?: readonly ({ readonly family: string; readonly given?: string } | { readonly literal: string })[];
}

/**
 * Converts source metadata to a CSL-JSON item whose id is the citation key, so `[@key]` resolves.
 * Only what is known is written: an untitled source has no title rather than an invented one.
 */
export function toCslItem(meta: SourceMeta): CslItem {
  const item: { -readonly [K in keyof CslItem]?: CslItem[K] } = { id: meta.key, type: meta.outlet ? 'article-newspaper' : 'article' };
  if (meta.title) {
    item.title = meta.title;
  }
  if (meta.outlet) {
    item['container-title'] = meta.outlet;
  }
  if (meta.date) {
    item.issued = { 'date-parts': [meta.date.split('-').map(Number)] };
  }
  if (meta.url) {
    item.URL = meta.url;
  }
  if (meta.author) {
    item.author = splitAuthors(meta.author).map(personName);
  }
  return item as CslItem;
}

/** The whole library as a CSL-JSON document (an array of items), pretty-printed. */
export function toCslJson(metas: readonly SourceMeta[]): string {
  return `${JSON.stringify(metas.map(toCslItem), null, 2)}\n`;
}

function splitAuthors(authors: string): string[] {
  return authors
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}

// "Jane Q. Doe" → family Doe, given Jane Q.; a single word or an organisation stays literal.
function personName(name: string): { family: string; given?: string } | { literal: string } {
  const parts = name.split(/\s+/);
  if (parts.length < 2 || /\b(?:news|agency|press|staff|desk|reuters|associated)\b/i.test(name)) {
    return { literal: name };
  }
  return { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
}
