import * as vscode from 'vscode';
import { bundledSeedInputs } from './bundledSeeds';
import { BundledSourceFileSystem } from './bundledSourceFileSystem';
import { readSettings, Settings, watchSettings } from './configuration';
import { SettingsStore } from './core/editor/settings';
import { registerBibliographyCommands } from './bibliographyCommands';
import { registerCitationCommands } from './citationCommands';
import { registerCodeActions } from './codeActions';
import { registerCompareCommand } from './compareCommand';
import { registerCompletion } from './completion';
import { registerDefinitions } from './definition';
import { describeCheck, DiagnosticsController } from './diagnostics';
import { DraftAnalyzer } from './draftAnalysis';
import { registerHover } from './hover';
import { BUNDLED_SCHEME, bundledSourcePaths, LibraryService } from './libraryService';
import { Notices } from './notices';
import { registerSampleDraft } from './sampleDraft';
import { registerSearchCommand } from './searchCommand';
import { Services } from './services';
import { SourceEditors } from './sourceEditors';
import { registerSourcesView } from './sourcesView';
import { registerStatusBar } from './statusBar';
import { registerVerifiedMarks } from './verifiedMarks';
import { COMMANDS } from './server/protocol';

/** What `activate` returns, for tests and other extensions. */
export interface VerbatimApi {
  readonly services: Services;
  /** How long `activate` took, in milliseconds (also in the log). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): VerbatimApi {
  const started = performance.now();
  const store = new SettingsStore(readSettings());
  const settings = () => store.current;
  const log = vscode.window.createOutputChannel('Verbatim', { log: true });
  const library = new LibraryService(settings(), log, {
    storageUri: context.globalStorageUri,
    workerPath: vscode.Uri.joinPath(context.extensionUri, 'dist', 'libraryWorker.js').fsPath,
  });
  const analyzer = new DraftAnalyzer(library, () => settings().minQuoteWords);
  const diagnostics = new DiagnosticsController(analyzer, library, settings);
  const notices = new Notices(log);
  const base = { library, analyzer, diagnostics, notices, settings, settingsStore: store, log };
  const sourceEditors = new SourceEditors(base);
  const services: Services = { ...base, sourceEditors };
  context.subscriptions.push(
    log,
    notices,
    sourceEditors,
    vscode.workspace.registerFileSystemProvider(BUNDLED_SCHEME, new BundledSourceFileSystem(bundledSeedInputs(), bundledSourcePaths()), { isReadonly: true, isCaseSensitive: true }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void library.reload()),
    library,
    diagnostics,
    watchSettings(store),
    store.onDidChange((change) => {
      void setDraftLanguages(change.settings);
      analyzer.clear();
      library.updateSettings(change);
      diagnostics.refreshAll();
    }),
    notices.registerCommand(COMMANDS.checkWorkspace, async () => {
      const check = await diagnostics.checkWorkspace();
      notices.show('information', `Verbatim checked ${describeCheck(check)}.`, [{ title: 'Show Problems', run: () => vscode.commands.executeCommand('workbench.actions.view.problems') }]);
      return check;
    }),
    notices.registerCommand(COMMANDS.reloadSources, async () => {
      const loaded = await library.reload();
      vscode.window.setStatusBarMessage(`Verbatim: ${loaded.sources.length} sources loaded`, 5000);
      return loaded.sources.length;
    }),
    vscode.commands.registerCommand(COMMANDS.showLog, () => log.show()),
    ...registerCompareCommand(services),
    ...registerSampleDraft(services, context.extensionUri),
    ...registerVerifiedMarks(services),
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
  void setDraftLanguages(settings());
  // Not awaited: the bundled seeds are usable at once, the workspace sources load off this thread,
  // and each library swapped in fires onDidChange, which re-checks the open drafts.
  void library.reload();
  const activationMs = performance.now() - started;
  log.debug(`Activated in ${activationMs.toFixed(1)} ms`);
  return { services, activationMs };
}

export function deactivate(): void {}

// Menus show draft commands (Compare with Source) for the languages Verbatim checks.
function setDraftLanguages(settings: Settings): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', 'verbatim.draftLanguages', settings.languages);
}
