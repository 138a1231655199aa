import * as assert from 'node:assert/strict';
import { Library } from '../../src/core/library';
import { PassageSearch } from '../../src/core/search';
import { tokenize } from '../../src/core/tokens';
import { seedLibrary } from './helpers/seedLibrary';
import { syntheticInputs } from './helpers/syntheticSources';

const library = seedLibrary();
const search = new PassageSearch(library);
const top = (query: string) => search.search(query, 5)[0];

describe('search: passages by their words, forgiving typos and unfinished words', () => {
  it('finds a passage by exact words, with its key, paragraph and highlighted ranges', () => {
    const hit = top('Putin wants to negotiate over territory');
    assert.ok(hit);
    assert.equal(hit.source.meta.key, 'cnn-2025-belgorod');
    assert.match(hit.text, /Putin wants to negotiate over territory/);
    assert.equal(hit.text, hit.source.text.slice(hit.start, hit.end));
    assert.ok(hit.paragraph >= 1);
    assert.ok(hit.ranges.length > 0 && hit.ranges.every((r) => 0 <= r.start && r.start < r.end && r.end <= hit.text.length));
    assert.ok(hit.score >= 0 && hit.score <= 1);
  });

  for (const [query, expected] of [
    ['litle sunz classroom', /little suns in the classroom/],
    ['Putin wnats to negotiate', /Putin wants to negotiate/],
    ['evacuate additional residnets', /additional residents have been instructed to evacuate/],
    ['Syrskyi anounced offensive', /Syrskyi announced that Ukraine’s offensive/],
  ] as const) {
    it(`tolerates typos: “${query}”`, () => {
      assert.match(top(query)?.text ?? '', expected);
    });
  }

  it('finds the passage at every keystroke once each word typed so far has two letters', () => {
    const query = 'little suns in the classroom';
    for (let n = 'little suns'.length; n <= query.length; n++) {
      if (/(^|\s)\S$/.test(query.slice(0, n))) {
        continue;
      }
      const hits = search.search(query.slice(0, n), 10);
      assert.ok(hits.some((h) => /little suns in the classroom/.test(h.text)), query.slice(0, n));
    }
  });

  it('requires every word of the query: a word no passage has finds nothing', () => {
    assert.deepEqual(search.search('little suns xylophonic', 10), []);
    assert.deepEqual(search.search('   ', 10), []);
    assert.deepEqual(search.search('', 10), []);
  });

  it('ranks hits best first, never returns more than asked, and takes operators as words', () => {
    const hits = search.search('Kursk region', 3);
    assert.ok(hits.length > 0 && hits.length <= 3);
    assert.deepEqual([...hits].sort((a, b) => a.score - b.score), hits);
    assert.doesNotThrow(() => search.search('^kursk | !region $ =x \'y', 5));
  });
});

describe('search: numbers with or without thousands separators', () => {
  const withExample = seedLibrary([{ file: 'sources/evacuation.md', bytes: new TextEncoder().encode('# Evacuation\n\nRegional officials said that more than 1,200 people had left the border villages.\n\nA count of 3400 residents remained in the district.\n') }]);
  const numbers = new PassageSearch(withExample);
  for (const [query, expected, matched] of [
    ['more than 1200 peple had left', /more than 1,200 people had left/, '1,200'],
    ['1200 people', /more than 1,200 people/, '1,200'],
    ['1,200 people', /more than 1,200 people/, '1,200'],
    ['3,400 residnets', /3400 residents remained/, '3400'],
    ['121000 people evacuated', /121,000 people had been evacuated/, '121,000'],
  ] as const) {
    it(`“${query}” finds the passage, and its ranges cover ${matched} in the source’s spelling`, () => {
      const hit = numbers.search(query, 5)[0];
      assert.match(hit?.text ?? '', expected);
      assert.ok(hit.ranges.some((r) => hit.text.slice(r.start, r.end) === matched), JSON.stringify(hit.ranges.map((r) => hit.text.slice(r.start, r.end))));
    });
  }

  it('does not take a comma between two numbers for a thousands separator', () => {
    assert.ok(!numbers.search('20,000 civilians', 5).some((h) => /\b20, 000\b/.test(h.text)));
    assert.doesNotThrow(() => numbers.search('1,2,3 1,0000 ,000', 5));
  });
});

describe('search: in a larger library', () => {
  const big = Library.fromInputs(syntheticInputs(200, 5));
  const bigSearch = new PassageSearch(big);
  it('finds a sentence of any article by four of its words, typed one letter at a time, with a typo', () => {
    for (const index of [3, 77, 150, 199]) {
      const source = big.sources[index];
      const sentence = source.sentences.find((s) => tokenize(source.text.slice(s.start, s.end)).length >= 8) ?? source.sentences[0];
      const text = source.text.slice(sentence.start, sentence.end);
      const words = tokenize(text).slice(2, 6).map((t) => text.slice(t.start, t.end).toLowerCase());
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const typo = longest.length >= 6 ? longest.slice(0, 2) + longest[3] + longest[2] + longest.slice(4) : longest;
      const query = words.map((w) => (w === longest ? typo : w)).join(' ');
      const hits = bigSearch.search(query, 10);
      assert.ok(hits.some((h) => h.source === source && h.start === sentence.start) || hits.some((h) => h.text === text), `${query} → ${text}`);
    }
  });
});
