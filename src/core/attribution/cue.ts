import { Phrase } from './phrase';

/** Something in a sentence's narration that says who is speaking. */
export interface Cue {
  /** Token index of the cue word (the verb, "according", the colon, "words"). */
  readonly at: number;
  readonly kind: 'verb' | 'according-to' | 'colon' | 'words' | 'noun';
  /** The verb's lemma, "according to", ":", "words", or the noun ("remark"). */
  readonly word: string;
  /** The speaker as the sentence names them; absent when the cue shares the subject of the cue before it. */
  readonly phrase?: Phrase;
  /** An impersonal passive ("it was contended"): the speaker is whoever spoke last. */
  readonly impersonal?: boolean;
  /** Token range covered by the cue and its speaker phrase. */
  readonly from: number;
  readonly to: number;
}
