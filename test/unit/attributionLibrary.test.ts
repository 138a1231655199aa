import '../../bench/seedsShim';
import * as assert from 'node:assert/strict';
import { librarySpeakers, quotationsBy } from '../../src/core/attribution/librarySpeakers';
import { Library } from '../../src/core/library';
import { deserializeLibrary, serializeLibrary } from '../../src/core/libraryStore';
import { sourceWordText } from '../../src/core/markdownMask';
import { Source } from '../../src/core/source';
import { tokenize } from '../../src/core/tokens';
import { LibraryMirror, RecordSender } from '../../src/libraryWire';
import { IndexerReply } from '../../src/libraryProtocol';
import { brownText } from '../../bench/brownPress';
import { seedLibrary, utf8 } from './helpers/seedLibrary';

const seeds = seedLibrary();
const belgorod = seeds.get('war-update-2025-belgorod') as Source;

// The source words a phrase of the article text covers: [first, end).
function wordsOf(source: Source, phrase: string): [number, number] {
  const at = source.text.indexOf(phrase);
  assert.ok(at >= 0, phrase);
  const tokens = source.tokens;
  const first = tokens.findIndex((t) => t.start >= at);
  const end = tokens.findIndex((t) => t.start >= at + phrase.length);
  return [first, end];
}

function attributionOf(library: Library): unknown[] {
  return library.sources.map((s) => [s.file, s.attribution.quotations, s.attribution.speakers]);
}

describe('attribution in the library: kept on each source, asked by word range', () => {
  it('knows who owns a word range of a source: a quotation’s speaker, or the reporter', () => {
    const a = belgorod.attribution;
    const [first, end] = wordsOf(belgorod, 'like little suns in the classroom');
    assert.equal(a.speakerOf(first, end)?.name, 'Iryna Kholod');
    assert.equal(a.speakerOf(first, end)?.description, 'Teacher');
    const told = wordsOf(belgorod, 'she told reporters');
    assert.equal(a.speakerOf(told[0], told[1]), null);
    assert.deepEqual(a.narrationIn(told[0], told[1]), [told]);
  });

  it('names the narration inside a range that runs past a quotation into the reporter’s words', () => {
    const a = belgorod.attribution;
    const [first, end] = wordsOf(belgorod, 'They were like little suns in the classroom,” she told reporters');
    const owner = a.owner(first, end);
    assert.equal(owner.quotation, null);
    assert.equal(owner.quotations.length, 1);
    assert.equal(owner.quotations[0].speaker?.name, 'Iryna Kholod');
    const [nFirst, nEnd] = owner.narration[0];
    assert.equal(
      belgorod.tokens.slice(nFirst, nEnd).map((t) => t.norm).join(' '),
      'she told reporters',
    );
  });

  it('a quotation’s words are exactly the source words inside its marks (seeds and Brown press texts)', () => {
    const brown = Library.fromInputs(['ca01', 'ca06', 'ca39'].map((id) => ({ file: `brown/${id}.txt`, bytes: utf8(brownText(id).text) })));
    for (const source of [...seeds.sources, ...brown.sources]) {
      const text = sourceWordText(source.file, source.text);
      for (const q of source.attribution.quotations) {
        const words = Array.from({ length: q.endWord - q.firstWord }, (_, k) => source.wordAt(q.firstWord + k));
        assert.deepEqual(words, tokenize(text, q.innerStart, q.innerEnd).map((t) => t.norm), `${source.file}: ${text.slice(q.innerStart, q.innerEnd)}`);
      }
    }
  });

  it('is stored with the index and read back the same, without attributing again', () => {
    const library = seedLibrary([{ file: 'mine/notes.md', bytes: utf8('---\ntitle: Notes\n---\n\n“We will rebuild,” the mayor said.\n') }]);
    const bytes = serializeLibrary(library);
    const back = deserializeLibrary(bytes);
    assert.ok(back.records.every((r) => r.kind === 'skipped' || r.quotations !== undefined), 'every stored record carries its quotations');
    assert.deepEqual(attributionOf(back), attributionOf(library));
  });

  it('crosses from the indexer to the extension host with the records', () => {
    const library = seedLibrary();
    library.sources.forEach((s) => s.attribution);
    const mirror = new LibraryMirror();
    let received: Library | undefined;
    const sender = new RecordSender((message) => {
      received = mirror.receive(structuredClone(message) as IndexerReply) ?? received;
    });
    sender.send(library, 1, true, false);
    assert.ok(received);
    assert.deepEqual(attributionOf(received), attributionOf(library));
  });

  it('lists the library’s speakers, one person however the sources spell them', () => {
    const speakers = librarySpeakers(seeds);
    const zelensky = speakers.filter((s) => s.name.includes('Zelensk'));
    assert.equal(zelensky.length, 1, speakers.map((s) => s.name).join(', '));
    assert.equal(zelensky[0].quotations.length, 16, 'five in the war update, two in the Belgorod-Kursk report, six in CNN’s, two in the Kyiv Independent’s, one in the Kursk report');
    assert.deepEqual(new Set(zelensky[0].quotations.map((q) => q.source.meta.key)), new Set(['war-update-2025-belgorod', 'zelensky-belgorod-kursk', 'cnn-2025-belgorod', 'kyiv-independent-belgorod', 'ukraine-claims-kursk']));
    assert.ok(zelensky[0].descriptions.includes('Ukrainian President'));
    assert.equal(quotationsBy(seeds, 'Zelenskiy').length, 16);
    assert.deepEqual(quotationsBy(seeds, 'Iryna Kholod').map((q) => q.source.text.slice(q.quotation.innerStart, q.quotation.innerEnd)), ['They were like little suns in the classroom,', 'Two desks in my classroom are empty forever.']);
    assert.deepEqual(quotationsBy(seeds, 'Syrskyi'), []);
  });
});
