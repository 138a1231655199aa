import { isA, Tok } from './lexer';
import { DOCUMENT_WORDS, NOBODY } from './lexicon';
import { Phrase, readPhrase, withAppositive } from './phrase';
import { BE_WORD, COMPANION, DET, FUNC, INTRO_WORD, NOUN_ING_WORD, PRON, ROLE, SUBORD } from './wordClass';

// Finding the phrase that names a cue's speaker: the subject on the left of a verb, the clause's
// subject, an antecedent of "who", or the phrase after an inverted verb ("said Gore").

export function isBoundary(t: Tok | undefined): boolean {
  return t === undefined || t.kind === 'quote' || (t.kind === 'punct' && t.text !== '.' && t.text !== ')') || (t.kind === 'word' && isA(t, SUBORD));
}

export function isCompanion(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && (isA(t, COMPANION) || (/ly$/.test(t.lower) && t.lower.length > 4));
}

// A capitalised companion: a weekday, "on Monday".
export function isCapCompanion(t: Tok): boolean {
  return t.kind === 'word' && t.cap && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(t.lower);
}

/** Skips, leftwards from `i`, what sits between a speaker and the verb ("also", "on Monday", "has", "(D., Tex.)"). */
export function skipCompanionsLeft(toks: readonly Tok[], i: number, s0: number): { i: number; passive: boolean; auxiliary: boolean } {
  let passive = false;
  let auxiliary = false;
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
      auxiliary ||= isA(t, BE_WORD);
      i--;
      continue;
    }
    break;
  }
  return { i, passive, auxiliary };
}

/** The noun phrase ending at token `end` (inclusive), if it starts a clause (or follows a comma). */
// Verbs whose object speaks in the bare form after it: "to hear the librarian say".
const PERCEPTION = /^(?:hear|heard|hears|hearing|see|saw|sees|watch|watched|let|lets|make|made|makes|have|had|help|helped|listen|listened)$/;

export function leftPhrase(text: string, toks: readonly Tok[], s0: number, end: number, bare = false): { phrase: Phrase; from: number } | undefined {
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
  // the object of something else, and the clause's subject speaks. A verb's bare form takes the
  // phrase before it wherever it stands ("to hear the librarian say").
  if (from > s0 && !isBoundary(toks[from - 1]) && !(bare && isA(toks[from], DET) && PERCEPTION.test(toks[from - 1].lower))) {
    if (!toks[end].cap) {
      return undefined;
    }
    // A name right before the verb speaks, whatever comes before it: "… Berger insisted".
    from = end;
    while (from > s0 && isNameToken(toks[from - 1])) {
      from--;
    }
    // "Justice Savage of the New York Supreme Court declared": the name before "of".
    let k = from - 1;
    if (k > s0 && toks[k].lower === 'the') {
      k--;
    }
    if (k > s0 && toks[k].lower === 'of' && isNameToken(toks[k - 1])) {
      from = k;
      while (from > s0 && isNameToken(toks[from - 1])) {
        from--;
      }
    }
  }
  const p = readPhrase(text, toks, from, end + 1);
  if (p && p.kind === 'unnamed' && from === end && !isA(toks[end], ROLE) && !DOCUMENT_WORDS.has(p.head)) {
    return undefined; // a lone word that names nobody ("kept reiterating")
  }
  return p && !NOBODY.has(p.head) ? { phrase: p, from } : undefined;
}

function isNameToken(t: Tok): boolean {
  return t.kind === 'word' && (t.cap || isA(t, ROLE)) && !t.poss && !isA(t, FUNC);
}

// "…, who said": the name or description before the comma.
export function antecedent(text: string, toks: readonly Tok[], s0: number, who: number): { phrase: Phrase; from: number } | undefined {
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
export function clauseSubject(text: string, toks: readonly Tok[], s0: number, v: number, main: boolean): { phrase: Phrase; from: number; end?: number } | undefined {
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
    // The first phrase after a comma that runs up to the verb; for the main clause, else the first at all.
    let fallback: ReturnType<typeof subjectFrom>;
    for (let i = c; i < v; i++) {
      const comma = toks[i].text === ',' || (toks[i].kind === 'quote' && /,\s*$/.test(toks[i].text));
      const next = toks[i + 1];
      if (comma && next && next.kind === 'word' && (next.cap || isA(next, DET) || isA(next, PRON))) {
        const s = subjectFrom(text, toks, i + 1, v);
        if (s && reaches(toks, s.end, v)) {
          return s;
        }
        fallback ??= s;
      }
    }
    if (main && fallback) {
      return fallback;
    }
    // An opening phrase with no comma: "Shortly before his nomination he had set forth …".
    for (let i = c + 1; main && i < v; i++) {
      const t = toks[i];
      if (t.kind === 'word' && /^(?:he|she|they|we)$/.test(t.lower) && toks[i - 1].kind === 'word' && !isA(toks[i - 1], FUNC)) {
        return subjectFrom(text, toks, i, v);
      }
      if (t.kind !== 'word') {
        break;
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
export function subjectFrom(text: string, toks: readonly Tok[], c: number, v: number): { phrase: Phrase; from: number; end: number } | undefined {
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
    // After a name, a lower-case word is the verb ("Judge Parsons leaned", "Charlie spooned"); so is
    // a participle after a noun.
    if (!t.cap && (sawName || (e > c && toks[e - 1].cap && !isA(toks[e - 1], DET) && /ed$/.test(t.lower))) && !isA(t, ROLE) && t.lower !== 'of') {
      break;
    }
    if (!t.cap && e > c + 1 && /ing$/.test(t.lower) && !isA(t, NOUN_ING_WORD)) {
      break;
    }
    // "A prepared statement released by the student group stated": the participle starts a modifier.
    if (!t.cap && e > c && /ed$/.test(t.lower) && toks[e + 1]?.lower === 'by') {
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
