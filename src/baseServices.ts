import * as vscode from 'vscode';
import { Settings } from './configuration';
import { DiagnosticsController } from './diagnostics';
import { DraftAnalyzer } from './draftAnalysis';
import { LibraryService } from './libraryService';
import { Notices } from './notices';

/** What the extension's features share, made before any feature. */
export interface BaseServices {
  readonly library: LibraryService;
  readonly analyzer: DraftAnalyzer;
  readonly diagnostics: DiagnosticsController;
  /** The current settings (re-read whenever a `verbatim.*` setting changes). */
  readonly settings: () => Settings;
  readonly log: vscode.LogOutputChannel;
  /** The messages commands answer with (and their errors, with "Show Log"). */
  readonly notices: Notices;
}
