// npm run bench:server [-- --articles N] [--runs N] [--json]
// The language server (dist/server.js over stdio, driven as an editor drives it) on a workspace
// whose sources/ folder holds the benchmark library (10,000 articles, about 50 MB, from
// bench/synthetic.ts), against the CLI's check of the same draft and folder: cold load to the
// final diagnostics, typing round trips while the cold load runs, the server's memory, warm starts
// from the stored index. Not part of npm test.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/lsp/lspClient';
import { option, writeBenchWorkspace } from './benchWorkspace';
import { quantile } from './stats';

const ROOT = path.resolve(__dirname, '..');
const TYPE_EVERY_MS = 20;

function rssMB(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

interface ServerRun {
  readonly msToFinalDiagnostics: number;
  readonly msToFirstDiagnostics: number;
  readonly sources: number;
  readonly indexer?: string;
  readonly typing: readonly number[];
  readonly memory: { rss: number; peak: number };
  /** The server's own account of the load (its debug log line). */
  readonly load: string;
}

/** Starts the server on the workspace, opens the draft, types while the library loads, and stops once the final diagnostics are in. */
async function serverRun(workspace: string, storage: string, type: boolean): Promise<ServerRun> {
  const started = performance.now();
  const client = LspClient.start(path.join(ROOT, 'dist/server.js'), ['--stdio'], { ...process.env, VERBATIM_DEBUG: '1' });
  const loads: string[] = [];
  let stored: () => void = () => undefined;
  const storeWritten = new Promise<void>((resolve) => (stored = resolve));
  client.connection.onNotification('window/logMessage', (m: { message: string }) => {
    if (m.message.startsWith('Loaded') && m.message.includes('swaps')) {
      loads.push(m.message);
    }
    if (m.message.startsWith('Stored the index')) {
      stored();
    }
  });
  const root = pathToFileURL(workspace).href;
  const draftUri = pathToFileURL(path.join(workspace, 'draft.md')).href;
  let firstDiagnostics = NaN;
  client.waitFor('textDocument/publishDiagnostics', () => true, 600000).then(() => (firstDiagnostics = performance.now() - started), () => undefined);
  await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'bench' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { storagePath: storage } });
  const ready = client.waitFor<{ state: string; sources: number; indexer?: string }>('verbatim/libraryStatus', (s) => s.state === 'ready', 600000, 'library ready');
  await client.connection.sendNotification('initialized', {});
  const text = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
  const typing: number[] = [];
  let loading = true;
  const typist = (async () => {
    // A writer types at the end of the draft: each keystroke, then completion at the cursor.
    const line = text.split('\n').length - 1;
    let typed = '';
    for (let version = 2; loading && type; version++) {
      const char = 'as he said [@'.charAt(typed.length % 13);
      const t0 = performance.now();
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ range: { start: { line, character: typed.length }, end: { line, character: typed.length } }, text: char }] });
      typed += char;
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: draftUri }, position: { line, character: typed.length } });
      typing.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, TYPE_EVERY_MS));
    }
  })();
  const status = await ready;
  // Registered at once: the diagnostics against the whole library follow the status closely.
  const finalDiagnostics = client.waitFor<{ uri: string }>('textDocument/publishDiagnostics', (p) => p.uri === draftUri, 600000, 'final diagnostics').then(() => performance.now() - started);
  loading = false;
  await typist;
  const final = await finalDiagnostics;
  const memory = rssMB(client.child.pid as number);
  if (type) {
    // The next (warm) start reads the index this one stores once the load is over.
    await storeWritten;
  }
  await client.stop();
  return { msToFinalDiagnostics: final, msToFirstDiagnostics: firstDiagnostics, sources: status.sources, indexer: status.indexer, typing, memory, load: loads.join(' ') };
}

function cliCheck(workspace: string): number {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--sources', path.join(workspace, 'sources'), path.join(workspace, 'draft.md')], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    // Exit code 1: problems were reported, as they are for this draft.
  }
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const count = option('articles', 10000);
  const runs = option('runs', 3);
  const work = path.join(os.tmpdir(), 'verbatim-server-bench');
  const workspace = path.join(work, `workspace-${count}`);
  const written = writeBenchWorkspace(workspace, count);
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const cli = Array.from({ length: runs }, () => cliCheck(workspace));
  process.stderr.write(`cli ${cli.map((m) => Math.round(m)).join(', ')} ms\n`);
  const storage = path.join(work, `storage-${count}`);
  const cold: ServerRun[] = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(storage, { recursive: true, force: true });
    cold.push(await serverRun(workspace, storage, true));
    process.stderr.write(`server cold ${Math.round(cold[i].msToFinalDiagnostics)} ms\n`);
  }
  const warm: ServerRun[] = [];
  for (let i = 0; i < runs; i++) {
    warm.push(await serverRun(workspace, storage, false));
    process.stderr.write(`server warm ${Math.round(warm[i].msToFinalDiagnostics)} ms\n`);
  }
  const median = (values: readonly number[]) => quantile(values, 0.5);
  const typing = cold.flatMap((r) => r.typing);
  const result = {
    articles: count,
    megabytes: written.bytes / 1e6,
    sources: cold[0].sources,
    indexer: cold[0].indexer,
    cliMs: median(cli),
    coldMs: median(cold.map((r) => r.msToFinalDiagnostics)),
    warmFirstDiagnosticsMs: median(warm.map((r) => r.msToFirstDiagnostics)),
    warmMs: median(warm.map((r) => r.msToFinalDiagnostics)),
    typing: { count: typing.length, p50: quantile(typing, 0.5), p99: quantile(typing, 0.99), max: Math.max(...typing) },
    memoryMB: { rss: median(cold.map((r) => r.memory.rss)), peak: median(cold.map((r) => r.memory.peak)), warmRss: median(warm.map((r) => r.memory.rss)) },
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`Verbatim's language server: ${count} articles, ${result.megabytes.toFixed(1)} MB in sources/ (${result.sources} sources with the seeds), indexed on the ${result.indexer}; medians of ${runs} runs`);
  console.log(`CLI check of the draft (no stored index): ${Math.round(result.cliMs)} ms`);
  console.log(`server cold: ${Math.round(result.coldMs)} ms from start to the final diagnostics (${(result.coldMs / result.cliMs).toFixed(2)}× the CLI)`);
  console.log(`server warm (stored index): ${Math.round(result.warmMs)} ms (${(result.warmMs / result.cliMs).toFixed(2)}× the CLI); first diagnostics, against the bundled library, after ${Math.round(result.warmFirstDiagnosticsMs)} ms`);
  console.log(`the server's account of a cold load: ${cold[0].load}`);
  console.log(`and of a warm one: ${warm[0].load}`);
  console.log(`typing while the cold load ran: ${typing.length} keystrokes (didChange + completion), round trip p50 ${result.typing.p50.toFixed(1)} / p99 ${result.typing.p99.toFixed(1)} / max ${result.typing.max.toFixed(1)} ms`);
  console.log(`server process (worker included) after the cold load: RSS ${Math.round(result.memoryMB.rss)} MB, peak ${Math.round(result.memoryMB.peak)} MB; after a warm start ${Math.round(result.memoryMB.warmRss)} MB`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
