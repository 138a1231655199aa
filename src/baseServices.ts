import * as vscode from 'vscode';
import { Settings } from './configuration';
import { SettingsStore } from './core/editor/settings';
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
  /** The settings and their one change event, which names the settings that changed. */
  readonly settingsStore: SettingsStore;
  readonly log: vscode.LogOutputChannel;
  /** The messages commands answer with (and their errors, with "Show Log"). */
  readonly notices: Notices;
}
