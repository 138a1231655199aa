// Figures that need a fresh process (a cold start, an honest heap): run by bench.ts, one JSON line out.
//   build <library folder> <index file>   cold build through the CLI's loading, heap, then persist the index
//   warm <index file> <sources>           warm start from the persisted index
//   seed <draft>                          the bundled five-article library and one draft check
import './seedsShim';
import * as fs from 'node:fs';
import { bundledLibrary } from '../src/bundledSeeds';
import { expandPaths, loadLibrary } from '../src/cli/files';
import { checkDraft } from '../src/core/checker';
import { DEFAULT_MAX_SOURCE_BYTES } from '../src/core/decode';
import { deserializeLibrary, serializeLibrary } from '../src/core/libraryStore';
import { PassageSearch } from '../src/core/search';
import { collectGarbage, heapMB, timed, timedAsync } from './stats';

async function main(): Promise<object> {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'build') {
    return build(a, b);
  }
  if (mode === 'warm') {
    return warm(a, Number(b));
  }
  if (mode === 'seed') {
    return seed(a);
  }
  throw new Error(`unknown mode ${mode}`);
}

async function build(root: string, indexFile: string): Promise<object> {
  collectGarbage();
  const before = heapMB();
  const library = await timedAsync(() => loadLibrary([root], { bundled: false }));
  const search = timed(() => new PassageSearch(library.value));
  const gc = collectGarbage();
  const after = heapMB();
  // Keep both alive until the heap is measured.
  const alive = library.value.sources.length + (search.value ? 1 : 0);
  // Quotation attribution is computed per source on first use (or when the index is stored): all of it, once.
  const attribution = timed(() => library.value.sources.reduce((n, s) => n + s.attribution.count, 0));
  const bytes = timed(() => serializeLibrary(library.value));
  fs.writeFileSync(indexFile, bytes.value);
  // The floor under the load: listing and reading the same files again, without building anything.
  const reading = await timedAsync(async () => {
    const { files } = await expandPaths([root], '--sources', DEFAULT_MAX_SOURCE_BYTES);
    await Promise.all(files.map((f) => fs.promises.readFile(f.path)));
    return files.length;
  });
  return {
    readFilesMs: reading.ms,
    loadMs: library.ms,
    searchIndexMs: search.ms,
    buildMs: library.ms + search.ms,
    sources: library.value.sources.length,
    issues: library.value.issues.length,
    alive,
    gc,
    heapMB: after.total,
    heapOnlyMB: after.heap,
    arrayBuffersMB: after.arrayBuffers,
    baselineHeapMB: before.total,
    attributionMs: attribution.ms,
    quotations: attribution.value,
    serializeMs: bytes.ms,
    indexBytes: bytes.value.length,
  };
}

async function warm(indexFile: string, sources: number): Promise<object> {
  const read = timed(() => fs.readFileSync(indexFile));
  const library = timed(() => deserializeLibrary(new Uint8Array(read.value.buffer, read.value.byteOffset, read.value.byteLength)));
  const search = timed(() => new PassageSearch(library.value));
  const ok = library.value.sources.length === sources && search.value.search('the', 1).length > 0;
  return { readMs: read.ms, deserializeMs: library.ms, searchIndexMs: search.ms, warmMs: read.ms + library.ms + search.ms, sameSources: ok };
}

async function seed(draftFile: string): Promise<object> {
  const text = fs.readFileSync(draftFile, 'utf8');
  const library = timed(() => bundledLibrary());
  const check = timed(() => checkDraft(text, library.value));
  return { libraryMs: library.ms, checkMs: check.ms, totalMs: library.ms + check.ms, sources: library.value.sources.length, quotes: check.value.quotes.length };
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (e: unknown) => {
    process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? e.message : String(e) })}\n`);
    process.exitCode = 1;
  },
);
