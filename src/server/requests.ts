import { CITATION_STYLES, CitationStyle, formatCitation } from '../core/citationFormat';
import { itemAt } from '../core/editor/draftAnalyses';
import { findingsOf } from '../core/findings';
import { Library } from '../core/library';
import { comparisonOf } from '../core/render/comparison';
import { shorten } from '../core/render/markdownText';
import { searchRow } from '../core/render/searchRows';
import { outletAndDate, sourceName } from '../core/render/sourceNames';
import { PassageSearch } from '../core/search';
import { librarySpeakers } from '../core/attribution/librarySpeakers';
import { sameSpeaker } from '../core/attribution/names';
import { rangeOf, sourceRangeOf } from './drafts';
import { AnalysisData, AnalysisRequest, CompareRequest, QuoteData, QuotesBySpeakerRequest, ReloadRequest, SearchRequest, SourcesRequest, SpeakerData } from './protocol';
import { openDraft, ServerContext } from './serverContext';

const MAX_SEARCH_RESULTS = 50;

/** The custom requests of protocol.ts: what VS Code's client shows beyond LSP, answered from the one library. */
export function registerRequests(context: ServerContext): void {
  const { connection, library } = context;
  let search: { library: Library; search: PassageSearch } | undefined;
  const searchOf = (current: Library) => {
    if (search?.library !== current) {
      search = { library: current, search: new PassageSearch(current) };
    }
    return search.search;
  };

  connection.onRequest(SearchRequest, ({ query, limit }) => {
    const current = library.library;
    return searchOf(current)
      .search(String(query ?? ''), Math.min(MAX_SEARCH_RESULTS, Math.max(1, limit ?? 20)))
      .map((hit) => ({ ...searchRow(hit), key: hit.source.meta.key, uri: library.uriOf(hit.source), start: hit.start, end: hit.end, range: sourceRangeOf(hit.source, hit.start, hit.end), text: hit.text, paragraph: hit.paragraph }));
  });

  connection.onRequest(SourcesRequest, () => {
    const current = library.library;
    return {
      sources: current.sources.map((source) => ({
        key: source.meta.key,
        name: sourceName(source),
        outletAndDate: outletAndDate(source),
        uri: library.uriOf(source),
        bundled: library.isBundled(source),
        passages: source.paragraphs.filter((p) => !p.furniture).length,
        citations: Object.fromEntries(CITATION_STYLES.map((style) => [style, formatCitation(source.meta, style).text])) as Record<CitationStyle, string>,
      })),
      skipped: current.issues.filter((i) => i.severity === 'skipped').map((i) => ({ file: i.file, message: i.message })),
      loading: library.status.state === 'loading',
    };
  });

  connection.onRequest(AnalysisRequest, ({ uri }): AnalysisData | null => {
    const document = openDraft(context, uri);
    if (!document) {
      return null;
    }
    const analysis = context.drafts.analyze(document);
    const codes = new Map<unknown, QuoteData['codes'][number][]>();
    const meaning = new Set<unknown>();
    for (const f of findingsOf(analysis.quotes)) {
      codes.set(f.quote, [...(codes.get(f.quote) ?? []), f.code]);
      if (f.changesMeaning) {
        meaning.add(f.quote);
      }
    }
    const quotes = analysis.quotes.map((q): QuoteData => {
      const m = q.match;
      return {
        range: rangeOf(analysis.lines, q.start, q.end),
        outerRange: rangeOf(analysis.lines, q.outerStart, q.outerEnd),
        text: q.text,
        status: q.status,
        changesMeaning: meaning.has(q),
        source: m ? { key: m.source.meta.key, uri: library.uriOf(m.source), range: sourceRangeOf(m.source, m.start, m.end), text: m.text } : undefined,
        verifiedIn: q.verifiedIn ?? undefined,
        citation: q.citation ? { keys: q.citation.keys, range: rangeOf(analysis.lines, q.citation.start, q.citation.end) } : undefined,
        codes: codes.get(q) ?? [],
      };
    });
    const count = (status: QuoteData['status']) => quotes.filter((q) => q.status === status).length;
    const tally = { verified: count('verified'), misquoted: count('misquoted'), unverified: count('unverified'), skipped: count('skipped'), mismatched: quotes.filter((q) => q.verifiedIn).length };
    return { uri, version: document.version, quotes, tally };
  });

  connection.onRequest(CompareRequest, ({ uri, offset }) => {
    const document = openDraft(context, uri);
    const quote = document ? itemAt(context.drafts.analyze(document), offset).quote : undefined;
    const sides = quote && comparisonOf(quote);
    if (!quote?.match || !sides) {
      return null;
    }
    return { written: sides.written, source: sides.source, title: `“${shorten(quote.text, 40)}” ↔ ${sourceName(quote.match.source, 40)}`, sourceName: sourceName(quote.match.source, 60) };
  });

  connection.onRequest(QuotesBySpeakerRequest, ({ name }): SpeakerData[] => {
    const speakers = librarySpeakers(library.library).filter((s) => name === undefined || sameSpeaker(s.name, name));
    return speakers.map((s) => ({
      name: s.name,
      descriptions: s.descriptions,
      quotes: s.quotations.map(({ source, quotation }) => ({
        key: source.meta.key,
        uri: library.uriOf(source),
        range: sourceRangeOf(source, quotation.innerStart, quotation.innerEnd),
        text: source.text.slice(quotation.innerStart, quotation.innerEnd),
      })),
    }));
  });

  connection.onRequest(ReloadRequest, async () => ({ sources: (await library.load(context.folders(), context.settings.current)).sources.length }));
}
