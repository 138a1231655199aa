// The diagnostics of a draft as an editor shows them — offsets, message, code, severity by the
// settings, and the source passage as related information — for VS Code's and LSP's types alike.
import { QuoteCheck } from '../checker';
import { FindingCode, findingsOf } from '../findings';
import { Library } from '../library';
import { sourceName } from '../render/sourceNames';
import { Source } from '../source';
import { Settings, SeverityName } from './settings';

/** The passage of a source a quotation was matched to, in offsets of the source's text. */
export interface SourcePassage {
  readonly source: Source;
  readonly start: number;
  readonly end: number;
  /** The passage's words in quote marks (the related information's message). */
  readonly message: string;
}

/** One diagnostic of a draft, in offsets of its text. */
export interface DraftDiagnostic {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly code: FindingCode;
  readonly severity: SeverityName;
  readonly related?: SourcePassage;
}

/** The diagnostics of checked quotations, sources named by their titles. */
export function draftDiagnostics(quotes: readonly QuoteCheck[], library: Library, settings: Settings): DraftDiagnostic[] {
  return findingsOf(quotes, { name: (s) => sourceName(s, 60), library }).map((f) => {
    const m = f.quote.match;
    const related = m ? { source: m.source, start: m.start, end: m.end, message: `“${m.text}”` } : undefined;
    return { start: f.start, end: f.end, message: f.message, code: f.code, severity: severityOf(f.code, f.changesMeaning, settings), related };
  });
}

/** The severity the settings give a finding. */
export function severityOf(code: FindingCode, changesMeaning: boolean, settings: Settings): SeverityName {
  if (changesMeaning) {
    return settings.severity.meaningChanged;
  }
  switch (code) {
    case 'misquoted':
      return settings.severity.misquoted;
    case 'unverified':
      return settings.severity.unverified;
    case 'citation-mismatch':
      return settings.severity.citationMismatch;
    default:
      return 'warning';
  }
}
