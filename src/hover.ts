import * as vscode from 'vscode';
import { QuoteCheck } from './core/checker';
import { Citation, citedParagraph } from './core/citations';
import { SKIP_CODES } from './core/findings';
import { Library } from './core/library';
import { articleParagraph, articleParagraphCount, articleStart, Source } from './core/source';
import { Match } from './core/verifier';
import { Analysis, itemAt, toRange } from './draftAnalysis';
import {
  codeSpan, escapeMarkdown, fileName, OPEN_SOURCE_COMMAND, OpenSourceArgs,
  openSourceLink, outletAndDate, registerForDrafts, shorten, skipReason,
} from './featureHelpers';
import { Services } from './services';

const MAX_QUOTES_PER_CITATION = 5;
const MAX_PASSAGE_CHARS = 400;
const MAX_CONTEXT_CHARS = 1200;
// Said by the verdict line or the citation card already, so not repeated in the problem list.
const SHOWN_CODES = new Set(['misquoted', 'unverified', 'citation-mismatch', ...SKIP_CODES]);

/**
 * Registers the hover of drafts: on a citation, a card of the cited source (title, outlet, date,
 * file, key), the verdicts of the quotations it cites or the paragraph its `para N` locator names;
 * on a quotation, its verdict, the source passage in context, and for a misquote the word diff and
 * similarity. Both offer an "Open source" link. Off when `verbatim.hover.enabled` is false.
 */
export function registerHover(services: Services): vscode.Disposable[] {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      // Read per hover so toggling the setting applies without a reload.
      const settings = services.settings();
      if (!settings.hoverEnabled || !services.analyzer.isDraft(document, settings.languages)) {
        return undefined;
      }
      const analysis = services.analyzer.analyze(document);
      const { quote, citation } = itemAt(analysis, document.offsetAt(position));
      if (citation) {
        const range = toRange(analysis.lines, citation.start, citation.end);
        return new vscode.Hover(trusted(citationCard(analysis, citation)), range);
      }
      if (quote) {
        return new vscode.Hover(trusted(quoteCard(quote)), toRange(analysis.lines, quote.outerStart, quote.outerEnd));
      }
      return undefined;
    },
  };
  return [registerForDrafts(services, (selector) => vscode.languages.registerHoverProvider(selector, provider))];
}

function trusted(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  // Only the open-source links may run; no other command can be smuggled in through source text.
  md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
  return md;
}

function citationCard(analysis: Analysis, citation: Citation): string {
  const blocks: string[] = [];
  const links: { key: string; args: OpenSourceArgs }[] = [];
  const quotes = analysis.quotes.filter((q) => q.citation?.start === citation.start && q.citation.end === citation.end);
  citation.keys.forEach((key, i) => {
    if (i > 0) {
      blocks.push('---');
    }
    const source = analysis.library.get(key);
    if (!source) {
      blocks.push(`${codeSpan(key)} is not in the library.`);
      return;
    }
    blocks.push(`**${escapeMarkdown(source.meta.title ?? key)}**`, [outletAndDate(source), fileName(source)].filter((p) => p).map(escapeMarkdown).concat(codeSpan(key)).join(' · '));
    const n = citedParagraph(citation, key);
    const paragraph = n === undefined ? undefined : articleParagraph(source, n);
    if (n !== undefined && paragraph) {
      blocks.push(`Paragraph ${n}:`, `> ${escapeMarkdown(shorten(source.text.slice(paragraph.start, paragraph.end), MAX_CONTEXT_CHARS))}`);
      links.push({ key, args: { key, start: paragraph.start, end: paragraph.end } });
      return;
    }
    if (n !== undefined) {
      blocks.push(`The source has no paragraph ${n} (it has ${articleParagraphCount(source)}).`);
    } else if (quotes.length === 0) {
      const start = articleStart(source);
      const first = source.paragraphs.find((p) => p.start === start);
      blocks.push(`> ${escapeMarkdown(shorten(source.text.slice(start, first?.end ?? start), MAX_PASSAGE_CHARS))}`);
    }
    const match = quotes.find((q) => q.match?.source.meta.key === key)?.match;
    links.push({ key, args: match ? { key, start: match.start, end: match.end } : { key } });
  });
  if (quotes.length > 0) {
    blocks.push('---', ...quotes.slice(0, MAX_QUOTES_PER_CITATION).map(quoteSummary));
    if (quotes.length > MAX_QUOTES_PER_CITATION) {
      blocks.push(`…and ${quotes.length - MAX_QUOTES_PER_CITATION} more`);
    }
  }
  if (links.length > 0) {
    blocks.push(links.map((l) => `[${links.length === 1 ? 'Open source' : `Open ${escapeMarkdown(l.key)}`}](${openSourceLink(l.args)})`).join(' · '));
  }
  return blocks.join('\n\n');
}

function quoteSummary(q: QuoteCheck): string {
  const words = (text: string) => `“${escapeMarkdown(shorten(text, MAX_PASSAGE_CHARS))}”`;
  switch (q.status) {
    case 'verified':
      return q.verifiedIn && q.match ? `✔ **Verified** in ${sourceRef(q.match.source)}, not in the cited source: ${words(q.match.text)}` : `✔ **Verified**: ${words(q.match?.text ?? q.text)}`;
    case 'misquoted':
      return `✖ **Misquoted**: the source says ${words(q.match?.text ?? '')} where the draft has ${words(q.text)}`;
    case 'unverified':
      return `? **Unverified**: ${words(q.text)} matches no source`;
    case 'skipped':
      return `**Skipped** (${escapeMarkdown(skipReason(q) ?? '')}): ${words(q.text)}`;
  }
}

function quoteCard(q: QuoteCheck): string {
  const m = q.match;
  const blocks = [verdictLine(q)];
  if (q.verifiedIn && m) {
    blocks.push(`**Wrong citation:** cited to ${(q.citation?.keys ?? []).map(codeSpan).join('; ')}, but the words are in ${sourceRef(m.source)}.`);
  }
  if (m) {
    blocks.push(passage(m));
  }
  if (m && q.status === 'misquoted') {
    blocks.push(`**Diff:** ${m.diff.map(diffPart).filter((p) => p).join(' ')}`, '*Struck through: the draft’s words; bold: the source’s.*', `**Similarity:** ${Math.round(m.similarity * 100)}%`);
  }
  const others = q.problems.filter((p) => !SHOWN_CODES.has(p.code));
  if (others.length > 0) {
    blocks.push(others.map((p) => `- ${escapeMarkdown(p.message.charAt(0).toUpperCase() + p.message.slice(1))}`).join('\n'));
  }
  if (m) {
    blocks.push(`[Open source](${openSourceLink({ key: m.source.meta.key, start: m.start, end: m.end })})`);
  }
  return blocks.join('\n\n');
}

function verdictLine(q: QuoteCheck): string {
  switch (q.status) {
    case 'verified':
      return `✔ **Verified** in ${q.match ? sourceRef(q.match.source) : 'the library'}`;
    case 'misquoted':
      return `✖ **Misquoted**: the words differ from ${q.match ? sourceRef(q.match.source) : 'the source'}`;
    case 'unverified':
      return '? **Unverified**: no source in the library has these words';
    case 'skipped':
      return `**Skipped**: ${escapeMarkdown(skipReason(q) ?? 'not checked')}`;
  }
}

function sourceRef(source: Source): string {
  const label = Library.label(source);
  return label === source.meta.key ? codeSpan(label) : `*${escapeMarkdown(label)}* (${codeSpan(source.meta.key)})`;
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
    case 'elision':
    case 'bracket':
      return quote;
  }
}

/**
 * The matched passage as a blockquote: the sentences holding it plus one sentence either side,
 * the quoted words in bold (stretches an elision skips are left plain), one paragraph per line.
 */
function passage(m: Match): string {
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

// The match minus what elisions skip. Diff parts come in source order, so each part's text is the
// first occurrence after the previous one.
function boldStretches(m: Match): { start: number; end: number }[] {
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
