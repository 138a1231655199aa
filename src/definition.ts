import * as vscode from 'vscode';
import { definitionTargets } from './core/editor/definitions';
import { registerForDrafts } from './featureHelpers';
import { Services } from './services';
import { sourceRange } from './sourceRanges';

/**
 * Registers Go to Definition for drafts (see core/editor/definitions.ts): a citation leads to the
 * cited sources, a matched quotation to its source's passage. The source editor then selects and
 * centres the passage (see SourceEditors.expect).
 */
export function registerDefinitions(services: Services): vscode.Disposable[] {
  const provider: vscode.DefinitionProvider = {
    provideDefinition(document, position) {
      if (!services.analyzer.isDraft(document, services.settings().languages)) {
        return undefined;
      }
      const targets = definitionTargets(services.analyzer.analyze(document), document.offsetAt(position));
      const locations = targets.map((t) => new vscode.Location(services.library.uriOf(t.source), sourceRange(t.source, t.start, t.end)));
      for (const l of locations) {
        services.sourceEditors.expect(l.uri, l.range);
      }
      return locations.length > 0 ? locations : undefined;
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerDefinitionProvider(selector, provider))];
}
