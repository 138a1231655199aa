import * as assert from 'node:assert/strict';
import { checkDraft, IGNORE_MARKER } from '../../src/core/checker';
import { CITATION_STYLES, formatCitation, formatCitationGroup, formatQuotation, formatReference } from '../../src/core/citationFormat';
import { citedParagraph, findCitations } from '../../src/core/citations';
import { maskMarkdown } from '../../src/core/markdownMask';
import { SourceMeta } from '../../src/core/metadata';
import { seedLibrary, utf8 } from './helpers/seedLibrary';

const planet = '---\ntitle: Bridge to reopen\noutlet: The Daily Planet\ndate: 2025-04-07\nurl: https://planet.example/bridge\n---\nOfficials said the bridge over the river would reopen next week after repairs.\n';
const library = seedLibrary([{ file: 'user/planet.md', bytes: utf8(planet) }]);
const PLANET = 'daily-planet-2025-bridge';
const lookup = { has: (k: string) => library.get(k) !== undefined, sources: library.sources };
/** Each citation found in a draft, as [the text it spans, its keys]. */
const cites = (draft: string) => findCitations(maskMarkdown(draft), lookup, draft).map((c) => [draft.slice(c.start, c.end), c.keys]);
const meta = (key: string): SourceMeta => {
  const s = library.get(key);
  assert.ok(s, key);
  return s.meta;
};

describe('citations: finding them in a draft', () => {
  it('reads a Pandoc citation [@key]', () => {
    const [c] = findCitations('as he said [@cnn-2025-belgorod].', lookup);
    assert.deepEqual([c.style, c.keys, c.locator], ['pandoc', ['cnn-2025-belgorod'], undefined]);
  });

  it('keeps each key’s own locator in a group: [@a; @b, para 2] locates b, not a', () => {
    const [c] = findCitations('[@cnn-2025-belgorod; @ukraine-claims-kursk, paragraph 2]', lookup);
    assert.deepEqual(c.locators, [undefined, 'paragraph 2']);
    assert.equal(citedParagraph(c, 'cnn-2025-belgorod'), undefined);
    assert.equal(citedParagraph(c, 'ukraine-claims-kursk'), 2);
  });

  it('reads a Pandoc locator [@key, para 3]', () => {
    const [c] = findCitations('[@cnn-2025-belgorod, para 3]', lookup);
    assert.deepEqual([c.keys, c.locator, c.start, c.end], [['cnn-2025-belgorod'], 'para 3', 0, 28]);
  });

  it('reads several keys and a prefix [see @a; @b]', () => {
    assert.deepEqual(cites('x [see @war-update-2025-belgorod; @kyiv-independent-belgorod] y'), [
      ['[see @war-update-2025-belgorod; @kyiv-independent-belgorod]', ['war-update-2025-belgorod', 'kyiv-independent-belgorod']],
    ]);
  });

  it('keeps an unknown key as written, so the checker can report it', () => {
    assert.deepEqual(cites('[@nobody-2020-nothing]'), [['[@nobody-2020-nothing]', ['nobody-2020-nothing']]]);
  });

  it('does not read an e-mail address in brackets or a link to an @handle as a citation', () => {
    assert.deepEqual(cites('Write to [press@example.com] or see [@verbatim](https://social.example/@verbatim).'), []);
  });

  it('resolves a footnote [^key] through its label', () => {
    assert.deepEqual(cites('said so.[^zelensky-belgorod-kursk]\n\n[^zelensky-belgorod-kursk]: An undated report.')[0], [
      '[^zelensky-belgorod-kursk]',
      ['zelensky-belgorod-kursk'],
    ]);
  });

  it('resolves a footnote [^1] through its definition: an @key, the url, the title or the key', () => {
    const draft = [
      'A.[^1] B.[^2] C.[^3] D.[^4] E.[^5]',
      '',
      '[^1]: Reported by @kyiv-independent-belgorod.',
      '[^2]: The Daily Planet, <https://planet.example/bridge>.',
      '[^3]: “Ukraine launches attacks in new Russian region as it faces setbacks on home soil”, CNN.',
      '[^4]: See ukraine-claims-kursk.',
      '[^5]: Something not in the library.',
    ].join('\n');
    const found = findCitations(maskMarkdown(draft), lookup, draft);
    assert.deepEqual(
      found.map((c) => [c.style, c.label, c.keys[0]]),
      [
        ['footnote', '1', 'kyiv-independent-belgorod'],
        ['footnote', '2', PLANET],
        ['footnote', '3', 'cnn-2025-belgorod'],
        ['footnote', '4', 'ukraine-claims-kursk'],
        ['footnote', '5', '5'],
      ],
    );
  });

  it('reads inline (Outlet, 7 April 2025) and (CNN, n.d.) when they name a library source', () => {
    assert.deepEqual(cites('a (The Daily Planet, 7 April 2025) b (CNN, n.d.) c (Kyiv Independent, n.d.) d (CNN, 2025)'), [
      ['(The Daily Planet, 7 April 2025)', [PLANET]],
      ['(CNN, n.d.)', ['cnn-2025-belgorod']],
      ['(Kyiv Independent, n.d.)', ['kyiv-independent-belgorod']],
      ['(CNN, 2025)', ['cnn-2025-belgorod']],
    ]);
  });

  it('ignores plain parentheses and inline citations of outlets or dates the library does not have', () => {
    assert.deepEqual(cites('(see above, for details) (Reuters, 7 April 2025) (CNN, 7 April 2019) (The Daily Planet, 8 April 2025) (in Kursk, that is)'), []);
  });
});

describe('citations: writing them', () => {
  it('writes Pandoc citations with and without a locator', () => {
    assert.deepEqual(formatCitation(meta('cnn-2025-belgorod'), 'pandoc'), { text: '[@cnn-2025-belgorod]' });
    assert.deepEqual(formatCitation(meta('cnn-2025-belgorod'), 'pandoc', 'para 3'), { text: '[@cnn-2025-belgorod, para 3]' });
  });

  it('writes a footnote reference whose definition is a Pandoc citation, so citeproc renders it in the note', () => {
    assert.deepEqual(formatCitation(meta(PLANET), 'footnote', 'para 1'), {
      text: `[^${PLANET}]`,
      footnoteDefinition: `[^${PLANET}]: [@${PLANET}, para 1].`,
    });
    assert.equal(formatCitation(meta('zelensky-belgorod-kursk'), 'footnote').footnoteDefinition, '[^zelensky-belgorod-kursk]: [@zelensky-belgorod-kursk].');
  });

  it('groups several sources in one Pandoc citation, each with its own locator', () => {
    assert.equal(formatCitationGroup([{ meta: meta(PLANET) }, { meta: meta('cnn-2025-belgorod'), locator: 'para 2' }]), `[@${PLANET}; @cnn-2025-belgorod, para 2]`);
  });

  it('writes a plain reference entry with what is known and no quote marks', () => {
    assert.equal(formatReference(meta(PLANET)), 'Bridge to reopen. *The Daily Planet*, 7 April 2025. <https://planet.example/bridge>.');
    assert.equal(formatReference(meta('zelensky-belgorod-kursk')), 'zelensky-belgorod-kursk.');
  });

  it('names a source without a title by the name it is given, with no full stop after a “…”', () => {
    assert.equal(formatReference(meta('kyiv-independent-belgorod'), 'Ukrainian forces have advanced three to four kilometers…'), 'Ukrainian forces have advanced three to four kilometers… *Kyiv Independent*.');
    assert.equal(formatReference(meta(PLANET), 'ignored: the title wins'), 'Bridge to reopen. *The Daily Planet*, 7 April 2025. <https://planet.example/bridge>.');
  });

  it('writes inline citations with the outlet and date, n.d. for no date and the key for no outlet', () => {
    assert.equal(formatCitation(meta(PLANET), 'inline').text, '(The Daily Planet, 7 April 2025)');
    assert.equal(formatCitation(meta('kyiv-independent-belgorod'), 'inline').text, '(Kyiv Independent, n.d.)');
    assert.equal(formatCitation(meta('war-update-2025-belgorod'), 'inline').text, '(war-update-2025-belgorod, 18 April 2025)');
  });

  it('writes a quotation in curly quotes, turning its own double quotes into single ones', () => {
    const passage = 'He called it "brilliant" and “bold,”\n  urging   more support';
    assert.deepEqual(formatQuotation(passage, meta('ukraine-claims-kursk'), 'pandoc'), {
      text: '“He called it ‘brilliant’ and ‘bold,’ urging more support” [@ukraine-claims-kursk]',
      footnoteDefinition: undefined,
    });
  });

  it('does not check the quoted title in a footnote definition as a quotation, but does check other quotes there', () => {
    const f = formatQuotation('They were like little suns in the classroom', meta('war-update-2025-belgorod'), 'footnote');
    const draft = `${f.text}\n\n${f.footnoteDefinition}\n[^n]: As Vilkul put it, “We demand the world’s outrage.”\n`;
    assert.deepEqual(checkDraft(draft, library).quotes.map((q) => [q.text, q.status]), [
      ['They were like little suns in the classroom', 'verified'],
      ['We demand the world’s outrage.', 'verified'],
    ]);
  });

  for (const style of CITATION_STYLES) {
    it(`reads back every citation it writes in the ${style} style, for every source`, () => {
      for (const source of library.sources) {
        const f = formatQuotation('They were like little suns in the classroom', source.meta, style);
        const draft = f.footnoteDefinition ? `${f.text}\n\n${f.footnoteDefinition}\n` : f.text;
        const { quotes } = checkDraft(draft, library);
        assert.equal(quotes.length, 1, draft);
        assert.deepEqual(quotes[0].citation?.keys, [source.meta.key], draft);
      }
    });
  }
});

describe('citations: which quotation they belong to', () => {
  const VILKUL = '“We are not asking for pity,”';

  it('gives a quotation the first citation after it in its paragraph', () => {
    const draft = `Vilkul: ${VILKUL} he said [@war-update-2025-belgorod], and “They were like little suns in the classroom” [@cnn-2025-belgorod].`;
    assert.deepEqual(checkDraft(draft, library).quotes.map((q) => q.citation?.keys[0]), ['war-update-2025-belgorod', 'cnn-2025-belgorod']);
  });

  it('gives two quotations followed by one citation that citation', () => {
    const draft = `${VILKUL} he said. “We demand the world’s outrage.” [@war-update-2025-belgorod]`;
    assert.deepEqual(checkDraft(draft, library).quotes.map((q) => q.citation?.keys[0]), ['war-update-2025-belgorod', 'war-update-2025-belgorod']);
  });

  it('does not give a quotation a citation that comes before it or in the next paragraph', () => {
    const draft = `Earlier [@cnn-2025-belgorod] he said ${VILKUL}\n\n[@war-update-2025-belgorod]`;
    assert.equal(checkDraft(draft, library).quotes[0].citation, null);
  });

  it('cites a blockquote from inside it or from the start of the paragraph after it', () => {
    const passage = '> Zelenskyy’s message was clear: offensive operations inside Russia\n> are a strategic necessity and justified response to years of Russian aggression.';
    const inside = checkDraft(`${passage} [@war-update-2025-belgorod]`, library).quotes[0];
    assert.deepEqual([inside.status, inside.citation?.keys], ['verified', ['war-update-2025-belgorod']]);
    const after = checkDraft(`${passage}\n\n— [@war-update-2025-belgorod]`, library).quotes[0];
    assert.deepEqual([after.status, after.citation?.keys], ['verified', ['war-update-2025-belgorod']]);
  });

  it('resolves a footnote whose definition is only the source’s URL', () => {
    const draft = 'The city said “the bridge over the river would reopen next week”.[^a]\n\n[^a]: <https://planet.example/bridge>\n';
    const [q] = checkDraft(draft, library).quotes;
    assert.deepEqual([q.status, q.citation?.keys, q.problems], ['verified', [PLANET], []]);
  });

  it(`skips only the next quotation after ${IGNORE_MARKER}`, () => {
    const draft = `${IGNORE_MARKER}\n${VILKUL} he said, and “We demand the world’s outrage.”\n\n“They were like little suns in the classroom.”`;
    const quotes = checkDraft(draft, library).quotes;
    assert.deepEqual(quotes.map((q) => q.status), ['skipped', 'verified', 'verified']);
    assert.deepEqual(quotes[0].problems.map((p) => p.code), ['ignored']);
  });

  it(`does not let ${IGNORE_MARKER} reach past the next paragraph`, () => {
    const draft = `Note ${IGNORE_MARKER} here.\n\nAn unrelated paragraph.\n\n${VILKUL} he said.`;
    assert.deepEqual(checkDraft(draft, library).quotes.map((q) => q.status), ['verified']);
  });
});
