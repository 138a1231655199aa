/** A 1-based line and column, the way editors and linters print positions. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Converts string offsets to line and column (both 0-based internally, 1-based on request). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** 0-based line and character of an offset. */
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  /** 1-based line and column of an offset. */
  lineColumn(offset: number): LineColumn {
    const p = this.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }
}
