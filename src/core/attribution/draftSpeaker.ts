import { attributeText, CueKind, ParagraphSpan, QuoteSpan, Speaker } from './attribute';
import { OUTLET_WORDS } from './lexicon';
import { nameKey, sameKey, sameSpeaker } from './names';

/** A quotation of a draft as the quote scanner gives it (`FoundQuote` fits). */
export interface DraftQuote {
  /** Offsets with the quote marks (or the `>` markers of a blockquote). */
  readonly start: number;
  readonly end: number;
  readonly kind?: 'inline' | 'block';
  /** The quoted text: one segment inline, one per line for a blockquote. */
  readonly segments?: readonly { readonly start: number; readonly end: number }[];
}

/** Who a draft says speaks one of its quotations. */
export interface DraftAttribution {
  /**
   * The speaker the draft gives, or null when it names none. `name` is the fullest form the draft
   * uses for them (a pronoun is resolved to the draft's last fitting speaker); `written` and
   * `start`/`end` are the words at the cue as they stand in the draft ("Zelensky", "he", "the
   * report"), `plainName` whether those words are a name alone (a quick fix may replace them).
   */
  readonly speaker: (Speaker & { readonly written: string; readonly start: number; readonly end: number; readonly plainName: boolean }) | null;
  /** The draft gives the words to an outlet, an article or a report ("the report said", "according to CNN", "as the Kyiv Independent put it"), not to a person. */
  readonly outlet: boolean;
  readonly cue: CueKind | null;
}

/** What the draft side needs to know of the library. */
export interface DraftAttributionOptions {
  /** Names of outlets and sources of the library (sources' outlets and titles): "according to CNN". */
  readonly outlets?: readonly string[];
  /**
   * Only these quotations (indices into `quotes`) need an answer: the paragraphs around the others
   * are not read (for re-reading a draft after an edit). Default: all.
   */
  readonly only?: ReadonlySet<number>;
}

const BLANK = /\n[ \t]*(?:\n|$)/g;

// A draft's paragraphs: runs of lines between blank lines.
function draftParagraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let start = 0;
  BLANK.lastIndex = 0;
  for (let m = BLANK.exec(text); m; m = BLANK.exec(text)) {
    if (m.index > start) {
      out.push({ start, end: m.index });
    }
    start = m.index + m[0].length;
    if (m[0].length === 0) {
      BLANK.lastIndex++;
    }
  }
  if (start < text.length) {
    out.push({ start, end: text.length });
  }
  return out;
}

/**
 * Reads a draft's own attribution of each of its quotations, with the cues the sources are read
 * with ("X said", "said X", "X told reporters", "according to X", "X: “…”", a pronoun continuing the
 * draft's last named speaker, a blockquote's "— Name" line), and tells an outlet or a document
 * ("the report said", "according to CNN") from a person. `masked` is the masked draft
 * (`maskMarkdown`), `quotes` its quotations in order (`findQuotes`). One result per quotation.
 */
export function attributeDraft(masked: string, quotes: readonly DraftQuote[], options: DraftAttributionOptions = {}): DraftAttribution[] {
  const paragraphs = draftParagraphs(masked);
  const spans: QuoteSpan[][] = paragraphs.map(() => []);
  const where: [number, number][] = [];
  let p = 0;
  for (const [qi, q] of quotes.entries()) {
    if (options.only && !options.only.has(qi)) {
      where.push([-1, -1]);
      continue;
    }
    while (p < paragraphs.length && paragraphs[p].end <= q.start) {
      p++;
    }
    const segs = q.segments && q.segments.length > 0 ? q.segments : [{ start: q.start + 1, end: q.end - 1 }];
    if (p >= paragraphs.length) {
      where.push([-1, -1]);
      continue;
    }
    where.push([p, spans[p].length]);
    spans[p].push({ start: q.start, end: q.end, innerStart: segs[0].start, innerEnd: segs[segs.length - 1].end });
  }
  const result = attributeText(masked, paragraphs, spans);
  // The attributed quotations come back in text order, paragraph by paragraph.
  const offsets: number[] = [];
  let n = 0;
  for (const s of spans) {
    offsets.push(n);
    n += s.length;
  }
  return quotes.map((q, i) => {
    const [pi, k] = where[i];
    const a = pi >= 0 ? result.quotes[offsets[pi] + k] : undefined;
    const block = q.kind === 'block' ? blockSpeaker(masked, q) : undefined;
    if (block) {
      return { speaker: { ...block, plainName: true }, outlet: isOutlet(block, options), cue: 'colon' };
    }
    if (!a || a.speaker < 0) {
      return { speaker: null, outlet: false, cue: null };
    }
    const s = result.speakers[a.speaker];
    const written = a.written ?? s.name;
    const plainName = a.written !== null && s.kind !== 'unnamed' && sameKey(nameKey(a.written), nameKey(s.name)) && /^\p{Lu}/u.test(a.written);
    return {
      speaker: { ...s, written, start: a.speakerStart, end: a.speakerEnd, plainName },
      outlet: isOutlet(s, options),
      cue: a.cue,
    };
  });
}

/** The draft's own attribution of one quotation (see {@link attributeDraft}). */
export function draftSpeaker(masked: string, quotes: readonly DraftQuote[], index: number, options: DraftAttributionOptions = {}): DraftAttribution {
  return attributeDraft(masked, quotes, options)[index];
}

// A blockquote's attribution line: "> — Volodymyr Zelensky, President".
function blockSpeaker(text: string, q: DraftQuote): (Speaker & { written: string; start: number; end: number }) | undefined {
  const block = text.slice(q.start, q.end);
  const m = /^[ \t]*(?:>[ \t]?)+[ \t]*(?:—|–|―|--)[ \t]*([^\n,]+?)(?:,[ \t]*([^\n]+?))?[ \t]*$/m.exec(block);
  if (!m) {
    return undefined;
  }
  const start = q.start + m.index + m[0].indexOf(m[1]);
  return { name: m[1], description: m[2] ?? null, kind: 'person', document: false, written: m[1], start, end: start + m[1].length };
}

function isOutlet(s: Speaker, options: DraftAttributionOptions): boolean {
  if (s.document) {
    return true;
  }
  if (s.kind === 'person' && s.description === null && !/\s/.test(s.name) && OUTLET_WORDS.has(s.name.toLowerCase())) {
    return true;
  }
  if (s.kind === 'group' || s.kind === 'person') {
    const words = s.name.toLowerCase().replace(/^the\s+/, '').split(/[\s’']+/);
    // An outlet is named like one: "the Kyiv Independent", "The New York Times" (not "independent analysts").
    if (s.kind === 'group' && /^\p{Lu}/u.test(s.name.replace(/^the\s+/i, '')) && OUTLET_WORDS.has(words[words.length - 1])) {
      return true;
    }
    return (options.outlets ?? []).some((o) => o.trim().length > 0 && (o.toLowerCase().replace(/^the\s+/, '') === words.join(' ') || sameSpeaker(o, s.name)));
  }
  return false;
}

/**
 * How a draft's speaker compares with the source's: `same` (one person under two spellings, or a
 * description that fits: "a Kremlin spokesman" and Dmitry Peskov, Kremlin spokesman), `different`
 * (two named people, or two named bodies, that cannot be one), `unsure` otherwise (someone unnamed
 * on either side).
 */
export function compareSpeakers(draft: Speaker, source: Speaker): 'same' | 'different' | 'unsure' {
  if (sameSpeaker(draft.name, source.name)) {
    return 'same';
  }
  const fits = (a: Speaker, b: Speaker) => {
    const head = a.name.toLowerCase().split(/\s+/).pop() ?? '';
    return head.length > 2 && `${b.description ?? ''} ${b.name}`.toLowerCase().split(/[\s,’']+/).includes(head);
  };
  if (draft.kind === 'unnamed' || source.kind === 'unnamed') {
    return fits(draft, source) || fits(source, draft) ? 'same' : 'unsure';
  }
  if (draft.kind !== source.kind) {
    // "the Kremlin" for Dmitry Peskov, Kremlin spokesman: the body may speak through the person.
    return fits(draft, source) || fits(source, draft) ? 'unsure' : 'different';
  }
  return 'different';
}
