import { toCslJson } from '../core/cslJson';
import { checkDraft } from '../core/checker';
import { decodeSource } from '../core/decode';
import { findingsOf } from '../core/findings';
import { LineIndex } from '../core/lineIndex';
import { addToSummary, emptySummary, libraryReport, quoteReports } from '../core/report';
import { PassageSearch } from '../core/search';
import { describeError, readRegularFileSync } from '../regularFile';
import { writeOutside, WriteRefused } from '../safeWrite';
import { runNodeServer } from '../server/nodeServer';
import { Args, InputError, parseArgs, USAGE, UsageError } from './args';
import { expandDrafts, LoadedLibrary, loadSources } from './files';
import { escapeJson, jsonText, printable, printableLines } from './terminalText';
import { formatFindings, formatHit, formatIssue, formatSource, formatSummary } from './textFormat';

const VERSION = '0.1.0';
const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

type Write = (s: string) => void;

/** Runs the CLI and returns its exit code. Output goes through the two writers, for testing. */
export async function main(argv: readonly string[], out: Write, err: Write): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return usage(e, err);
  }
  if (args.version) {
    out(VERSION);
    return 0;
  }
  if (args.help || args.command === undefined) {
    (args.help ? out : err)(USAGE);
    return args.help ? 0 : 2;
  }
  try {
    if (args.format === 'csl-json' && args.command !== 'export') {
      throw new UsageError('--format csl-json is for export; use text or json');
    }
    switch (args.command) {
      case 'check':
        return await check(args, out, err);
      case 'search':
        return await search(args, out, err);
      case 'sources':
        return await sources(args, out, err);
      case 'export':
        return await exportBibliography(args, out, err);
      case 'lsp':
        throw new UsageError('lsp runs the language server on standard input and output: verbatim lsp --stdio');
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    return usage(e, err);
  }
}

function usage(e: unknown, err: Write): number {
  if (e instanceof UsageError) {
    err(`verbatim: ${printable(e.message)}\nRun "verbatim --help" for usage.`);
    return 2;
  }
  if (e instanceof InputError) {
    err(`verbatim: ${printable(e.message)}`);
    return 2;
  }
  throw e;
}

async function libraryFor(args: Args, err: Write, quiet: boolean): Promise<LoadedLibrary> {
  const loaded = await loadSources(args.sources, { bundled: args.bundled });
  if (!quiet) {
    for (const issue of loaded.library.issues) {
      err(`verbatim: ${issue.severity === 'skipped' ? 'skipped source' : 'warning:'} ${formatIssue(issue)}`);
    }
  }
  if (loaded.library.sources.length === 0) {
    throw new InputError(`no usable source article in ${args.sources.map(printable).join(', ') || 'the library'}`);
  }
  return loaded;
}

async function check(args: Args, out: Write, err: Write): Promise<number> {
  if (args.positional.length === 0) {
    throw new UsageError('check needs at least one draft file or glob');
  }
  const drafts = await expandDrafts(args.positional, MAX_DRAFT_BYTES);
  const { library } = await libraryFor(args, err, args.format === 'json');
  const summary = emptySummary();
  const files = [];
  const lines: string[] = [];
  let problems = 0;
  let inputError = false;
  for (const issue of drafts.issues) {
    err(`verbatim: cannot check ${formatIssue(issue)}`);
    inputError = true;
  }
  for (const draft of drafts.files) {
    const read = readRegularFileSync(draft.path, MAX_DRAFT_BYTES);
    const decoded = read.ok ? decodeSource(read.bytes, MAX_DRAFT_BYTES) : { ok: false as const, reason: read.reason };
    if (!decoded.ok) {
      err(`verbatim: cannot check ${printable(draft.name)}: ${printable(decoded.reason)}`);
      inputError = true;
      continue;
    }
    const { quotes } = checkDraft(decoded.text, library, { minQuoteWords: args.minWords });
    addToSummary(summary, quotes);
    files.push({ file: draft.name, quotes: quoteReports(decoded.text, quotes) });
    const found = findingsOf(quotes);
    problems += found.length;
    lines.push(...formatFindings(draft.name, new LineIndex(decoded.text), found));
  }
  if (args.format === 'json') {
    const { sources, skipped } = libraryReport(library);
    out(jsonText({ version: 1, sources, skippedSources: skipped, files, summary }));
  } else {
    lines.forEach((l) => out(l));
    // With no draft checked, a summary of nothing would read as a pass.
    if (files.length > 0 || !inputError) {
      out((lines.length > 0 ? '\n' : '') + formatSummary(summary, problems, files.length));
    }
  }
  // Whatever was printed as a problem (an unknown citation key included) fails the run.
  return inputError ? 2 : problems > 0 ? 1 : 0;
}

async function search(args: Args, out: Write, err: Write): Promise<number> {
  const query = args.positional.join(' ').trim();
  if (!query) {
    throw new UsageError('search needs a query');
  }
  const { library } = await libraryFor(args, err, args.format === 'json');
  const hits = new PassageSearch(library).search(query, args.limit ?? 10);
  if (args.format === 'json') {
    const results = hits.map((h) => ({ key: h.source.meta.key, file: h.source.file, title: h.source.meta.title, paragraph: h.paragraph, text: h.text, score: Math.round(h.score * 1000) / 1000, ranges: h.ranges }));
    out(jsonText({ version: 1, query, results }));
  } else if (hits.length === 0) {
    out(`No passage matches "${printable(query)}".`);
  } else {
    hits.forEach((h) => out(formatHit(h.source, h.paragraph, h.text, h.ranges)));
  }
  return 0;
}

async function sources(args: Args, out: Write, err: Write): Promise<number> {
  const { library } = await libraryFor(args, err, true);
  const report = libraryReport(library);
  if (args.format === 'json') {
    out(jsonText({ version: 1, ...report }));
    return 0;
  }
  report.sources.forEach((s) => out(formatSource(s)));
  for (const i of [...report.skipped, ...report.warnings]) {
    out(`${i.severity === 'skipped' ? 'skipped' : 'warning'}: ${formatIssue(i)}`);
  }
  out(`\n${library.sources.length} source${library.sources.length === 1 ? '' : 's'}${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}`);
  return 0;
}

async function exportBibliography(args: Args, out: Write, err: Write): Promise<number> {
  if (args.format !== 'csl-json' && args.format !== 'text') {
    throw new UsageError('export writes --format csl-json');
  }
  const { library, paths } = await libraryFor(args, err, false);
  const json = escapeJson(toCslJson(library.sources.map((s) => s.meta)));
  if (!args.out) {
    out(json.trimEnd());
    return 0;
  }
  try {
    writeOutside(args.out, json, paths);
  } catch (e) {
    throw e instanceof WriteRefused ? new InputError(e.message.startsWith(args.out) ? `--out ${e.message}` : e.message) : e;
  }
  err(`verbatim: wrote ${library.sources.length} entries to ${printable(args.out)}`);
  return 0;
}

/** The process's writers: every line escaped, and a failed standard output (full disk, closed pipe) ends the run with exit code 2. */
function processWriters(): { out: Write; err: Write } {
  process.stdout.on('error', (e) => {
    process.stderr.write(`verbatim: cannot write to standard output: ${describeError(e)}\n`);
    process.exit(2);
  });
  // Nothing more can be said when standard error itself fails.
  process.stderr.on('error', () => process.exit(2));
  return { out: (s) => process.stdout.write(`${printableLines(s)}\n`), err: (s) => process.stderr.write(`${printableLines(s)}\n`) };
}

/**
 * `verbatim lsp --stdio`: the language server on standard input and output (Neovim, Helix, Zed,
 * Emacs…). Standard output is the protocol's from here on, so nothing else is written to it.
 */
function languageServer(argv: readonly string[]): void {
  const transport = argv.find((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='));
  if (!transport || argv.some((a) => a !== transport && a !== '--clientProcessId' && !a.startsWith('--clientProcessId='))) {
    process.stderr.write(`verbatim: lsp takes --stdio (or --node-ipc, --socket=N, --pipe=NAME), not "${printable(argv.join(' '))}"\nRun "verbatim --help" for usage.\n`);
    process.exitCode = 2;
    return;
  }
  runNodeServer([transport]);
}

if (require.main === module && process.argv[2] === 'lsp') {
  languageServer(process.argv.slice(3));
} else if (require.main === module) {
  const { out, err } = processWriters();
  main(process.argv.slice(2), out, err).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A defect, not bad input: one line, no stack (VERBATIM_DEBUG=1 shows it).
      err(`verbatim: internal error: ${e instanceof Error ? (process.env.VERBATIM_DEBUG ? (e.stack ?? e.message) : e.message) : String(e)}`);
      process.exitCode = 2;
    },
  );
}
