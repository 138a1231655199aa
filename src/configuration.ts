import * as vscode from 'vscode';
import { CitationStyle } from './core/citationFormat';
import { parseSettings, Settings, SettingsStore, SeverityName } from './core/editor/settings';

export type { Settings } from './core/editor/settings';

/** Reads the current settings, falling back to defaults for values of the wrong type. */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('verbatim');
  return parseSettings((name) => c.get<unknown>(name));
}

/** The settings store of the window, following VS Code's configuration: one change event for every feature. */
export function watchSettings(store: SettingsStore): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('verbatim')) {
      store.update(readSettings());
    }
  });
}

const SEVERITIES: Record<SeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** VS Code's severity of a setting's severity name. */
export function diagnosticSeverity(name: SeverityName): vscode.DiagnosticSeverity {
  return SEVERITIES[name];
}

/** Stores the citation style in the user's settings (workspace if one is open). */
export async function setCitationStyle(style: CitationStyle): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('verbatim').update('citationStyle', style, target);
}
