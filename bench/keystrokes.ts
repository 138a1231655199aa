import { normalizedWords } from '../src/core/tokens';
import { quantile, timed } from './stats';

/** One search query: what is typed, and the words of the passage it is meant to find. */
export interface Query {
  readonly query: string;
  readonly intended: string;
  /** Library file of the passage. */
  readonly file: string;
}

/** A keystroke: the query typed so far. */
export interface Keystroke {
  readonly query: number;
  readonly text: string;
}

/** Latencies of a search over keystrokes, and how many of the keystrokes were measured. */
export interface KeystrokeTimes {
  readonly p50: number;
  readonly p95: number;
  readonly samples: number;
  readonly keystrokes: number;
  readonly measured: number;
  readonly runs: number;
  /** Set when not every keystroke was measured (a search is too slow for the time budget). */
  readonly sampled: boolean;
  /** Queries with a passage holding the intended words (typo corrected) among the first 10 hits after the last keystroke. */
  readonly found: number;
  /** The five slowest keystrokes (median over the runs). */
  readonly slowest: readonly { readonly text: string; readonly ms: number }[];
}

/** A search as the bench drives it: the hits' text and file. */
export type SearchFn = (text: string) => readonly { readonly text: string; readonly file: string }[];

/** Every prefix of every query, one character more each time: what typing them sends. */
export function keystrokes(queries: readonly Query[]): Keystroke[] {
  return queries.flatMap((q, i) => Array.from({ length: q.query.length }, (_, n) => ({ query: i, text: q.query.slice(0, n + 1) })));
}

/**
 * `n` keystrokes spread evenly over the list, always with each query's last keystroke (the whole
 * query), or all of them when n is larger.
 */
export function spread(strokes: readonly Keystroke[], n: number): Keystroke[] {
  if (n >= strokes.length) {
    return [...strokes];
  }
  const last = strokes.filter((k, i) => strokes[i + 1]?.query !== k.query);
  const rest = strokes.filter((k) => !last.includes(k));
  const m = Math.max(0, n - last.length);
  const picked = new Set([...last, ...Array.from({ length: m }, (_, i) => rest[Math.floor(((i + 0.5) * rest.length) / m)])]);
  return strokes.filter((k) => picked.has(k));
}

/**
 * Times the search on every keystroke, `runs` times over, unless a first probe shows that would
 * take longer than `budgetMs`: then an even spread of keystrokes that fits the budget is measured
 * once (at least `minSample`), and the result says so.
 */
export function timeKeystrokes(search: SearchFn, queries: readonly Query[], strokes: readonly Keystroke[], runs: number, budgetMs: number, minSample = 10): KeystrokeTimes {
  // The probe also warms the search up (a first search may build something lazily); it is not counted.
  const probe = spread(strokes, 3).slice(0, 3).map((k) => timed(() => search(k.text)).ms);
  const estimate = probe.reduce((a, b) => a + b, 0) / probe.length;
  let plan: Keystroke[][];
  if (estimate * strokes.length * runs <= budgetMs) {
    plan = Array.from({ length: runs }, () => [...strokes]);
  } else if (estimate * strokes.length <= budgetMs) {
    plan = Array.from({ length: Math.max(1, Math.floor(budgetMs / (estimate * strokes.length))) }, () => [...strokes]);
  } else {
    plan = [spread(strokes, Math.max(minSample, Math.floor(budgetMs / estimate)))];
  }
  const times: number[] = [];
  const byStroke = new Map<Keystroke, number[]>();
  let found = 0;
  plan.forEach((run, r) => {
    for (const k of run) {
      const t = timed(() => search(k.text));
      times.push(t.ms);
      byStroke.set(k, [...(byStroke.get(k) ?? []), t.ms]);
      const q = queries[k.query];
      if (r === 0 && k.text === q.query && foundIntended(t.value, q)) {
        found++;
      }
    }
  });
  return {
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    samples: times.length,
    keystrokes: strokes.length,
    measured: plan[0].length,
    runs: plan.length,
    sampled: plan[0].length < strokes.length,
    found,
    slowest: [...byStroke]
      .map(([k, t]) => ({ text: k.text, ms: quantile(t, 0.5) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
  };
}

// A short phrase may be in several articles: any passage holding the intended words counts.
function foundIntended(hits: readonly { readonly text: string }[], q: Query): boolean {
  const words = ` ${normalizedWords(q.intended)} `;
  return hits.slice(0, 10).some((h) => ` ${normalizedWords(h.text)} `.includes(words));
}
