import type { Cue } from './cue';
import { isA, Tok } from './lexer';
import { Phrase, readPhrase } from './phrase';
import { clauseSubject, rightPhrase } from './subjects';
import { FUNC, PRON, ROLE } from './wordClass';

// Cues that are not speech verbs: "X: “…”", "in X's words", "a remark by X".

// "Zelenskyy: “The War Must Return”", "Judge Bootle's decision: “…”" — the phrase opens the sentence.
export function colonCue(text: string, toks: readonly Tok[], s0: number, colon: number): Cue | undefined {
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
export function wordsCue(text: string, toks: readonly Tok[], s0: number, s1: number, v: number): Cue | undefined {
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
export function nounCue(text: string, toks: readonly Tok[], s0: number, s1: number, v: number): Cue | undefined {
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
  while (q < s1 && q - gapStart <= 12 && toks[q].kind !== 'quote' && !(toks[q].kind === 'punct' && /[.;]/.test(toks[q].text)) && !(toks[q].kind === 'word' && (toks[q].lemma !== undefined))) {
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
    const p = owner.cap ? readPhrase(text, toks, v - 1, v) : undefined;
    return p ? { at: v, kind: 'noun', word: toks[v].lower, phrase: p, from: v - 1, to: v + 1 } : undefined;
  }
  if (owner && ['his', 'her', 'their'].includes(owner.lower)) {
    const pronoun = owner.lower === 'her' ? 'she' : owner.lower === 'their' ? 'they' : 'he';
    return { at: v, kind: 'noun', word: toks[v].lower, phrase: { kind: 'pronoun', name: pronoun, description: null, head: pronoun, definite: false }, from: v - 1, to: v + 1 };
  }
  const subject = clauseSubject(text, toks, s0, v, true);
  return subject && (subject.phrase.kind === 'person' || subject.phrase.kind === 'pronoun') ? { at: v, kind: 'noun', word: toks[v].lower, phrase: subject.phrase, from: subject.from, to: v + 1 } : undefined;
}
