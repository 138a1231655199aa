import { isA, Tok } from './lexer';
import { ABBREVIATIONS, HONORIFICS, ROLE_WORDS } from './lexicon';
import { DET, DOC, FUNC, GROUP, HONOR, PARTICLE, PRON, ROLE } from './wordClass';

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

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'to', 'of', 'outside', 'inside', 'toward', 'towards', 'throughout', 'around', 'through']);

/** Whether a word token can be part of a capitalised name run. */
export function isNameWord(t: Tok): boolean {
  return t.kind === 'word' && (t.cap || isA(t, PARTICLE));
}

function isRole(t: Tok): boolean {
  return isA(t, ROLE) || isA(t, HONOR) || (t.lower.includes('-') && t.lower.split('-').some((part) => ROLE_WORDS.has(part)));
}

function genderOf(toks: readonly Tok[], a: number, b: number): 'm' | 'f' | undefined {
  for (let i = a; i < b; i++) {
    if (isA(toks[i], HONOR)) {
      const g = HONORIFICS.get(toks[i].lower);
      if (g) {
        return g;
      }
    }
  }
  return undefined;
}

function anyOf(toks: readonly Tok[], a: number, b: number, bit: number): boolean {
  for (let i = a; i < b; i++) {
    if (isA(toks[i], bit)) {
      return true;
    }
  }
  return false;
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
  if (b - a === 1 && isA(toks[a], PRON) && !toks[a].poss) {
    return { kind: 'pronoun', name: toks[a].lower, description: null, head: toks[a].lower, definite: false };
  }
  const start = a;
  if (b - a === 1 && isA(toks[a], DET)) {
    return undefined; // a determiner alone names no one
  }
  const definite = toks[a].lower === 'the';
  if (isA(toks[a], DET) && b - a > 1) {
    a++;
  }
  // "the Museum of Modern Art's Alfred Barr": a name after a possessive is the person.
  if (toks[b - 1].cap) {
    let r = b - 1;
    while (r > a && isNameWord(toks[r - 1]) && !toks[r - 1].poss) {
      r--;
    }
    if (r > a + 1 && toks[r - 1].poss && r - 1 > a && anyOf(toks, a, r - 1, FUNC)) {
      const name = readPhrase(text, toks, r, b);
      if (name && name.kind === 'person') {
        return { ...name, description: joinDescription(slice(text, toks, start, r), name.description ?? '') };
      }
    }
  }
  // A prepositional phrase after the head joins the description.
  let main = b;
  for (let i = a + 1; i < b; i++) {
    if (toks[i].kind !== 'word' || (isA(toks[i], FUNC) && !(!toks[i].cap && isA(toks[i], PARTICLE)))) {
      main = i;
      break;
    }
  }
  if (main <= a) {
    return undefined;
  }
  // "Mantle nor Maris", "Mitchell and Jones": several speak, none alone.
  if (main < b && /^(?:and|or|nor)$/.test(toks[main].lower) && main + 1 < b) {
    const last = toks[b - 1];
    return { kind: 'group', name: slice(text, toks, start, b), description: null, head: last.lower, definite: false };
  }
  const tail = main < b ? slice(text, toks, main, b) : '';
  const last = toks[main - 1];
  if (isA(last, FUNC) || isA(last, PRON)) {
    return undefined;
  }
  const gender = genderOf(toks, a, main);
  // "X's statement", "the council's resolution": the document, and whose it is.
  if (!last.cap && main - a >= 2 && toks[main - 2].poss) {
    const ownerEnd = main - 1;
    let ownerStart = ownerEnd - 1;
    while (ownerStart > a && (isNameWord(toks[ownerStart - 1]) || isRole(toks[ownerStart - 1])) && !toks[ownerStart - 1].poss) {
      ownerStart--;
    }
    const owner = readPhrase(text, toks, ownerStart, ownerEnd);
    const document = isA(last, DOC) || WORDS_NOUNS.has(last.lower);
    return { kind: 'unnamed', name: slice(text, toks, start, b), description: null, head: last.lower, definite, gender, document, owner: owner && owner.kind !== 'pronoun' ? owner : undefined };
  }
  // A party and state after a name ("Walter H. Jones R-Bergen", "Wayne Morse (D., Ore.)") describes it.
  if (main - a >= 2 && /^[RDI]-\p{Lu}/u.test(last.text)) {
    const p = readPhrase(text, toks, start, main - 1);
    return p && p.kind === 'person' ? { ...p, description: p.description ? `${p.description}, ${last.text}` : last.text } : p;
  }
  // A run that ends in a title is a description ("the New England-born President"), not a name.
  if (last.cap && !isRole(last)) {
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
    while (nameStart < main - 1 && (!toks[nameStart].cap && isA(toks[nameStart], PARTICLE))) {
      nameStart++;
    }
    const group = anyOf(toks, nameStart, main, GROUP) || (runStart > a && toks[runStart - 1].poss && toks[runStart - 1].cap);
    if (group) {
      const from = runStart > a && toks[runStart - 1].poss && toks[runStart - 1].cap ? runStart - 1 : nameStart;
      const name = slice(text, toks, from, main);
      const description = joinDescription(slice(text, toks, a, from), tail);
      return { kind: 'group', name, description, head: last.lower, definite, document: anyOf(toks, from, main, DOC) };
    }
    // "the Ukrainians", "the Flock": a people or a team, not a person.
    if (main - nameStart === 1 && definite) {
      return { kind: 'group', name: slice(text, toks, start, main), description: null, head: last.lower, definite };
    }
    if (initialsOnly(toks, nameStart, main) || (main - nameStart === 1 && last.text.endsWith('.') && ABBREVIATIONS.has(last.lower))) {
      return undefined; // "D. C.": initials alone name no one
    }
    const description = joinDescription(slice(text, toks, a, nameStart), tail);
    const name = slice(text, toks, nameStart, main).replace(/['’]s?$/, '');
    return { kind: 'person', name, description, head: last.lower, definite, gender };
  }
  const document = isA(last, DOC);
  const groupish = isA(last, GROUP) || plural(last.lower);
  // "the Secretary of State" keeps its title whole; "A senior officer on the northern front" is described by the rest.
  const whole = main < b && toks[main].lower === 'of' && toks[main + 1]?.cap === true;
  return { kind: groupish || document ? 'group' : 'unnamed', name: slice(text, toks, start, whole ? b : main), description: whole ? null : tail || null, head: last.lower, definite, gender, document };
}

/** Nouns for what someone said ("in X's words", "X's reply:"). */
export const WORDS_NOUNS: ReadonlySet<string> = new Set(['words', 'word', 'reply', 'answer', 'remarks', 'remark', 'comment', 'comments', 'decision', 'view', 'response', 'retort', 'quip', 'verdict', 'ruling', 'conclusion', 'question', 'warning', 'plea', 'motto', 'slogan']);

function initialsOnly(toks: readonly Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = toks[i].text;
    if (!(t.length === 2 && t[1] === '.')) {
      return false;
    }
  }
  return true;
}

function joinDescription(before: string, after: string): string | null {
  const b = before.length > 0 ? before.replace(/[\s,]+$/, '') : '';
  const d = b.length > 0 && after.length > 0 ? `${b} ${after}` : b || after;
  return d.length > 0 ? d : null;
}

/** Whether the capitalised run `toks[a, b)` is preceded by a preposition of place ("in Kryvyi Rih"). */
export function afterPlacePreposition(toks: readonly Tok[], a: number): boolean {
  return a > 0 && toks[a - 1].kind === 'word' && PLACE_PREPOSITIONS.has(toks[a - 1].lower);
}

/** A phrase with the appositive `toks[a, b)` after it: a description for a name, a name for a description. */
export function withAppositive(text: string, toks: readonly Tok[], p: Phrase, a: number, b: number): Phrase {
  const first = toks[a];
  if (first.kind !== 'word' || /ing$/.test(first.lower) || first.lower === 'who' || first.lower === 'which' || isA(first, FUNC)) {
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
    const described = p.description ? `${p.name} ${p.description}` : p.name;
    return { ...app, description: app.description ? `${described}, ${app.description}` : described, gender: app.gender ?? p.gender };
  }
  return p;
}
