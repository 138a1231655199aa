import * as assert from 'node:assert/strict';
import { attributeDraft, compareSpeakers, DraftAttribution } from '../../src/core/attribution/draftSpeaker';
import { maskMarkdown } from '../../src/core/markdownMask';
import { findQuotes } from '../../src/core/quoteScanner';

const OUTLETS = ['CNN', 'Kyiv Independent'];

/** The draft's own attribution of the quotation holding `words`. */
function read(draft: string, words: string): DraftAttribution {
  const masked = maskMarkdown(draft);
  const quotes = findQuotes(masked);
  const i = quotes.findIndex((q) => masked.slice(q.start, q.end).includes(words));
  assert.ok(i >= 0, `no quotation holds “${words}”`);
  return attributeDraft(masked, quotes, { outlets: OUTLETS })[i];
}

const name = (a: DraftAttribution) => a.speaker?.name ?? null;

describe('attribution in drafts: whom the writer gives the words to', () => {
  it('X said: “…” and “…,” X said', () => {
    assert.equal(name(read('Syrskyi said: “I’m proud of our troops.” [@zelensky-belgorod-kursk]\n', 'proud of our troops')), 'Syrskyi');
    assert.equal(name(read('“We demand the world’s outrage,” Vilkul said. [@war-update-2025-belgorod]\n', 'world’s outrage')), 'Vilkul');
  });

  it('said X, with a title kept apart from the name', () => {
    const a = read('“We are not asking for pity,” said city administrator Oleksandr Vilkul.\n', 'asking for pity');
    assert.deepEqual([name(a), a.speaker?.description], ['Oleksandr Vilkul', 'city administrator']);
  });

  it('X told reporters “…”, and the words of the cue as they stand in the draft, for a quick fix', () => {
    const draft = 'Teacher Iryna Kholod told reporters: “They were like little suns in the classroom.”\n';
    const a = read(draft, 'little suns');
    assert.equal(name(a), 'Iryna Kholod');
    assert.equal(draft.slice(a.speaker?.start, a.speaker?.end), 'Iryna Kholod');
    assert.ok(a.speaker?.plainName);
    assert.equal(a.outlet, false);
  });

  it('according to X', () => {
    assert.equal(name(read('The Kremlin needs “clarity” on the framework, according to Dmitry Peskov.\n', 'clarity')), 'Dmitry Peskov');
  });

  it('X: “…”', () => {
    assert.equal(name(read('Zelensky: “The war must return to where it came from.”\n', 'war must return')), 'Zelensky');
  });

  it('a pronoun continues the draft’s last named speaker, and is not a plain name', () => {
    const draft = 'Kremlin spokesman Dmitry Peskov spoke on Friday.\n\nHe said the talks were “making little progress.”\n';
    const a = read(draft, 'making little progress');
    assert.deepEqual([name(a), a.speaker?.written, a.speaker?.plainName], ['Dmitry Peskov', 'He', false]);
  });

  it('a quoted sentence after an attributed one keeps its speaker', () => {
    const draft = '“They were like little suns in the classroom,” Kholod said. “Two desks in my classroom are empty forever.”\n';
    assert.equal(name(read(draft, 'Two desks')), 'Kholod');
  });

  it('a blockquote’s attribution line', () => {
    const draft = '> We continue to conduct active operations in the border areas.\n> — Volodymyr Zelensky, President\n';
    const a = read(draft, 'active operations');
    assert.deepEqual([name(a), a.speaker?.description], ['Volodymyr Zelensky', 'President']);
  });

  it('an outlet, an article or a report is not a person: "the report said", "according to CNN", "as the Kyiv Independent put it"', () => {
    const report = read('Negotiations “are making little progress,” the report said.\n', 'little progress');
    assert.equal(report.outlet, true);
    const cnn = read('Ceasefire talks “are making little progress,” according to CNN.\n', 'little progress');
    assert.equal(cnn.outlet, true);
    const ki = read('Zelensky wants to “reduce the accumulation” of Russian forces, as the Kyiv Independent put it.\n', 'reduce the accumulation');
    assert.equal(ki.outlet, true);
    const person = read('Peskov conceded that ceasefire negotiations “are making little progress.”\n', 'little progress');
    assert.deepEqual([name(person), person.outlet], ['Peskov', false]);
  });

  it('no speaker when the draft names none: a term, a title, a quotation standing alone', () => {
    assert.equal(read('Russia’s “special military operation” is in its fourth year.\n', 'special military operation').speaker, null);
    assert.equal(read('“The war must return to where it came from.” [@war-update-2025-belgorod]\n', 'war must return').speaker, null);
  });

  it('reads only the quotations asked for, with the same answers', () => {
    const draft = '“They were like little suns in the classroom,” Kholod said.\n\nAn hour later, Vilkul said: “We demand the world’s outrage.”\n';
    const masked = maskMarkdown(draft);
    const quotes = findQuotes(masked);
    const all = attributeDraft(masked, quotes);
    const one = attributeDraft(masked, quotes, { only: new Set([1]) });
    assert.deepEqual(one[1], all[1]);
    assert.equal(one[0].speaker, null);
  });

  it('compares a draft’s speaker with the source’s: one person under two spellings, two people, or unsure', () => {
    const person = (n: string, description: string | null = null) => ({ name: n, description, kind: 'person' as const, document: false });
    assert.equal(compareSpeakers(person('Zelensky'), person('Volodymyr Zelenskyy', 'President')), 'same');
    assert.equal(compareSpeakers(person('Syrskyi'), person('Volodymyr Zelenskyy')), 'different');
    assert.equal(compareSpeakers({ name: 'a Kremlin spokesman', description: null, kind: 'unnamed', document: false }, person('Dmitry Peskov', 'Kremlin spokesman')), 'same');
    assert.equal(compareSpeakers({ name: 'an unnamed official', description: null, kind: 'unnamed', document: false }, person('Dmitry Peskov', 'Kremlin spokesman')), 'unsure');
    assert.equal(compareSpeakers({ name: 'Kremlin', description: null, kind: 'group', document: false }, person('Dmitry Peskov', 'Kremlin spokesman')), 'unsure');
  });
});
