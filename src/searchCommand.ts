import * as vscode from 'vscode';
import { CitationStyle, formatCitation, formatQuotation, FormattedCitation } from './core/citationFormat';
import { Library } from './core/library';
import { PassageSearch, SearchHit } from './core/search';
import { paragraphIndexAt, paragraphNumber } from './core/source';
import { searchRow } from './core/render/searchRows';
import { insertInEditor, isWritable, styleArg } from './edits';
import { Services } from './services';
import { COMMANDS } from './server/protocol';

/** Arguments of the scripted form of `verbatim.searchSources` (no UI). */
export interface SearchSourcesArgs {
  /** Search for this text and use the result at index `pick`. */
  readonly query?: string;
  /** Or use this exact passage of the source `key`: offsets `start`..`end` in its text. */
  readonly key?: string;
  readonly start?: number;
  readonly end?: number;
  /** Index of the search result to use (default 0, the best). */
  readonly pick?: number;
  /** Insert the quotation with its citation (default) or the citation alone. */
  readonly insert?: 'quote' | 'citation';
  /** Citation style (default: the `verbatim.citationStyle` setting). */
  readonly style?: CitationStyle;
  /** Add a `para N` locator to the citation (default false). */
  readonly locator?: boolean;
  /** Insert nothing: return the rows the search picker shows for `query` (see {@link SearchRowResult}). */
  readonly list?: boolean;
}

/** A row of the search picker, as `{ query, list: true }` returns it. */
export interface SearchRowResult {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** What the scripted form returns: the text for the cursor, whose source, and whether it was inserted. */
export interface SearchSourcesResult {
  readonly text: string;
  readonly key: string;
  readonly inserted: boolean;
  /** For footnote style: the definition appended at the end of the draft (unless already there). */
  readonly footnoteDefinition?: string;
}

interface HitItem extends vscode.QuickPickItem {
  readonly hit?: SearchHit;
}

const DEBOUNCE_MS = 60;
const MAX_RESULTS = 30;
const CITE_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('mention'), tooltip: 'Insert citation only' };
const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open source at passage' };
const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy quote with citation' };

/**
 * Registers `verbatim.searchSources`. Without arguments it opens a live passage search; with a
 * {@link SearchSourcesArgs} object it inserts a passage without UI and returns a {@link SearchSourcesResult}.
 */
export function registerSearchCommand(services: Services): vscode.Disposable[] {
  const index = new SearchIndex();
  return [
    services.library.onDidChange(() => index.invalidate()),
    services.notices.registerCommand(COMMANDS.searchSources, (args) =>
      isScripted(args) ? runScripted(services, index, args) : runInteractive(services, index),
    ),
  ];
}

// Building the index walks every sentence of the library, so it waits until a search needs it.
class SearchIndex {
  private built: { library: Library; search: PassageSearch } | undefined;

  invalidate(): void {
    this.built = undefined;
  }

  get(library: Library): PassageSearch {
    if (this.built?.library !== library) {
      this.built = { library, search: new PassageSearch(library) };
    }
    return this.built.search;
  }
}

function isScripted(args: unknown): args is SearchSourcesArgs {
  return typeof args === 'object' && args !== null && ('query' in args || 'key' in args);
}

async function runScripted(services: Services, index: SearchIndex, args: SearchSourcesArgs): Promise<SearchSourcesResult | SearchRowResult[] | undefined> {
  if (args.list === true) {
    const library = await services.library.ready();
    return index.get(library).search(String(args.query ?? ''), MAX_RESULTS).map((hit) => {
      const { label, description, detail } = toItem(hit);
      return { label, description: description ?? '', detail: detail ?? '', key: hit.source.meta.key, start: hit.start, end: hit.end };
    });
  }
  const style = styleArg(args.style, services.settings().citationStyle);
  if (!style) {
    throw new Error(`verbatim.searchSources: unknown citation style ${JSON.stringify(args.style)}`);
  }
  if (args.insert !== undefined && args.insert !== 'quote' && args.insert !== 'citation') {
    throw new Error(`verbatim.searchSources: "insert" must be "quote" or "citation"`);
  }
  const pick = args.pick ?? 0;
  if (!Number.isInteger(pick) || pick < 0) {
    throw new Error('verbatim.searchSources: "pick" must be a non-negative integer');
  }
  const library = await services.library.ready();
  let hit: SearchHit | undefined;
  if (args.key !== undefined) {
    hit = exactPassage(library, args.key, args.start, args.end);
  } else if (typeof args.query === 'string') {
    hit = index.get(library).search(args.query, Math.max(MAX_RESULTS, pick + 1))[pick];
  }
  if (!hit) {
    return undefined;
  }
  const formatted = format(hit, style, args.insert ?? 'quote', args.locator === true);
  const editor = vscode.window.activeTextEditor;
  const inserted = editor ? await insertInEditor(editor, editor.selection, formatted.text, formatted.footnoteDefinition, services.library) : false;
  return { text: formatted.text, key: hit.source.meta.key, inserted, ...(formatted.footnoteDefinition ? { footnoteDefinition: formatted.footnoteDefinition } : {}) };
}

// A passage given by offsets, described like a search hit so both paths share the formatting.
function exactPassage(library: Library, key: string, start: unknown, end: unknown): SearchHit | undefined {
  const source = library.get(key);
  if (!source || !Number.isInteger(start) || !Number.isInteger(end)) {
    return undefined;
  }
  const from = Math.max(0, start as number);
  const to = Math.min(source.text.length, end as number);
  if (from >= to) {
    return undefined;
  }
  const paragraph = paragraphNumber(source, paragraphIndexAt(source, from));
  return { source, start: from, end: to, text: source.text.slice(from, to), paragraph, ranges: [], score: 0 };
}

function format(hit: SearchHit, style: CitationStyle, insert: 'quote' | 'citation', locator: boolean): FormattedCitation {
  const where = locator ? `para ${hit.paragraph}` : undefined;
  return insert === 'citation' ? formatCitation(hit.source.meta, style, where) : formatQuotation(hit.text, hit.source.meta, style, where);
}

function runInteractive(services: Services, index: SearchIndex): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = 'Verbatim: Search Sources';
  qp.placeholder = 'Type words of the passage to quote (typos and partial words are fine)';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (selected.length > 0 && selected.length <= 200 && !selected.includes('\n')) {
    qp.value = selected;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticket = 0;
  let pending = false;
  const show = (value: string, library: Library) => {
    const hits = index.get(library).search(value, MAX_RESULTS);
    qp.items = hits.length > 0 ? hits.map(toItem) : [{ label: `No passage matches “${escapeIcons(value.trim())}”`, alwaysShow: true }];
    pending = false;
    qp.busy = false;
  };
  const schedule = (value: string) => {
    clearTimeout(timer);
    const mine = ++ticket;
    if (value.trim() === '') {
      pending = false;
      qp.busy = false;
      qp.items = [];
      return;
    }
    pending = true;
    qp.busy = true;
    timer = setTimeout(async () => {
      const library = await services.library.ready();
      // A newer keystroke owns the picker now: its own run will fill it.
      if (mine === ticket && qp.value === value) {
        show(value, library);
        if (library.sources.length === 0) {
          qp.placeholder = 'No sources are loaded: put .txt or .md articles in a sources/ folder';
        }
      }
    }, DEBOUNCE_MS);
  };

  const act = async (hit: SearchHit, insert: 'quote' | 'citation') => {
    const formatted = format(hit, services.settings().citationStyle, insert, false);
    if (editor && isWritable(editor.document, services.library) && !editor.document.isClosed) {
      if (await insertInEditor(editor, editor.selection, formatted.text, formatted.footnoteDefinition, services.library)) {
        return;
      }
    }
    await copy(formatted);
    const why = editor && !isWritable(editor.document, services.library) ? 'sources are never edited' : 'no editor is open';
    void vscode.window.showInformationMessage(`Verbatim: ${why}, so the ${insert === 'quote' ? 'quotation and its citation were' : 'citation was'} copied to the clipboard.`);
  };

  return new Promise<void>((resolve) => {
    qp.onDidChangeValue(schedule);
    const changed = services.library.onDidChange(() => schedule(qp.value));
    qp.onDidAccept(async () => {
      let item = qp.activeItems[0] ?? qp.selectedItems[0];
      if (pending && qp.value.trim() !== '') {
        // Enter before the debounced search ran: answer for what is typed now, not the old list.
        clearTimeout(timer);
        ticket++;
        show(qp.value, await services.library.ready());
        item = qp.items[0];
      }
      if (!item?.hit) {
        return;
      }
      qp.hide();
      await act(item.hit, 'quote');
    });
    qp.onDidTriggerItemButton(async ({ item, button }) => {
      if (!item.hit) {
        return;
      }
      qp.hide();
      if (button === CITE_BUTTON) {
        await act(item.hit, 'citation');
      } else if (button === OPEN_BUTTON) {
        await vscode.commands.executeCommand(COMMANDS.openSource, { key: item.hit.source.meta.key, start: item.hit.start, end: item.hit.end });
      } else if (button === COPY_BUTTON) {
        await copy(format(item.hit, services.settings().citationStyle, 'quote', false));
        vscode.window.setStatusBarMessage('Verbatim: quotation with citation copied', 3000);
      }
    });
    qp.onDidHide(() => {
      clearTimeout(timer);
      changed.dispose();
      qp.dispose();
      resolve();
    });
    qp.show();
    schedule(qp.value);
  });
}

function toItem(hit: SearchHit): HitItem {
  const row = searchRow(hit);
  return {
    label: escapeIcons(row.label),
    description: escapeIcons(row.description),
    detail: escapeIcons(row.detail),
    // Our fuzzy search already chose these; VS Code's own filter must not hide them.
    alwaysShow: true,
    buttons: [CITE_BUTTON, OPEN_BUTTON, COPY_BUTTON],
    hit,
  };
}

// Labels render $(name) as an icon; passage text is shown as written.
function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

async function copy(formatted: FormattedCitation): Promise<void> {
  const text = formatted.footnoteDefinition ? `${formatted.text}\n\n${formatted.footnoteDefinition}\n` : formatted.text;
  await vscode.env.clipboard.writeText(text);
}
