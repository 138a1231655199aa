// Verbatim's language server, over any connection (stdio, a Node IPC channel, a web worker's
// messages): the library lives here once, and every editor — VS Code, Neovim, Helix, Zed, Emacs —
// gets the same diagnostics, hovers, quick fixes, definitions and completion.
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSettings, sectionReader, SettingsStore } from '../core/editor/settings';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { DiagnosticsPublisher } from './diagnostics';
import { Drafts } from './drafts';
import { registerHover } from './hover';
import { Folder, LibraryHost } from './libraryHost';
import { InitializationOptions, LibraryStatusNotification } from './protocol';
import { registerRequests } from './requests';
import { Log, ServerContext } from './serverContext';

/** Makes the library of a server, once the client has said who it is. */
export type LibraryFactory = (options: InitializationOptions, log: Log) => LibraryHost;

/** Serves Verbatim over a connection until the client shuts it down. */
export function startServer(connection: Connection, makeLibrary: LibraryFactory): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore();
  let folders: Folder[] = [];
  let configurable = false;
  let configWatchable = false;
  let watchable = false;
  let foldersChange = false;
  // The first load waits for the client's settings; after it, a change of the sources reloads.
  let loaded = false;
  let context: ServerContext | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options: InitializationOptions = params.initializationOptions ?? {};
    const log = logger(connection);
    const library = makeLibrary(options, log);
    const drafts = new Drafts(library, () => settings.current);
    folders = foldersOf(params);
    configurable = params.capabilities.workspace?.configuration === true;
    configWatchable = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchable = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    foldersChange = params.capabilities.workspace?.workspaceFolders === true;
    context = { connection, documents, drafts, settings, library, options, log, folders: () => folders };
    const diagnostics = new DiagnosticsPublisher(context);
    registerHover(context);
    registerCodeActions(context);
    registerDefinition(context);
    registerCompletion(context);
    registerRequests(context);
    library.onDidChangeStatus((status) => void connection.sendNotification(LibraryStatusNotification, status));
    settings.onDidChange(({ changed }) => {
      if (loaded && (changed.has('sources') || changed.has('includeBundledSources'))) {
        void library.load(folders, settings.current);
      }
      drafts.clear();
      diagnostics.refreshAll();
    });
    connection.onShutdown(() => {
      diagnostics.dispose();
      library.dispose();
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['@', '^'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'verbatim', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (!context) {
      return;
    }
    const { library } = context;
    // A registration the client refuses costs nothing: the settings are read again on any change it sends.
    const ignore = () => undefined;
    if (configurable && configWatchable) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'verbatim' }).catch(ignore);
    }
    settings.update(await readSettings(connection, configurable));
    if (watchable) {
      // Sources may be anywhere below a folder: the events are filtered against verbatim.sources as they come.
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md,markdown,TXT,MD,Markdown,MARKDOWN}' }] }).catch(ignore);
    }
    if (foldersChange) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added.map((f) => ({ uri: f.uri, name: f.name }))];
        void library.load(folders, settings.current);
      });
    }
    loaded = true;
    void library.load(folders, settings.current);
  });

  connection.onDidChangeConfiguration(async (change) => {
    // A client without workspace/configuration pushes the settings themselves.
    const pushed = (change.settings as { verbatim?: unknown } | null)?.verbatim;
    settings.update(configurable ? await readSettings(connection, true) : parseSettings(sectionReader(pushed)));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const type = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' } as const;
    context?.library.filesChanged(changes.map((c) => ({ uri: c.uri, type: type[c.type] })));
  });

  // A client that watches no files (Neovim 0.7) still saves sources through the editor.
  documents.onDidSave(({ document }) => context?.library.isSource(document.uri) && context.library.filesChanged([{ uri: document.uri, type: 'changed' }]));

  documents.listen(connection);
  connection.listen();
}

async function readSettings(connection: Connection, configurable: boolean) {
  if (!configurable) {
    return parseSettings(() => undefined);
  }
  const [section] = (await connection.workspace.getConfiguration([{ section: 'verbatim' }]).catch(() => [undefined])) as unknown[];
  return parseSettings(sectionReader(section));
}

function foldersOf(params: InitializeParams): Folder[] {
  if (params.workspaceFolders) {
    return params.workspaceFolders.map((f) => ({ uri: f.uri, name: f.name }));
  }
  const root = params.rootUri ?? undefined;
  return root ? [{ uri: root, name: root.replace(/\/+$/, '').split('/').pop() ?? root }] : [];
}

function logger(connection: Connection): Log {
  const debug = typeof process !== 'undefined' && process.env?.VERBATIM_DEBUG === '1';
  return (level, message) => {
    if (level === 'debug') {
      if (debug) {
        connection.console.log(message);
      }
      return;
    }
    connection.console[level](message);
  };
}
