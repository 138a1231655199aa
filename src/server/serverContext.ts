import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SettingsStore } from '../core/editor/settings';
import type { Drafts } from './drafts';
import type { Folder, LibraryHost } from './libraryHost';
import type { InitializationOptions } from './protocol';

/** A log line's level (debug lines are sent only with VERBATIM_DEBUG=1). */
export type Log = (level: 'debug' | 'info' | 'warn' | 'error', message: string) => void;

/** What every feature of the server is given. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly drafts: Drafts;
  readonly settings: SettingsStore;
  readonly library: LibraryHost;
  readonly options: InitializationOptions;
  readonly log: Log;
  /** The workspace folders as they are now. */
  readonly folders: () => readonly Folder[];
}

/** The open draft of a request, or undefined when the document is not open or not a draft. */
export function openDraft(context: ServerContext, uri: string): TextDocument | undefined {
  const document = context.documents.get(uri);
  return document && context.drafts.isDraft(document) ? document : undefined;
}
