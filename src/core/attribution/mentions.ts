import type { Cue } from './cue';
import { Entities, Entity } from './entities';
import { isA, Tok } from './lexer';
import { afterPlacePreposition, isNameWord, readPhrase, withAppositive } from './phrase';
import { DET, DOC, FUNC, GROUP, INTRO_WORD, PRON, ROLE } from './wordClass';


/** A cue of a sentence and the entity it names. */
export interface Resolved {
  cue: Cue;
  entity?: Entity;
}

/**
 * Resolves the cues of the sentence `toks[s0, s1)` to entities and notes its name mentions, in text
 * order (a pronoun is bound to what was met before it).
 */
export function resolveSentence(text: string, toks: readonly Tok[], s0: number, s1: number, cues: readonly Cue[], entities: Entities, previous: Entity | undefined, heading: boolean): Resolved[] {
  const out: Resolved[] = [];
  let c = 0;
  let lastEntity: Entity | undefined;
  let i = s0;
  // Mentions inside an opening phrase ("Tooling through Sydney …, ") are not the sentence's subject.
  const subjectFrom = openingPhraseEnd(toks, s0, s1);
  while (i < s1 || c < cues.length) {
    if (c < cues.length && (cues[c].from <= i || i >= s1)) {
      const cue = cues[c++];
      const entity = cue.impersonal ? previous : cue.phrase ? entities.resolve(cue.phrase) : lastEntity;
      if (entity) {
        entities.spoke(entity, cue.from >= subjectFrom);
        lastEntity = entity;
      }
      out.push({ cue, entity });
      i = Math.max(i, cue.to);
      continue;
    }
    const t = toks[i];
    if (i === subjectFrom && t.kind === 'word' && (t.lower === 'he' || t.lower === 'she')) {
      // "She likes his classic chemise.": the person a subject pronoun stands for stays the one followed.
      entities.follow(t.lower === 'he' ? 'he' : 'she');
      i++;
      continue;
    }
    const opening = i === s0 || toks[i - 1].text === ',';
    if (!heading && t.kind === 'word' && (t.cap || (opening && isA(t, DET))) && (i === s0 || !isNameWord(toks[i - 1]) || toks[i - 1].poss)) {
      i = Math.max(i + 1, mention(text, toks, s0, Math.min(s1, c < cues.length ? cues[c].from : s1), i, entities, i >= subjectFrom));
    } else {
      i++;
    }
  }
  return out;
}

// Notes the mention starting at token `i` (a name, or a description opening the sentence: "The
// hotel owner shrugged"); returns the token after it.
function mention(text: string, toks: readonly Tok[], s0: number, s1: number, i: number, entities: Entities, subject: boolean): number {
  if (isA(toks[i], DET)) {
    // "The hotel owner …", "the administration …": a role or body as the sentence's subject (not
    // an appositive after a name: "Dewey Lawrence, a Tyler lawyer").
    if (i > s0 && toks[i - 1].text === ',' && i - 2 >= s0 && toks[i - 2].cap) {
      return i + 1;
    }
    let e = i + 1;
    while (e < s1 && e - i <= 5 && toks[e].kind === 'word' && !isA(toks[e], FUNC) && !isVerbish(toks[e])) {
      if (isA(toks[e], DET) && e > i + 2) {
        // "The man stuck the nozzle": a second determiner opens the object; the word before it is the verb.
        e--;
        break;
      }
      e++;
    }
    const head = toks[e - 1];
    if (e > i + 1 && !head.cap && (isA(head, ROLE) || isA(head, GROUP) || isA(head, DOC))) {
      let p = readPhrase(text, toks, i, e);
      // "The city's administrator, Oleksandr Vilkul, was defiant": the name in apposition.
      if (p && toks[e]?.text === ',' && toks[e + 1]?.cap) {
        let f = e + 1;
        while (f < s1 && isNameWord(toks[f])) {
          f++;
        }
        if (f < s1 && toks[f].text === ',') {
          p = withAppositive(text, toks, p, e + 1, f);
          e = f + 1;
        }
      }
      const entity = p ? entities.resolve(p) : undefined;
      if (entity) {
        entities.mention(entity, subject);
      }
      return e;
    }
    if (!toks[i].cap) {
      return i + 1;
    }
  } else if (!toks[i].cap) {
    return i + 1;
  }
  let a = i;
  while (a < s1 && toks[a].kind === 'word' && toks[a].cap && (isA(toks[a], FUNC) || isA(toks[a], PRON) || isA(toks[a], DET) || toks[a].lemma !== undefined)) {
    a++;
  }
  let b = a;
  while (b < s1 && isNameWord(toks[b]) && (b === a || !toks[b - 1].poss)) {
    b++;
  }
  if (b === a) {
    return Math.max(i + 1, b);
  }
  const p = readPhrase(text, toks, a > i && isA(toks[a - 1], DET) ? a - 1 : a, b);
  if (!p) {
    return b;
  }
  const single = b - a === 1;
  if (p.kind === 'person') {
    const known = entities.findPerson(p.name);
    const titled = p.description !== null;
    if (known || titled || (!single && !afterPlacePreposition(toks, a))) {
      if (!(single && a === s0 && !known)) {
        const e = entities.resolve(p);
        if (e) {
          entities.mention(e, subject);
        }
      }
    } else if (single && !afterPlacePreposition(toks, a)) {
      entities.noteUnknown(p.name);
    }
  } else if (p.kind === 'group' && !single) {
    const e = entities.resolve(p);
    if (e) {
      entities.mention(e, subject);
    }
  }
  return b;
}

// Where the sentence's subject may start: after an opening phrase ("In Kursk, …", "Tooling through
// Sydney …, ") that ends at its first comma; else at the start.
function openingPhraseEnd(toks: readonly Tok[], s0: number, s1: number): number {
  const first = toks[s0];
  // A parenthesised aside has no subject a reader follows: "(Meyer sent him to Reading, Pa.)".
  if (first?.text === '(' && toks[s1 - 1]?.text === ')') {
    return s1;
  }
  if (!first || first.kind !== 'word' || !(isA(first, FUNC) || isA(first, INTRO_WORD) || /(?:ing|ed)$/.test(first.lower))) {
    return s0;
  }
  for (let i = s0 + 1; i < s1; i++) {
    if (toks[i].text === ',') {
      return i + 1;
    }
  }
  return s0;
}

function isVerbish(t: Tok): boolean {
  return t.lemma !== undefined || /(?:ed|ing)$/.test(t.lower);
}

/**
 * The cue that speaks for a quotation token: the nearest one, where a cue after the quotation must
 * follow it closely ("“…,” he said") and no semicolon may stand between them.
 */
export function nearest(toks: readonly Tok[], resolved: readonly Resolved[], q: number): Resolved | undefined {
  let best: Resolved | undefined;
  let bestDistance = Infinity;
  for (const r of resolved) {
    const after = q < r.cue.from;
    const d = after ? r.cue.from - q : q >= r.cue.to ? q - r.cue.to + 1 : 0;
    if (after && !closelyAfter(toks, q, r.cue.from) && !closingAttribution(toks, r.cue)) {
      continue;
    }
    if (separated(toks, Math.min(q, r.cue.from), Math.max(q, r.cue.to)) || (!after && inRelative(toks, r.cue.to, q))) {
      continue;
    }
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}

// Only punctuation (or other quotations) between a quotation and a cue after it.
function closelyAfter(toks: readonly Tok[], q: number, from: number): boolean {
  for (let i = q + 1; i < from; i++) {
    if (toks[i].kind === 'word') {
      return false;
    }
  }
  return true;
}

// ", Hemphill said." or ", as X put it." closing its sentence: it speaks for the whole sentence.
function closingAttribution(toks: readonly Tok[], cue: Cue): boolean {
  // ", as the Kyiv Independent put it."
  const as = toks[cue.from - 1]?.lower === 'as' ? 1 : 0;
  const before = toks[cue.from - 1 - as];
  let end = cue.to;
  while (end < toks.length && toks[end].kind === 'word' && /^(?:[a-z]+day|today|yesterday|tonight|later|then|again|it|out)$/i.test(toks[end].lower)) {
    end++;
  }
  const next = toks[end];
  return before !== undefined && before.text === ',' && (next === undefined || (next.kind === 'punct' && /[.!?]/.test(next.text)));
}

// A relative clause still open at the quotation: "A federal grand jury called 10 witnesses … Ben
// Stein, 47, who collected big fees as a “labor consultant”" (its words are not the jury's).
function inRelative(toks: readonly Tok[], a: number, q: number): boolean {
  let open = -1;
  for (let i = a; i < q; i++) {
    if (toks[i].text === ',') {
      open = toks[i + 1]?.lower === 'who' || toks[i + 1]?.lower === 'which' ? i + 1 : -1;
    }
  }
  // The clause has its own verb before the quotation ("who “believe …”" is the quotation's own).
  return open >= 0 && open + 1 < q && toks[open + 1].kind === 'word';
}

function separated(toks: readonly Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (toks[i].text === ';') {
      return true;
    }
  }
  return false;
}
