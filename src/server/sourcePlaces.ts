import type { Source } from '../core/source';
import { ServerContext } from './serverContext';

/** Where a source is, in words: its path in the workspace, or "bundled with Verbatim". */
export function sourcePlace(context: ServerContext, source: Source): string {
  return context.library.isBundled(source) ? 'bundled with Verbatim' : source.file;
}
