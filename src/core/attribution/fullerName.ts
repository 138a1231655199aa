import { isA, lex, Tok } from './lexer';
import { foldName, nameKey, nameParts, sameKey } from './names';
import { Phrase, readPhrase } from './phrase';
import { DET, FUNC } from './wordClass';

// Occurrences of a surname looked at for its fuller form.
const MAX_LOOKS = 12;

/**
 * The fullest form the text gives a name met as one word ("Zelensky" → "Ukrainian President
 * Volodymyr Zelensky"): the first of its occurrences read with the name words and titles before it
 * that gives given names. Undefined if none does.
 */
export function fullerName(text: string, surname: string, key = nameKey(surname)): Phrase | undefined {
  let at = text.indexOf(surname);
  for (let looks = 0; at >= 0 && looks < MAX_LOOKS; looks++, at = text.indexOf(surname, at + surname.length)) {
    const end = at + surname.length;
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) {
      continue;
    }
    const toks: Tok[] = [];
    lex(text, Math.max(0, text.lastIndexOf('\n', at) + 1, at - 120), end, toks);
    let a = toks.length - 1;
    if (a < 0 || toks[a].end !== end) {
      continue;
    }
    while (a > 0 && toks[a - 1].kind === 'word' && !isA(toks[a - 1], FUNC) && !isA(toks[a - 1], DET) && !(toks[a - 1].poss && a - 1 < toks.length - 2 && toks[a].cap)) {
      a--;
    }
    const p = readPhrase(text, toks, a, toks.length);
    const parts = p && p.kind === 'person' ? nameParts(p.name) : undefined;
    if (p && parts && parts.given.length > 0 && foldName(parts.surname) === key.surname && sameKey(nameKey(p.name), key)) {
      return p;
    }
  }
  return undefined;
}
