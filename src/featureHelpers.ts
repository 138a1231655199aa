import * as vscode from 'vscode';
import { onDidChangeSettings } from './configuration';
import { QuoteCheck } from './core/checker';
import { formatDate } from './core/dates';
import { SKIP_CODES } from './core/findings';
import { LineIndex } from './core/lineIndex';
import { Source } from './core/source';
import { Analysis } from './draftAnalysis';
import { draftSelector, Services } from './services';

/** The argument of the `verbatim.openSource` command: a source key and optional offsets in its text. */
export interface OpenSourceArgs {
  readonly key: string;
  readonly start?: number;
  readonly end?: number;
}

/** Command id of "open a source at a passage". */
export const OPEN_SOURCE_COMMAND = 'verbatim.openSource';

/** A `command:` link target that opens a source (for trusted MarkdownStrings). */
export function openSourceLink(args: OpenSourceArgs): string {
  return `command:${OPEN_SOURCE_COMMAND}?${encodeURIComponent(JSON.stringify([args]))}`;
}

/** A TreeItem / status bar command that opens a source. */
export function openSourceCommand(args: OpenSourceArgs): vscode.Command {
  return { command: OPEN_SOURCE_COMMAND, title: 'Open Source', arguments: [args] };
}

/** Escapes Markdown (and theme-icon `$`) syntax in plain text and collapses white space, line breaks included. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&$=^]/g, '\\$&');
}

/** Text as a Markdown code span, whatever backticks it holds. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s+/g, ' ')}${pad}${fence}`;
}

/** Shortens text to at most `max` characters, white space collapsed, ending in … when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** The file name of a source, without its folders. */
export function fileName(source: Source): string {
  return source.file.split(/[\\/]/).pop() ?? source.file;
}

/** "Outlet · 7 April 2025", with what is known (empty when neither is). */
export function outletAndDate(source: Source): string {
  return [source.meta.outlet, source.meta.date ? formatDate(source.meta.date) : null].filter((p): p is string => !!p).join(' · ');
}

/** "3 quotes", "1 quote". */
export function quoteCount(n: number): string {
  return `${n} ${n === 1 ? 'quote' : 'quotes'}`;
}

/** Why a quotation was skipped ("fewer than 4 words"), if it was. */
export function skipReason(quote: QuoteCheck): string | undefined {
  return quote.status === 'skipped' ? (quote.problems.find((p) => SKIP_CODES.has(p.code))?.message ?? 'not checked') : undefined;
}


const lineIndexes = new WeakMap<Source, LineIndex>();

/** The editor position of an offset in a source's text. */
export function sourcePosition(source: Source, offset: number): vscode.Position {
  let index = lineIndexes.get(source);
  if (!index) {
    index = new LineIndex(source.text);
    lineIndexes.set(source, index);
  }
  const p = index.position(offset);
  return new vscode.Position(p.line, p.character);
}

/**
 * Calls `listener` whenever what the active draft shows may have changed: its diagnostics were
 * updated (with its new analysis), another editor became active, or a setting changed (the
 * languages setting decides which editors are drafts; a microtask later, services.settings() has
 * followed it).
 */
export function onDidChangeActiveDraft(services: Services, listener: (analysis?: Analysis) => void): vscode.Disposable[] {
  return [
    services.diagnostics.onDidUpdate((analysis) => {
      if (activeDraft(services)?.uri.toString() === analysis.uri.toString()) {
        listener(analysis);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => listener()),
    onDidChangeSettings(() => void Promise.resolve().then(() => listener())),
  ];
}

/** The active editor's document when it is a draft Verbatim checks. */
export function activeDraft(services: Services): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && services.analyzer.isDraft(document, services.settings().languages) ? document : undefined;
}

/**
 * Registers a language feature for the draft languages, registering it again when
 * `verbatim.languages` changes (a selector is fixed at registration).
 */
export function registerForDrafts(services: Services, register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
  let languages = services.settings().languages.join('\n');
  let current = register(draftSelector(services.settings()));
  const listener = onDidChangeSettings((settings) => {
    if (settings.languages.join('\n') !== languages) {
      languages = settings.languages.join('\n');
      current.dispose();
      current = register(draftSelector(settings));
    }
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    current.dispose();
  });
}
