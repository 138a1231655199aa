import { Placement, Placements } from './placements';
import { gallop, lowerBound, occursBetween } from './postings';
import { Candidate, Corpus, offsetRange, QuoteShape, windowAround } from './quoteShape';

export type { Candidate } from './quoteShape';

// Anchors: the quotation's three rarest words, and its other words that are not common, at most
// twelve. Words as common as "the" and "of" in place say little about a passage.
const MAX_ANCHORS = 12;
const COMMON = 5000;
// Anchors whose every place is walked; the other anchors are looked up around those places.
const DRIVERS = 2;
// Most places walked for one quotation: reached only by quotations of the commonest words, whose
// near misses are then looked for in the library's first articles only.
const MAX_WALK = 50000;
// Places in the quotation of one anchor word that anchor it.
const MAX_PLACES_PER_WORD = 4;
// Placements kept from the walk, to be scored on the source's words.
const KEEP = 40;
// Placements added for each cited source.
const CITED_EXTRA = 2;

/**
 * Finds the stretches of the library worth aligning a quotation against when it is not word for
 * word anywhere (see `exactPassages` for that): a near miss, to be shown with its diff.
 *
 * Every place of the quotation's two rarest words is a possible placement. The places of the other
 * anchors, shifted back by their place in the quotation, are looked up around it in the word index
 * (galloping through sorted lists: no source is read); a placement is kept when at least two
 * anchors agree on it within a few words (one, for a quotation of fewer than three known words),
 * so a misquote whose changed word is one of the rarest is still found through the others. The
 * best kept placements, by how many anchors agree and then library order, are scored on their
 * source's words (see `lineUp`). The best, one per passage, are the candidates, ranked by
 * that score, then source, then position; for each source in `mustInclude`, its two best other
 * placements are added.
 *
 * The cost grows with how often the two rarest words occur (up to a cap), not with the size of
 * the library.
 */
export function findCandidates(shape: QuoteShape, corpus: Corpus, maxCandidates: number, mustInclude: ReadonlySet<number> = new Set()): Candidate[] {
  const { index } = corpus;
  const starts = index.sourceStarts;
  const anchors = anchorWords(shape)
    .filter((a, k) => k < 3 || shape.freq[a.items[0]] <= COMMON)
    .slice(0, MAX_ANCHORS);
  const rare = new Uint8Array(shape.length);
  anchors.forEach((a) => a.items.forEach((i) => (rare[i] = 1)));
  const near = Math.ceil(shape.length / 2) + shape.spread;
  const tolerance = 2 + Math.ceil(shape.length / 8) + shape.spread;
  // Only one per start: nearby ones may line up differently, which only scoring tells.
  const kept = new Placements(KEEP, 0);
  walkAgreeing(anchors, index.positionsOf.bind(index), tolerance, anchors.length >= 3 ? 2 : 1, (g, item, agree) => {
    const source = index.sourceAt(g);
    kept.offer({ source, x: g - starts[source], item, score: agree, tie: 0 });
  });
  const score = (source: number, x: number, item: number): Placement => ({ source, x, item, ...lineUp(shape, rare, corpus, source, x, item) });
  const chosen = new Placements(maxCandidates, near);
  kept.list.forEach((p) => chosen.offer(score(p.source, p.x, p.item)));
  const out = [...chosen.list];
  for (const source of [...mustInclude].filter((s) => s >= 0 && s + 1 < starts.length).sort((a, b) => a - b)) {
    const taken = chosen.list.filter((c) => c.source === source);
    const own = new Placements(taken.length + CITED_EXTRA, near);
    for (const anchor of anchors) {
      const positions = index.positionsOf(anchor.id);
      for (const item of anchor.items) {
        for (let i = lowerBound(positions, starts[source]); i < positions.length && positions[i] < starts[source + 1]; i++) {
          own.offer(score(source, positions[i] - starts[source], item));
        }
      }
    }
    out.push(...own.list.filter((p) => !taken.some((c) => Math.abs(c.x - c.item - (p.x - p.item)) <= near)).slice(0, CITED_EXTRA));
  }
  const slack = 8 + Math.ceil(shape.length / 4);
  return out.map((p) => ({ source: p.source, ...windowAround(shape, p.item, p.x, slack, index.sourceLengths[p.source]), score: p.score }));
}

/** The quotation's distinct known words, rarest first, each with its items. */
function anchorWords(shape: QuoteShape): { id: number; items: number[] }[] {
  const byId = new Map<number, number[]>();
  for (let i = 0; i < shape.length; i++) {
    if (shape.freq[i] > 0) {
      const items = byId.get(shape.ids[i]) ?? [];
      items.push(i);
      byId.set(shape.ids[i], items);
    }
  }
  return [...byId]
    .map(([id, items]) => ({ id, items: spread(items) }))
    .sort((x, y) => shape.freq[x.items[0]] - shape.freq[y.items[0]] || x.items[0] - y.items[0]);
}

// A word the quotation repeats anchors it from a few of its places, spread over the quotation:
// each place is walked and scored, so a word written a thousand times would cost a thousand
// times over.
function spread(items: number[]): number[] {
  if (items.length <= MAX_PLACES_PER_WORD) {
    return items;
  }
  return Array.from({ length: MAX_PLACES_PER_WORD }, (_, k) => items[Math.round((k * (items.length - 1)) / (MAX_PLACES_PER_WORD - 1))]);
}

/**
 * Walks the places of the first `DRIVERS` words in the order of where the quotation would start
 * (each place shifted back by its item), and reports each place that at least `least` different
 * words agree on within `tolerance`, with how many do. The other words' places are looked up by
 * galloping forward through their sorted lists. At most `MAX_WALK` places are walked, the first in
 * that order.
 */
function walkAgreeing(
  words: readonly { id: number; items: number[] }[],
  positionsOf: (id: number) => Uint32Array,
  tolerance: number,
  least: number,
  report: (position: number, item: number, agree: number) => void,
): void {
  // One list per (word, item); the drivers' lists come first.
  const lists: Uint32Array[] = [];
  const items: number[] = [];
  const bits: number[] = [];
  words.forEach((w, k) => {
    for (const item of w.items) {
      lists.push(positionsOf(w.id));
      items.push(item);
      bits.push(k);
    }
  });
  const drivers = bits.filter((b) => b < DRIVERS).length;
  const next = new Int32Array(drivers);
  const at = new Int32Array(lists.length);
  for (let walked = 0; walked < MAX_WALK; walked++) {
    let pick = -1;
    let start = Infinity;
    for (let k = 0; k < drivers; k++) {
      if (next[k] < lists[k].length && lists[k][next[k]] - items[k] < start) {
        start = lists[k][next[k]] - items[k];
        pick = k;
      }
    }
    if (pick < 0) {
      return;
    }
    let mask = 1 << bits[pick];
    for (let k = 0; k < lists.length; k++) {
      if (((mask >> bits[k]) & 1) === 0) {
        at[k] = gallop(lists[k], at[k], start - tolerance + items[k]);
        if (at[k] < lists[k].length && lists[k][at[k]] - items[k] <= start + tolerance) {
          mask |= 1 << bits[k];
        }
      }
    }
    let agree = 0;
    for (let m = mask; m !== 0; m &= m - 1) {
      agree++;
    }
    if (agree >= least) {
      report(lists[pick][next[pick]], items[pick], agree);
    }
    next[pick]++;
  }
}

/**
 * How well the quotation lines up with item `item` at position `x` of a source. Its run of words
 * (between elisions and brackets) is compared with the source's words there, allowing the words
 * before or after some point to be one off (a word added or dropped): 2 for each word in place,
 * anchors counting for the score and the other words for the tie. Each anchor of the other runs
 * found within its reach adds 1.
 */
function lineUp(shape: QuoteShape, rare: Uint8Array, corpus: Corpus, source: number, x: number, item: number): { score: number; tie: number } {
  const words = corpus.sources[source].wordIds;
  const { from, to } = shape.runs[shape.run[item]];
  const hit = (i: number, shift: number) => (shape.ids[i] >= 0 && words[x + i - item + shift] === shape.ids[i] ? 2 : 0);
  const points = (kind: number) => {
    let inPlace = 0;
    let gain = 0;
    for (const shift of [-1, 1]) {
      // Shifting the words before a point gains a prefix sum of (shifted - in place); shifting
      // those after it, the total less a prefix sum.
      let sum = 0;
      let most = 0;
      let least = 0;
      for (let i = from; i < to; i++) {
        if (rare[i] === kind) {
          sum += hit(i, shift) - hit(i, 0);
          most = Math.max(most, sum);
          least = Math.min(least, sum);
        }
      }
      gain = Math.max(gain, most, sum - least);
    }
    for (let i = from; i < to; i++) {
      inPlace += rare[i] === kind ? hit(i, 0) : 0;
    }
    return inPlace + gain;
  };
  let score = points(1);
  if (shape.runs.length > 1) {
    const { index } = corpus;
    const first = index.sourceStarts[source];
    const last = index.sourceStarts[source + 1] - 1;
    for (let i = 0; i < shape.length; i++) {
      if (rare[i] && shape.run[i] !== shape.run[item]) {
        const [min, max] = offsetRange(shape, item, i);
        score += occursBetween(index, shape.ids[i], Math.max(first, first + x + min - 1), Math.min(last, first + x + max + 1)) ? 1 : 0;
      }
    }
  }
  return { score, tie: points(0) };
}
