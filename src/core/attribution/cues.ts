import { isA, Tok } from './lexer';
import { DOCUMENT_WORDS, NOBODY, NOUN_LIKE, PLAIN_SPEECH, ROLE_WORDS } from './lexicon';
import { Phrase, readPhrase, withAppositive } from './phrase';
import { BE_WORD, COMPANION, DET, FUNC, INTRO_WORD, NOBODY_WORD, NOUN_BEFORE_WORD, NOUN_ING_WORD, PRON, ROLE, SPEECH_NOUN, SUBORD } from './wordClass';


/** Something in a sentence's narration that says who is speaking. */
export interface Cue {
  /** Token index of the cue word (the verb, "according", the colon, "words"). */
  readonly at: number;
  readonly kind: 'verb' | 'according-to' | 'colon' | 'words' | 'noun';
  /** The verb's lemma, "according to", ":", "words", or the noun ("remark"). */
  readonly word: string;
  /** The speaker as the sentence names them; absent when the cue shares the subject of the cue before it. */
  readonly phrase?: Phrase;
  /** An impersonal passive ("it was contended"): the speaker is whoever spoke last. */
  readonly impersonal?: boolean;
  /** Token range covered by the cue and its speaker phrase. */
  readonly from: number;
  readonly to: number;
}

// Verbs that are speech only with their particle: "pointed out", "referred to", "weighed in", "put it".
const PARTICLE: Readonly<Record<string, string>> = { point: 'out', refer: 'to', weigh: 'in', rule: 'that', put: 'it' };
const PARTICIPLE_IRREGULAR = new Set(['said', 'told', 'written', 'spoken', 'thought', 'sworn']);

function isBoundary(t: Tok | undefined): boolean {
  return t === undefined || t.kind === 'quote' || (t.kind === 'punct' && t.text !== '.' && t.text !== ')') || (t.kind === 'word' && isA(t, SUBORD));
}

function isCompanion(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && (isA(t, COMPANION) || (/ly$/.test(t.lower) && t.lower.length > 4));
}

// A capitalised companion: a weekday, "on Monday".
function isCapCompanion(t: Tok): boolean {
  return t.kind === 'word' && t.cap && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(t.lower);
}

/** Skips, leftwards from `i`, what sits between a speaker and the verb ("also", "on Monday", "has", "(D., Tex.)"). */
function skipCompanionsLeft(toks: readonly Tok[], i: number, s0: number): { i: number; passive: boolean } {
  let passive = false;
  while (i >= s0) {
    const t = toks[i];
    if (t.kind === 'punct' && t.text === ')') {
      let j = i - 1;
      while (j >= s0 && j > i - 10 && toks[j].text !== '(') {
        j--;
      }
      if (j >= s0 && toks[j].text === '(') {
        i = j - 1;
        continue;
      }
      break;
    }
    if (isCapCompanion(t)) {
      i--;
      if (i >= s0 && toks[i].lower === 'on') {
        i--;
      }
      continue;
    }
    if (isCompanion(t)) {
      passive ||= isA(t, BE_WORD);
      i--;
      continue;
    }
    break;
  }
  return { i, passive };
}

/**
 * Finds the cues of the sentence `toks[s0, s1)`: speech verbs with the phrase naming their speaker
 * (the subject on the left, inverted on the right, the clause's subject, a passive's "by" phrase),
 * "according to X", "X: “…”", "in X's words", and "a remark by X" before a quotation.
 */
export function findCues(text: string, toks: readonly Tok[], s0: number, s1: number): Cue[] {
  const cues: Cue[] = [];
  let hasQuote = false;
  for (let v = s0; v < s1; v++) {
    hasQuote ||= toks[v].kind === 'quote';
  }
  for (let v = s0; v < s1; v++) {
    const t = toks[v];
    if (t.kind === 'punct' && t.text === ':' && v + 1 < s1 && toks[v + 1].kind === 'quote') {
      const c = colonCue(text, toks, s0, v);
      if (c) {
        cues.push(c);
      }
      continue;
    }
    if (t.kind !== 'word') {
      continue;
    }
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      const phrase = rightPhrase(text, toks, v + 2, s1);
      if (phrase && phrase.phrase.kind !== 'pronoun' || (phrase && ['him', 'her', 'them'].includes(toks[v + 2].lower))) {
        cues.push({ at: v, kind: 'according-to', word: 'according to', phrase: phrase.phrase, from: v, to: phrase.end });
      }
      continue;
    }
    if ((t.lower === 'words' || t.lower === 'word') && v > s0) {
      const c = wordsCue(text, toks, s0, s1, v);
      if (c) {
        cues.push(c);
      }
      continue;
    }
    if (hasQuote && isA(t, SPEECH_NOUN) && !t.cap) {
      const c = nounCue(text, toks, s0, s1, v);
      if (c) {
        cues.push(c);
        continue;
      }
    }
    if (t.cap && v !== s0) {
      continue;
    }
    const lemma = t.lemma;
    if (lemma === undefined || (PARTICLE[lemma] && toks[v + 1]?.lower !== PARTICLE[lemma])) {
      continue;
    }
    if (!hasQuote && !PLAIN_SPEECH.has(lemma) && toks[v + 1]?.lower !== 'that' && s1 - s0 > 7 && v !== s0) {
      continue;
    }
    const cue = verbCue(text, toks, s0, s1, v, lemma, cues[cues.length - 1]);
    if (cue) {
      cues.push(cue);
    }
  }
  return cues;
}

function verbCue(text: string, toks: readonly Tok[], s0: number, s1: number, v: number, lemma: string, previous: Cue | undefined): Cue | undefined {
  const t = toks[v];
  const before = v > s0 ? toks[v - 1] : undefined;
  // A noun, not a verb: "the report", "his claim", "a new warning".
  if (before && before.kind === 'word' && (before.poss || (isA(before, DET) && !isA(before, PRON)) || (!before.cap && isA(before, NOUN_BEFORE_WORD)))) {
    return undefined;
  }
  const after = toks[v + 1];
  const bare = NOUN_LIKE.has(lemma) && (t.lower === lemma || t.lower === `${lemma}s` || t.lower === `${lemma}es`);
  // "the city and state that were …": after "and", a bare form is a noun.
  if (bare && before && (before.lower === 'and' || before.lower === 'or')) {
    return undefined;
  }
  const nounLike = bare && !(after && (after.lower === 'that' || after.kind === 'quote' || after.text === ':'));
  const left = skipCompanionsLeft(toks, v - 1, s0);
  const participle = /(?:ed|en)$/.test(t.lower) || PARTICIPLE_IRREGULAR.has(t.lower);
  if (left.passive && participle) {
    // "was told", "were termed": the speaker is the "by" phrase; "it was contended": whoever spoke last.
    if (toks[v + 1]?.lower === 'by') {
      const r = rightPhrase(text, toks, v + 2, s1);
      return r ? { at: v, kind: 'verb', word: lemma, phrase: r.phrase, from: v, to: r.end } : undefined;
    }
    const subject = left.i >= s0 ? toks[left.i] : undefined;
    return subject?.lower === 'it' ? { at: v, kind: 'verb', word: lemma, impersonal: true, from: left.i, to: v + 1 } : undefined;
  }
  const l = left.i >= s0 ? toks[left.i] : undefined;
  // Coordinated verbs share their subject: "noted … and stated".
  if (isWord(l) && (l.lower === 'and' || l.lower === 'but' || l.lower === 'or')) {
    if (nounLike) {
      return undefined;
    }
    if (previous) {
      return verbAt(v, lemma, undefined, left.i, v + 1);
    }
    const subject = clauseSubject(text, toks, s0, v, true);
    return subject ? verbAt(v, lemma, subject.phrase, subject.from, v + 1) : undefined;
  }
  if (isWord(l) && (isA(l, PRON) || (!isA(l, FUNC) && !isA(l, NOBODY_WORD)) || isA(l, DET))) {
    const np = leftPhrase(text, toks, s0, left.i);
    if (np && !(nounLike && np.phrase.kind === 'person' && np.phrase.description === null && !/\s/.test(np.phrase.name))) {
      return verbAt(v, lemma, np.phrase, np.from, v + 1);
    }
  }
  if (nounLike) {
    return undefined;
  }
  if (/ing$/.test(t.lower) && (l === undefined || l.text === ',' || (l.kind === 'quote' && /,\s*$/.test(l.text)))) {
    // "…, stating that": the participle's subject is the main clause's.
    const subject = clauseSubject(text, toks, s0, v, true);
    return subject ? verbAt(v, lemma, subject.phrase, subject.from, v + 1) : undefined;
  }
  if (isWord(l) && (l.lower === 'who' || l.lower === 'which') && l.lower) {
    const np = antecedent(text, toks, s0, left.i);
    if (np) {
      return verbAt(v, lemma, np.phrase, np.from, v + 1);
    }
  }
  const afterQuote = l === undefined || l.kind === 'quote' || l.text === ':' || (l.text === ',' && left.i > s0 && toks[left.i - 1].kind === 'quote');
  if (afterQuote) {
    // Inverted: "said Kryvyi Rih city administrator Oleksandr Vilkul", "Said he:".
    const r = rightPhrase(text, toks, v + 1, s1);
    if (r && r.phrase.kind !== 'unnamed' || (r && (r.phrase.definite || /^(?:a|an|one|another)$/i.test(r.phrase.name.split(' ')[0])))) {
      return verbAt(v, lemma, r.phrase, v, r.end);
    }
  }
  const subject = clauseSubject(text, toks, s0, v, false);
  if (subject) {
    return verbAt(v, lemma, subject.phrase, subject.from, v + 1);
  }
  if (opensQuotation(toks, v + 1, s1)) {
    // "A volunteer driver who evacuates the elderly … put it plainly: “…”": the sentence's subject.
    const main = clauseSubject(text, toks, s0, v, true);
    if (main && main.phrase.kind !== 'pronoun' || (main && main.from === s0)) {
      return verbAt(v, lemma, main.phrase, main.from, v + 1);
    }
  }
  if (l && l.text === ',') {
    // Parenthetical: "What Herter presented, said Gore, was …".
    const r = rightPhrase(text, toks, v + 1, s1);
    const after = r ? toks[r.end] : undefined;
    if (r && (after === undefined || after.text === ',' || after.text === '.' || after.kind === 'quote')) {
      return verbAt(v, lemma, r.phrase, v, r.end);
    }
  }
  return undefined;
}

// Whether a quotation follows token `i` closely: "put it plainly: “…”", "told reporters, “…”".
function opensQuotation(toks: readonly Tok[], i: number, s1: number): boolean {
  for (let k = i; k < s1 && k < i + 4; k++) {
    if (toks[k].kind === 'quote') {
      return true;
    }
    if (toks[k].kind === 'punct' && toks[k].text !== ':' && toks[k].text !== ',') {
      return false;
    }
  }
  return false;
}

function verbAt(v: number, lemma: string, phrase: Phrase | undefined, from: number, to: number): Cue {
  return { at: v, kind: 'verb', word: lemma, phrase, from, to };
}

function isWord(x: Tok | undefined): x is Tok {
  return x !== undefined && x.kind === 'word';
}

/** The noun phrase ending at token `end` (inclusive), if it starts a clause (or follows a comma). */
function leftPhrase(text: string, toks: readonly Tok[], s0: number, end: number): { phrase: Phrase; from: number } | undefined {
  if (isA(toks[end], PRON) && !toks[end].poss) {
    const p = readPhrase(text, toks, end, end + 1);
    return p ? { phrase: p, from: end } : undefined;
  }
  let from = end;
  while (from > s0) {
    const t = toks[from - 1];
    if (t.kind !== 'word' || isA(t, PRON)) {
      break;
    }
    if (isA(t, DET)) {
      from--;
      break;
    }
    if (isA(t, FUNC) && !(t.lower === 'of' && from - 2 >= s0 && toks[from - 2].kind === 'word' && !isA(toks[from - 2], FUNC))) {
      break;
    }
    from--;
  }
  // The phrase must start a clause (or follow a comma, as in "…, Hemphill said"); otherwise it is
  // the object of something else, and the clause's subject speaks.
  if (from > s0 && !isBoundary(toks[from - 1])) {
    if (!toks[end].cap) {
      return undefined;
    }
    // A name right before the verb speaks, whatever comes before it: "… Berger insisted".
    from = end;
    while (from > s0 && isNameToken(toks[from - 1])) {
      from--;
    }
  }
  const p = readPhrase(text, toks, from, end + 1);
  if (p && p.kind === 'unnamed' && from === end && !ROLE_WORDS.has(p.head) && !DOCUMENT_WORDS.has(p.head)) {
    return undefined; // a lone word that names nobody ("kept reiterating")
  }
  return p && !NOBODY.has(p.head) ? { phrase: p, from } : undefined;
}

function isNameToken(t: Tok): boolean {
  return t.kind === 'word' && (t.cap || isA(t, ROLE)) && !t.poss && !isA(t, FUNC);
}

// "…, who said": the name or description before the comma.
function antecedent(text: string, toks: readonly Tok[], s0: number, who: number): { phrase: Phrase; from: number } | undefined {
  if (who - 1 < s0 || toks[who - 1].text !== ',') {
    return undefined;
  }
  const end = who - 2;
  let from = end;
  while (from > s0 && toks[from - 1].kind === 'word' && (toks[from - 1].cap || isA(toks[from - 1], ROLE) || isA(toks[from - 1], DET)) && !toks[from - 1].poss) {
    from--;
    if (isA(toks[from], DET)) {
      break;
    }
  }
  if (from > end) {
    return undefined;
  }
  const p = readPhrase(text, toks, from, end + 1);
  return p && p.kind !== 'pronoun' ? { phrase: p, from } : undefined;
}

// The subject phrase of the clause holding token `v`; `main`: of the sentence's main clause.
function clauseSubject(text: string, toks: readonly Tok[], s0: number, v: number, main: boolean): { phrase: Phrase; from: number } | undefined {
  let c = v - 1;
  while (!main && c >= s0 && !(toks[c].kind === 'quote' || (toks[c].kind === 'punct' && /[;:]/.test(toks[c].text)) || (toks[c].kind === 'word' && isA(toks[c], SUBORD) && toks[c].lower !== 'and' && toks[c].lower !== 'as' && toks[c].lower !== 'but'))) {
    c--;
  }
  if (!main && c >= s0 && (toks[c].lower === 'who' || toks[c].lower === 'which')) {
    return antecedent(text, toks, s0, c);
  }
  c = main ? s0 : c + 1;
  while (c < v && toks[c].kind !== 'word') {
    c++;
  }
  if (c >= v) {
    return undefined;
  }
  const first = toks[c];
  // An opening phrase ("In his nightly address, …", "From Washington, …", "Citing …,") is skipped:
  // the subject is the first phrase after one of its commas that runs up to the verb.
  if ((isA(first, FUNC) || isA(first, INTRO_WORD) || (/ing$/.test(first.lower) && !isA(first, NOUN_ING_WORD)) || /ly$/.test(first.lower)) && !isA(first, PRON) && !isA(first, DET)) {
    for (let i = c; i < v; i++) {
      const comma = toks[i].text === ',' || (toks[i].kind === 'quote' && /,\s*$/.test(toks[i].text));
      const next = toks[i + 1];
      if (comma && next && next.kind === 'word' && (next.cap || isA(next, DET) || isA(next, PRON))) {
        const s = subjectFrom(text, toks, i + 1, v);
        if (s && (reaches(toks, s.end, v) || main)) {
          return s;
        }
      }
    }
    if (/^(?:but|and|yet|so|still|also|now|then|however)$/.test(first.lower) && c + 1 < v) {
      const s = subjectFrom(text, toks, c + 1, v);
      return s && (reaches(toks, s.end, v) || main) ? s : undefined;
    }
    return undefined;
  }
  const s = subjectFrom(text, toks, c, v);
  return s && (reaches(toks, s.end, v) || main) ? s : undefined;
}

const POST_MODIFIER = /^(?:who|which|that|of|from|in|at|with|for|on|near|inside|outside|behind|across|along|among|under|over|between)$/;

// Whether a subject ending at `end` is the verb's: it runs up to the verb, or what follows it is a
// modifier of the subject ("The taxi driver taking the visitor from the airport remarks").
function reaches(toks: readonly Tok[], end: number, v: number): boolean {
  if (end >= v) {
    return true;
  }
  const t = toks[end];
  return t.kind === 'word' && !t.cap && ((/ing$/.test(t.lower) && !isA(t, NOUN_ING_WORD)) || POST_MODIFIER.test(t.lower)) && !toks.slice(end, v).some((x) => x.kind === 'quote' || x.text === ';');
}

// The noun phrase starting at token `c` (stopping before the verb `v`), with an appositive folded in;
// `end` is where the subject ends (companions and parentheses before the verb skipped).
function subjectFrom(text: string, toks: readonly Tok[], c: number, v: number): { phrase: Phrase; from: number; end: number } | undefined {
  let e = c;
  let sawName = false;
  while (e < v) {
    const t = toks[e];
    if (t.kind !== 'word' || isCompanion(t) || isCapCompanion(t)) {
      break;
    }
    if (e > c && ((isA(t, FUNC) && t.lower !== 'of') || (t.lemma !== undefined && !t.cap && !isA(toks[e - 1], DET)))) {
      break;
    }
    if (isA(t, PRON) && e === c) {
      e++;
      break;
    }
    // After a name, a lower-case word is the verb ("Judge Parsons leaned"); so is a participle after a noun.
    if (!t.cap && sawName && !isA(t, ROLE) && t.lower !== 'of') {
      break;
    }
    if (!t.cap && e > c + 1 && /ing$/.test(t.lower) && !isA(t, NOUN_ING_WORD)) {
      break;
    }
    sawName ||= t.cap && e > c && toks[e - 1].cap && !toks[e - 1].poss && !isA(toks[e - 1], DET);
    e++;
  }
  const p = readPhrase(text, toks, c, e);
  if (!p || NOBODY.has(p.head)) {
    return undefined;
  }
  let phrase = p;
  let end = e;
  // An appositive: "Robert Snodgrass, state GOP chairman, said".
  if (toks[e]?.text === ',' && p.kind !== 'pronoun') {
    let f = e + 1;
    while (f < v && toks[f].text !== ',' && toks[f].kind !== 'quote') {
      f++;
    }
    if (f > e + 1 && (f === v || (f < v && toks[f].text === ','))) {
      phrase = withAppositive(text, toks, p, e + 1, f);
      end = f < v ? f + 1 : f;
    }
  }
  end = skipCompanionsRight(toks, end, v);
  return { phrase, from: c, end };
}

function skipCompanionsRight(toks: readonly Tok[], i: number, v: number): number {
  while (i < v) {
    const t = toks[i];
    if (isCompanion(t) || isCapCompanion(t) || (t.lower === 'on' && toks[i + 1] && isCapCompanion(toks[i + 1]))) {
      i++;
    } else if (t.text === '(') {
      while (i < v && toks[i].text !== ')') {
        i++;
      }
      i++;
    } else {
      break;
    }
  }
  return i;
}

/** The phrase starting at `a` and running to a clause boundary, with "X, Name" apposition read. */
export function rightPhrase(text: string, toks: readonly Tok[], a: number, s1: number): { phrase: Phrase; end: number } | undefined {
  while (a < s1 && (isCompanion(toks[a]) || isCapCompanion(toks[a]))) {
    a++;
  }
  if (a >= s1 || toks[a].kind !== 'word') {
    return undefined;
  }
  const objective: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };
  if (isA(toks[a], PRON) || objective[toks[a].lower]) {
    const p = readPhrase(text, toks, a, a + 1);
    const lower = objective[toks[a].lower];
    return lower ? { phrase: { kind: 'pronoun', name: lower, description: null, head: lower, definite: false }, end: a + 1 } : p ? { phrase: p, end: a + 1 } : undefined;
  }
  if (isA(toks[a], FUNC)) {
    return undefined;
  }
  let e = a;
  while (e < s1 && toks[e].kind === 'word' && !isCapCompanion(toks[e])) {
    const t = toks[e];
    if (e > a && (((t.lemma !== undefined) && !t.cap && !toks[e - 1].poss) || (isA(t, FUNC) && t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'there' && t.lower !== 'here'))) {
      break;
    }
    e++;
  }
  // Time words at the end belong to the verb: "said Gore yesterday".
  while (e > a + 1 && isCompanion(toks[e - 1])) {
    e--;
  }
  const p = readPhrase(text, toks, a, e);
  if (!p || NOBODY.has(p.head)) {
    return undefined;
  }
  if (toks[e]?.text === ',' && e + 1 < s1 && toks[e + 1].kind === 'word') {
    let f = e + 1;
    while (f < s1 && toks[f].kind === 'word') {
      f++;
    }
    const combined = withAppositive(text, toks, p, e + 1, f);
    if (combined !== p) {
      return { phrase: combined, end: f };
    }
  }
  return { phrase: p, end: e };
}

// "Zelenskyy: “The War Must Return”", "Judge Bootle's decision: “…”" — the phrase opens the sentence.
function colonCue(text: string, toks: readonly Tok[], s0: number, colon: number): Cue | undefined {
  let c = s0;
  while (c < colon && toks[c].kind !== 'word') {
    c++;
  }
  if (c >= colon || colon - c > 8) {
    return undefined;
  }
  if (toks.slice(c, colon).some((t) => t.kind !== 'word' || ((t.lemma !== undefined) && !t.cap) || (isA(t, FUNC) && t.lower !== 'of'))) {
    return undefined;
  }
  const p = readPhrase(text, toks, c, colon);
  if (!p || p.kind === 'pronoun') {
    return undefined;
  }
  const phrase = p.owner && !p.document ? p.owner : p;
  return { at: colon, kind: 'colon', word: ':', phrase, from: c, to: colon + 1 };
}

// "in Mr. Kennedy's own words", "in the words of Anatole France".
function wordsCue(text: string, toks: readonly Tok[], s0: number, s1: number, v: number): Cue | undefined {
  if (toks[v + 1]?.lower === 'of') {
    const r = rightPhrase(text, toks, v + 2, s1);
    return r ? { at: v, kind: 'words', word: 'words', phrase: r.phrase, from: v, to: r.end } : undefined;
  }
  let o = v - 1;
  if (toks[o]?.lower === 'own') {
    o--;
  }
  if (o < s0 || !toks[o].poss) {
    return undefined;
  }
  let from = o;
  while (from > s0 && toks[from - 1].kind === 'word' && (toks[from - 1].cap || isA(toks[from - 1], ROLE)) && !toks[from - 1].poss) {
    from--;
  }
  const p = readPhrase(text, toks, from, o + 1);
  return p && p.kind !== 'pronoun' ? { at: v, kind: 'words', word: 'words', phrase: p, from, to: v + 1 } : undefined;
}

// "a remark by Richard J. Hughes … that “…”", "with a pledge “to carry …”": a noun of speech just
// before a quotation; the speaker is its "by" phrase, its possessor, or the clause's subject.
function nounCue(text: string, toks: readonly Tok[], s0: number, s1: number, v: number): Cue | undefined {
  let q = v + 1;
  let by: { phrase: Phrase; end: number } | undefined;
  if ((toks[q]?.lower === 'by' || toks[q]?.lower === 'from') && toks[q + 1]) {
    by = rightPhrase(text, toks, q + 1, s1);
    q = by ? by.end : q;
    if (by && toks[q]?.text === ',') {
      // "a remark by Richard J. Hughes, Democratic gubernatorial candidate, that …"
      let f = q + 1;
      while (f < s1 && toks[f].text !== ',' && toks[f].kind !== 'quote' && f - q < 10) {
        f++;
      }
      if (toks[f]?.text === ',') {
        q = f + 1;
      }
    }
  }
  const gapStart = q;
  while (q < s1 && q - gapStart <= 8 && toks[q].kind !== 'quote' && !(toks[q].kind === 'punct' && /[.;]/.test(toks[q].text)) && !(toks[q].kind === 'word' && (toks[q].lemma !== undefined))) {
    q++;
  }
  if (toks[q]?.kind !== 'quote') {
    return undefined;
  }
  if (by) {
    return { at: v, kind: 'noun', word: toks[v].lower, phrase: by.phrase, from: v, to: by.end };
  }
  const owner = v > s0 ? toks[v - 1] : undefined;
  if (owner && owner.poss && owner.kind === 'word') {
    if (isA(owner, PRON) || ['his', 'her', 'their'].includes(owner.lower)) {
      const pronoun = owner.lower === 'her' ? 'she' : owner.lower === 'their' ? 'they' : 'he';
      return { at: v, kind: 'noun', word: toks[v].lower, phrase: { kind: 'pronoun', name: pronoun, description: null, head: pronoun, definite: false }, from: v - 1, to: v + 1 };
    }
    const p = readPhrase(text, toks, v - 1, v);
    return p ? { at: v, kind: 'noun', word: toks[v].lower, phrase: p, from: v - 1, to: v + 1 } : undefined;
  }
  if (owner && ['his', 'her', 'their'].includes(owner.lower)) {
    const pronoun = owner.lower === 'her' ? 'she' : owner.lower === 'their' ? 'they' : 'he';
    return { at: v, kind: 'noun', word: toks[v].lower, phrase: { kind: 'pronoun', name: pronoun, description: null, head: pronoun, definite: false }, from: v - 1, to: v + 1 };
  }
  const subject = clauseSubject(text, toks, s0, v, true);
  return subject ? { at: v, kind: 'noun', word: toks[v].lower, phrase: subject.phrase, from: subject.from, to: v + 1 } : undefined;
}
