import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassageSearch } from '../../src/core/search';
import { matchWindow, ROW_CHARS, searchRow } from '../../src/core/render/searchRows';
import { ROOT, seedLibrary } from './helpers/seedLibrary';

const EXAMPLE = 'sources/border-desk-sumy-evacuation.md';
const library = seedLibrary([{ file: EXAMPLE, bytes: fs.readFileSync(path.join(ROOT, 'examples', EXAMPLE)) }]);
const search = new PassageSearch(library);
const row = (query: string) => {
  const hit = search.search(query, 5)[0];
  assert.ok(hit, `a hit for ${query}`);
  return searchRow(hit);
};

describe('search rows: they show why a passage matched', () => {
  it('a match at the end of a long sentence: the label is a window around the matched words, with a leading …', () => {
    const r = row('relentles asaults on its own citys');
    assert.match(r.label, /^….*relentless assaults on its own cities\.$/);
    assert.ok(r.label.length <= ROW_CHARS, r.label);
    assert.equal(r.description, '18 April 2025');
    assert.equal(r.detail, 'Ukraine War Update: Zelenskyy Confirms Ukrainian Troop Activity in… · para 11');
  });

  it('a number typed without its thousands separator: the row shows the source’s “1,200”, outlet and date, the title', () => {
    const r = row('more than 1200 peple had left');
    assert.match(r.label, /more than 1,200 people had left/);
    assert.equal(r.description, 'Border Desk · 14 April 2025');
    assert.ok(r.label.length + r.description.length <= 74, 'label and description fit on one line of the picker');
    assert.match(r.detail, /^Volunteers race to evacuate Sumy border villages/);
  });

  it('a source without a title line is named by its first sentence, and a bare key stands in for no outlet and no date', () => {
    const r = row('defend Ukraine under very difficult conditions');
    assert.match(r.detail, /^Ukrainian President Volodymyr Zelensky has confirmed that… · para \d+$/);
    assert.equal(r.description, 'zelensky-belgorod-kursk');
  });

  it('a short passage is shown whole; a match at the start is not preceded by …', () => {
    assert.equal(matchWindow('Short  and\nsweet.', [{ start: 0, end: 5 }]), 'Short and sweet.');
    const long = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau.';
    const label = matchWindow(long, [{ start: 0, end: 5 }], 40);
    assert.match(label, /^Alpha beta .*…$/);
    assert.ok(label.length <= 40);
  });

  it('keeps as many matched words as fit, from the first one', () => {
    const long = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau.';
    const at = (w: string) => ({ start: long.indexOf(w), end: long.indexOf(w) + w.length });
    const label = matchWindow(long, [at('kappa'), at('lambda'), at('omicron')], 40);
    assert.match(label, /^….*kappa lambda mu nu xi omicron.*$/);
    assert.ok(label.length <= 40, label);
  });
});
