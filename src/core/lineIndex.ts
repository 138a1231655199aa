/** A 1-based line and column, the way editors and linters print positions. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Converts string offsets to line and column (both 0-based internally, 1-based on request). A line
 * ends at `\n`, `\r\n` or a lone `\r`, as in VS Code; columns count UTF-16 code units, as VS Code's
 * positions and ESLint's columns do.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    const re = /\r\n?|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.starts.push(m.index + m[0].length);
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
