import * as vscode from 'vscode';
import { BaseServices } from './baseServices';
import { Settings } from './configuration';
import { DRAFT_SCHEMES } from './draftAnalysis';
import { SourceEditors } from './sourceEditors';

export type { BaseServices } from './baseServices';

/** What every feature of the extension is given when it is registered. */
export interface Services extends BaseServices {
  /** Source editors: wrapped, passages selected and centred, quoted passages highlighted. */
  readonly sourceEditors: SourceEditors;
}

/** Document selector for the drafts Verbatim checks. */
export function draftSelector(settings: Settings): vscode.DocumentSelector {
  return settings.languages.flatMap((language) => DRAFT_SCHEMES.map((scheme) => ({ language, scheme })));
}
