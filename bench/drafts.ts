import { countWords } from '../src/core/tokens';
import { Article } from './corpus';
import { NgramFilter } from './ngramFilter';
import { absentQuote, alter, EXPECTED, pickSpan, QuoteKind, TestQuote } from './quotes';
import { Random } from './random';

/** A quotation placed in a draft: its ground truth and the offsets of its words. */
export interface PlacedQuote extends TestQuote {
  readonly start: number;
  readonly end: number;
}

/** A generated draft and the quotations in it, in order. */
export interface TestDraft {
  readonly text: string;
  readonly quotes: readonly PlacedQuote[];
  readonly words: number;
}

/** What drafts are made from. */
export interface DraftMaterial {
  /** Real articles of the library, where quotations come from. */
  readonly sources: readonly Article[];
  readonly heldOut: readonly Article[];
  readonly filter: NgramFilter;
  /** A sentence of generated prose. */
  readonly prose: (random: Random) => string;
  /** The citation key the library gave an article. */
  readonly keyOf: (article: Article) => string | undefined;
}

/** How many quotations of each kind a draft gets. */
export type QuoteMix = Readonly<Record<QuoteKind, number>>;

/** The 200-quotation draft: 70 exact, 30 of each alteration, 40 absent. */
export const VERIFY_MIX: QuoteMix = { exact: 70, 'word-changed': 30, 'number-changed': 30, 'word-dropped': 30, absent: 40 };
/** Quotations in the 10,000-word draft. */
export const LONG_MIX: QuoteMix = { exact: 60, 'word-changed': 10, 'number-changed': 10, 'word-dropped': 10, absent: 10 };

const LEADS = ['As {author} put it,', '{outlet} reported that', 'According to the record,', 'One passage reads:', 'The text is plain:', 'In the words of {author},', 'We read that'];

/** Quotations of the mix, in random order, each checked against its ground truth. */
export function makeQuotes(mix: QuoteMix, material: DraftMaterial, random: Random): TestQuote[] {
  const out: TestQuote[] = [];
  for (const kind of Object.keys(mix) as QuoteKind[]) {
    let guard = 0;
    for (let made = 0; made < mix[kind]; ) {
      if (++guard > mix[kind] * 200) {
        throw new Error(`could not make ${mix[kind]} quotations of kind ${kind} (made ${made})`);
      }
      const q = makeQuote(kind, material, random);
      if (q) {
        out.push(q);
        made++;
      }
    }
  }
  return random.shuffle(out);
}

function makeQuote(kind: QuoteKind, material: DraftMaterial, random: Random): TestQuote | undefined {
  if (kind === 'absent') {
    const text = absentQuote(material.heldOut, random, material.filter);
    return text ? { kind, expected: EXPECTED[kind], text } : undefined;
  }
  const article = random.pick(material.sources);
  const span = pickSpan(article, random, kind === 'word-dropped' ? 7 : 6, 18, kind === 'number-changed');
  if (!span) {
    return undefined;
  }
  if (kind === 'exact') {
    return { kind, expected: EXPECTED[kind], text: span, article };
  }
  const text = alter(span, kind, random, () => material.prose(random), material.filter);
  return text ? { kind, expected: EXPECTED[kind], text, article } : undefined;
}

/**
 * A Markdown draft holding the quotations, in prose paragraphs, about half of them cited
 * (`[@key]`), one in ten as a blockquote, with paragraphs of prose between them until the draft
 * has at least `minWords` words.
 */
export function composeDraft(quotes: readonly TestQuote[], material: DraftMaterial, random: Random, minWords = 0): TestDraft {
  const blocks = quotes.map((q) => {
    const key = q.article ? (random.chance(0.5) ? material.keyOf(q.article) : undefined) : random.chance(0.3) ? material.keyOf(random.pick(material.sources)) : undefined;
    const cite = key ? ` [@${key}]` : '';
    if (random.chance(0.1)) {
      return { before: `${material.prose(random)}\n\n> `, after: `${cite}\n\n` };
    }
    const meta = q.article?.meta;
    const lead = random.pick(LEADS).replace('{author}', meta?.author ?? 'the author').replace('{outlet}', meta?.outlet ?? 'The paper');
    return { before: `${material.prose(random)} ${lead} “`, after: `”${cite}. ${material.prose(random)}\n\n` };
  });
  let text = '---\ntitle: "Benchmark draft"\n---\n\n# Notes on the record\n\n';
  let missing = minWords - countWords(text) - blocks.reduce((n, b, i) => n + countWords(b.before + quotes[i].text + b.after), 0);
  const placed: PlacedQuote[] = [];
  quotes.forEach((q, i) => {
    // Spread the padding evenly: what is still missing, shared among the quotations still to come.
    let share = missing / (quotes.length - i);
    while (share > 0) {
      const p = Array.from({ length: random.range(2, 4) }, () => material.prose(random)).join(' ');
      const n = countWords(p);
      share -= n;
      missing -= n;
      text += `${p}\n\n`;
    }
    text += blocks[i].before;
    placed.push({ ...q, start: text.length, end: text.length + q.text.length });
    text += q.text + blocks[i].after;
  });
  return { text, quotes: placed, words: countWords(text) };
}

/** The draft with one word of the quotation `index` replaced (a keystroke inside a quotation). */
export function editInQuote(draft: TestDraft, index: number, word: string): string {
  const q = draft.quotes[index];
  const inside = draft.text.slice(q.start, q.end);
  const m = /\p{L}{4,}/u.exec(inside);
  const at = q.start + (m ? m.index : 0);
  const length = m ? m[0].length : 0;
  return draft.text.slice(0, at) + word + draft.text.slice(at + length);
}

/** The draft with one word of prose before quotation `index` replaced (a keystroke outside quotations). */
export function editInProse(draft: TestDraft, index: number, word: string): string {
  const before = draft.quotes[index].start;
  const from = draft.text.lastIndexOf('\n\n', before - 1);
  const m = /\b\p{L}{4,}\b/u.exec(draft.text.slice(from, before));
  const at = from + (m ? m.index : 0);
  return draft.text.slice(0, at) + word + draft.text.slice(at + (m ? m[0].length : 0));
}
