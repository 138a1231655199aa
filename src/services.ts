import * as vscode from 'vscode';
import { Settings } from './configuration';
import { DiagnosticsController } from './diagnostics';
import { DraftAnalyzer } from './draftAnalysis';
import { LibraryService } from './libraryService';

/** What every feature of the extension is given when it is registered. */
export interface Services {
  readonly library: LibraryService;
  readonly analyzer: DraftAnalyzer;
  readonly diagnostics: DiagnosticsController;
  /** The current settings (re-read whenever a `verbatim.*` setting changes). */
  readonly settings: () => Settings;
  readonly log: vscode.LogOutputChannel;
}

/** Document selector for the drafts Verbatim checks. */
export function draftSelector(settings: Settings): vscode.DocumentSelector {
  return settings.languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
    { language, scheme: 'vscode-remote' },
    { language, scheme: 'vscode-userdata' },
  ]);
}
