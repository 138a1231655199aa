import { readFrontMatter } from './frontMatter';
import { maskMarkdown } from './markdownMask';
import { guessMetadata, MetaDraft, readMetaFields, SourceMeta } from './metadata';
import { Paragraph, Sentence, splitParagraphs, splitSentences } from './segment';
import { Token, tokenize } from './tokens';

/** An article of the library: its text, segmented and tokenised, with offsets into the file. */
export interface Source {
  readonly meta: SourceMeta;
  /** The file's path as the host gave it (for the bundled library, `seeds/<name>`). */
  readonly file: string;
  readonly text: string;
  /** Every paragraph, furniture included (flagged), in file order. */
  readonly paragraphs: readonly Paragraph[];
  /** Sentences of the article text (no furniture). */
  readonly sentences: readonly Sentence[];
  /** Words of the article text (no furniture), in order. */
  readonly tokens: readonly Token[];
  /** For each token, the index of its paragraph in `paragraphs`. */
  readonly tokenParagraph: Int32Array;
}

/** A source before its key is settled against the rest of the library. */
export interface SourceDraft extends Omit<Source, 'meta'> {
  readonly metaDraft: MetaDraft;
  /** Things worth telling the user about this file (malformed front matter, bad fields). */
  readonly warnings: readonly string[];
}

/**
 * Segments and tokenises one decoded source file. Metadata comes from the catalog entry when there is
 * one, else from YAML front matter, else from heuristics; fields a higher layer leaves out are
 * filled from the lower ones.
 */
export function buildSource(file: string, text: string, catalogEntry?: Partial<MetaDraft>): SourceDraft {
  const warnings: string[] = [];
  const front = readFrontMatter(text);
  if (front.error) {
    warnings.push(front.error);
  }
  const fmProblems: string[] = [];
  const fromFront = readMetaFields(front.fields, fmProblems);
  warnings.push(...fmProblems.map((p) => `front matter: ${p}`));

  const paragraphs = splitParagraphs(text, front.bodyStart);
  // Markdown sources: HTML tags, link targets and URLs are markup, not the article's words.
  const words = /\.(md|markdown)$/i.test(file) ? maskMarkdown(text) : text;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const tokenParagraph: number[] = [];
  paragraphs.forEach((p, i) => {
    if (p.furniture) {
      return;
    }
    sentences.push(...splitSentences(text, p, i));
    for (const t of tokenize(words, p.start, p.end)) {
      tokens.push(t);
      tokenParagraph.push(i);
    }
  });

  const guessed = catalogEntry ? undefined : guessMetadata(paragraphs.filter((p) => !p.furniture).map((p) => text.slice(p.start, p.end)));
  const pick = <K extends Exclude<keyof MetaDraft, 'key'>>(k: K): MetaDraft[K] =>
    (catalogEntry?.[k] !== undefined ? catalogEntry[k] : fromFront[k] !== undefined ? fromFront[k] : (guessed?.[k] ?? null)) as MetaDraft[K];
  const metaDraft: MetaDraft = {
    key: catalogEntry?.key ?? fromFront.key ?? null,
    title: pick('title'),
    author: pick('author'),
    outlet: pick('outlet'),
    date: pick('date'),
    url: pick('url'),
  };
  if (tokens.length === 0) {
    warnings.push('no article text (only page furniture or front matter)');
  }
  return { file, text, paragraphs, sentences, tokens, tokenParagraph: Int32Array.from(tokenParagraph), metaDraft, warnings };
}

/** The 1-based number of a paragraph among the article's own paragraphs (furniture not counted). */
export function paragraphNumber(source: Source, paragraphIndex: number): number {
  let n = 0;
  for (let i = 0; i <= paragraphIndex && i < source.paragraphs.length; i++) {
    if (!source.paragraphs[i].furniture) {
      n++;
    }
  }
  return n;
}

/** The index in `source.paragraphs` of the paragraph holding a source offset (the nearest before it). */
export function paragraphIndexAt(source: Source, offset: number): number {
  let found = 0;
  source.paragraphs.forEach((p, i) => {
    if (p.start <= offset) {
      found = i;
    }
  });
  return found;
}

/** Offsets of the 1-based article paragraph `n` (page furniture not counted), if the source has it. */
export function articleParagraph(source: Source, n: number): { start: number; end: number } | undefined {
  let count = 0;
  for (const p of source.paragraphs) {
    if (!p.furniture && ++count === n) {
      return { start: p.start, end: p.end };
    }
  }
  return undefined;
}

/** How many article paragraphs (page furniture not counted) a source has. */
export function articleParagraphCount(source: Source): number {
  return source.paragraphs.filter((p) => !p.furniture).length;
}

/** Where the article text starts: its first paragraph that is not page furniture. */
export function articleStart(source: Source): number {
  return source.paragraphs.find((p) => !p.furniture)?.start ?? 0;
}

/** The paragraph number a locator names ("para 3", "paragraph 3", "¶ 3", "paras 3–4" gives 3). */
export function locatorParagraph(locator: string | undefined): number | undefined {
  const n = Number(/(?:\bpara(?:graph)?s?\.?|¶)\s*(\d+)/i.exec(locator ?? '')?.[1]);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
