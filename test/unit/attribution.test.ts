import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attributeText } from '../../src/core/attribution/attribute';
import { foldName, sameSpeaker } from '../../src/core/attribution/names';
import { splitParagraphs } from '../../src/core/segment';
import { brownScore, seedScore } from '../../bench/attributionAccuracy';
import { ROOT, seedLibrary, seedText } from './helpers/seedLibrary';

interface Found {
  readonly quote: string;
  readonly speaker: string | null;
  readonly description: string | null;
  readonly cue: string | null;
}

/** The quotations of a text (paragraphs separated by blank lines) with their speakers. */
function attributed(text: string): Found[] {
  const result = attributeText(text, splitParagraphs(text).filter((p) => !p.furniture));
  return result.quotes.map((q) => {
    const s = q.speaker >= 0 ? result.speakers[q.speaker] : null;
    return { quote: text.slice(q.innerStart, q.innerEnd), speaker: s?.name ?? null, description: s?.description ?? null, cue: q.cue };
  });
}

function speakerOf(text: string, words: string): Found {
  const found = attributed(text).find((f) => f.quote.includes(words));
  assert.ok(found, `no quotation holds “${words}”`);
  return found;
}

const seeds = seedLibrary();
const seed = (key: string) => seedText(seeds, key);

describe('attribution in the sources: who says each quotation', () => {
  it('“…,” X said — with the speaker’s title kept as the description', () => {
    const s = speakerOf(seed('war-update-2025-belgorod'), 'This war cannot be one-sided');
    assert.deepEqual([s.speaker, s.description, s.cue], ['Mykhailo Podolyak', 'Zelenskyy’s senior adviser', 'verb']);
  });

  it('“…,” said X, with the role before the name: "said Kryvyi Rih city administrator Oleksandr Vilkul"', () => {
    const s = speakerOf(seed('war-update-2025-belgorod'), 'We are not asking for pity');
    assert.deepEqual([s.speaker, s.description], ['Oleksandr Vilkul', 'Kryvyi Rih city administrator']);
  });

  it('X said (that) “…”, and the quotation after it inherits the speaker', () => {
    const text = seed('cnn-2025-belgorod');
    assert.equal(speakerOf(text, 'Russia reserves the right').speaker, 'Dmitry Peskov');
    assert.equal(speakerOf(text, 'Russia reserves the right').description, 'Kremlin spokesman');
    assert.equal(speakerOf(text, 'did not lead to anything radical').speaker, 'Grigory Karasin');
    assert.equal(speakerOf(text, 'naive to expect breakthrough').speaker, 'Grigory Karasin');
  });

  it('X said: “…” and X: “…” (a heading)', () => {
    const text = 'Sandman said: “The announcement is a dead giveaway.”\n\nZelenskyy: “The War Must Return”\n';
    assert.equal(speakerOf(text, 'dead giveaway').speaker, 'Sandman');
    assert.deepEqual([speakerOf(seed('war-update-2025-belgorod'), 'The War Must Return').speaker, speakerOf(seed('war-update-2025-belgorod'), 'The War Must Return').cue], ['Volodymyr Zelenskyy', 'colon']);
  });

  it('X told Y “…”: the subject speaks, not the one told', () => {
    const s = speakerOf(seed('war-update-2025-belgorod'), 'They were like little suns');
    assert.deepEqual([s.speaker, s.description], ['Iryna Kholod', 'Teacher']);
    const t = speakerOf('An unnamed official told AFP that the operation aims to “inflict maximum losses.”', 'inflict maximum losses');
    assert.equal(t.speaker, 'An unnamed official');
  });

  it('according to X, with a description in apposition ("the region’s governor, Vyacheslav Gladkov")', () => {
    const text = 'More than 20 villages have come under “heavy attack,” according to the region’s governor, Vyacheslav Gladkov.';
    const s = speakerOf(text, 'heavy attack');
    assert.deepEqual([s.speaker, s.description, s.cue], ['Vyacheslav Gladkov', 'the region’s governor', 'according-to']);
  });

  it('speech verbs drawn from real usage: claimed, admitted, stressed, affirmed, warned, urged, described … as', () => {
    const text = seed('war-update-2025-belgorod');
    assert.equal(speakerOf(text, 'sort of close').speaker, 'Donald Trump');
    assert.equal(speakerOf(text, 'not happy with all the bombing').speaker, 'Donald Trump');
    const kursk = seed('ukraine-claims-kursk');
    assert.equal(speakerOf(kursk, 'Russia brought war to others').speaker, 'Volodymyr Zelensky');
    assert.deepEqual([speakerOf(kursk, 'alarming').speaker, speakerOf(kursk, 'alarming').description], ['Yuri Podolyaka', 'Pro-Russian war blogger']);
    assert.equal(speakerOf(kursk, 'brilliant').speaker, 'Lindsey Graham');
  });

  it('a quoted sentence or paragraph with no cue continues the previous speaker', () => {
    assert.deepEqual([speakerOf(seed('war-update-2025-belgorod'), 'Two desks in my classroom').speaker, speakerOf(seed('war-update-2025-belgorod'), 'Two desks in my classroom').cue], ['Iryna Kholod', 'continuation']);
    const text = 'Earlier, Mitchell said in a statement:\n\n“I think that all Americans will resent deeply the statements made about President Eisenhower.\n\n“I find it hard to understand how anyone could demonstrate such poor judgment.”\n';
    assert.deepEqual(attributed(text).map((f) => f.speaker), ['Mitchell', 'Mitchell']);
  });

  it('a pronoun is bound to the last fitting person named: he to a man, she to a woman, it to a body', () => {
    assert.equal(speakerOf(seed('cnn-2025-belgorod'), 'increased significantly').speaker, 'Vladyslav Voloshyn');
    assert.equal(speakerOf(seed('kyiv-independent-belgorod'), 'reduce the accumulation').speaker, 'Volodymyr Zelensky');
    assert.equal(speakerOf(seed('war-update-2025-belgorod'), 'We continue to conduct active operations').speaker, 'Volodymyr Zelenskyy');
    const body = 'The Fulton County Grand Jury said Friday an investigation produced “no evidence” of irregularities. It urged that the city “take steps to remedy” this problem.';
    assert.equal(speakerOf(body, 'take steps').speaker, 'Fulton County Grand Jury');
  });

  it('someone the article does not name keeps the article’s description as the speaker', () => {
    assert.equal(speakerOf(seed('cnn-2025-belgorod'), 'heavy fighting continues').speaker, 'One Russian military blogger');
    assert.equal(speakerOf(seed('ukraine-claims-kursk'), 'difficult').speaker, 'The local governor');
  });

  it('spans that are not speech get no speaker: headings, titles of works, nicknames, scare quotes, terms', () => {
    assert.equal(speakerOf(seed('war-update-2025-belgorod'), 'Active Operations').speaker, null);
    const text = [
      'As he approached the bandstand, the band struck up the “Star Spangled Banner” and followed it with “Hail To The Chief”.',
      'Since the start of Russia’s “special military operation”, the town, known to soldiers as the “meat grinder”, has been shelled daily.',
      'The so-called “blue law” controversy came in the form of a letter. The plan, known as “Green Acres”, was approved.',
      'Joe “the Boss” Kelly runs the yard.',
    ].join('\n\n');
    assert.deepEqual(attributed(text).map((f) => [f.quote, f.speaker]), [
      ['Star Spangled Banner', null],
      ['Hail To The Chief', null],
      ['special military operation', null],
      ['meat grinder', null],
      ['blue law', null],
      ['Green Acres', null],
      ['the Boss', null],
    ]);
  });

  it('one person, many spellings, is one speaker within a source: President Volodymyr Zelensky, then Zelensky', () => {
    const s = speakerOf(seed('zelensky-belgorod-kursk'), 'I’m proud of our troops');
    assert.deepEqual([s.speaker, s.description], ['Volodymyr Zelensky', 'Ukrainian President']);
    const result = attributeText(seed('cnn-2025-belgorod'), splitParagraphs(seed('cnn-2025-belgorod')).filter((p) => !p.furniture));
    assert.equal(result.speakers.filter((x) => sameSpeaker(x.name, 'Zelensky')).length, 1, 'Zelensky is one speaker of the CNN report');
  });

  it('transliteration-tolerant names: Zelenskyy = Zelensky = Zelenskiy, Syrsky = Syrskyi; Podolyak ≠ Podolyaka', () => {
    assert.ok(sameSpeaker('Zelenskyy', 'President Volodymyr Zelensky'));
    assert.ok(sameSpeaker('Volodymyr Zelenskiy', 'Zelensky'));
    assert.ok(sameSpeaker('General Oleksandr Syrsky', 'Commander Oleksandr Syrskyi'));
    assert.ok(sameSpeaker('Ursula von der Leyen', 'von der Leyen'));
    assert.ok(sameSpeaker('Xi', 'Xi Jinping'));
    assert.ok(sameSpeaker('Dmitry Peskov', 'Dmitri Peskov'));
    assert.ok(!sameSpeaker('Mykhailo Podolyak', 'Yuri Podolyaka'));
    assert.ok(!sameSpeaker('Walter H. Jones', 'Bill Jones'));
    assert.equal(foldName('Zelenskyy'), foldName('Zelenskiy'));
  });
});

describe('attribution rules from the read held-out parts (Brown press prose)', () => {
  it('a subhead names no speaker and does not interrupt one; a short lead-in ending in a colon still does', () => {
    const danger = 'Beryl W. Sprinkel, economist of Harris Trust & Savings Bank, spoke on the recovery.\n\nDanger cited\n\nHe cautioned that “the greater danger in this recovery may be excessive stimulation by government”.';
    assert.equal(speakerOf(danger, 'greater danger').speaker, 'Beryl W. Sprinkel');
    const statement = '“From its beginning”, the trustees\' statement said Friday, “Emory University has assumed as its primary commitment a dedication to excellence.\n\nCorporate existence\n\n“On the other hand, Emory University derives its corporate existence from the State of Georgia.';
    assert.equal(speakerOf(statement, 'corporate existence').speaker, 'the trustees\' statement');
    assert.equal(speakerOf('Earlier, Mitchell said in a statement:\n\n“I think that all Americans will resent deeply the statements made.”', 'resent deeply').speaker, 'Mitchell');
  });

  it('“…”? Asked X, however long the sentence; “she” is the woman the text marked as one', () => {
    const text = 'Mrs. Peck, later joined by the commission\'s vice-chairman, took Harvey to task.\n\n“Do you feel you can stand up to the next legislative session and defend this contract”? Asked Mrs. Grace O. Peck, representative from Multnomah County, of the commission chairman, Joseph E. Harvey Jr.\n\nA publicity release quoted him as saying the move had improved communications between F & A and the commission staff.\n\n“I rather resent”, she said.';
    assert.equal(speakerOf(text, 'stand up to the next').speaker, 'Grace O. Peck');
    assert.equal(speakerOf(text, 'I rather resent').speaker, 'Grace O. Peck');
  });

  it('“…, says X, …” in an aside names X; a verb with an object after the comma is no inversion', () => {
    const text = 'The reason, says the Housing Center, is that the builders invited “are generally among the more successful businessmen”.';
    assert.equal(speakerOf(text, 'more successful').speaker, 'Housing Center');
    const brandt = 'The Rev. R. L. Brandt, secretary of the Assemblies of God, stressed the need for churches.\n\n“Surveys show that one out of three Americans has vital contact with the church”, he told delegates Friday.';
    assert.equal(speakerOf(brandt, 'Surveys show').speaker, 'R. L. Brandt');
  });

  it('a participle with “by” names the by-phrase: reasons mentioned by the builders, a statement released by the group', () => {
    assert.equal(speakerOf('Other reasons mentioned by one-third or more of the builders were “resistance to high interest rates”.', 'resistance').speaker, 'builders');
    assert.equal(speakerOf('A prepared statement released by the student group Friday stated that “extensive research indicated a drop in profits”.', 'extensive research').speaker, 'A prepared statement');
  });

  it('a profile\'s epithet is the person just quoted; a plain role is someone new', () => {
    const text = '“Mostly meat and potatoes”, says Gerald G. Ramsey. So he hides the mayonnaise.\n\nWhat do the pretty SMU girls like on their plates?\n\n“Pretty much hamburger, hotdogs, steak”, says the handsome food expert.';
    assert.equal(speakerOf(text, 'Pretty much hamburger').speaker, 'Gerald G. Ramsey');
    const plain = '“Mostly meat and potatoes”, says Gerald G. Ramsey.\n\n“The kitchen closes at nine”, said the cashier.';
    assert.equal(speakerOf(plain, 'kitchen closes').speaker, 'the cashier');
  });

  it('nicknames, named wordings and their twins get no speaker; a word before a new sentence is no nickname', () => {
    assert.equal(speakerOf('“Skip” Hovarter back in town from a summer in the Reno-Lake Tahoe area, he says.', 'Skip').speaker, null);
    const congo = 'The average Congolese can do little more than puzzle out the meaning of “la chatte” and “le chien” and write his name.';
    assert.deepEqual([speakerOf(congo, 'la chatte').speaker, speakerOf(congo, 'le chien').speaker], [null, null]);
    assert.equal(speakerOf(seed('ukraine-claims-kursk'), 'alarming').speaker, 'Yuri Podolyaka');
  });

  it('a cue does not reach into an open relative clause with its own verb; one that opens on the quotation does', () => {
    assert.equal(speakerOf('A federal grand jury called 10 witnesses yesterday in an investigation of Ben Stein, 47, who collected big fees as a “labor consultant” and operator of a janitors\' service.', 'labor consultant').speaker, null);
    assert.equal(speakerOf('A political scientist writes of the growth of “alienated voters”, who “believe that voting is useless”.', 'voting is useless').speaker, 'A political scientist');
  });

  it('first-person words with no cue are the last speaker\'s, even after the writer\'s question', () => {
    const text = 'Britain\'s balding Ace Driver Stirling Moss, 31, all but smothered himself in self-crimination. “I\'m a slob”, he announced. “My taste is gaudy. I\'m useless for anything but racing cars”. Has Moss no stirling virtues? “I appreciate beauty”.';
    assert.equal(speakerOf(text, 'appreciate beauty').speaker, 'Stirling Moss');
  });
});

describe('attribution accuracy on the labelled fixtures (test/fixtures/attribution/)', () => {
  it('seeds: every quotation found, every attributable one given its speaker', () => {
    const s = seedScore();
    assert.equal(s.matched, s.gold, 'each labelled quotation is found exactly');
    assert.equal(s.found, s.gold, 'and nothing else is taken for a quotation');
    assert.deepEqual(s.errors.filter((e) => !e.includes('description')), []);
    assert.equal(s.rightSpeaker, s.attributable);
  });

  it('Brown press reportage, the part the rules were written on: at least 95% right speakers, no term given a speaker', () => {
    const s = brownScore('tuning');
    assert.equal(s.matched, s.gold);
    assert.ok(s.rightSpeaker / s.attributable >= 0.95, `${s.rightSpeaker}/${s.attributable}`);
    assert.equal(s.leftAlone, s.notSpeech);
  });

  it('the labels cover every quotation of the fixture texts (labels were written by reading them)', () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/attribution/brown.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(fixture).sort(), ['about', 'firstHeldOut', 'heldOut', 'thirdHeldOut', 'tuning']);
    assert.doesNotThrow(() => brownScore('firstHeldOut'));
    assert.doesNotThrow(() => brownScore('heldOut'));
    assert.doesNotThrow(() => brownScore('thirdHeldOut'));
  });
});
