// npm run bench [-- --json] [--articles N] [--runs N] [--quick] [--keep]
// Index, search and verification figures of the engine at 10,000 articles, against Fuse.js in the same run.
import './seedsShim';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadLibrary } from '../src/cli/files';
import { PassageSearch } from '../src/core/search';
import { brownScore, seedScore } from './attributionAccuracy';
import { passagesOf, runBaseline, verifySample } from './baseline';
import { loadRealCorpus } from './corpus';
import { composeDraft, editInProse, editInQuote, LONG_MIX, makeQuotes, TestDraft, VERIFY_MIX } from './drafts';
import { keystrokes, Query, spread, timeKeystrokes } from './keystrokes';
import { TextModel } from './markov';
import { NgramFilter } from './ngramFilter';
import { searchQuery } from './quotes';
import { Random } from './random';
import { formatTable, judgeGoals, Results, Unavailable } from './report';
import { quantile, summarize, Summary, timed } from './stats';
import { libraryArticles, writeLibrary } from './synthetic';
import { measureRecheck, measureVerification, score } from './verify';

const SEED = 20250405;
const ROOT = path.resolve(__dirname, '..');
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'];

interface Options {
  readonly json: boolean;
  readonly articles: number;
  readonly runs: number;
  readonly quick: boolean;
  readonly keep: boolean;
}

// `npm run bench --quick` hands the flag to npm, which passes it on as npm_config_quick.
function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const flag = (name: string) => argv.includes(`--${name}`) || env[`npm_config_${name}`] === 'true';
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const raw = i >= 0 ? argv[i + 1] : env[`npm_config_${name}`];
    if (i < 0 && raw === 'true') {
      throw new Error(`npm keeps the value of --${name} for itself: write npm run bench -- --${name} N`);
    }
    const n = Number(raw);
    if (raw !== undefined && (!Number.isInteger(n) || n < 1)) {
      throw new Error(`--${name} takes a positive whole number, not ${JSON.stringify(raw)}`);
    }
    return raw === undefined ? fallback : n;
  };
  const quick = flag('quick');
  return { json: flag('json'), quick, keep: flag('keep'), articles: value('articles', quick ? 300 : 10000), runs: value('runs', quick ? 2 : 5) };
}

const began = performance.now();
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

function worker(args: readonly string[]): Record<string, unknown> {
  const run = spawnSync(process.execPath, [...NODE_FLAGS, path.join(__dirname, 'worker.ts'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  let result: Record<string, unknown>;
  try {
    result = JSON.parse(last) as Record<string, unknown>;
  } catch {
    throw new Error(`bench worker ${args[0]} failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  }
  if (typeof result.error === 'string') {
    throw new Error(`bench worker ${args[0]}: ${result.error}`);
  }
  return result;
}

const numbers = (results: readonly Record<string, unknown>[], key: string) => summarize(results.map((r) => Number(r[key])));

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const work = path.join(os.tmpdir(), `verbatim-bench-${process.pid}`);
  try {
    await run(options, work);
  } finally {
    if (!options.keep) {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
}

async function run(options: Options, work: string): Promise<void> {
  const started = performance.now();
  const engine = engineInfo();
  const loadAverage = os.loadavg()[0];
  const root = path.join(work, `library-${options.articles}`);
  const indexFile = path.join(work, `index-${options.articles}.bin`);

  log(`corpora and text model`);
  const corpus = loadRealCorpus();
  const model = new TextModel(corpus.training);
  const { articles, realArticles } = libraryArticles(options.articles, corpus, model, SEED);
  const written = writeLibrary(root, articles, realArticles);
  const sentences = passagesOf(articles).length;
  log(`${articles.length} articles, ${(written.bytes / 1e6).toFixed(1)} MB written to ${root}`);

  log('bundled seed library (fresh processes)');
  const seedRuns = Array.from({ length: options.runs }, () => worker(['seed', path.join(ROOT, 'examples', 'draft.md')]));
  log('cold builds (fresh processes)');
  const builds = Array.from({ length: options.runs }, (_, i) => {
    const b = worker(['build', root, indexFile]);
    log(`  build ${i + 1}/${options.runs}: ${Math.round(Number(b.buildMs))} ms, heap ${Math.round(Number(b.heapMB))} MB`);
    return b;
  });
  log('warm starts (fresh processes)');
  const warms = Array.from({ length: options.runs }, () => worker(['warm', indexFile, String(builds[0].sources)]));
  const warmStartMs: Summary | Unavailable = warms.every((w) => w.sameSources) ? numbers(warms, 'warmMs') : { available: false, reason: 'the deserialized library differs from the built one' };

  log('loading the library in this process for search and verification');
  const library = await loadLibrary([root], { bundled: false });
  const search = new PassageSearch(library);
  const fileOf = (file: string) => path.relative(root, path.resolve(ROOT, file)).split(path.sep).join('/');
  const keys = new Map(library.sources.map((s) => [fileOf(s.file), s.meta.key]));

  const random = new Random(SEED + 1);
  const real = articles.filter((a) => a.kind !== 'synthetic');
  const queries: Query[] = [];
  for (let i = 0; queries.length < 5 && i < 500; i++) {
    const article = random.pick(real);
    const q = searchQuery(article, random, queries.length % 2 === 1);
    if (q) {
      queries.push({ ...q, file: article.file });
    }
  }
  log('drafts with known verdicts');
  const { draft, long } = (() => {
    const material = { sources: real, heldOut: corpus.heldOut, filter: new NgramFilter(articles), prose: (r: Random) => model.sentence(r), keyOf: (a: { file: string }) => keys.get(a.file) };
    const d = composeDraft(makeQuotes(VERIFY_MIX, material, random), material, random);
    const l = composeDraft(makeQuotes(LONG_MIX, material, random), material, random, 10000);
    return { draft: d, long: l };
  })();
  saveDraft(work, 'draft-200', draft);
  saveDraft(work, 'draft-10000-words', long);

  const budget = options.quick ? 3000 : 60000;
  const ours = (text: string) => search.search(text, 30).map((h) => ({ text: h.text, file: fileOf(h.source.file) }));
  const strokes = keystrokes(queries);
  log(`search: ${strokes.length} keystrokes`);
  const searchTimes = timeKeystrokes(ours, queries, strokes, options.runs, budget);
  log(`verification: ${draft.quotes.length} quotes`);
  const verify = measureVerification(library, draft, options.runs);
  log(`re-check: ${long.words}-word draft`);
  const mid = long.quotes.findIndex((q, i) => i >= long.quotes.length / 2 && q.kind === 'exact');
  const recheck = measureRecheck(library, long, editInQuote(long, mid, 'whatsoever'), editInProse(long, mid, 'meanwhile'), options.runs);

  log('baseline: Fuse.js');
  const sample = verifySample(draft, options.quick ? 3 : 5);
  const baseline = runBaseline(articles, queries, strokes, draft, sample, 1, options.quick ? 3000 : 60000);
  const same = spread(strokes, baseline.search.measured).map((k) => timed(() => ours(k.text)).ms);
  const oursOnSameKeystrokes = { p50: quantile(same, 0.5), p95: quantile(same, 0.95) };
  const oursOnSample = score(draft, verify.verdicts, new Set(baseline.verify.sample));

  const coldBuildMs = numbers(builds, 'buildMs');
  const heap = numbers(builds, 'heapMB');
  const partial = {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage },
    engine,
    options: { articles: options.articles, runs: options.runs, quick: options.quick },
    library: { articles: articles.length, realArticles, bytes: written.bytes, digest: written.digest, sentences, root },
    coldBuildMs,
    buildParts: { loadMs: numbers(builds, 'loadMs'), searchIndexMs: numbers(builds, 'searchIndexMs'), readFilesMs: numbers(builds, 'readFilesMs') },
    attribution: { ms: numbers(builds, 'attributionMs'), quotations: Number(builds[0].quotations), fixtures: [seedScore(), brownScore('tuning'), brownScore('firstHeldOut'), brownScore('heldOut'), brownScore('thirdHeldOut')] },
    heapMB: heap,
    heapBaselineMB: numbers(builds, 'baselineHeapMB'),
    warmStartMs,
    indexBytes: Number(builds[0].indexBytes),
    search: { ...searchTimes, queries },
    verify: { quotes: draft.quotes.length, ms: verify.ms, accuracy: verify.accuracy },
    recheck: { ...recheck, draftWords: long.words, draftQuotes: long.quotes.length },
    seedLibrary: { totalMs: numbers(seedRuns, 'totalMs'), libraryMs: numbers(seedRuns, 'libraryMs'), checkMs: numbers(seedRuns, 'checkMs') },
    baseline: { ...baseline, oursOnSameKeystrokes, oursOnSample, oursPerQuoteMs: verify.perQuoteMs },
  };
  const results: Results = {
    ...partial,
    ratios: {
      'search p50': oursOnSameKeystrokes.p50 / baseline.search.p50,
      'search p95': oursOnSameKeystrokes.p95 / baseline.search.p95,
      'build (ours from files, Fuse.js in memory)': coldBuildMs.median / baseline.buildMs,
      heap: heap.median / baseline.heapMB,
      'verify per quote': verify.perQuoteMs / baseline.verify.perQuoteMs.median,
      'accuracy on sample': oursOnSample.accuracy / baseline.verify.accuracy.accuracy,
    },
    goals: judgeGoals(partial),
    seconds: (performance.now() - started) / 1000,
  };
  process.stdout.write(options.json ? `${JSON.stringify(results)}\n` : `${formatTable(results)}\n`);
}

// Which engine was measured: the core may hold uncommitted work, so its files are digested too.
function engineInfo(): { head: string; coreDigest: string; coreChanged: boolean } {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const hash = createHash('sha256');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of walk(path.join(ROOT, 'src', 'core')).sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file));
  }
  return { head: git(['rev-parse', '--short', 'HEAD']) || 'unknown', coreDigest: hash.digest('hex').slice(0, 12), coreChanged: git(['status', '--porcelain', '--', 'src/core']) !== '' };
}

function saveDraft(work: string, name: string, draft: TestDraft): void {
  fs.writeFileSync(path.join(work, `${name}.md`), draft.text);
  const truth = draft.quotes.map((q) => ({ kind: q.kind, expected: q.expected, text: q.text, source: q.article?.file ?? null, start: q.start }));
  fs.writeFileSync(path.join(work, `${name}.truth.json`), JSON.stringify(truth, null, 1));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
