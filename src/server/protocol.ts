// What Verbatim's language server and its clients say to each other beyond LSP: custom requests
// and notifications with typed parameters, the problem codes its diagnostics carry, and the
// commands the VS Code client registers. Shared by the server and every client (and the tests).
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { CitationStyle } from '../core/citationFormat';
import type { FindingCode } from '../core/findings';
import type { QuoteStatus } from '../core/checker';

export type { ProblemCode } from '../core/problemCodes';
export type { FindingCode } from '../core/findings';

/** A range of a document in LSP's terms: 0-based lines, UTF-16 characters. */
export interface Range {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** Every command of the VS Code client, by what it does: its ID (`verbatim.<verb>`) in one place. */
export const COMMANDS = {
  searchSources: 'verbatim.searchSources',
  insertCitation: 'verbatim.insertCitation',
  checkWorkspace: 'verbatim.checkWorkspace',
  openSource: 'verbatim.openSource',
  compareWithSource: 'verbatim.compareWithSource',
  setCitationStyle: 'verbatim.setCitationStyle',
  exportBibliography: 'verbatim.exportBibliography',
  insertBibliography: 'verbatim.insertBibliography',
  reloadSources: 'verbatim.reloadSources',
  showLog: 'verbatim.showLog',
  revealQuotation: 'verbatim.revealQuotation',
  openSampleDraft: 'verbatim.openSampleDraft',
} as const;

/** A command ID of the VS Code client. */
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** `initializationOptions` a client may send (every field optional: Neovim, Helix, Zed and Emacs send none). */
export interface InitializationOptions {
  /**
   * `vscode`: the client is Verbatim's own VS Code client, so hovers may hold theme icons and
   * `command:` links to its commands, and a misquote's quick fixes include "Compare with source".
   */
  readonly client?: 'vscode';
  /** Folder for the stored library index (VS Code: the extension's global storage). */
  readonly storagePath?: string;
  /** URI scheme under which the client serves the bundled articles read-only (VS Code: `verbatim-source`). */
  readonly bundledScheme?: string;
}

/** A passage found by a search, as a picker row and as a place in its source. */
export interface SearchHitData {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  readonly key: string;
  readonly uri: string;
  /** Offsets of the passage in the source's text, and its range there. */
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly text: string;
  /** 1-based paragraph of the article (`para N`). */
  readonly paragraph: number;
}

export interface SearchParams {
  readonly query: string;
  readonly limit?: number;
}

/** Fuzzy passage search over the library (Search Sources). */
export const SearchRequest = new RequestType<SearchParams, SearchHitData[], void>('verbatim/search');

/** A source of the library as lists name it. */
export interface SourceData {
  readonly key: string;
  /** Its title, else the start of its first sentence. */
  readonly name: string;
  /** "Outlet · 7 April 2025", or empty. */
  readonly outletAndDate: string;
  readonly uri: string;
  readonly bundled: boolean;
  readonly passages: number;
  /** What a citation of it looks like in each style, for pickers. */
  readonly citations: Readonly<Record<CitationStyle, string>>;
}

/** The library: its sources, the files it skipped, and whether a load still goes on. */
export interface SourcesResult {
  readonly sources: readonly SourceData[];
  readonly skipped: readonly { readonly file: string; readonly message: string }[];
  readonly loading: boolean;
}

export const SourcesRequest = new RequestType<Record<string, never>, SourcesResult, void>('verbatim/sources');

/** One checked quotation of a draft, for decorations, the status bar and the Sources view. */
export interface QuoteData {
  /** The quotation's words (inside the marks) and the whole quotation (marks included). */
  readonly range: Range;
  readonly outerRange: Range;
  readonly text: string;
  readonly status: QuoteStatus;
  /** A misquote that changes the meaning. */
  readonly changesMeaning: boolean;
  /** The source the words were matched to, and the passage there. */
  readonly source?: { readonly key: string; readonly uri: string; readonly range: Range; readonly text: string };
  /** Verified, but in another source than the one cited. */
  readonly verifiedIn?: string;
  readonly citation?: { readonly keys: readonly string[]; readonly range: Range };
  readonly codes: readonly FindingCode[];
}

/** The analysis of a draft's current version: its quotations and their tally. */
export interface AnalysisData {
  readonly uri: string;
  readonly version: number;
  readonly quotes: readonly QuoteData[];
  readonly tally: { readonly verified: number; readonly misquoted: number; readonly unverified: number; readonly skipped: number; readonly mismatched: number };
}

/** The analysis of an open draft (null: not a draft Verbatim checks). */
export const AnalysisRequest = new RequestType<{ readonly uri: string }, AnalysisData | null, void>('verbatim/analysis');

/** Both sides of Compare with Source for the quotation at a position of a draft, one clause per line. */
export interface ComparisonData {
  readonly written: string;
  readonly source: string;
  readonly title: string;
  readonly sourceName: string;
}

export const CompareRequest = new RequestType<{ readonly uri: string; readonly offset: number }, ComparisonData | null, void>('verbatim/compare');

/** A quotation of the library by a speaker. */
export interface SpeakerQuoteData {
  readonly key: string;
  readonly uri: string;
  readonly range: Range;
  readonly text: string;
}

/** The library's speakers with their quotations, most quoted first. */
export interface SpeakerData {
  readonly name: string;
  readonly descriptions: readonly string[];
  readonly quotes: readonly SpeakerQuoteData[];
}

/** Quotations by speaker; with `name`, only that person's (any spelling of the name). */
export const QuotesBySpeakerRequest = new RequestType<{ readonly name?: string }, SpeakerData[], void>('verbatim/quotesBySpeaker');

/** Reads the sources again. */
export const ReloadRequest = new RequestType<Record<string, never>, { readonly sources: number }, void>('verbatim/reload');

/** Where the library stands: pushed by the server as a load starts, goes on and ends, and after each update. */
export interface LibraryStatus {
  readonly state: 'loading' | 'ready';
  /** Files indexed so far, and to index, while loading. */
  readonly done: number;
  readonly total: number;
  readonly sources: number;
  /** The last load's sentence ("Loaded 6 sources (1 from sources/) in 0.4 s"). */
  readonly message?: string;
  /** Where the last load was indexed: a worker thread, or the server's own thread in slices (no worker could start). */
  readonly indexer?: 'worker' | 'main-thread';
}

export const LibraryStatusNotification = new NotificationType<LibraryStatus>('verbatim/libraryStatus');
