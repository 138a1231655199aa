import * as vscode from 'vscode';
import { onDidChangeSettings, readSettings, Settings } from './configuration';
import { registerBibliographyCommands } from './bibliographyCommands';
import { registerCitationCommands } from './citationCommands';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDefinitions } from './definition';
import { DiagnosticsController } from './diagnostics';
import { DraftAnalyzer } from './draftAnalysis';
import { registerHover } from './hover';
import { LibraryService } from './libraryService';
import { registerSearchCommand } from './searchCommand';
import { Services } from './services';
import { registerSourcesView } from './sourcesView';
import { registerStatusBar } from './statusBar';

/** What `activate` returns, for tests and other extensions. */
export interface VerbatimApi {
  readonly services: Services;
}

export function activate(context: vscode.ExtensionContext): VerbatimApi {
  let settings: Settings = readSettings();
  const log = vscode.window.createOutputChannel('Verbatim', { log: true });
  const library = new LibraryService(settings, log);
  const analyzer = new DraftAnalyzer(library, () => settings.minQuoteWords);
  const diagnostics = new DiagnosticsController(analyzer, library, () => settings);
  const services: Services = { library, analyzer, diagnostics, settings: () => settings, log };
  context.subscriptions.push(
    log,
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
  // Not awaited: activation stays fast; the library fires onDidChange when loaded, which re-checks drafts.
  void library.reload();
  return { services };
}

export function deactivate(): void {}
