import * as vscode from 'vscode';
import { Citation, citedParagraph } from './core/citations';
import { articleParagraph, articleStart, Source } from './core/source';
import { Analysis, itemAt } from './draftAnalysis';
import { registerForDrafts } from './featureHelpers';
import { sourceRange } from './sourceRanges';
import { Services } from './services';

/**
 * Registers Go to Definition for drafts: on a citation, the cited source at the passage of the
 * quotation it cites, else at the paragraph its `para N` locator names, else at the start of the
 * article (one location per known key); on a matched quotation, the passage of the source it was
 * matched to. The source editor then selects and centres the passage (see SourceEditors.expect).
 */
export function registerDefinitions(services: Services): vscode.Disposable[] {
  const provider: vscode.DefinitionProvider = {
    provideDefinition(document, position) {
      if (!services.analyzer.isDraft(document, services.settings().languages)) {
        return undefined;
      }
      const analysis = services.analyzer.analyze(document);
      const { quote, citation } = itemAt(analysis, document.offsetAt(position));
      const cited = citation ? citationLocations(services, analysis, citation) : [];
      const m = quote?.match;
      const locations = cited.length > 0 ? cited : m ? [new vscode.Location(services.library.uriOf(m.source), sourceRange(m.source, m.start, m.end))] : [];
      for (const l of locations) {
        services.sourceEditors.expect(l.uri, l.range);
      }
      return locations.length > 0 ? locations : undefined;
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerDefinitionProvider(selector, provider))];
}

function citationLocations(services: Services, analysis: Analysis, citation: Citation): vscode.Location[] {
  return citation.keys
    .map((key) => analysis.library.get(key))
    .filter((s): s is Source => s !== undefined)
    .map((source) => {
      const n = citedParagraph(citation, source.meta.key);
      const passage =
        (n === undefined ? undefined : articleParagraph(source, n)) ??
        analysis.quotes.find((q) => q.citation?.start === citation.start && q.match?.source === source)?.match ?? { start: articleStart(source), end: articleStart(source) };
      return new vscode.Location(services.library.uriOf(source), sourceRange(source, passage.start, passage.end));
    });
}
