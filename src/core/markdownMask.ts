/**
 * Blanks out the parts of a Markdown draft that never hold quotations (front matter, fenced and
 * indented code, code spans, HTML comments and tags, link destinations, URLs), replacing their
 * characters with spaces and keeping line breaks, so every offset in the result is an offset in the
 * draft. A lone `\r` (an old Mac line end) becomes `\n`, one character for one, so the scanners that
 * read the result see every line end the same way.
 */
export function maskMarkdown(text: string): string {
  const pending: [number, number][] = [];
  const blank = (start: number, end: number) => {
    if (end > start) {
      pending.push([start, end]);
    }
  };
  let masked = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  // Blanked ranges are applied between stages (each stage scans what the earlier ones left).
  const apply = () => {
    if (pending.length > 0) {
      masked = blankRanges(masked, pending);
      pending.length = 0;
    }
  };
  maskBlocks(masked, blank);
  apply();
  // Inline constructs, scanned on what is left so code blocks cannot open them. A construct's
  // opening characters are looked for first: most articles have none of them.
  const inline: [string, RegExp][] = [
    ['<', /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,500})?\/?>/g],
    ['<', /<(?:https?|mailto|ftp):[^\s<>]*>/g],
    ['://', /\b(?:https?|ftp):\/\/[^\s<>"“”«»)\]]+/g],
  ];
  if (masked.includes('<!--')) {
    for (const m of masked.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
      blank(m.index, m.index + m[0].length);
    }
    apply();
  }
  if (masked.includes('`')) {
    maskCodeSpans(masked, blank);
    apply();
  }
  for (const [opener, re] of inline) {
    if (masked.includes(opener)) {
      for (const m of masked.matchAll(re)) {
        blank(m.index, m.index + m[0].length);
      }
      apply();
    }
  }
  // Link destinations and titles: [text](url "title") keeps "text" and the "(" (so `[@handle](url)`
  // still reads as a link, not a citation), loses the rest.
  if (masked.includes('](')) {
    for (const m of masked.matchAll(/\]\((?:[^()\n]|\([^()\n]*\))*\)/g)) {
      blank(m.index + 2, m.index + m[0].length);
    }
  }
  // Reference definitions: [id]: url "title" (not footnote definitions, which hold text).
  if (masked.includes(']:')) {
    for (const m of masked.matchAll(/^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$/gm)) {
      blank(m.index, m.index + m[0].length);
    }
  }
  apply();
  return masked;
}

/** Whether a source file is Markdown, whose markup (HTML tags, link targets, URLs) is not the article's words. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/** The text a source's words are read from: masked (see {@link maskMarkdown}) for a Markdown file. */
export function sourceWordText(file: string, text: string): string {
  return isMarkdownFile(file) ? maskMarkdown(text) : text;
}

// Replaces every character of the ranges (which may overlap) by a space, keeping line breaks.
function blankRanges(text: string, ranges: [number, number][]): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, at);
    if (end <= from) {
      continue;
    }
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n\r]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

// A code span runs from a backtick run to the next run of the same length in the same paragraph.
// Runs are listed once, so an unmatched backtick costs nothing per character (a 1 MB line is fine).
function maskCodeSpans(text: string, blank: (start: number, end: number) => void): void {
  const runs: { start: number; length: number; paragraph: number }[] = [];
  let paragraph = 0;
  const re = /`+|\n[ \t]*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '`') {
      runs.push({ start: m.index, length: m[0].length, paragraph });
    } else {
      paragraph++;
    }
  }
  const nextOfLength = new Map<number, number>();
  const next: number[] = new Array(runs.length).fill(-1);
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = nextOfLength.get(runs[k].length) ?? -1;
    nextOfLength.set(runs[k].length, k);
  }
  for (let k = 0; k < runs.length; k++) {
    const close = next[k];
    if (close !== -1 && runs[close].paragraph === runs[k].paragraph) {
      blank(runs[k].start, runs[close].start + runs[close].length);
      k = close;
    }
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

function maskBlocks(text: string, blank: (start: number, end: number) => void): void {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let pos = 0; pos <= text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end, text: text.slice(pos, end) });
    if (nl === -1) {
      break;
    }
    pos = nl + 1;
  }
  let i = 0;
  if (/^\uFEFF?---\s*$/.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) {
      blank(lines[0].start, lines[close].end);
      i = close + 1;
    }
  }
  let prevBlank = true;
  let inList = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line.text);
    if (fence) {
      const marker = fence[1];
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      let k = i + 1;
      while (k < lines.length && !closing.test(lines[k].text)) {
        k++;
      }
      const last = Math.min(k, lines.length - 1);
      blank(line.start, lines[last].end);
      i = last;
      prevBlank = false;
      continue;
    }
    const isBlank = line.text.trim() === '';
    if (!isBlank && prevBlank && !inList && /^(?: {4}|\t)/.test(line.text)) {
      let k = i;
      while (k + 1 < lines.length && (/^(?: {4}|\t)/.test(lines[k + 1].text) || lines[k + 1].text.trim() === '')) {
        k++;
      }
      blank(line.start, lines[k].end);
      i = k;
      prevBlank = lines[k].text.trim() === '';
      continue;
    }
    if (!isBlank) {
      inList = LIST_ITEM.test(line.text) || (inList && /^\s/.test(line.text));
    } else if (i + 1 < lines.length && !/^\s/.test(lines[i + 1].text)) {
      inList = false;
    }
    prevBlank = isBlank;
  }
}
