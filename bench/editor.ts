// npm run bench:editor [-- --articles N] [--json]
// Opens a workspace whose sources/ folder holds the benchmark library (10,000 articles, about 50 MB,
// from bench/synthetic.ts) in a real VS Code (code-server, as the integration tests run it) and
// measures the load as a user gets it: activation, time to the full library, how long each library
// swap and the whole load held up the extension host, typing while it loads, a warm start from the
// stored index, and a one-file update. Not part of npm test.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { option, writeBenchWorkspace } from './benchWorkspace';
import { quantile } from './stats';

const ROOT = path.resolve(__dirname, '..');
const RESULTS_FILE = '.verbatim-editor-bench.json';

interface Load {
  readonly ms: number;
  readonly swaps: number;
  readonly maxSwapMs: number;
  readonly maxAssembleMs: number;
  readonly loopDelay: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly stats: { readonly filesRead: number; readonly filesReused: number; readonly indexerMs: number; readonly store: string };
}

interface Results {
  readonly activationMs: number;
  readonly sources: number;
  readonly storeMB: number;
  readonly memoryMB: { readonly rss: number; readonly heapUsed: number; readonly external: number };
  readonly cold: Load;
  readonly warm: readonly Load[];
  readonly update: { readonly ms: number; readonly stats: { readonly indexerMs: number; readonly filesIndexed: number } };
  readonly editsDuringLoad: { readonly count: number; readonly p50: number; readonly p99: number; readonly max: number };
}

async function main(): Promise<void> {
  const count = option('articles', 10000);
  const work = path.join(os.tmpdir(), 'verbatim-editor-bench');
  const workspace = path.join(work, `workspace-${count}`);
  const written = writeBenchWorkspace(workspace, count);
  fs.rmSync(path.join(workspace, RESULTS_FILE), { force: true });
  process.stderr.write(`${written.articles.length} articles, ${(written.bytes / 1e6).toFixed(1)} MB; building\n`);
  execFileSync(process.execPath, ['esbuild.js', '--bench'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const runner = (await import(pathToFileURL(path.join(ROOT, 'test/integration/runner/runInCodeServer.mjs')).href)) as {
    runInCodeServer(o: { extensionPath: string; testsPath: string; workspace: string; timeoutMs: number; print: (line: string) => void }): Promise<{ ok: boolean }>;
  };
  const run = await runner.runInCodeServer({
    extensionPath: ROOT,
    testsPath: path.join(ROOT, 'out/bench-editor/editorEntry.js'),
    workspace,
    timeoutMs: 1_200_000,
    print: (line) => process.stderr.write(`${line}\n`),
  });
  if (!run.ok) {
    throw new Error('the editor benchmark failed inside code-server (see above)');
  }
  const r = JSON.parse(fs.readFileSync(path.join(workspace, RESULTS_FILE), 'utf8')) as Results;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ articles: count, megabytes: written.bytes / 1e6, ...r }));
    return;
  }
  const load = (name: string, l: Load) =>
    `${name.padEnd(6)} ${String(Math.round(l.ms)).padStart(6)} ms to the full library (indexer ${Math.round(l.stats.indexerMs)} ms; ${l.stats.filesRead} read, ${l.stats.filesReused} reused, store ${l.stats.store}); ` +
    `${l.swaps} swaps, longest ${l.maxSwapMs.toFixed(1)} ms (assembling ${l.maxAssembleMs.toFixed(1)} ms); event-loop delay p50 ${l.loopDelay.p50.toFixed(1)} / p99 ${l.loopDelay.p99.toFixed(1)} / max ${l.loopDelay.max.toFixed(1)} ms`;
  console.log(`Verbatim in code-server: ${count} articles, ${(written.bytes / 1e6).toFixed(1)} MB in sources/ (${r.sources} sources with the seeds)`);
  console.log(`activation ${r.activationMs.toFixed(1)} ms; stored index ${r.storeMB.toFixed(1)} MB; extension host after the load: RSS ${Math.round(r.memoryMB.rss)} MB (with the worker), heap ${Math.round(r.memoryMB.heapUsed)} MB + ${Math.round(r.memoryMB.external)} MB external`);
  console.log(load('cold', r.cold));
  r.warm.forEach((w, i) => console.log(load(`warm ${i + 1}`, w)));
  console.log(`warm median ${Math.round(quantile(r.warm.map((w) => w.ms), 0.5))} ms`);
  console.log(`typing while the cold load ran: ${r.editsDuringLoad.count} edits, round trip p50 ${r.editsDuringLoad.p50.toFixed(1)} / p99 ${r.editsDuringLoad.p99.toFixed(1)} / max ${r.editsDuringLoad.max.toFixed(1)} ms`);
  console.log(`one file changed: in the library ${Math.round(r.update.ms)} ms after the write (indexer ${Math.round(r.update.stats.indexerMs)} ms, ${r.update.stats.filesIndexed} file indexed)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
