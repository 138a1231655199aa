// Where Go to Definition leads from a draft: on a citation, each cited source at the passage of the
// quotation it cites, else at the paragraph its `para N` locator names, else at the start of the
// article; on a matched quotation, the passage of the source it was matched to.
import { citedParagraph } from '../citations';
import { articleParagraph, articleStart, Source } from '../source';
import { DraftAnalysis, itemAt } from './draftAnalyses';

/** A stretch of a source's text, in offsets. */
export interface SourceTarget {
  readonly source: Source;
  readonly start: number;
  readonly end: number;
}

/** The definitions of the citation or quotation at an offset of the draft (none: nothing there). */
export function definitionTargets(analysis: DraftAnalysis<unknown>, offset: number): SourceTarget[] {
  const { quote, citation } = itemAt(analysis, offset);
  const cited = (citation?.keys ?? [])
    .map((key) => analysis.library.get(key))
    .filter((s): s is Source => s !== undefined)
    .map((source) => {
      const n = citation ? citedParagraph(citation, source.meta.key) : undefined;
      const passage =
        (n === undefined ? undefined : articleParagraph(source, n)) ??
        analysis.quotes.find((q) => q.citation?.start === citation?.start && q.match?.source === source)?.match ?? { start: articleStart(source), end: articleStart(source) };
      return { source, start: passage.start, end: passage.end };
    });
  const m = quote?.match;
  return cited.length > 0 ? cited : m ? [{ source: m.source, start: m.start, end: m.end }] : [];
}
