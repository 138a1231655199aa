// The workspace the editor and server benchmarks open: the benchmark library (bench/synthetic.ts)
// in sources/, and a draft quoting a few of its articles, open while the library loads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRealCorpus } from './corpus';
import { TextModel } from './markov';
import { libraryArticles, WrittenLibrary, writeLibrary } from './synthetic';

const SEED = 20250405;

/** A numeric command-line option (`--name N`), or the fallback. */
export function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

// A draft quoting a few of the articles.
function draft(articles: ReturnType<typeof libraryArticles>['articles']): string {
  const quotes = articles.filter((_, i) => i % 500 === 7).map((a) => a.paragraphs[Math.min(1, a.paragraphs.length - 1)][0]);
  return `# Notes\n\n${quotes.map((q, i) => `Source ${i} wrote: “${q.replace(/[“”"]/g, '')}”\n`).join('\n')}\n`;
}

/** Writes `count` articles to `workspace`/sources (the same bytes every time) and `workspace`/draft.md. */
export function writeBenchWorkspace(workspace: string, count: number): WrittenLibrary {
  process.stderr.write(`writing ${count} articles to ${workspace}/sources\n`);
  const corpus = loadRealCorpus();
  const { articles, realArticles } = libraryArticles(count, corpus, new TextModel(corpus.training), SEED);
  const written = writeLibrary(path.join(workspace, 'sources'), articles, realArticles);
  fs.writeFileSync(path.join(workspace, 'draft.md'), draft(articles));
  return written;
}
