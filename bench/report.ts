import { AttributionScore, describeScore } from './attributionAccuracy';
import { BaselineResult } from './baseline';
import { KeystrokeTimes, Query } from './keystrokes';
import { Summary } from './stats';
import { Accuracy, Recheck } from './verify';

/** A figure the bench could not measure, and why. */
export interface Unavailable {
  readonly available: false;
  readonly reason: string;
}

/** Everything one run of the bench found. */
export interface Results {
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly node: string; readonly platform: string; readonly loadAverage: number };
  /** The engine measured: git HEAD, and a digest of src/core/ as it is on disk (it may hold uncommitted changes). */
  readonly engine: { readonly head: string; readonly coreDigest: string; readonly coreChanged: boolean };
  readonly options: { readonly articles: number; readonly runs: number; readonly quick: boolean };
  readonly library: { readonly articles: number; readonly realArticles: number; readonly bytes: number; readonly digest: string; readonly sentences: number; readonly root: string };
  readonly coldBuildMs: Summary;
  readonly buildParts: { readonly loadMs: Summary; readonly searchIndexMs: Summary; readonly readFilesMs: Summary };
  /** Attributing every source's quotations once, after the build (it is done on first use, or when the index is stored). */
  readonly attribution: { readonly ms: Summary; readonly quotations: number; readonly fixtures: readonly AttributionScore[] };
  readonly heapMB: Summary;
  /** The same process before loading the library (Node, tsx and the bench's modules). */
  readonly heapBaselineMB: Summary;
  readonly warmStartMs: Summary | Unavailable;
  readonly indexBytes: number;
  readonly search: KeystrokeTimes & { readonly queries: readonly Query[] };
  readonly verify: { readonly quotes: number; readonly ms: Summary; readonly accuracy: Accuracy };
  readonly recheck: Recheck & { readonly draftWords: number; readonly draftQuotes: number };
  readonly seedLibrary: { readonly totalMs: Summary; readonly libraryMs: Summary; readonly checkMs: Summary };
  readonly baseline: BaselineResult & { readonly oursOnSameKeystrokes: { readonly p50: number; readonly p95: number }; readonly oursOnSample: Accuracy; readonly oursPerQuoteMs: number };
  readonly ratios: Record<string, number>;
  readonly goals: readonly Goal[];
  readonly seconds: number;
}

/** A goal of issue 5 and whether this run meets it. */
export interface Goal {
  readonly name: string;
  readonly limit: string;
  readonly value: string;
  readonly met: boolean | null;
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? `${Math.round(n)}` : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const isSummary = (s: Summary | Unavailable): s is Summary => !('available' in s);

/** The goals of issue 5 (2-core machine, 10,000 articles), judged on medians except where a p95 is named. */
export function judgeGoals(r: Omit<Results, 'goals' | 'ratios' | 'seconds'>): Goal[] {
  const goal = (name: string, limit: string, value: number | null, max: number, unit = 'ms'): Goal => ({
    name,
    limit: `≤ ${limit}`,
    value: value === null ? 'not available' : `${ms(value)} ${unit}`,
    met: value === null ? null : value <= max,
  });
  return [
    goal('Search, p95 per keystroke', '20 ms', r.search.p95, 20),
    goal('Cold index build', '3 s', r.coldBuildMs.median, 3000),
    goal('Warm start', '300 ms', isSummary(r.warmStartMs) ? r.warmStartMs.median : null, 300),
    goal('Heap after build', '250 MB', r.heapMB.median, 250, 'MB'),
    goal('200 quotes verified', '100 ms', r.verify.ms.median, 100),
    goal('Re-check after a one-word edit', '10 ms', r.recheck.quoteEditMs.median, 10),
    goal('Seed library: build + check draft', '50 ms', r.seedLibrary.totalMs.median, 50),
    ...r.attribution.fixtures.map((f): Goal => {
      const pct = f.attributable === 0 ? null : (100 * f.rightSpeaker) / f.attributable;
      return { name: `Right speaker: ${f.short}`, limit: '≥ 95%', value: pct === null ? 'not available' : `${pct.toFixed(1)}%`, met: pct === null ? null : pct >= 95 };
    }),
  ];
}

/** The run as a readable table. */
export function formatTable(r: Results): string {
  const lines: string[] = [];
  const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const w = [44, 10, 10, 12];
  const fig = (name: string, s: Summary | Unavailable, unit = 'ms') =>
    isSummary(s) ? row([name, ms(s.median), ms(s.p95), `${unit}, n=${s.n}`], w) : row([name, 'n/a', 'n/a', ''], w) + `\n    not available: ${s.reason}`;
  const lib = r.library;
  lines.push(`Verbatim benchmark — ${lib.articles} articles (${lib.realArticles} real: Brown corpus + State of the Union; the rest synthetic), ${(lib.bytes / 1e6).toFixed(1)} MB, ${lib.sentences} sentences, digest ${lib.digest}`);
  lines.push(`Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, ${r.machine.platform}, load average ${r.machine.loadAverage.toFixed(1)} at the start. Runs: ${r.options.runs}.`);
  lines.push(`Engine: git ${r.engine.head}${r.engine.coreChanged ? ' with uncommitted changes in src/core' : ''}, src/core digest ${r.engine.coreDigest}. Library folder: ${lib.root}`);
  lines.push('');
  lines.push(row(['Figure', 'median', 'p95', ''], w));
  lines.push(fig('Cold index build (fresh process)', r.coldBuildMs));
  lines.push(fig('  reading + Library.load', r.buildParts.loadMs));
  lines.push(fig('  PassageSearch index', r.buildParts.searchIndexMs));
  lines.push(`    listing and reading the files alone (measured after, cache warm): ${ms(r.buildParts.readFilesMs.median)} ms`);
  lines.push(fig('Warm start from persisted index', r.warmStartMs));
  lines.push(`    index file: ${(r.indexBytes / 1e6).toFixed(1)} MB`);
  lines.push(fig('Heap after build (after gc)', r.heapMB, 'MB'));
  lines.push(`    heap in use + array buffers, whole process; ${ms(r.heapBaselineMB.median)} MB of it before the library was loaded`);
  const s = r.search;
  lines.push(row(['Search per keystroke (p50 / p95)', ms(s.p50), ms(s.p95), `ms, n=${s.samples}`], w));
  lines.push(`    ${s.sampled ? `sampled ${s.measured} of ${s.keystrokes} keystrokes (a search is too slow to time them all)` : `all ${s.keystrokes} keystrokes × ${s.runs} runs`}; intended words in top 10 for ${s.found}/${s.queries.length} queries`);
  lines.push(`    queries: ${s.queries.map((q) => `"${q.query}"`).join(', ')}`);
  lines.push(`    slowest keystrokes: ${s.slowest.map((k) => `"${k.text}" ${ms(k.ms)} ms`).join(', ')}`);
  lines.push(fig(`Verify ${r.verify.quotes}-quote draft`, r.verify.ms));
  lines.push(`    accuracy ${(r.verify.accuracy.accuracy * 100).toFixed(1)}% (${r.verify.accuracy.correct}/${r.verify.accuracy.total}); ${confusionText(r.verify.accuracy)}`);
  lines.push(`    by kind: ${kindText(r.verify.accuracy)}`);
  const rc = r.recheck;
  lines.push(fig(`Full check, ${rc.draftWords}-word draft (${rc.draftQuotes} quotes)`, rc.fullCheckMs));
  lines.push(fig('Re-check after one-word edit in a quote', rc.quoteEditMs));
  lines.push(fig('Re-check after one-word edit in prose', rc.proseEditMs));
  lines.push(`    first DraftChecker.check: ${ms(rc.firstCheckMs)} ms; same verdicts as checkDraft: ${rc.sameAsCheckDraft ? 'yes' : 'NO'}`);
  lines.push(fig('Seed library (5 articles): build + check', r.seedLibrary.totalMs));
  lines.push(`    library ${ms(r.seedLibrary.libraryMs.median)} ms + check examples/draft.md ${ms(r.seedLibrary.checkMs.median)} ms (fresh process; a proxy for activation)`);
  lines.push(fig('Attributing every source (once, after the build)', r.attribution.ms));
  lines.push(`    ${r.attribution.quotations} quotations; done per source on first use, or when the index is stored (a warm start reads it), so not in the cold build`);
  lines.push('');
  lines.push('Quotation attribution on the labelled fixtures (test/fixtures/attribution/):');
  for (const f of r.attribution.fixtures) {
    lines.push(`  ${describeScore(f)}`);
  }
  lines.push('');
  const b = r.baseline;
  lines.push(`Baseline: Fuse.js over the same ${b.passages} sentences`);
  lines.push(`    index build ${ms(b.buildMs)} ms, heap +${ms(b.heapMB)} MB`);
  lines.push(
    `    search p50 ${ms(b.search.p50)} ms, p95 ${ms(b.search.p95)} ms on ${b.search.sampled ? `${b.search.measured} of ${b.search.keystrokes} keystrokes (sampled: too slow to time them all)` : `all ${b.search.keystrokes} keystrokes`}; ours on the same keystrokes: p50 ${ms(b.oursOnSameKeystrokes.p50)}, p95 ${ms(b.oursOnSameKeystrokes.p95)} ms; intended words in top 10 for ${b.search.found}/${s.queries.length} queries`,
  );
  lines.push(
    `    as a verifier on ${b.verify.quotes} sampled quotes: ${ms(b.verify.perQuoteMs.median)} ms per quote, accuracy ${(b.verify.accuracy.accuracy * 100).toFixed(0)}% (${confusionText(b.verify.accuracy)}); ours on the same quotes: ${(b.oursOnSample.accuracy * 100).toFixed(0)}%, ${ms(b.oursPerQuoteMs)} ms per quote`,
  );
  lines.push('');
  lines.push(`Ratios ours / Fuse.js (below 1: we are faster or smaller): ${Object.entries(r.ratios).map(([k, v]) => `${k} ${Number.isFinite(v) ? v.toPrecision(2) : '—'}`).join(', ')}`);
  lines.push('');
  lines.push('Goals (10,000 articles / 50 MB, 2 cores):');
  for (const g of r.goals) {
    lines.push(`  ${g.met === null ? '?' : g.met ? '✓' : '✗'} ${g.name.padEnd(34)} ${g.limit.padStart(9)}   ${g.value}${g.met === null ? '' : g.met ? '  met' : '  not met'}`);
  }
  if (r.library.articles < 10000) {
    lines.push(`  (this run has ${r.library.articles} articles: goals are for 10,000)`);
  }
  lines.push('');
  lines.push(`Bench took ${Math.round(r.seconds)} s.`);
  return lines.join('\n');
}

function confusionText(a: Accuracy): string {
  return (Object.entries(a.confusion) as [string, Record<string, number>][])
    .map(([expected, actual]) => `${expected} → ${Object.entries(actual).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`)
    .join('; ');
}

function kindText(a: Accuracy): string {
  return Object.entries(a.byKind)
    .map(([kind, v]) => `${kind} ${v?.correct}/${v?.total}`)
    .join(', ');
}
