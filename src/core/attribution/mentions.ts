import type { Cue } from './cues';
import { Entities, Entity } from './entities';
import { isA, Tok } from './lexer';
import { afterPlacePreposition, isNameWord, readPhrase } from './phrase';
import { DET, DOC, FUNC, GROUP, PRON, ROLE } from './wordClass';


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
  while (i < s1 || c < cues.length) {
    if (c < cues.length && (cues[c].from <= i || i >= s1)) {
      const cue = cues[c++];
      const entity = cue.impersonal ? previous : cue.phrase ? entities.resolve(cue.phrase) : lastEntity;
      if (entity) {
        entities.spoke(entity);
        lastEntity = entity;
      }
      out.push({ cue, entity });
      i = Math.max(i, cue.to);
      continue;
    }
    const t = toks[i];
    const opening = i === s0 || toks[i - 1].text === ',';
    if (!heading && t.kind === 'word' && (t.cap || (opening && isA(t, DET))) && (i === s0 || !isNameWord(toks[i - 1]) || toks[i - 1].poss)) {
      i = Math.max(i + 1, mention(text, toks, s0, Math.min(s1, c < cues.length ? cues[c].from : s1), i, entities));
    } else {
      i++;
    }
  }
  return out;
}

// Notes the mention starting at token `i` (a name, or a description opening the sentence: "The
// hotel owner shrugged"); returns the token after it.
function mention(text: string, toks: readonly Tok[], s0: number, s1: number, i: number, entities: Entities): number {
  if (isA(toks[i], DET)) {
    // "The hotel owner …", "the administration …": a role or body as the sentence's subject (not
    // an appositive after a name: "Dewey Lawrence, a Tyler lawyer").
    if (i > s0 && toks[i - 1].text === ',' && i - 2 >= s0 && toks[i - 2].cap) {
      return i + 1;
    }
    let e = i + 1;
    while (e < s1 && e - i <= 5 && toks[e].kind === 'word' && !isA(toks[e], FUNC) && !isVerbish(toks[e])) {
      e++;
    }
    const head = toks[e - 1];
    if (e > i + 1 && !head.cap && (isA(head, ROLE) || isA(head, GROUP) || isA(head, DOC))) {
      const p = readPhrase(text, toks, i, e);
      const entity = p ? entities.resolve(p) : undefined;
      if (entity) {
        entities.mention(entity);
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
          entities.mention(e);
        }
      }
    } else if (single && !afterPlacePreposition(toks, a)) {
      entities.noteUnknown(p.name);
    }
  } else if (p.kind === 'group' && !single) {
    const e = entities.resolve(p);
    if (e) {
      entities.mention(e);
    }
  }
  return b;
}

function isVerbish(t: Tok): boolean {
  return t.lemma !== undefined || /(?:ed|ing)$/.test(t.lower);
}

/** The cue nearest a quotation token (in tokens between them). */
export function nearest(resolved: readonly Resolved[], q: number): Resolved | undefined {
  let best: Resolved | undefined;
  let bestDistance = Infinity;
  for (const r of resolved) {
    const d = q < r.cue.from ? r.cue.from - q : q >= r.cue.to ? q - r.cue.to + 1 : 0;
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}

