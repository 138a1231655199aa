import * as fs from 'node:fs';
import * as path from 'node:path';
import { toCslJson } from '../core/cslJson';
import { checkDraft } from '../core/checker';
import { decodeSource } from '../core/decode';
import { findingsOf } from '../core/findings';
import { LineIndex } from '../core/lineIndex';
import { Library } from '../core/library';
import { addToSummary, emptySummary, hasFindings, libraryReport, quoteReports } from '../core/report';
import { PassageSearch } from '../core/search';
import { Args, parseArgs, USAGE, UsageError } from './args';
import { expandDrafts, loadLibrary } from './files';
import { formatFindings, formatSummary } from './textFormat';

const VERSION = '0.1.0';
const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

/** Runs the CLI and returns its exit code. Output goes through the two writers, for testing. */
export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
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
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    return usage(e, err);
  }
}

function usage(e: unknown, err: (s: string) => void): number {
  if (e instanceof UsageError) {
    err(`verbatim: ${e.message}\nRun "verbatim --help" for usage.`);
    return 2;
  }
  throw e;
}

async function libraryFor(args: Args, err: (s: string) => void, quiet: boolean): Promise<Library> {
  const library = await loadLibrary(args.sources);
  if (!quiet) {
    for (const issue of library.issues) {
      err(`verbatim: ${issue.severity === 'skipped' ? 'skipped source' : 'warning:'} ${issue.file}: ${issue.message}`);
    }
  }
  if (library.sources.length === 0) {
    throw new UsageError(`no usable source article in ${args.sources.join(', ')}`);
  }
  return library;
}

async function check(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.positional.length === 0) {
    throw new UsageError('check needs at least one draft file or glob');
  }
  const drafts = await expandDrafts(args.positional);
  const library = await libraryFor(args, err, args.format === 'json');
  const summary = emptySummary();
  const files = [];
  const lines: string[] = [];
  let problems = 0;
  let inputError = false;
  for (const file of drafts) {
    const decoded = decodeSource(fs.readFileSync(file), MAX_DRAFT_BYTES);
    if (!decoded.ok) {
      err(`verbatim: cannot check ${file}: ${decoded.reason}`);
      inputError = true;
      continue;
    }
    const { quotes } = checkDraft(decoded.text, library, { minQuoteWords: args.minWords });
    addToSummary(summary, quotes);
    files.push({ file, quotes: quoteReports(decoded.text, quotes) });
    const found = findingsOf(quotes);
    problems += found.length;
    lines.push(...formatFindings(file, new LineIndex(decoded.text), found));
  }
  if (args.format === 'json') {
    const { sources, skipped } = libraryReport(library);
    const report = { version: 1, sources, skippedSources: skipped, files, summary };
    out(JSON.stringify(report, null, 2));
  } else {
    lines.forEach((l) => out(l));
    out((lines.length > 0 ? '\n' : '') + formatSummary(summary, problems, files.length));
  }
  return inputError ? 2 : hasFindings(summary) ? 1 : 0;
}

async function search(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const query = args.positional.join(' ').trim();
  if (!query) {
    throw new UsageError('search needs a query');
  }
  const library = await libraryFor(args, err, args.format === 'json');
  const hits = new PassageSearch(library).search(query, args.limit ?? 10);
  if (args.format === 'json') {
    const results = hits.map((h) => ({ key: h.source.meta.key, file: h.source.file, title: h.source.meta.title, paragraph: h.paragraph, text: h.text, score: Math.round(h.score * 1000) / 1000, ranges: h.ranges }));
    out(JSON.stringify({ version: 1, query, results }, null, 2));
  } else if (hits.length === 0) {
    out(`No passage matches "${query}".`);
  } else {
    for (const h of hits) {
      out(`${h.source.meta.key}, para ${h.paragraph}  (${Library.describe(h.source)})\n  ${highlight(h.text, h.ranges)}`);
    }
  }
  return 0;
}

function highlight(text: string, ranges: readonly { start: number; end: number }[]): string {
  let result = '';
  let at = 0;
  for (const r of ranges) {
    result += `${text.slice(at, r.start)}[${text.slice(r.start, r.end)}]`;
    at = r.end;
  }
  return (result + text.slice(at)).replace(/\s+/g, ' ');
}

async function sources(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const library = await libraryFor(args, err, true);
  const report = libraryReport(library);
  if (args.format === 'json') {
    out(JSON.stringify({ version: 1, ...report }, null, 2));
    return 0;
  }
  for (const s of report.sources) {
    out(`${s.key}\n  ${s.title ?? '(untitled)'}\n  ${[s.outlet ?? 'outlet unknown', s.date ?? 'date unknown'].join(', ')} · ${s.passages} passages · ${s.file}`);
  }
  for (const i of [...report.skipped, ...report.warnings]) {
    out(`${i.severity === 'skipped' ? 'skipped' : 'warning'}: ${i.file}: ${i.message}`);
  }
  out(`\n${library.sources.length} source${library.sources.length === 1 ? '' : 's'}${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}`);
  return 0;
}

async function exportBibliography(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.format !== 'csl-json' && args.format !== 'text') {
    throw new UsageError('export writes --format csl-json');
  }
  const library = await libraryFor(args, err, false);
  const json = toCslJson(library.sources.map((s) => s.meta));
  if (!args.out) {
    out(json.trimEnd());
    return 0;
  }
  const target = path.resolve(args.out);
  if (library.sources.some((s) => path.resolve(s.file) === target)) {
    throw new UsageError(`--out ${args.out} is a source article; Verbatim never writes to a source`);
  }
  try {
    fs.writeFileSync(target, json);
  } catch (e) {
    throw new UsageError(`cannot write ${args.out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  err(`verbatim: wrote ${library.sources.length} entries to ${args.out}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`verbatim: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
