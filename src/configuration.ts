import * as vscode from 'vscode';
import { CITATION_STYLES, CitationStyle } from './core/citationFormat';

/** Every Verbatim setting, read in one place. */
export interface Settings {
  readonly sources: readonly string[];
  readonly includeBundledSources: boolean;
  readonly citationStyle: CitationStyle;
  readonly minQuoteWords: number;
  readonly languages: readonly string[];
  readonly severity: {
    /** A misquote that changes a number, a negation, or what a cut or bracket leaves. */
    readonly meaningChanged: vscode.DiagnosticSeverity;
    readonly misquoted: vscode.DiagnosticSeverity;
    readonly unverified: vscode.DiagnosticSeverity;
    readonly citationMismatch: vscode.DiagnosticSeverity;
  };
  readonly hoverEnabled: boolean;
  /** A quiet mark after each verified quotation. */
  readonly verifiedMarks: boolean;
}

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Reads the current settings, falling back to defaults for values of the wrong type. */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('verbatim');
  const style = c.get<string>('citationStyle', 'pandoc');
  const severity = (name: string, fallback: string) => SEVERITIES[c.get<string>(`severity.${name}`, fallback)] ?? SEVERITIES[fallback];
  const strings = (name: string, fallback: string[]) => {
    const v = c.get<unknown>(name);
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : fallback;
  };
  return {
    sources: strings('sources', ['sources/**/*.{txt,md}']),
    includeBundledSources: c.get<boolean>('includeBundledSources', true) !== false,
    citationStyle: (CITATION_STYLES as readonly string[]).includes(style) ? (style as CitationStyle) : 'pandoc',
    minQuoteWords: Math.max(1, Math.floor(Number(c.get<number>('minQuoteWords', 4)) || 4)),
    languages: strings('languages', ['markdown', 'plaintext']),
    severity: {
      meaningChanged: severity('meaningChanged', 'error'),
      misquoted: severity('misquoted', 'warning'),
      unverified: severity('unverified', 'information'),
      citationMismatch: severity('citationMismatch', 'warning'),
    },
    hoverEnabled: c.get<boolean>('hover.enabled', true) !== false,
    verifiedMarks: c.get<boolean>('decorations.verified', true) !== false,
  };
}

/** Fires with fresh settings whenever a `verbatim.*` setting changes. */
export function onDidChangeSettings(listener: (settings: Settings, e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('verbatim')) {
      listener(readSettings(), e);
    }
  });
}

/** Stores the citation style in the user's settings (workspace if one is open). */
export async function setCitationStyle(style: CitationStyle): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('verbatim').update('citationStyle', style, target);
}
