/**
 * Every problem code a checked quotation can carry: the codes of findings (`misquoted`,
 * `unverified`, `citation-mismatch`, `unknown-citation`, `unterminated-quote`), the details of a
 * misquote, and why a quotation was skipped (`short`, `ignored`). The README lists what each means.
 */
export type ProblemCode =
  | 'misquoted'
  | 'unverified'
  | 'citation-mismatch'
  | 'unknown-citation'
  | 'unterminated-quote'
  | 'changed-number'
  | 'negation'
  | 'reordered'
  | 'stitched'
  | 'elision-too-far'
  | 'bracket-changes-meaning'
  | 'mostly-brackets'
  | 'too-long'
  | 'elision-drops-negation'
  | 'elision-drops-qualifier'
  | 'cut-at-negation'
  | 'cut-at-hedge'
  | 'too-many-cuts'
  | 'short'
  | 'ignored';
