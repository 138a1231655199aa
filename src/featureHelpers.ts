import * as vscode from 'vscode';
import { Source } from './core/source';
import { Analysis, DRAFT_SCHEMES } from './draftAnalysis';
import { BUNDLED_SCHEME } from './libraryService';
import { commandLink } from './core/render/markdownText';
import { draftSelector, Services } from './services';
import { COMMANDS } from './server/protocol';

/** The argument of the `verbatim.openSource` command: a source key and optional offsets in its text. */
export interface OpenSourceArgs {
  readonly key: string;
  readonly start?: number;
  readonly end?: number;
}

/** Command id of "open a source at a passage". */
export const OPEN_SOURCE_COMMAND = COMMANDS.openSource;

/** A `command:` link target that opens a source (for trusted MarkdownStrings). */
export function openSourceLink(args: OpenSourceArgs): string {
  return commandLink(OPEN_SOURCE_COMMAND, args);
}

/** A TreeItem / status bar command that opens a source. */
export function openSourceCommand(args: OpenSourceArgs): vscode.Command {
  return { command: OPEN_SOURCE_COMMAND, title: 'Open Source', arguments: [args] };
}

/** "3 quotes", "1 quote". */
export function quoteCount(n: number): string {
  return `${n} ${n === 1 ? 'quote' : 'quotes'}`;
}

/** Where a source is, in words: its path in the workspace, or "bundled with Verbatim". */
export function sourceLocation(services: Services, source: Source): string {
  const uri = services.library.uriOf(source);
  return uri.scheme === BUNDLED_SCHEME ? 'bundled with Verbatim' : vscode.workspace.asRelativePath(uri);
}

/**
 * Calls `listener` whenever what the active draft shows may have changed: its diagnostics were
 * updated (with its new analysis), another editor became active, or a setting changed (the
 * languages setting decides which editors are drafts).
 */
export function onDidChangeActiveDraft(services: Services, listener: (analysis?: Analysis) => void): vscode.Disposable[] {
  return [
    services.diagnostics.onDidUpdate((analysis) => {
      if (activeDraft(services)?.uri.toString() === analysis.uri.toString()) {
        listener(analysis);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => listener()),
    services.settingsStore.onDidChange(() => listener()),
  ];
}

/**
 * The draft being worked on: the active editor's document when it is a draft; while focus is in
 * a panel (the Output panel is an editor too), a virtual document (Compare with Source) or one of
 * the draft's sources, the last draft that was active.
 */
export function activeDraft(services: Services): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && services.analyzer.isDraft(document, services.settings().languages)) {
    return document;
  }
  const aside = !document || !DRAFT_SCHEMES.includes(document.uri.scheme) || services.library.isSource(document.uri);
  const last = aside ? services.sourceEditors.draft : undefined;
  return last && services.analyzer.isDraft(last, services.settings().languages) ? last : undefined;
}

/**
 * Registers a language feature for the draft languages, registering it again when
 * `verbatim.languages` changes (a selector is fixed at registration).
 */
export function registerForDrafts(services: Services, register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
  let current = register(draftSelector(services.settings()));
  const listener = services.settingsStore.onDidChange(({ settings, changed }) => {
    if (changed.has('languages')) {
      current.dispose();
      current = register(draftSelector(settings));
    }
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    current.dispose();
  });
}
