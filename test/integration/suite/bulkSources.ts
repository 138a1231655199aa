import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const WORDS = (
  'the council said a new plan for the river district would bring work to families who had waited years while ' +
  'engineers measured the old stone bridge and the market traders counted fewer visitors than last spring as ' +
  'officials promised that schools clinics and the ferry would stay open through winter despite the storms'
).split(' ');
const ADJECTIVES = ['amber', 'quiet', 'northern', 'crowded', 'patient', 'narrow', 'bright', 'muddy', 'distant', 'restless'];

/** A small deterministic random generator (tests must give the same files every run). */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

/** The sentence only article `i` holds, word for word. */
export function bulkQuote(i: number): string {
  return `the ${ADJECTIVES[i % ADJECTIVES.length]} harbour lanterns of district ${i} were lit at dusk`;
}

/** The library name of article `i` (as the library names workspace files). */
export function bulkFile(i: number): string {
  return `bulk/${String(Math.floor(i / 100)).padStart(2, '0')}/article-${String(i).padStart(4, '0')}.md`;
}

/** Article `i`: front matter with its key, then paragraphs of filler around its own sentence. */
export function bulkArticle(i: number): string {
  const next = random(i + 1);
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraphs = Array.from({ length: 8 }, (_, p) => {
    const sentences = Array.from({ length: 3 }, sentence);
    if (p === 3) {
      sentences.splice(1, 0, `Residents said ${bulkQuote(i)}.`);
    }
    return sentences.join(' ');
  });
  return `---\ntitle: "Bulk report ${i}"\noutlet: Test Wire\ndate: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\nkey: bulk-${i}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles below `bulk/` of the workspace folder (not committed: made by the test). */
export function writeBulkSources(folder: vscode.Uri, count: number): void {
  for (let i = 0; i < count; i++) {
    const file = path.join(folder.fsPath, bulkFile(i));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bulkArticle(i));
  }
}

/** A log channel that keeps its lines, for asserting on what was logged. */
export function captureLog(): { readonly log: vscode.LogOutputChannel; readonly lines: string[] } {
  const lines: string[] = [];
  const line = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const log = { info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug'), trace: line('trace') };
  return { log: log as unknown as vscode.LogOutputChannel, lines };
}

/** Resolves with the next value an event fires. */
export function next<T>(event: vscode.Event<T>): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((value) => {
      sub.dispose();
      resolve(value);
    });
  });
}
