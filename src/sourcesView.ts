import * as vscode from 'vscode';
import { QuoteCheck } from './core/checker';
import { formatDate } from './core/dates';
import { Library, LibraryIssue } from './core/library';
import { Source } from './core/source';
import { Analysis } from './draftAnalysis';
import { activeDraft, onDidChangeActiveDraft, openSourceCommand, quoteCount, sourceLocation } from './featureHelpers';
import { codeSpan, escapeMarkdown, shorten } from './core/render/markdownText';
import { outletAndDate, sourceName } from './core/render/sourceNames';
import { Services } from './services';

type Node =
  | { readonly kind: 'source'; readonly source: Source; readonly quotes: readonly QuoteCheck[] }
  | { readonly kind: 'quote'; readonly source: Source; readonly quote: QuoteCheck }
  | { readonly kind: 'skipped'; readonly issue: LibraryIssue };

const QUOTE_LABEL_CHARS = 60;

/**
 * Registers the Verbatim Sources view (`verbatim.sources`): one item per source of the library,
 * sorted by title, with the quotations the active draft takes from it as children, then the files
 * the library skipped. Empty while the library has no sources, so the welcome content shows.
 */
export function registerSourcesView(services: Services): vscode.Disposable[] {
  const provider = new SourcesProvider(services);
  const view = vscode.window.createTreeView('verbatim.sources', { treeDataProvider: provider });
  const refresh = (analysis?: Analysis) => {
    // A re-check of the active draft that changed nothing the view shows (most keystrokes) leaves
    // the view be: a refresh resolves an item for every source of the library again.
    if (analysis && provider.shows(analysis)) {
      return;
    }
    view.message = summary(services.library.library);
    provider.refresh();
  };
  refresh();
  return [
    view,
    provider,
    services.library.onDidChange(() => refresh()),
    ...onDidChangeActiveDraft(services, refresh),
  ];
}

// Quotations of a draft that were matched to a source (verified or misquoted): the view's children.
function matched(analysis: Analysis): QuoteCheck[] {
  return analysis.quotes.filter((q) => q.match !== null);
}

// Everything the view shows of the quotations (see quoteItem), not where they are in the draft.
function shownQuotes(quotes: readonly QuoteCheck[]): string {
  return JSON.stringify(quotes.map((q) => [q.match?.source.meta.key, q.match?.start, q.match?.end, q.match?.text, q.text, q.status, q.verifiedIn, q.citation?.keys]));
}

function summary(library: Library): string | undefined {
  const skipped = library.issues.filter((i) => i.severity === 'skipped').length;
  return skipped === 0 ? undefined : `${library.sources.length} ${library.sources.length === 1 ? 'source' : 'sources'} · ${skipped} skipped`;
}

class SourcesProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** What the root items were last built from. */
  private shown: { readonly library: Library; readonly quotes: string } | undefined;

  constructor(private readonly services: Services) {}

  refresh(): void {
    this.changed.fire();
  }

  /** True when the view already shows this analysis of the active draft (same library, same matched quotations). */
  shows(analysis: Analysis): boolean {
    return this.shown?.library === analysis.library && this.shown.quotes === shownQuotes(matched(analysis));
  }

  getChildren(node?: Node): Node[] {
    if (node) {
      return node.kind === 'source' ? node.quotes.map((quote) => ({ kind: 'quote', source: node.source, quote })) : [];
    }
    const library = this.services.library.library;
    const quotes = this.activeQuotes();
    this.shown = { library, quotes: shownQuotes(quotes) };
    if (library.sources.length === 0) {
      return [];
    }
    const byKey = new Map<string, QuoteCheck[]>();
    for (const q of quotes) {
      const key = q.match?.source.meta.key;
      if (key !== undefined) {
        byKey.set(key, [...(byKey.get(key) ?? []), q]);
      }
    }
    const sources: Node[] = sortedByLabel(library).map((source) => ({ kind: 'source', source, quotes: byKey.get(source.meta.key) ?? [] }));
    const skipped: Node[] = library.issues.filter((issue) => issue.severity === 'skipped').map((issue) => ({ kind: 'skipped', issue }));
    return [...sources, ...skipped];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'source':
        return sourceItem(node.source, node.quotes, sourceLocation(this.services, node.source));
      case 'quote':
        return quoteItem(node.source, node.quote);
      case 'skipped': {
        const item = new vscode.TreeItem(node.issue.file.split(/[\\/]/).pop() ?? node.issue.file);
        item.id = `skipped:${node.issue.file}`;
        item.description = node.issue.message;
        item.tooltip = `Skipped ${node.issue.file}: ${node.issue.message}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
    }
  }

  private activeQuotes(): QuoteCheck[] {
    const document = activeDraft(this.services);
    return document ? matched(this.services.analyzer.analyze(document)) : [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

// Sorting 10,000 labels with localeCompare takes about half a second; one collator and one sort
// per library keep a refresh of the view cheap.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const sorted = new WeakMap<Library, readonly Source[]>();

function sortedByLabel(library: Library): readonly Source[] {
  let order = sorted.get(library);
  if (!order) {
    order = [...library.sources].sort((a, b) => collator.compare(Library.label(a), Library.label(b)) || (a.meta.key < b.meta.key ? -1 : 1));
    sorted.set(library, order);
  }
  return order;
}

function sourceItem(source: Source, quotes: readonly QuoteCheck[], where: string): vscode.TreeItem {
  const { key, title, outlet, date } = source.meta;
  const item = new vscode.TreeItem(sourceName(source), quotes.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `source:${key}`;
  item.description = [outletAndDate(source), quotes.length > 0 ? quoteCount(quotes.length) : ''].filter((p) => p).join(' · ');
  const rows: [string, string][] = [
    ['Key', codeSpan(key)],
    ['Title', title ? escapeMarkdown(title) : '—'],
    ['Outlet', outlet ? escapeMarkdown(outlet) : '—'],
    ['Date', date ? escapeMarkdown(formatDate(date)) : '—'],
    ['File', escapeMarkdown(where)],
    ['Passages', String(source.sentenceCount)],
  ];
  item.tooltip = new vscode.MarkdownString(rows.map(([name, value]) => `**${name}:** ${value}`).join('  \n'));
  item.iconPath = new vscode.ThemeIcon('book');
  item.command = openSourceCommand({ key });
  return item;
}

function quoteItem(source: Source, quote: QuoteCheck): vscode.TreeItem {
  const m = quote.match;
  const item = new vscode.TreeItem(`“${shorten(quote.text, QUOTE_LABEL_CHARS)}”`);
  item.description = quote.verifiedIn ? `${quote.status} · cited to ${quote.citation?.keys.join('; ') ?? 'another source'}` : quote.status;
  const lines = [`“${escapeMarkdown(quote.text)}”`, `**${quote.status === 'verified' ? 'Verified' : 'Misquoted'}**${m ? `: the source says “${escapeMarkdown(m.text)}”` : ''}`];
  item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
  item.iconPath = new vscode.ThemeIcon(quote.status === 'verified' ? 'check' : 'warning');
  item.command = openSourceCommand(m ? { key: source.meta.key, start: m.start, end: m.end } : { key: source.meta.key });
  return item;
}
