import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Library } from '../../src/core/library';
import { deserializeLibrary, serializeLibrary } from '../../src/core/libraryStore';
import { ROOT, seedLibrary, utf8 } from './helpers/seedLibrary';
import { checksOf, observable, searchesOf } from './helpers/libraryViews';
import { syntheticInputs } from './helpers/syntheticSources';

const extra = [
  { file: 'mine/bridge.md', bytes: utf8('---\ntitle: Bridge Works\nkey: planet-bridge\n---\n\nOfficials said the bridge would reopen next week after repairs.\n') },
  { file: 'mine/clash.txt', bytes: utf8('---\nkey: planet-bridge\n---\n\nA second source claims the same key as the bridge report, which is not allowed.\n') },
  { file: 'mine/empty.txt', bytes: new Uint8Array(0) },
  { file: 'mine/binary.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
];
const drafts = [...fs.readdirSync(path.join(ROOT, 'test/fixtures/drafts')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => path.join(ROOT, 'test/fixtures/drafts', f)), path.join(ROOT, 'examples/draft.md')];

const QUERIES = ['litle sunz classroom', 'Putin wants to negotiate', 'first line of def', 'kursk', '1,000 square', 'evacuatoin'];

describe('library store: a serialised library reads back as the same library', () => {
  for (const [name, library] of [
    ['the seed library with sources of the user’s own', seedLibrary(extra)],
    ['a library of sixty synthetic articles', Library.fromInputs(syntheticInputs(60, 7))],
    ['an empty library', Library.fromInputs([])],
  ] as const) {
    it(`round-trips ${name}: sources, issues, checks and searches are identical`, () => {
      const back = deserializeLibrary(serializeLibrary(library));
      assert.deepEqual(observable(back), observable(library));
      assert.deepEqual(back.fileHashes(), library.fileHashes());
      const texts = drafts.map((f) => fs.readFileSync(f, 'utf8'));
      assert.deepEqual(checksOf(back, texts), checksOf(library, texts));
      assert.deepEqual(searchesOf(back, QUERIES), searchesOf(library, QUERIES));
    });
  }

  it('keeps the catalog, so an update of a read-back library equals a fresh build', () => {
    const library = seedLibrary(extra);
    const back = deserializeLibrary(serializeLibrary(library));
    const changed = { file: 'mine/bridge.md', bytes: utf8('---\ntitle: Bridge Works\n---\n\nThe bridge reopened on Monday, officials said.\n') };
    assert.deepEqual(observable(back.update([changed], ['mine/binary.txt'])), observable(library.update([changed], ['mine/binary.txt'])));
  });

  it('refuses bytes that are not a store, a truncated store and a store of another version, saying why', () => {
    const bytes = serializeLibrary(seedLibrary());
    assert.throws(() => deserializeLibrary(utf8('hello, world, this is not an index at all')), /not a Verbatim library index/);
    assert.throws(() => deserializeLibrary(bytes.subarray(0, bytes.length - 10)), /truncated or corrupt/);
    const other = bytes.slice();
    other[8] = 99;
    assert.throws(() => deserializeLibrary(other), /version 99/);
  });

  it('gives each file a content hash that changes with its bytes and not with its name', () => {
    const a = Library.fromInputs([{ file: 'a.txt', bytes: utf8('Officials said the bridge would reopen next week.') }]);
    const b = Library.fromInputs([{ file: 'b.txt', bytes: utf8('Officials said the bridge would reopen next week.') }]);
    const c = Library.fromInputs([{ file: 'a.txt', bytes: utf8('Officials said the bridge would reopen next month.') }]);
    assert.match(a.sources[0].hash, /^[0-9a-f]{16}$/);
    assert.equal(a.sources[0].hash, b.sources[0].hash);
    assert.notEqual(a.sources[0].hash, c.sources[0].hash);
  });
});
