import { lowerBound, occursBetween, shiftedIntersection } from './postings';
import { Candidate, Corpus, offsetRange, QuoteShape, windowAround } from './quoteShape';

/**
 * The passages where a quotation may be word for word, in the order a match is preferred: cited
 * sources first, then library order. The places of the quotation's rarest word are intersected with
 * those of up to three more words of its run (the words between elisions and brackets), each
 * shifted into place, straight from the word index; each place left is checked against the
 * source's words: the whole run must be there, and the rarest word of each other run within
 * reach. No place is missed however common the words are. For a quotation without elisions and
 * brackets, the passages yielded are exactly those where it is word for word; with them,
 * alignment decides.
 */
export function* exactPassages(shape: QuoteShape, corpus: Corpus, cited: ReadonlySet<number> = new Set()): Generator<Candidate> {
  if (!shape.known) {
    return;
  }
  const { ids, freq, runs } = shape;
  let a = -1;
  for (let i = 0; i < shape.length; i++) {
    if (ids[i] >= 0 && (a < 0 || freq[i] < freq[a])) {
      a = i;
    }
  }
  const own = runs[shape.run[a]];
  // The rest of the seed's run, rarest first: a wrong place is usually told at the first comparison.
  const inRun = Int32Array.from({ length: own.to - own.from }, (_, k) => own.from + k)
    .filter((i) => i !== a)
    .sort((x, y) => freq[x] - freq[y] || x - y);
  const others = runs
    .filter((r) => r !== own)
    .map((r) => {
      let b = r.from;
      for (let i = r.from; i < r.to; i++) {
        b = freq[i] < freq[b] ? i : b;
      }
      const [min, max] = offsetRange(shape, a, b);
      return { id: ids[b], min, max };
    });
  const { index } = corpus;
  const starts = index.sourceStarts;
  // Galloping through sorted lists reads no source: the few places left are the only ones read.
  let places = index.positionsOf(ids[a]);
  for (let k = 0; k < inRun.length && k < 3 && places.length > 0; k++) {
    places = shiftedIntersection(places, index.positionsOf(ids[inRun[k]]), inRun[k] - a);
  }
  const fits = (source: number, p: number): boolean => {
    const words = corpus.sources[source].wordIds;
    const x = p - starts[source];
    for (let k = 0; k < inRun.length; k++) {
      const at = x + inRun[k] - a;
      if (at < 0 || at >= words.length || words[at] !== ids[inRun[k]]) {
        return false;
      }
    }
    const first = starts[source];
    const last = starts[source + 1] - 1;
    return others.every((o) => occursBetween(index, o.id, Math.max(first, p + o.min), Math.min(last, p + o.max)));
  };
  const candidate = (source: number, p: number): Candidate => {
    const { lo, hi } = windowAround(shape, a, p - starts[source], 0, index.sourceLengths[source]);
    return { source, lo, hi, score: shape.words };
  };
  const first = [...cited].filter((s) => s >= 0 && s + 1 < starts.length).sort((x, y) => x - y);
  for (const source of first) {
    for (let i = lowerBound(places, starts[source]); i < places.length && places[i] < starts[source + 1]; i++) {
      if (fits(source, places[i])) {
        yield candidate(source, places[i]);
      }
    }
  }
  for (let i = 0; i < places.length; i++) {
    const source = index.sourceAt(places[i]);
    if (!cited.has(source) && fits(source, places[i])) {
      yield candidate(source, places[i]);
    }
  }
}
