/** A possible placement of a quotation: item `item` of it at word position `x` of a source. */
export interface Placement {
  readonly source: number;
  readonly x: number;
  readonly item: number;
  /** How well it lines up (higher is better). */
  readonly score: number;
  /** What decides between equal scores (higher is better). */
  readonly tie: number;
}

/** Best first: by score, then tie, then library order. */
export function comparePlacements(p: Placement, q: Placement): number {
  return q.score - p.score || q.tie - p.tie || p.source - q.source || p.x - p.item - (q.x - q.item);
}

/**
 * The best placements offered, best first, at most `size` of them and one per passage: of two
 * placements in one source whose quotation starts are at most `near` words apart, the better stays.
 */
export class Placements {
  readonly list: Placement[] = [];

  constructor(
    private readonly size: number,
    private readonly near: number,
  ) {}

  offer(p: Placement): void {
    const list = this.list;
    if (list.length === this.size && comparePlacements(p, list[list.length - 1]) >= 0) {
      return;
    }
    const start = p.x - p.item;
    const same = list.findIndex((q) => q.source === p.source && Math.abs(q.x - q.item - start) <= this.near);
    if (same >= 0) {
      if (comparePlacements(p, list[same]) >= 0) {
        return;
      }
      list.splice(same, 1);
    } else if (list.length === this.size) {
      list.pop();
    }
    let at = list.length;
    while (at > 0 && comparePlacements(p, list[at - 1]) < 0) {
      at--;
    }
    list.splice(at, 0, p);
  }
}
