import type { Cue } from './cue';
import { isA, Tok } from './lexer';
import { NOUN_LIKE, PLAIN_SPEECH } from './lexicon';
import { colonCue, nounCue, wordsCue } from './nounCues';
import { Phrase } from './phrase';
import { antecedent, clauseSubject, leftPhrase, rightPhrase, skipCompanionsLeft } from './subjects';
import { DET, FUNC, NOBODY_WORD, NOUN_BEFORE_WORD, PRON, SPEECH_NOUN } from './wordClass';

export type { Cue } from './cue';

// Verbs that are speech only with their particle: "pointed out", "referred to", "weighed in", "put it".
const PARTICLE: Readonly<Record<string, string>> = { point: 'out', refer: 'to', weigh: 'in', rule: 'that', put: 'it', label: 'it', dub: 'it' };
const QUANTITY = /^(?:one|two|three|some|many|most|all|half|several|few|none|each|any|majority|one-third|two-thirds|one-half|one-quarter|three-quarters|\d+%?)$/;
const PARTICIPLE_IRREGULAR = new Set(['said', 'told', 'written', 'spoken', 'thought', 'sworn']);
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
    if (t.kind === 'punct' && t.text === ':' && (v + 1 === s1 || toks[v + 1].kind === 'quote')) {
      // "Zelenskyy: “…”"; "Charlie spooned out some quick impressions: “…”"; a sentence ending in a
      // colon before a quoted paragraph.
      const c = (v + 1 < s1 ? colonCue(text, toks, s0, v) : undefined) ?? (cues.length === 0 ? subjectColonCue(text, toks, s0, v) : undefined);
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
    // Without a quotation, only a plain speech verb, one followed by "that", or one introducing a quoted
    // paragraph ("Our staff man cabled from Turin as follows—") says someone spoke.
    if (!hasQuote && !PLAIN_SPEECH.has(lemma) && toks[v + 1]?.lower !== 'that' && s1 - s0 > 7 && v !== s0 && !/^[:—]$/.test(toks[s1 - 1].text)) {
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
  // "to agree on", "would like the French to agree": an infinitive is no speech act.
  if (before && before.lower === 'to') {
    return undefined;
  }
  const left = skipCompanionsLeft(toks, v - 1, s0);
  const participle = /(?:ed|en)$/.test(t.lower) || PARTICIPLE_IRREGULAR.has(t.lower);
  // "tribes speaking 400 dialects": an -ing form right after a noun modifies it.
  if (/ing$/.test(t.lower) && !left.auxiliary && before && before.kind === 'word' && !isA(before, PRON) && !isA(before, FUNC)) {
    return undefined;
  }
  if (participle && !left.passive && !left.auxiliary && toks[v + 1]?.lower === 'by' && before?.kind === 'word' && !isA(before, PRON) && !isA(before, FUNC)) {
    // A reduced relative: "Other reasons mentioned by one-third or more of the builders were “…”"
    // (a share of a group is the group).
    let a = v + 2;
    for (let k = a + 1; k < s1 && k <= a + 3 && QUANTITY.test(toks[a]?.lower ?? ''); k++) {
      if (toks[k].lower === 'of') {
        a = k + 1;
        break;
      }
    }
    const r = rightPhrase(text, toks, a, s1);
    return r ? { at: v, kind: 'verb', word: lemma, phrase: r.phrase, from: v, to: r.end } : undefined;
  }
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
    const np = leftPhrase(text, toks, s0, left.i, t.lower === lemma && left.i === v - 1);
    if (np && !(nounLike && np.phrase.kind === 'person' && np.phrase.description === null && !/\s/.test(np.phrase.name))) {
      return verbAt(v, lemma, np.phrase, np.from, v + 1);
    }
  }
  if (nounLike) {
    return undefined;
  }
  if (l && l.text === ',' && lemma === 'say' && !/ing$/.test(t.lower)) {
    // Inverted in an aside: "The reason, says the Housing Center, is …", "…, says Mr. Alden and …"
    // (only "say", which takes no object: "Brandt, …, stressed the need" is no inversion).
    const r = rightPhrase(text, toks, v + 1, s1);
    const next = r ? toks[r.end] : undefined;
    if (r && r.phrase.kind !== 'pronoun' && (r.phrase.kind !== 'unnamed' || r.phrase.definite) && (next === undefined || next.text === ',' || next.text === '.' || next.lower === 'and' || next.kind === 'quote')) {
      return verbAt(v, lemma, r.phrase, v, r.end);
    }
  }
  if (l && l.text === ',' && !/ing$/.test(t.lower)) {
    // "Chaplin, 71, who met K. when the Soviet boss visited England, confided": after a comma the
    // verb is the main clause's, and so is its subject.
    const main = clauseSubject(text, toks, s0, v, true);
    if (main && reachesVerb(toks, main, v)) {
      return verbAt(v, lemma, main.phrase, main.from, v + 1);
    }
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

// The subject of a sentence that ends in a colon before a quotation, if it names a person or a body.
function subjectColonCue(text: string, toks: readonly Tok[], s0: number, colon: number): Cue | undefined {
  const main = clauseSubject(text, toks, s0, colon, true);
  if (!main || !(main.phrase.kind === 'person' || main.phrase.kind === 'pronoun' || (main.phrase.kind === 'group' && /^\p{Lu}/u.test(main.phrase.name.replace(/^the\s+/i, ''))))) {
    return undefined;
  }
  return { at: colon, kind: 'colon', word: ':', phrase: main.phrase, from: main.from, to: colon + 1 };
}

// Whether the main subject found runs (past its appositives and clauses) to the comma before the verb.
function reachesVerb(toks: readonly Tok[], main: { from: number; end?: number }, v: number): boolean {
  for (let i = main.end ?? main.from; i < v; i++) {
    if (toks[i].kind === 'quote' || toks[i].text === ';' || toks[i].text === ':') {
      return false;
    }
  }
  return true;
}

function verbAt(v: number, lemma: string, phrase: Phrase | undefined, from: number, to: number): Cue {
  return { at: v, kind: 'verb', word: lemma, phrase, from, to };
}

function isWord(x: Tok | undefined): x is Tok {
  return x !== undefined && x.kind === 'word';
}
