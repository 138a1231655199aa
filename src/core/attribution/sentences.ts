import { endsSentence, isA, Tok } from './lexer';
import { FUNC, NAMING, PRON } from './wordClass';


// Sentences of a paragraph's tokens: after . ! ? before a capital, a quotation or the end; after a
// quotation whose words end a sentence, before a capital that does not start its attribution.
export function sentences(toks: readonly Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let s0 = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    let end = false;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) {
      end = next === undefined || next.kind === 'quote' || (next.kind === 'word' && next.cap) || next.text === '(';
    } else if (t.text === ')' && i > 0 && /[.!?]$/.test(toks[i - 1].text)) {
      // "(Meyer sent him to Reading, Pa.) Benched at …": a parenthesised sentence ends there.
      end = next === undefined || next.kind === 'quote' || (next.kind === 'word' && next.cap);
    } else if (t.kind === 'quote' && endsSentence(t.text)) {
      const after = toks[i + 2];
      end = next === undefined || next.kind === 'quote' || (next.kind === 'word' && next.cap && !(after?.kind === 'word' && after.lemma !== undefined && !after.cap));
    }
    if (end) {
      out.push([s0, i + 1]);
      s0 = i + 1;
    }
  }
  if (s0 < toks.length) {
    out.push([s0, toks.length]);
  }
  return out;
}

// A sentence that opens with a quotation: with no cue, it continues the last speaker.
export function opensWithQuote(toks: readonly Tok[], s0: number, s1: number): boolean {
  let i = s0;
  while (i < s1 && toks[i].kind === 'punct') {
    i++;
  }
  return i < s1 && toks[i].kind === 'quote';
}

const TERM_NOUN = /^(?:word|words|term|terms|phrase|expression|slogan|motto|sign|signs|label|nickname|headline|caption|inscription|banner|placard|reading|marked|spelled|pronounced)$/;

// A name or term, not speech: "the so-called “teaching methods”", "a plan called “Green Acres”".
export function isTerm(toks: readonly Tok[], q: number): boolean {
  // A nickname before a surname: "“Skip” Hovarter back in town".
  const next = toks[q + 1];
  if (next?.kind === 'word' && next.cap && !isA(next, PRON) && !isA(next, FUNC) && /^[\p{L}'’-]+(?: [\p{L}'’-]+)?$/u.test(toks[q].text.trim())) {
    return true;
  }
  // "the meaning of “la chatte” and “le chien”": a term's twin is a term.
  if ((toks[q - 1]?.lower === 'and' || toks[q - 1]?.lower === 'or') && toks[q - 2]?.kind === 'quote' && isTerm(toks, q - 2)) {
    return true;
  }
  let i = q - 1;
  // "known as the “meat grinder”": past a determiner.
  if (toks[i]?.kind === 'word' && (toks[i].lower === 'the' || toks[i].lower === 'a' || toks[i].lower === 'an')) {
    i--;
  }
  const b = toks[i];
  if (!b || b.kind !== 'word') {
    return false;
  }
  if (b.lower === 'so-called' || (b.lower === 'as' && toks[i - 1]?.lower === 'known')) {
    return true;
  }
  // "the word “…”", "a sign reading", "the meaning of “la chatte”": a wording named, not spoken.
  if (TERM_NOUN.test(b.lower) || (b.lower === 'of' && /^(?:meaning|sense|use|spelling)$/.test(toks[i - 1]?.lower ?? ''))) {
    return true;
  }
  // "he told the “skyjackers”": the ones spoken to.
  if (i < q - 1 && /^(?:told|tells|tell|asked|asks|urged|warned|reminded|informed)$/.test(b.lower)) {
    return true;
  }
  const bb = toks[i - 1];
  return i === q - 1 && isA(b, NAMING) && bb !== undefined && bb.kind === 'word' && !bb.cap && !isA(bb, PRON);
}

// A headline: a short paragraph with no sentence punctuation. Its names are not mentions a pronoun
// could point back to ("Sees Jones ahead").
export function isHeading(toks: readonly Tok[]): boolean {
  const words = toks.filter((t) => t.kind === 'word').length;
  return words > 0 && words <= 8 && !toks.some((t) => t.kind === 'punct' && /[.!?]/.test(t.text));
}

