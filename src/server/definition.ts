import { Location } from 'vscode-languageserver';
import { definitionTargets } from '../core/editor/definitions';
import { sourceRangeOf } from './drafts';
import { openDraft, ServerContext } from './serverContext';

/** Go to Definition (core/editor/definitions.ts): a citation leads to the cited sources, a matched quotation to its passage. */
export function registerDefinition(context: ServerContext): void {
  context.connection.onDefinition(({ textDocument, position }): Location[] | null => {
    const document = openDraft(context, textDocument.uri);
    if (!document) {
      return null;
    }
    const targets = definitionTargets(context.drafts.analyze(document), document.offsetAt(position));
    return targets.length > 0 ? targets.map((t) => ({ uri: context.library.uriOf(t.source), range: sourceRangeOf(t.source, t.start, t.end) })) : null;
  });
}
