import { findQuotes } from '../quoteScanner';
import { Cue, findCues } from './cues';
import { Entities, Entity } from './entities';
import { lex, quoteTok, Tok } from './lexer';
import { nearest, Resolved, resolveSentence } from './mentions';
import { isHeading, isTerm, opensWithQuote, sentences } from './sentences';
import { upgradeNames } from './upgrade';

/** A speaker as a text names them. */
export interface Speaker {
  /** The fullest form of the name the text gives ("Volodymyr Zelenskyy"); for someone it does not name, the description as written ("One Russian military blogger"). */
  readonly name: string;
  /** Title or role the text gives with the name ("President", "Kryvyi Rih city administrator"), or null. */
  readonly description: string | null;
  /** `person`: a named person; `group`: a named organisation or a group of people; `unnamed`: someone described, not named. */
  readonly kind: 'person' | 'group' | 'unnamed';
  /** The speaker is a text or an outlet ("the report", "the council's resolution", "CNN"). */
  readonly document: boolean;
}

/** How a quotation's speaker was found: a speech verb, "according to", "X: “…”", "in X's words", "a remark by X", or continuing the previous speaker. */
export type CueKind = 'verb' | 'according-to' | 'colon' | 'words' | 'noun' | 'continuation';

/** A quotation of a text and who speaks it. */
export interface AttributedQuote {
  /** Offsets of the quotation, quote marks included. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the words inside the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** Index into the speakers, or -1: not speech, or no speaker the text names. */
  readonly speaker: number;
  readonly cue: CueKind | null;
  /** The speech verb's lemma for a `verb` cue ("say", "tell"), or the noun for a `noun` cue. */
  readonly verb: string | null;
  /** Offsets of the words that name the speaker at the cue (a name without its title, a description, a pronoun), or -1. */
  readonly speakerStart: number;
  readonly speakerEnd: number;
  /** That phrase as written ("Zelensky", "he", "the report"), or null. */
  readonly written: string | null;
}

/** The quotations of a text with their speakers. */
export interface TextAttribution {
  readonly quotes: readonly AttributedQuote[];
  readonly speakers: readonly Speaker[];
}

/** A paragraph's offsets. */
export interface ParagraphSpan {
  readonly start: number;
  readonly end: number;
}

/** A quotation found in a text: offsets with the marks, and of the words inside. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

// Characters that can open a quotation (see quoteScanner). A straight apostrophe opens one only after
// a space or an opening mark; a paragraph with no opener holds no quotation.
const OPENERS = /[“„«‹「『"‚‘']/g;
const OPEN_CONTEXT = /[\s([{\-–—/“"‘'«„‚>*_]/;

/**
 * The quotations of each paragraph of `text`, found by the draft quote scanner; paragraphs with no
 * character that can open a quotation are not scanned.
 */
export function findParagraphQuotes(text: string, paragraphs: readonly ParagraphSpan[]): QuoteSpan[][] {
  const out: QuoteSpan[][] = paragraphs.map(() => []);
  let i = 0;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(text); m && i < paragraphs.length; m = OPENERS.exec(text)) {
    if (m[0] === "'" && m.index > 0 && !OPEN_CONTEXT.test(text[m.index - 1])) {
      continue;
    }
    while (i < paragraphs.length && paragraphs[i].end <= m.index) {
      i++;
    }
    if (i >= paragraphs.length) {
      break;
    }
    const p = paragraphs[i];
    if (m.index < p.start) {
      continue;
    }
    out[i] = findQuotes(text.slice(p.start, p.end)).map((q) => ({
      start: p.start + q.start,
      end: p.start + q.end,
      innerStart: p.start + q.segments[0].start,
      innerEnd: p.start + q.segments[q.segments.length - 1].end,
    }));
    OPENERS.lastIndex = p.end;
    i++;
  }
  return out;
}

const FIRST_PERSON = /\b(?:I|me|my|mine|I'm|I've|I'll|I'd)\b/;

// How many paragraphs before a quotation are read for who it may be (a pronoun's antecedent, "X said:").
const LOOK_BACK = 6;

interface Work {
  span: QuoteSpan;
  entity?: Entity;
  cue: CueKind | null;
  verb: string | null;
  at?: [number, number];
  written: string | null;
}

/**
 * Attributes every quotation of `text` (masked Markdown or plain text; `paragraphs` in order) to its
 * speaker by reading the narration around it: speech verbs and the phrase naming their speaker,
 * "according to X", "X: “…”", "in X's words", "a remark by X"; a sentence that opens with a quotation
 * and has no cue continues the previous speaker; a pronoun is bound to the last fitting person or
 * group met (preferring one that just spoke); titles and roles stay with the name as its
 * description; one person met under several spellings is one speaker. A quotation with no cue in its
 * sentence (a scare quote, a term, a title) gets no speaker. Only paragraphs with quotations, and the
 * {@link LOOK_BACK} before each, are read in full: the cost follows the quotations, not the text.
 */
export function attributeText(text: string, paragraphs: readonly ParagraphSpan[], quotes: readonly (readonly QuoteSpan[])[] = findParagraphQuotes(text, paragraphs)): TextAttribution {
  const entities = new Entities(text);
  const work: Work[] = [];
  let previous: Entity | undefined;
  let nextQuoted = -1;
  paragraphs.forEach((p, pi) => {
    if (nextQuoted < pi) {
      nextQuoted = pi;
      while (nextQuoted < paragraphs.length && quotes[nextQuoted].length === 0) {
        nextQuoted++;
      }
    }
    if (nextQuoted - pi > LOOK_BACK) {
      previous = undefined;
      entities.skip();
      return;
    }
    const toks: Tok[] = [];
    // A paragraph before a quotation is read from its last sentences only.
    let pos = quotes[pi].length > 0 ? p.start : tailStart(text, p);
    for (const q of quotes[pi]) {
      lex(text, pos, q.start, toks);
      toks.push(quoteTok(q.start, q.end, work.length, text.slice(q.innerStart, q.innerEnd)));
      work.push({ span: q, cue: null, verb: null, written: null });
      pos = q.end;
    }
    lex(text, pos, p.end, toks);
    previous = readParagraph(text, toks, entities, work, previous);
  });
  upgradeNames(text, work.map((w) => w.entity).filter((e): e is Entity => e !== undefined));
  return output(work);
}

// Where the last sentences of a paragraph (about TAIL characters) start.
function tailStart(text: string, p: ParagraphSpan): number {
  if (p.end - p.start <= TAIL) {
    return p.start;
  }
  const at = text.indexOf('. ', p.end - TAIL);
  return at >= 0 && at + 2 < p.end ? at + 2 : p.start;
}

const TAIL = 400;

// Reads one paragraph's sentences, attributing its quotations; returns the speaker a following
// quotation with no cue would continue.
function readParagraph(text: string, toks: readonly Tok[], entities: Entities, work: Work[], previous: Entity | undefined): Entity | undefined {
  let pending: { quote: number; token: number }[] = [];
  const heading = isHeading(toks);
  if (heading && !toks.some((t) => t.kind === 'quote') && !/^[:—–-]$/.test(toks[toks.length - 1]?.text ?? '')) {
    // A subhead ("Danger cited", "Corporate existence") names no speaker and does not interrupt one.
    entities.nextSentence();
    return previous;
  }
  for (const [s0, s1] of sentences(toks)) {
    entities.nextSentence();
    const cues = findCues(text, toks, s0, s1);
    const resolved = resolveSentence(text, toks, s0, s1, cues, entities, previous, heading);
    const inSentence: { quote: number; token: number }[] = [];
    for (let i = s0; i < s1; i++) {
      if (toks[i].kind === 'quote') {
        inSentence.push({ quote: toks[i].quote, token: i });
      }
    }
    // A cue sentence after unattributed quotations: "“How can a man …”? He asked."; one that opens
    // with its verb ("“…”? Asked Mrs. Grace O. Peck, representative from …") whatever its length.
    // (after a quoted question or exclamation, even one with quotations of its own: "“Unconscionable”! He shouted … “A dangerous precedent”!")
    const lead = resolved[0];
    const exclaimed = pending.length > 0 && /[?!]/.test(toks[s0 - 1]?.text ?? '');
    if (pending.length > 0 && lead?.entity && (s1 - s0 <= 16 || lead.cue.at === s0) && lead.cue.from <= s0 + 1 && lead.cue.at <= s0 + 2 && (inSentence.length === 0 || exclaimed)) {
      for (const q of pending) {
        assign(work[q.quote], lead, text, toks);
      }
    }
    pending = [];
    const attributed = resolved.filter((r) => r.entity);
    const opens = opensWithQuote(toks, s0, s1);
    for (const q of inSentence) {
      if (isTerm(toks, q.token)) {
        continue;
      }
      const best = nearest(toks, attributed, q.token);
      if (best) {
        assign(work[q.quote], best, text, toks);
      } else if (resolved.length === 0) {
        if (opens && previous) {
          work[q.quote].entity = previous;
          work[q.quote].cue = 'continuation';
          entities.spoke(previous);
        } else if (FIRST_PERSON.test(toks[q.token].text)) {
          // Words in the first person are someone's, not a term: "… simply because “It's unlike me”".
          const e = entities.firstPersonSpeaker();
          if (e) {
            work[q.quote].entity = e;
            work[q.quote].cue = 'continuation';
          }
        }
        pending.push(q);
      }
    }
    if (attributed.length > 0) {
      previous = attributed[attributed.length - 1].entity;
    } else if (!(inSentence.length > 0 && opens)) {
      previous = undefined;
    }
  }
  return previous;
}

function assign(q: Work, r: Resolved, text: string, toks: readonly Tok[]): void {
  q.entity = r.entity;
  q.cue = r.cue.kind;
  q.verb = r.cue.kind === 'verb' || r.cue.kind === 'noun' ? r.cue.word : null;
  const [a, b] = speakerRange(toks, r.cue);
  if (a < b) {
    q.at = [toks[a].start, toks[b - 1].end];
    // A name keeps to its own words: "Teacher Iryna Kholod" is written "Iryna Kholod".
    const phrase = r.cue.phrase;
    if (phrase && phrase.kind !== 'pronoun') {
      const at = text.indexOf(phrase.name, q.at[0]);
      if (at >= 0 && at + phrase.name.length <= q.at[1]) {
        q.at = [at, at + phrase.name.length];
      }
    }
    q.written = text.slice(q.at[0], q.at[1]);
  }
}

// The tokens of a cue that name the speaker (the cue's range less the cue word itself).
function speakerRange(toks: readonly Tok[], cue: Cue): [number, number] {
  if (!cue.phrase) {
    return [0, 0];
  }
  let a = cue.from;
  let b = cue.to;
  if (cue.at === a) {
    a = cue.kind === 'according-to' ? a + 2 : a + 1;
  } else if (cue.at === b - 1) {
    b--;
  }
  while (a < b && toks[a].kind !== 'word') {
    a++;
  }
  while (b > a && toks[b - 1].kind !== 'word') {
    b--;
  }
  return [a, b];
}

function output(work: readonly Work[]): TextAttribution {
  const index = new Map<Entity, number>();
  const speakers: Speaker[] = [];
  const quotes = work.map((q): AttributedQuote => {
    let speaker = -1;
    if (q.entity) {
      let i = index.get(q.entity);
      if (i === undefined) {
        i = speakers.length;
        index.set(q.entity, i);
        const e = q.entity;
        speakers.push({ name: e.name, description: e.description, kind: e.kind, document: e.document });
      }
      speaker = i;
    }
    return {
      start: q.span.start,
      end: q.span.end,
      innerStart: q.span.innerStart,
      innerEnd: q.span.innerEnd,
      speaker,
      cue: speaker >= 0 ? q.cue : null,
      verb: speaker >= 0 ? q.verb : null,
      speakerStart: q.at?.[0] ?? -1,
      speakerEnd: q.at?.[1] ?? -1,
      written: q.written,
    };
  });
  return { quotes, speakers };
}
