import { checkDraft } from '../../../src/core/checker';
import { Library } from '../../../src/core/library';
import { PassageSearch } from '../../../src/core/search';

/** Everything a user of a library can see of it, with sources named by key. */
export function observable(library: Library) {
  return {
    issues: library.issues,
    sources: library.sources.map((s) => ({ meta: s.meta, file: s.file, hash: s.hash, text: s.text, paragraphs: s.paragraphs, sentences: s.sentences, tokens: s.tokens, tokenParagraph: [...s.tokenParagraph] })),
  };
}

/** Check results with each source replaced by its key, so two libraries' results compare. */
export function checksOf(library: Library, texts: readonly string[]) {
  return texts.map((text) => JSON.parse(JSON.stringify(checkDraft(text, library), (k, v) => (k === 'source' || k === 'sources' ? v?.meta?.key : v))));
}

export function searchesOf(library: Library, queries: readonly string[]) {
  const search = new PassageSearch(library);
  return queries.map((q) => search.search(q, 10).map((h) => ({ ...h, source: h.source.meta.key })));
}

