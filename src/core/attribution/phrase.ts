import { Tok } from './lexer';
import { DETERMINERS, DOCUMENT_WORDS, GROUP_WORDS, HONORIFICS, NAME_PARTICLES, PRONOUNS, ROLE_WORDS } from './lexicon';

/** What a noun phrase names: a person or group by name, someone described only, or a pronoun. */
export interface Phrase {
  readonly kind: 'person' | 'group' | 'unnamed' | 'pronoun';
  /** The name as written ("Volodymyr Zelensky", "Ukraine’s General Staff"); for an unnamed speaker, the phrase ("One Russian military blogger"); for a pronoun, the pronoun. */
  readonly name: string;
  /** Title or role given with the name ("Ukrainian President", "Kremlin spokesman"), or null. */
  readonly description: string | null;
  /** The phrase's last noun, lower case ("blogger", "jury"). */
  readonly head: string;
  /** "the": a definite description that may name someone already met ("the sheriff"). */
  readonly definite: boolean;
  readonly gender?: 'm' | 'f';
  /** Document or outlet ("the report", "the council's resolution"). */
  readonly document?: boolean;
  /** The person a possessive names in "X's statement", "Judge Bootle's decision". */
  readonly owner?: Phrase;
}

/** Words that never start or continue a noun phrase: prepositions, conjunctions, auxiliaries. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'into', 'about', 'after', 'before', 'over', 'under',
  'near', 'across', 'through', 'during', 'against', 'between', 'among', 'than', 'and', 'or', 'but', 'that', 'while',
  'although', 'though', 'because', 'if', 'when', 'where', 'so', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had',
  'have', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', 'no', 'who',
  'which', 'whom', 'whose', 'what', 'there', 'here', 'it', 'this', 'also', 'then', 'up', 'out', 'off', 'since', 'until',
  'unless', 'whether', 'without', 'within', 'upon', 'toward', 'towards', 'despite', 'amid', 'via', 'per', 'like',
]);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'to', 'of', 'outside', 'inside', 'toward', 'towards', 'throughout', 'around', 'through']);

/** Whether a word token can be part of a capitalised name run. */
export function isNameWord(t: Tok): boolean {
  return t.kind === 'word' && (t.cap || NAME_PARTICLES.has(t.text));
}

function isRole(t: Tok): boolean {
  return ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower);
}

function genderOf(tokens: readonly Tok[]): 'm' | 'f' | undefined {
  for (const t of tokens) {
    const g = HONORIFICS.get(t.lower);
    if (g) {
      return g;
    }
  }
  return undefined;
}

function slice(text: string, toks: readonly Tok[], a: number, b: number): string {
  return a < b ? text.slice(toks[a].start, toks[b - 1].end) : '';
}

function plural(word: string): boolean {
  return /[^su]s$/.test(word) || word === 'people' || word === 'police' || word === 'men' || word === 'women';
}

/**
 * Reads the noun phrase `toks[a, b)`: a pronoun; a name with the titles and roles before it
 * ("Kryvyi Rih city administrator Oleksandr Vilkul"); a group's name ("Ukraine’s General Staff");
 * or a description with no name ("One Russian military blogger"). A prepositional phrase after the
 * head ("of the Black Bird Group", "for the military there") joins the description. Undefined when
 * the span holds no noun.
 */
export function readPhrase(text: string, toks: readonly Tok[], a: number, b: number): Phrase | undefined {
  while (b > a && toks[b - 1].kind !== 'word') {
    b--;
  }
  while (a < b && toks[a].kind !== 'word') {
    a++;
  }
  if (a >= b) {
    return undefined;
  }
  if (b - a === 1 && PRONOUNS.has(toks[a].lower) && !toks[a].poss) {
    return { kind: 'pronoun', name: toks[a].lower, description: null, head: toks[a].lower, definite: false };
  }
  const start = a;
  const definite = toks[a].lower === 'the';
  if (DETERMINERS.has(toks[a].lower) && b - a > 1) {
    a++;
  }
  // A prepositional phrase after the head joins the description.
  let main = b;
  for (let i = a + 1; i < b; i++) {
    if (toks[i].kind !== 'word' || (FUNCTION_WORDS.has(toks[i].lower) && !NAME_PARTICLES.has(toks[i].text))) {
      main = i;
      break;
    }
  }
  if (main <= a) {
    return undefined;
  }
  const tail = main < b ? slice(text, toks, main, b) : '';
  const last = toks[main - 1];
  if (FUNCTION_WORDS.has(last.lower) || PRONOUNS.has(last.lower)) {
    return undefined;
  }
  const gender = genderOf(toks.slice(a, main));
  // "X's statement", "the council's resolution": the document, and whose it is.
  if (!last.cap && main - a >= 2 && toks[main - 2].poss) {
    const ownerEnd = main - 1;
    let ownerStart = ownerEnd - 1;
    while (ownerStart > a && (isNameWord(toks[ownerStart - 1]) || isRole(toks[ownerStart - 1])) && !toks[ownerStart - 1].poss) {
      ownerStart--;
    }
    const owner = readPhrase(text, toks, ownerStart, ownerEnd);
    const document = DOCUMENT_WORDS.has(last.lower) || WORDS_NOUNS.has(last.lower);
    return { kind: 'unnamed', name: slice(text, toks, start, b), description: null, head: last.lower, definite, gender, document, owner: owner && owner.kind !== 'pronoun' ? owner : undefined };
  }
  // A party and state after a name ("Walter H. Jones R-Bergen", "Wayne Morse (D., Ore.)") describes it.
  if (main - a >= 2 && /^[RDI]-\p{Lu}/u.test(last.text)) {
    const p = readPhrase(text, toks, start, main - 1);
    return p && p.kind === 'person' ? { ...p, description: p.description ? `${p.description}, ${last.text}` : last.text } : p;
  }
  if (last.cap && !(main - a === 1 && isRole(last))) {
    // The name: the capitalised run at the end, after the last title or role word in it.
    let runStart = main - 1;
    while (runStart > a && isNameWord(toks[runStart - 1]) && !toks[runStart - 1].poss) {
      runStart--;
    }
    let nameStart = runStart;
    for (let i = runStart; i < main; i++) {
      if (isRole(toks[i]) && i < main - 1) {
        nameStart = i + 1;
      }
    }
    while (nameStart < main - 1 && NAME_PARTICLES.has(toks[nameStart].text)) {
      nameStart++;
    }
    const group = toks.slice(nameStart, main).some((t) => GROUP_WORDS.has(t.lower)) || (runStart > a && toks[runStart - 1].poss && toks[runStart - 1].cap);
    if (group) {
      const from = runStart > a && toks[runStart - 1].poss && toks[runStart - 1].cap ? runStart - 1 : nameStart;
      const name = slice(text, toks, from, main);
      const description = joinDescription(slice(text, toks, a, from), tail);
      return { kind: 'group', name, description, head: last.lower, definite, document: toks.slice(from, main).some((t) => DOCUMENT_WORDS.has(t.lower)) };
    }
    // "the Ukrainians", "the Flock": a people or a team, not a person.
    if (main - nameStart === 1 && definite) {
      return { kind: 'group', name: slice(text, toks, start, main), description: null, head: last.lower, definite };
    }
    if (toks.slice(nameStart, main).every((t) => /^\p{L}\.$/u.test(t.text))) {
      return undefined; // "D. C.": initials alone name no one
    }
    const description = joinDescription(slice(text, toks, a, nameStart), tail);
    const name = slice(text, toks, nameStart, main).replace(/['’]s?$/, '');
    return { kind: 'person', name, description, head: last.lower, definite, gender };
  }
  const document = DOCUMENT_WORDS.has(last.lower);
  const groupish = GROUP_WORDS.has(last.lower) || plural(last.lower);
  return { kind: groupish || document ? 'group' : 'unnamed', name: slice(text, toks, start, b), description: null, head: last.lower, definite, gender, document };
}

/** Nouns for what someone said ("in X's words", "X's reply:"). */
export const WORDS_NOUNS: ReadonlySet<string> = new Set(['words', 'word', 'reply', 'answer', 'remarks', 'remark', 'comment', 'comments', 'decision', 'view', 'response', 'retort', 'quip', 'verdict', 'ruling', 'conclusion', 'question', 'warning', 'plea', 'motto', 'slogan']);

function joinDescription(before: string, after: string): string | null {
  const d = [before.replace(/[\s,]+$/, ''), after].filter((s) => s.length > 0).join(' ');
  return d.length > 0 ? d : null;
}

/** Whether the capitalised run `toks[a, b)` is preceded by a preposition of place ("in Kryvyi Rih"). */
export function afterPlacePreposition(toks: readonly Tok[], a: number): boolean {
  return a > 0 && toks[a - 1].kind === 'word' && PLACE_PREPOSITIONS.has(toks[a - 1].lower);
}

/** A phrase with the appositive `toks[a, b)` after it: a description for a name, a name for a description. */
export function withAppositive(text: string, toks: readonly Tok[], p: Phrase, a: number, b: number): Phrase {
  const first = toks[a];
  if (first.kind !== 'word' || /ing$/.test(first.lower) || first.lower === 'who' || first.lower === 'which' || FUNCTION_WORDS.has(first.lower)) {
    return p;
  }
  const app = readPhrase(text, toks, a, b);
  if (!app) {
    return p;
  }
  if (p.kind === 'person' && (app.kind === 'unnamed' || app.kind === 'group')) {
    const extra = text.slice(toks[a].start, toks[b - 1].end).replace(/\s+(?:who|which|that)\b.*$/s, '').trim();
    return { ...p, description: p.description ? `${p.description}, ${extra}` : extra, gender: p.gender ?? app.gender };
  }
  if ((p.kind === 'unnamed' || (p.kind === 'group' && !p.document)) && app.kind === 'person') {
    return { ...app, description: app.description ? `${p.name}, ${app.description}` : p.name, gender: app.gender ?? p.gender };
  }
  return p;
}
