// The Markdown of Verbatim's hovers, first things first: the verdict and what differs, then the
// source passage, then the source card. Pure functions of the analysis (no `vscode`), one per
// block, so that a block can be added without touching the others.
import { QuoteCheck } from '../checker';
import { Citation, citedParagraph } from '../citations';
import { MEANING_CODES, SKIP_CODES } from '../findings';
import { Library } from '../library';
import { articleParagraph, articleParagraphCount, articleStart, Source } from '../source';
import { isNumber, tokenize } from '../tokens';
import { Match } from '../match';
import { codeSpan, escapeMarkdown, shorten } from './markdownText';
import { outletAndDate, sourceName } from './sourceNames';

/** What the hover needs from the editor: where sources live and the links it may offer. */
export interface HoverLinks {
  /** Where the source is, in words: "sources/harbour-report.md", "bundled with Verbatim". */
  readonly where: (source: Source) => string;
  /** A `command:` link that opens a source at offsets of its text. */
  readonly openSource: (key: string, start?: number, end?: number) => string;
  /** A `command:` link that compares a quotation with its source (none: no such link). */
  readonly compare?: (quote: QuoteCheck) => string | undefined;
}

const MAX_QUOTES_PER_CITATION = 5;
const MAX_PASSAGE_CHARS = 400;
const MAX_CONTEXT_CHARS = 1200;
// Codes the verdict line says already, so not listed again.
const SHOWN_CODES = new Set(['misquoted', 'unverified', 'citation-mismatch', ...SKIP_CODES]);

/** The hover of a quotation: verdict and differences, the source passage, the source card. */
export function quoteHover(q: QuoteCheck, library: Library, links: HoverLinks): string {
  const m = q.match;
  const sections = [[verdictLine(q), ...differences(q, library, links)]];
  if (m) {
    sections.push([passage(m)], sourceCard(m.source, links, { key: m.source.meta.key, start: m.start, end: m.end }));
  }
  return sections.map((blocks) => blocks.join('\n\n')).join('\n\n---\n\n');
}

/** The hover of a citation: per cited source its card and passage, then the verdicts of the quotations it cites. */
export function citationHover(citation: Citation, quotes: readonly QuoteCheck[], library: Library, links: HoverLinks): string {
  const cited = quotes.filter((q) => q.citation?.start === citation.start && q.citation.end === citation.end);
  const sections: string[][] = citation.keys.map((key) => {
    const source = library.get(key);
    if (!source) {
      return [`$(error) ${codeSpan(key)} is not in the library.`];
    }
    const n = citedParagraph(citation, key);
    const paragraph = n === undefined ? undefined : articleParagraph(source, n);
    const match = cited.find((q) => q.match?.source === source)?.match;
    const blocks: string[] = [];
    if (paragraph) {
      blocks.push(`Paragraph ${n}:`, `> ${escapeMarkdown(shorten(source.text.slice(paragraph.start, paragraph.end), MAX_CONTEXT_CHARS))}`);
    } else if (n !== undefined) {
      blocks.push(`$(warning) The source has no paragraph ${n} (it has ${articleParagraphCount(source)}).`);
    } else if (cited.length === 0) {
      const start = articleStart(source);
      const first = source.paragraphs.find((p) => p.start === start);
      blocks.push(`> ${escapeMarkdown(shorten(source.text.slice(start, first?.end ?? start), MAX_PASSAGE_CHARS))}`);
    }
    const target = paragraph ?? match ?? {};
    return [...sourceCard(source, links, { key, ...target }), ...blocks];
  });
  if (cited.length > 0) {
    sections.push([...cited.slice(0, MAX_QUOTES_PER_CITATION).map(quoteSummary), ...(cited.length > MAX_QUOTES_PER_CITATION ? [`…and ${cited.length - MAX_QUOTES_PER_CITATION} more`] : [])]);
  }
  return sections.map((blocks) => blocks.join('\n\n')).join('\n\n---\n\n');
}

/** The first line: the verdict, with its weight. */
export function verdictLine(q: QuoteCheck): string {
  switch (q.status) {
    case 'verified':
      return q.verifiedIn ? '$(pass) **Verified**, but cited to the wrong source' : '$(pass) **Verified**: the source has these words';
    case 'misquoted':
      return changesMeaning(q) ? '$(error) **Misquoted, and the meaning changes**' : '$(warning) **Misquoted**: the words differ from the source';
    case 'unverified':
      return '$(question) **Unverified**: no source in the library has these words';
    case 'skipped':
      return `**Skipped**: ${escapeMarkdown(skipReason(q))}`;
  }
}

/** True for a misquote that changes a number, a negation, or what a cut or bracket leaves (the meaning codes). */
export function changesMeaning(q: QuoteCheck): boolean {
  return q.status === 'misquoted' && q.problems.some((p) => MEANING_CODES.has(p.code));
}

// What differs, most telling first: changed numbers, what changes the meaning (in the problems'
// own plain words), the word diff with the similarity, any other problem; and a wrong citation.
function differences(q: QuoteCheck, library: Library, links: HoverLinks): string[] {
  const m = q.match;
  const blocks: string[] = [];
  if (q.verifiedIn && m) {
    const cited = (q.citation?.keys ?? []).map((k) => library.get(k)).map((s, i) => (s ? `*${escapeMarkdown(sourceName(s))}*` : codeSpan(q.citation?.keys[i] ?? '')));
    blocks.push(`**Wrong citation:** cited to ${cited.join('; ')}, but the words are in *${escapeMarkdown(sourceName(m.source))}* (${codeSpan(m.source.meta.key)}).`);
  }
  if (!m || q.status !== 'misquoted') {
    blocks.push(...otherProblems(q, new Set()));
    return blocks;
  }
  const numbers = changedNumbers(m);
  const listed = new Set<string>(numbers.length > 0 ? ['changed-number'] : []);
  const meaning = q.problems.filter((p) => MEANING_CODES.has(p.code) && !listed.has(p.code));
  meaning.forEach((p) => listed.add(p.code));
  const lines = [...numbers.map((n) => `**Number changed:** ${n}`), ...meaning.map((p) => `**${escapeMarkdown(capitalised(p.message))}**`)];
  if (lines.length > 0) {
    blocks.push(lines.join('  \n'));
  }
  blocks.push(`**Diff:** ${m.diff.map(diffPart).filter((p) => p).join(' ')}`);
  const compare = links.compare?.(q);
  blocks.push([`Similarity ${Math.round(m.similarity * 100)}%`, '*struck through: the draft’s words; bold: the source’s*', compare ? `[Compare with source](${compare})` : ''].filter((p) => p).join(' · '));
  blocks.push(...otherProblems(q, listed));
  return blocks;
}

function otherProblems(q: QuoteCheck, listed: ReadonlySet<string>): string[] {
  const others = q.problems.filter((p) => !SHOWN_CODES.has(p.code) && !listed.has(p.code));
  return others.length > 0 ? [others.map((p) => `- ${escapeMarkdown(capitalised(p.message))}`).join('\n')] : [];
}

/** "25 → 20" for each replaced stretch of the diff that holds a number on either side. */
export function changedNumbers(m: Match): string[] {
  const numeric = (text: string | undefined) => tokenize(text ?? '').some((t) => isNumber(t.norm));
  return m.diff
    .filter((p) => p.op === 'replace' && (numeric(p.quote) || numeric(p.source)))
    .map((p) => `${escapeMarkdown((p.quote ?? '').trim())} → ${escapeMarkdown((p.source ?? '').trim())}`);
}

/** The card of a source: its name, outlet, date, where it is, its key, and a link to open it. */
export function sourceCard(source: Source, links: HoverLinks, at: { key: string; start?: number; end?: number }): string[] {
  const about = [outletAndDate(source), links.where(source)].filter((p) => p).map(escapeMarkdown);
  return [`$(book) **${escapeMarkdown(sourceName(source, 120))}**`, [...about, codeSpan(source.meta.key), `[Open source](${links.openSource(at.key, at.start, at.end)})`].join(' · ')];
}

function quoteSummary(q: QuoteCheck): string {
  const words = (text: string) => `“${escapeMarkdown(shorten(text, MAX_PASSAGE_CHARS))}”`;
  switch (q.status) {
    case 'verified':
      return q.verifiedIn && q.match ? `$(pass) **Verified** in *${escapeMarkdown(sourceName(q.match.source))}*, not in the cited source: ${words(q.match.text)}` : `$(pass) **Verified**: ${words(q.match?.text ?? q.text)}`;
    case 'misquoted':
      return `${changesMeaning(q) ? '$(error)' : '$(warning)'} **Misquoted**: the source says ${words(q.match?.text ?? '')} where the draft has ${words(q.text)}`;
    case 'unverified':
      return `$(question) **Unverified**: ${words(q.text)} matches no source`;
    case 'skipped':
      return `**Skipped** (${escapeMarkdown(skipReason(q))}): ${words(q.text)}`;
  }
}

function skipReason(q: QuoteCheck): string {
  return q.problems.find((p) => SKIP_CODES.has(p.code))?.message ?? 'not checked';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function diffPart(part: Match['diff'][number]): string {
  const quote = escapeMarkdown(part.quote?.trim() ?? '');
  const source = escapeMarkdown(part.source?.trim() ?? '');
  const struck = quote && `~~${quote}~~`;
  const strong = source && `**${source}**`;
  switch (part.op) {
    case 'equal':
      return quote || source;
    case 'replace':
      return [struck, strong].filter((p) => p).join(' ');
    case 'insert':
      return struck;
    case 'delete':
      return strong;
    case 'elision': {
      // What the cut leaves out, in a word or two where it is short.
      const cut = (part.source ?? '').replace(/\s+/g, ' ').trim();
      const words = cut.split(' ').filter((w) => w).length;
      return words === 0 ? quote : `${quote} *(cuts ${words <= 8 ? `“${escapeMarkdown(cut)}”` : `${words} words`})*`;
    }
    case 'bracket':
      return quote;
  }
}

/**
 * The matched passage as a blockquote: the sentences holding it plus one sentence either side,
 * the quoted words in bold (stretches an elision skips are left plain), one paragraph per line.
 */
export function passage(m: Match): string {
  const { source } = m;
  const sentences = source.sentences;
  const first = sentences.findIndex((s) => s.end > m.start);
  let last = sentences.length - 1;
  while (last >= 0 && sentences[last].start >= m.end) {
    last--;
  }
  let from = Math.min(m.start, sentences[first - 1]?.start ?? m.start);
  let to = Math.max(m.end, sentences[last + 1]?.end ?? m.end);
  if (to - from > MAX_CONTEXT_CHARS) {
    // A long passage leaves no room for context, and a very long one is cut at a word break.
    from = m.start;
    to = m.end - m.start > MAX_CONTEXT_CHARS ? m.source.text.lastIndexOf(' ', m.start + MAX_CONTEXT_CHARS) : m.end;
    to = to > from ? to : m.start + MAX_CONTEXT_CHARS;
  }
  const bold = boldStretches(m);
  const pieces = source.paragraphs
    .filter((p) => !p.furniture && p.end > from && p.start < to)
    .map((p) => render(source.text, Math.max(from, p.start), Math.min(to, p.end), bold))
    .filter((piece) => piece.trim() !== '');
  const cut = to < m.end ? ' …' : '';
  return pieces.map((piece) => `> ${piece}`).join('\n>\n') + cut;
}

/**
 * The stretches of a match's source text that the quotation's words cover: the match minus what
 * elisions skip. Diff parts come in source order, so each part's text is the first occurrence
 * after the previous one.
 */
export function boldStretches(m: Match): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let current: { start: number; end: number } | undefined;
  let at = m.start;
  for (const part of m.diff) {
    if (!part.source) {
      continue;
    }
    const i = m.source.text.indexOf(part.source, at);
    if (i < 0 || i >= m.end) {
      return [{ start: m.start, end: m.end }];
    }
    at = i + part.source.length;
    if (part.op === 'elision') {
      if (current) {
        out.push(current);
      }
      current = undefined;
    } else {
      current = { start: current?.start ?? i, end: at };
    }
  }
  if (current) {
    out.push(current);
  }
  return out.length > 0 ? out : [{ start: m.start, end: m.end }];
}

function render(text: string, from: number, to: number, bold: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = from;
  for (const b of bold) {
    const start = Math.max(b.start, from);
    const end = Math.min(b.end, to);
    if (end <= start) {
      continue;
    }
    out += escapeMarkdown(text.slice(at, start));
    // Emphasis markers must touch the words: white space stays outside them.
    const inner = text.slice(start, end);
    const lead = /^\s*/.exec(inner)?.[0] ?? '';
    const trail = /\s*$/.exec(inner)?.[0] ?? '';
    const core = inner.slice(lead.length, inner.length - trail.length);
    out += (lead ? ' ' : '') + (core ? `**${escapeMarkdown(core)}**` : '') + (trail ? ' ' : '');
    at = end;
  }
  out += escapeMarkdown(text.slice(at, to));
  return out.replace(/ {2,}/g, ' ').trim();
}
