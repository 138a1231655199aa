import * as vscode from 'vscode';
import { setCitationStyle } from './configuration';
import { QuoteCheck } from './core/checker';
import { CITATION_STYLES, CitationStyle, formatCitation } from './core/citationFormat';
import { Citation } from './core/citations';
import { Library } from './core/library';
import { SourceMeta } from './core/metadata';
import { articleParagraph, articleStart, locatorParagraph, Source } from './core/source';
import { Analysis, itemAt } from './draftAnalysis';
import { insertInEditor, locatorAt, styleArg } from './edits';
import { OpenSourceArgs } from './featureHelpers';
import { sourceRange } from './sourceRanges';
import { outletAndDate, sourceName } from './core/render/sourceNames';
import { Services } from './services';
import { COMMANDS } from './server/protocol';

/** Arguments of the scripted form of `verbatim.insertCitation` (a bare key string works too). */
export interface InsertCitationArgs {
  readonly key: string;
  /** Citation style (default: the `verbatim.citationStyle` setting). */
  readonly style?: CitationStyle;
  /** A locator such as `para 3`; `true` for the paragraph of the quotation under the cursor, if it is in that source. */
  readonly locator?: string | boolean;
}

function articleParagraphAt(source: Source, locator: string | undefined): { start: number; end: number } | undefined {
  const n = locatorParagraph(locator);
  return n === undefined ? undefined : articleParagraph(source, n);
}

interface SourceItem extends vscode.QuickPickItem {
  readonly source: Source;
}

/** Registers `verbatim.insertCitation`, `verbatim.openSource` and `verbatim.setCitationStyle`. */
export function registerCitationCommands(services: Services): vscode.Disposable[] {
  return [
    services.notices.registerCommand(COMMANDS.insertCitation, (args) => insertCitation(services, args)),
    services.notices.registerCommand(COMMANDS.openSource, (args) => openSource(services, args)),
    services.notices.registerCommand(COMMANDS.setCitationStyle, (args) => chooseStyle(services, args)),
  ];
}

/** What the cursor is on in a draft: the quotation and the source it matched, and any citation. */
function underCursor(services: Services, editor: vscode.TextEditor | undefined): { analysis?: Analysis; quote?: QuoteCheck; citation?: Citation } {
  if (!editor || !services.analyzer.isDraft(editor.document, services.settings().languages)) {
    return {};
  }
  const analysis = services.analyzer.analyze(editor.document);
  return { analysis, ...itemAt(analysis, editor.document.offsetAt(editor.selection.active)) };
}

async function insertCitation(services: Services, args: unknown): Promise<string | undefined> {
  const scripted = typeof args === 'string' ? { key: args } : isObjectWithKey(args) ? (args as InsertCitationArgs) : undefined;
  const style = styleArg(scripted?.style, services.settings().citationStyle);
  if (!style) {
    throw new Error(`verbatim.insertCitation: unknown citation style ${JSON.stringify(scripted?.style)}`);
  }
  const library = await services.library.ready();
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    if (!scripted) {
      void vscode.window.showInformationMessage('Verbatim: open a draft to insert a citation.');
    }
    return undefined;
  }
  const matched = underCursor(services, editor).quote?.match?.source;
  const source = scripted ? library.get(scripted.key) : await pickSource(library, matched, '(matches the quote under the cursor)', 'Cite which source?');
  if (!source) {
    return undefined;
  }
  // Read again after the picker: the draft may have changed while it was open.
  const { quote } = underCursor(services, editor);
  let locator: string | undefined;
  if (typeof scripted?.locator === 'string') {
    locator = scripted.locator;
  } else if (scripted?.locator === true && quote?.match?.source === source) {
    locator = locatorAt(source, quote.match.start);
  }
  const formatted = formatCitation(source.meta, style, locator);
  let range: vscode.Range = editor.selection;
  let text = formatted.text;
  if (quote) {
    // Inside a quotation the citation belongs after its closing mark, not among the quoted words.
    const at = editor.document.positionAt(quote.outerEnd);
    range = new vscode.Range(at, at);
    const before = quote.outerEnd > 0 ? editor.document.getText(new vscode.Range(editor.document.positionAt(quote.outerEnd - 1), at)) : '';
    text = before === '' || /\s/.test(before) ? text : ` ${text}`;
  }
  const inserted = await insertInEditor(editor, range, text, formatted.footnoteDefinition, services.library);
  if (!inserted && !scripted) {
    void vscode.window.showWarningMessage('Verbatim: citations are inserted into drafts; sources are never edited.');
  }
  return inserted ? text : undefined;
}

async function openSource(services: Services, args: unknown): Promise<string | undefined> {
  const library = await services.library.ready();
  let target: { source: Source; start?: number; end?: number } | undefined;
  if (typeof args === 'string' || isObjectWithKey(args)) {
    const { key, start, end } = typeof args === 'string' ? { key: args } : (args as OpenSourceArgs);
    const source = library.get(key);
    if (!source) {
      void vscode.window.showErrorMessage(`Verbatim: no source has the key “${key}”.`);
      return undefined;
    }
    target = { source, start, end };
  } else {
    target = targetUnderCursor(services, library);
    if (!target) {
      const source = await pickSource(library, undefined, '', 'Open which source?');
      target = source && { source };
    }
  }
  if (!target) {
    return undefined;
  }
  const uri = services.library.uriOf(target.source);
  const length = target.source.text.length;
  const clamp = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? Math.min(length, Math.max(0, Math.floor(n))) : undefined);
  const start = clamp(target.start) ?? articleStart(target.source);
  const end = Math.max(start, clamp(target.end) ?? start);
  await services.sourceEditors.showPassage(uri, sourceRange(target.source, start, end));
  return uri.toString();
}

// A citation under the cursor names the source; a quotation names the passage it matched.
function targetUnderCursor(services: Services, library: Library): { source: Source; start?: number; end?: number } | undefined {
  const { analysis, quote, citation } = underCursor(services, vscode.window.activeTextEditor);
  if (citation) {
    const source = citation.keys.map((k) => library.get(k)).find((s) => s);
    if (source) {
      const cited = analysis?.quotes.find((q) => q.citation?.start === citation.start && q.match?.source === source)?.match;
      const passage = cited ?? articleParagraphAt(source, citation.locator);
      return { source, start: passage?.start, end: passage?.end };
    }
  }
  if (quote?.match) {
    return { source: quote.match.source, start: quote.match.start, end: quote.match.end };
  }
  return undefined;
}

async function chooseStyle(services: Services, args: unknown): Promise<CitationStyle | undefined> {
  if (args !== undefined) {
    if (typeof args !== 'string' || !(CITATION_STYLES as readonly string[]).includes(args)) {
      void vscode.window.showErrorMessage(`Verbatim: unknown citation style ${JSON.stringify(args)}; use one of ${CITATION_STYLES.join(', ')}.`);
      return undefined;
    }
    await setCitationStyle(args as CitationStyle);
    return args as CitationStyle;
  }
  const sources = services.library.library.sources;
  // The most complete source shows best what each style writes.
  const example = sources.find((s) => s.meta.outlet && s.meta.date && s.meta.title) ?? sources[0];
  const meta: SourceMeta = example?.meta ?? { key: 'key', title: 'Title', author: null, outlet: 'Outlet', date: '2025-04-07', url: null };
  const current = services.settings().citationStyle;
  const explain: Record<CitationStyle, string> = {
    pandoc: 'Pandoc and Quarto citation, with an optional locator',
    footnote: 'Footnote reference, its definition added at the end of the draft',
    inline: 'Outlet and date in parentheses',
  };
  const items = CITATION_STYLES.map((style) => {
    const shown = formatCitation(meta, style, style === 'pandoc' ? 'para 3' : undefined);
    return {
      label: style,
      description: shown.footnoteDefinition ? `${shown.text}  →  ${shown.footnoteDefinition}` : shown.text,
      detail: style === current ? `${explain[style]} (current)` : explain[style],
      style,
    };
  });
  const picked = await vscode.window.showQuickPick(items, { title: 'Verbatim: Citation Style', placeHolder: `How inserted citations are written (now ${current})` });
  if (!picked) {
    return undefined;
  }
  await setCitationStyle(picked.style);
  return picked.style;
}

/** A QuickPick of the library's sources, fuzzy by title, outlet and key; `first` leads, marked with `mark`. */
async function pickSource(library: Library, first: Source | undefined, mark: string, title: string): Promise<Source | undefined> {
  if (library.sources.length === 0) {
    void vscode.window.showInformationMessage('Verbatim: no sources are loaded. Put .txt or .md articles in a sources/ folder of your workspace.');
    return undefined;
  }
  const ordered = first ? [first, ...library.sources.filter((s) => s !== first)] : library.sources;
  const items: SourceItem[] = ordered.map((source) => {
    const about = outletAndDate(source);
    return {
      label: sourceName(source),
      description: source === first ? `${about} ${mark}`.trim() : about,
      detail: source.meta.key,
      source,
    };
  });
  const picked = await vscode.window.showQuickPick(items, { title: `Verbatim: ${title}`, placeHolder: 'Type a title, outlet or key', matchOnDescription: true, matchOnDetail: true });
  return picked?.source;
}

function isObjectWithKey(args: unknown): boolean {
  return typeof args === 'object' && args !== null && typeof (args as { key?: unknown }).key === 'string';
}
