import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DRAFT_SCHEMES, DraftAnalyses, DraftAnalysis } from '../core/editor/draftAnalyses';
import type { Settings } from '../core/editor/settings';
import { LineIndex } from '../core/lineIndex';
import type { Source } from '../core/source';
import type { LibraryHost } from './libraryHost';
import type { Range } from './protocol';


// What other editors call the languages VS Code calls markdown and plaintext.
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', 'plain text': 'plaintext', plain_text: 'plaintext', md: 'markdown', gfm: 'markdown', pandoc: 'markdown' };
const EXTENSION_LANGUAGES: Record<string, string> = { md: 'markdown', markdown: 'markdown', txt: 'plaintext' };

/**
 * The language a client's language ID means: VS Code's IDs as they are; Neovim's `text`, Zed's
 * `Plain Text`, `markdown.pandoc` and the like by what they are; none sent: by the file's extension.
 */
export function draftLanguage(languageId: string, uri: string): string {
  const id = languageId.trim().toLowerCase().split('.')[0];
  if (id === '') {
    return EXTENSION_LANGUAGES[/\.([^./]+)$/.exec(uri)?.[1]?.toLowerCase() ?? ''] ?? '';
  }
  return LANGUAGE_ALIASES[id] ?? id;
}

/** The open drafts of the server: which documents are drafts, and their analyses (one check per version). */
export class Drafts {
  private readonly analyses: DraftAnalyses<string>;

  constructor(
    private readonly library: LibraryHost,
    private readonly settings: () => Settings,
  ) {
    this.analyses = new DraftAnalyses(() => settings().minQuoteWords);
  }

  /** True for documents Verbatim checks: a configured language, a file or untitled document, and not a source. */
  isDraft(document: TextDocument): boolean {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(document.uri)?.[1]?.toLowerCase() ?? '';
    return this.settings().languages.includes(draftLanguage(document.languageId, document.uri)) && DRAFT_SCHEMES.includes(scheme) && !this.library.isSource(document.uri);
  }

  /** The analysis of a document's current version. */
  analyze(document: TextDocument): DraftAnalysis<string> {
    return this.analyses.analyze(document.uri, document.uri, document.version, () => document.getText(), this.library.library);
  }

  forget(uri: string): void {
    this.analyses.forget(uri);
  }

  clear(): void {
    this.analyses.clear();
  }
}

/** An LSP range from offsets of an analysed text. */
export function rangeOf(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.position(start), end: lines.position(end) };
}

const sourceLines = new WeakMap<Source, LineIndex>();

/** An LSP range from offsets of a source's text. */
export function sourceRangeOf(source: Source, start: number, end: number): Range {
  let lines = sourceLines.get(source);
  if (!lines) {
    lines = new LineIndex(source.text);
    sourceLines.set(source, lines);
  }
  return rangeOf(lines, start, end);
}
