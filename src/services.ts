import * as vscode from 'vscode';
import { Settings } from './configuration';
import { DiagnosticsController } from './diagnostics';
import { DRAFT_SCHEMES, DraftAnalyzer } from './draftAnalysis';
import { LibraryService } from './libraryService';
import { Notices } from './notices';
import type { SourceEditors } from './sourceEditors';

/** What every feature of the extension is given when it is registered. */
export interface Services {
  readonly library: LibraryService;
  readonly analyzer: DraftAnalyzer;
  readonly diagnostics: DiagnosticsController;
  /** The current settings (re-read whenever a `verbatim.*` setting changes). */
  readonly settings: () => Settings;
  readonly log: vscode.LogOutputChannel;
  /** The messages commands answer with (and their errors, with "Show Log"). */
  readonly notices: Notices;
  /** Source editors: wrapped, passages selected and centred, quoted passages highlighted. */
  readonly sourceEditors: SourceEditors;
}

/** Document selector for the drafts Verbatim checks. */
export function draftSelector(settings: Settings): vscode.DocumentSelector {
  return settings.languages.flatMap((language) => DRAFT_SCHEMES.map((scheme) => ({ language, scheme })));
}
