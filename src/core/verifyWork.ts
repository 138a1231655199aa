/**
 * Work done by quotation checks since {@link resetVerifyWork}: what a benchmark can report besides
 * time, as it does not depend on how loaded the machine is.
 */
export const verifyWork = {
  /** Quotations whose words were judged. */
  quotes: 0,
  /** Places of words walked in the word index, looking for near misses. */
  placesWalked: 0,
  /** Places where a source's words were read: possible exact passages and near-miss placements. */
  placesRead: 0,
  /** Alignments of a quotation against a stretch of a source. */
  alignments: 0,
};

/** Sets the {@link verifyWork} counters to zero. */
export function resetVerifyWork(): void {
  verifyWork.quotes = 0;
  verifyWork.placesWalked = 0;
  verifyWork.placesRead = 0;
  verifyWork.alignments = 0;
}
