import * as assert from 'node:assert/strict';
import { checkDraft, QuoteCheck } from '../../src/core/checker';
import { citationHover, HoverLinks, quoteHover } from '../../src/core/render/hoverContent';
import { seedLibrary } from './helpers/seedLibrary';

const library = seedLibrary();
const links: HoverLinks = {
  where: () => 'bundled with Verbatim',
  openSource: (key, start, end) => `command:verbatim.openSource?${encodeURIComponent(JSON.stringify([{ key, start, end }]))}`,
  compare: () => 'command:verbatim.compareWithSource?%5B%5D',
};

function quoteOf(draft: string): QuoteCheck {
  const [q] = checkDraft(draft, library).quotes;
  assert.ok(q, `a quotation in ${draft}`);
  return q;
}

/** Where each of `parts` first appears in `text` (fails when one is missing). */
function order(text: string, parts: readonly (string | RegExp)[]): number[] {
  return parts.map((p) => {
    const at = typeof p === 'string' ? text.indexOf(p) : (p.exec(text)?.index ?? -1);
    assert.ok(at >= 0, `${String(p)} in:\n${text}`);
    return at;
  });
}

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] < x);

describe('hover content: first things first', () => {
  it('a changed number: the verdict, “Number changed: 25 → 20” and the diff come before the passage and the source card', () => {
    const text = quoteHover(quoteOf('A missile attack “killed 25 civilians,\nincluding nine children” [@war-update-2025-belgorod].'), library, links);
    const at = order(text, ['Misquoted, and the meaning changes', 'Number changed:** 25 → 20', '**Diff:** killed ~~25~~ **20** civilians', 'Similarity 83%', '> ', '**killed 20 civilians, including nine children**', 'Ukraine War Update: Zelenskyy Confirms', 'Open source']);
    assert.ok(ascending(at), text);
    assert.ok(text.startsWith('$(error)'), 'a meaning-changing misquote leads with the error icon');
    assert.match(text, /\[Compare with source\]\(command:verbatim\.compareWithSource/);
  });

  it('a dropped negation says so in the problem’s own words, in bold, right after the verdict', () => {
    const text = quoteHover(quoteOf('He said: “We are asking for pity,” said the administrator [@war-update-2025-belgorod].'), library, links);
    const at = order(text, ['Misquoted, and the meaning changes', '**Negation dropped: the source says “not”**', '**Diff:**', '> ']);
    assert.ok(ascending(at), text);
  });

  it('a cut that drops a negation says what it dropped, in bold, before the diff and the passage', () => {
    const text = quoteHover(quoteOf('The outlet wrote: “The Kyiv Independent could … verify the claims.”'), library, links);
    const at = order(text, ['Misquoted, and the meaning changes', /\*\*The elision drops “not”: the source says the opposite\*\*/, '**Diff:** The Kyiv Independent could … *(cuts “not”)* verify the claims', '> ']);
    assert.ok(ascending(at), text);
  });

  it('another misquote is a plain warning: verdict, then the diff', () => {
    const text = quoteHover(quoteOf('“We demand the world’s attention,” he said [@war-update-2025-belgorod].'), library, links);
    assert.ok(text.startsWith('$(warning) **Misquoted**'), text);
    assert.ok(ascending(order(text, ['**Diff:** We demand the world’s ~~attention~~ **outrage**', '> ', 'Open source'])), text);
    assert.doesNotMatch(text, /Number changed/);
  });

  it('a verified quotation: the verdict, the passage with the words in bold, the card of its source', () => {
    const text = quoteHover(quoteOf('Zelensky said his troops “continue to defend Ukraine under very difficult conditions.”[^zelensky-belgorod-kursk]'), library, links);
    assert.ok(ascending(order(text, ['$(pass) **Verified**', '**continue to defend Ukraine under very difficult conditions**', '$(book) **Ukrainian President Volodymyr Zelensky has confirmed that…**', 'bundled with Verbatim'])), text);
    assert.doesNotMatch(text, /Diff/);
  });

  it('a quotation cited to the wrong source names both sources by title', () => {
    const text = quoteHover(quoteOf('“They were like little suns in the classroom” [@cnn-2025-belgorod]'), library, links);
    assert.match(text, /cited to \*Ukraine launches attacks in new Russian region/);
    assert.match(text, /the words are in \*Ukraine War Update: Zelenskyy/);
  });

  it('an unverified quotation says no source has the words, and offers no source card', () => {
    const text = quoteHover(quoteOf('“We are burning our best brigades for a few fields on the wrong side of the border.”'), library, links);
    assert.ok(text.startsWith('$(question) **Unverified**'), text);
    assert.doesNotMatch(text, /\$\(book\)|Open source/);
  });

  it('a citation: the source card leads, with outlet, date and an open link at the passage the draft quotes', () => {
    const draft = 'One teacher recalled: “Putin wants to negotiate over territory from a stronger position.” [@cnn-2025-belgorod]';
    const { quotes, citations } = checkDraft(draft, library);
    const text = citationHover(citations[0], quotes, library, links);
    assert.ok(ascending(order(text, ['$(book) **Ukraine launches attacks in new Russian region', 'CNN · 2025', 'Open source', '$(pass) **Verified**'])), text);
    const match = quotes[0].match;
    assert.ok(match);
    assert.ok(text.includes(encodeURIComponent(JSON.stringify([{ key: 'cnn-2025-belgorod', start: match.start, end: match.end }]))), 'the link opens the quoted passage');
  });

  it('source text cannot inject Markdown links or theme icons', () => {
    const text = quoteHover(quoteOf('A missile attack “killed 25 civilians, including nine children” [@war-update-2025-belgorod].'), library, { ...links, where: () => '[evil](command:rm) $(alert)' });
    assert.ok(text.includes('\\[evil\\]\\(command:rm\\) \\$\\(alert\\)'), text);
  });
});
