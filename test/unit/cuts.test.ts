import * as assert from 'node:assert/strict';
import { checkDraft, QuoteCheck } from '../../src/core/checker';
import { findingsOf } from '../../src/core/findings';
import { seedLibrary } from './helpers/seedLibrary';

const library = seedLibrary();
function one(draft: string): QuoteCheck {
  const quotes = checkDraft(draft, library).quotes;
  assert.equal(quotes.length, 1, draft);
  return quotes[0];
}
const codes = (q: QuoteCheck) => q.problems.map((p): string => p.code);
const messageOf = (q: QuoteCheck, code: string) => q.problems.find((p) => p.code === code)?.message ?? '';
function misquotedFor(draft: string, code: string): QuoteCheck {
  const q = one(draft);
  assert.equal(q.status, 'misquoted', `${draft}\n${JSON.stringify(q.problems)}`);
  assert.ok(codes(q).includes(code), `${draft}\n${codes(q).join(', ')}`);
  return q;
}
function verified(draft: string): QuoteCheck {
  const q = one(draft);
  assert.equal(q.status, 'verified', `${draft}\n${JSON.stringify(q.problems)}`);
  return q;
}

describe('cuts: an elision may not drop a negation', () => {
  it('misquotes an elision that removes “not” from the claim it keeps', () => {
    const q = misquotedFor('The outlet wrote: “The Kyiv Independent could … verify the claims.”', 'elision-drops-negation');
    assert.match(messageOf(q, 'elision-drops-negation'), /drops “not”: the source says the opposite/);
    assert.equal(q.suggestion, 'The Kyiv Independent could not verify the claims.');
  });

  it('misquotes an elision that removes “not merely”, keeping what it negated', () => {
    const q = misquotedFor('The report said “Ukraine is … defending itself”.', 'elision-drops-negation');
    assert.match(messageOf(q, 'elision-drops-negation'), /drops “not merely”/);
  });

  it('misquotes an elision that removes a negation and the words between it and what it governs', () => {
    misquotedFor('“The Ukrainian military has … acknowledged the operation.”', 'elision-drops-negation');
    misquotedFor('He said talks in Riyadh “did … lead to anything radical”.', 'elision-drops-negation');
  });

  it('verifies an elision that skips the reporter’s words, though they hold “without”', () => {
    verified('Zelensky said “I’m proud of our troops … They continue to defend Ukraine under very difficult conditions.”');
  });

  it('verifies an elision that skips a whole clause with its own negation', () => {
    verified('The report said “Ukraine is not merely defending itself … it is taking the fight to Russia.”');
    verified('“Ukraine is … taking the fight to Russia.”');
  });

  it('says what the elision dropped in the finding the writer sees', () => {
    const [finding] = findingsOf(checkDraft('“The Kyiv Independent could … verify the claims.”', library).quotes);
    assert.equal(finding.code, 'misquoted');
    assert.ok(finding.changesMeaning);
    assert.match(finding.message, /^The elision drops “not”: the source says the opposite; misquote of kyiv-independent-belgorod/);
  });
});

describe('cuts: an elision may not drop a qualification', () => {
  it('misquotes an elision that drops “but needs clarity” and keeps what followed it', () => {
    const q = misquotedFor('The Kremlin “supports the concept … on how the framework would be implemented”.', 'elision-drops-qualifier');
    assert.match(messageOf(q, 'elision-drops-qualifier'), /drops “but needs “clarity””/);
  });

  it('misquotes an elision that drops a condition from the middle of a sentence', () => {
    misquotedFor('Trump said “that … he would end the war in Ukraine” within a day.', 'elision-drops-qualifier');
  });

  it('verifies an elision that skips a whole sentence of contrast', () => {
    verified('“Some analysts view the Kremlin’s cautious stance as an attempt to buy time … Others suggest that internal Russian pressures … may eventually force Moscow to seriously consider talks.”');
  });
});

describe('cuts: a bracket may clarify, never change the claim', () => {
  it('misquotes a bracket that turns “could” into “will”', () => {
    const q = misquotedFor('“Further incursions [will] provoke a disproportionate response from Moscow.”', 'bracket-changes-meaning');
    assert.match(messageOf(q, 'bracket-changes-meaning'), /“\[will\]” replaces the source’s “could”: could → will/);
    assert.equal(q.suggestion, 'Further incursions could provoke a disproportionate response from Moscow.');
  });

  it('misquotes a bracket that replaces words holding a negation', () => {
    const q = misquotedFor('“Russia reserves the right [to ignore] the moratorium on attacking the energy sector.”', 'bracket-changes-meaning');
    assert.match(messageOf(q, 'bracket-changes-meaning'), /dropping “not”/);
  });

  it('misquotes a bracket that changes “some” to “all”', () => {
    misquotedFor('“[All] western allies may grow uneasy if Ukrainian strikes extend too far into Russian territory.”', 'bracket-changes-meaning');
  });

  it('verifies a bracket that names who “he” is, or changes a letter’s case', () => {
    verified('“We continue to conduct active operations in the border areas on the enemy’s territory, and this is absolutely right,” [Zelenskyy] said.');
    verified('“[Zelenskyy] stressed that the goal is to defend Sumy and Kharkiv.”');
    verified('“[T]he Kyiv Independent could not verify the claims.”');
  });

  it('verifies a modal shifted into reported speech', () => {
    verified('He warned that a strong response from Russia’s military “[would] not be delayed.”');
  });
});

describe('cuts: a quotation may not start or stop at a negation', () => {
  it('misquotes a quotation that starts right after “no”', () => {
    const q = misquotedFor('Russia has shown “sign of slowing its military aggression”.', 'cut-at-negation');
    assert.match(messageOf(q, 'cut-at-negation'), /starts right after the source’s “no”/);
    assert.equal(q.suggestion, 'no sign of slowing its military aggression');
  });

  it('misquotes a quotation that starts after “has not”', () => {
    misquotedFor('Ukraine “shared specific military plans or outcomes”.', 'cut-at-negation');
  });

  it('misquotes a quotation that stops on “would” right before “not”', () => {
    misquotedFor('She warned that “a strong response from Russia’s military would.”', 'cut-at-negation');
  });

  it('verifies a quotation that starts after a negation of another clause', () => {
    verified('“They continue to defend Ukraine under very difficult conditions.”');
    verified('The paper says “neither Ukraine nor Russia has officially confirmed the incursion.”');
  });
});

describe('cuts: brackets and elisions that are not what they seem', () => {
  it('reads an empty or blank bracket as nothing, so the dropped “not” is a misquote', () => {
    for (const bracket of ['[]', '[ ]', '[—]']) {
      const q = one(`“The Kyiv Independent could ${bracket} verify the claims.”`);
      assert.equal(q.status, 'misquoted', bracket);
      assert.ok(codes(q).includes('negation'), `${bracket}: ${codes(q).join(', ')}`);
    }
  });

  it('answers at once for a quotation of thousands of brackets, and names the limit', () => {
    const started = Date.now();
    const q = one(`“The Kyiv Independent could ${'[] '.repeat(5000)}${'[x] '.repeat(50)}verify the claims.”`);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
    assert.equal(q.status, 'unverified');
    assert.deepEqual(codes(q), ['unverified', 'too-many-cuts']);
  });

  it('reads “cannot” and “can not” as the same words, and keeps other spellings apart', () => {
    verified('“This war can not be one-sided,” Podolyak said.');
    const british = one('“Among the mourners were families, teachers, and neighbors devastated by the loss of so many young lives.”');
    assert.equal(british.status, 'misquoted');
  });
});
