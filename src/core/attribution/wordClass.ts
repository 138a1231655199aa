import {
  BE, DETERMINERS, DOCUMENT_WORDS, FUNCTION_WORDS, GROUP_WORDS, HONORIFICS, INTRO, NAME_PARTICLES, NAMING_WORDS, NOBODY, NOUN_BEFORE,
  NOUN_ING, PRONOUNS, ROLE_WORDS, SPEECH_NOUNS, SPEECH_VERBS, SUBORDINATORS, VERB_COMPANIONS, verbForms,
} from './lexicon';

// Word classes as bits, so that a word's classes are one map lookup when it is read, not one set
// lookup per question asked of it.
export const FUNC = 1;
export const DET = 1 << 1;
export const PRON = 1 << 2;
export const ROLE = 1 << 3;
export const HONOR = 1 << 4;
export const GROUP = 1 << 5;
export const DOC = 1 << 6;
export const PARTICLE = 1 << 7;
export const COMPANION = 1 << 8;
export const SUBORD = 1 << 9;
export const NAMING = 1 << 10;
export const SPEECH_NOUN = 1 << 11;
export const NOBODY_WORD = 1 << 12;
export const NOUN_BEFORE_WORD = 1 << 13;
export const NOUN_ING_WORD = 1 << 14;
export const INTRO_WORD = 1 << 15;
export const BE_WORD = 1 << 16;

/** What the lists say of one word: its class bits, and its lemma if it is a speech verb form. */
export interface WordInfo {
  readonly cls: number;
  readonly lemma: string | undefined;
}

const CLASSES = new Map<string, number>();
const add = (words: Iterable<string>, bit: number) => {
  for (const w of words) {
    CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
  }
};
add(FUNCTION_WORDS, FUNC);
add(DETERMINERS, DET);
add(PRONOUNS.keys(), PRON);
add(ROLE_WORDS, ROLE);
add(HONORIFICS.keys(), HONOR);
add(GROUP_WORDS, GROUP);
add(DOCUMENT_WORDS, DOC);
add(NAME_PARTICLES, PARTICLE);
add(VERB_COMPANIONS, COMPANION);
add(SUBORDINATORS, SUBORD);
add(NAMING_WORDS, NAMING);
add(SPEECH_NOUNS, SPEECH_NOUN);
add(NOBODY, NOBODY_WORD);
add(NOUN_BEFORE, NOUN_BEFORE_WORD);
add(NOUN_ING, NOUN_ING_WORD);
add(INTRO, INTRO_WORD);
add(BE, BE_WORD);

/** The class bits of a lower-case word (0 for a word in no list). */
export function classOf(lower: string): number {
  return CLASSES.get(lower) ?? 0;
}

const LEMMA = new Map<string, string>();
for (const lemma of SPEECH_VERBS) {
  for (const form of verbForms(lemma)) {
    if (!LEMMA.has(form)) {
      LEMMA.set(form, lemma);
    }
  }
}

/** The lemma of a speech verb form ("said" → "say"), or undefined. */
export function speechLemma(lower: string): string | undefined {
  return LEMMA.get(lower);
}

const INFO = new Map<string, WordInfo>();
for (const w of new Set([...CLASSES.keys(), ...LEMMA.keys()])) {
  INFO.set(w, { cls: CLASSES.get(w) ?? 0, lemma: LEMMA.get(w) });
}
const NONE: WordInfo = { cls: 0, lemma: undefined };

/** Class bits and lemma of a lower-case word, in one lookup. */
export function wordInfo(lower: string): WordInfo {
  return INFO.get(lower) ?? NONE;
}
