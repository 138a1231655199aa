import * as vscode from 'vscode';
import { bundledSeedInputs } from './bundledSeeds';
import { BundledSourceFileSystem } from './bundledSourceFileSystem';
import { onDidChangeSettings, readSettings, Settings } from './configuration';
import { registerBibliographyCommands } from './bibliographyCommands';
import { registerCitationCommands } from './citationCommands';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDefinitions } from './definition';
import { DiagnosticsController } from './diagnostics';
import { DraftAnalyzer } from './draftAnalysis';
import { registerHover } from './hover';
import { BUNDLED_SCHEME, LibraryService } from './libraryService';
import { registerSearchCommand } from './searchCommand';
import { Services } from './services';
import { registerSourcesView } from './sourcesView';
import { registerStatusBar } from './statusBar';

/** What `activate` returns, for tests and other extensions. */
export interface VerbatimApi {
  readonly services: Services;
  /** How long `activate` took, in milliseconds (also in the log). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): VerbatimApi {
  const started = performance.now();
  let settings: Settings = readSettings();
  const log = vscode.window.createOutputChannel('Verbatim', { log: true });
  const library = new LibraryService(settings, log, {
    storageUri: context.globalStorageUri,
    workerPath: vscode.Uri.joinPath(context.extensionUri, 'dist', 'libraryWorker.js').fsPath,
  });
  const analyzer = new DraftAnalyzer(library, () => settings.minQuoteWords);
  const diagnostics = new DiagnosticsController(analyzer, library, () => settings);
  const services: Services = { library, analyzer, diagnostics, settings: () => settings, log };
  context.subscriptions.push(
    log,
    vscode.workspace.registerFileSystemProvider(BUNDLED_SCHEME, new BundledSourceFileSystem(bundledSeedInputs()), { isReadonly: true, isCaseSensitive: true }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void library.reload()),
    library,
    diagnostics,
    onDidChangeSettings((next) => {
      settings = next;
      analyzer.clear();
      library.updateSettings(next);
      diagnostics.refreshAll();
    }),
    vscode.commands.registerCommand('verbatim.checkWorkspace', () => diagnostics.checkWorkspace()),
    vscode.commands.registerCommand('verbatim.reloadSources', async () => (await library.reload()).sources.length),
    vscode.commands.registerCommand('verbatim.showLog', () => log.show()),
    ...registerSearchCommand(services),
    ...registerCitationCommands(services),
    ...registerBibliographyCommands(services),
    ...registerHover(services),
    ...registerCodeActions(services),
    ...registerDefinitions(services),
    ...registerCompletion(services),
    ...registerSourcesView(services),
    ...registerStatusBar(services),
  );
  // Not awaited: the bundled seeds are usable at once, the workspace sources load off this thread,
  // and each library swapped in fires onDidChange, which re-checks the open drafts.
  void library.reload();
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { services, activationMs };
}

export function deactivate(): void {}
