import * as assert from 'node:assert/strict';
import { Library, SourceInput } from '../../src/core/library';
import { buildLibrarySliced, LibraryBuilder } from '../../src/core/libraryBuilder';
import { utf8 } from './helpers/seedLibrary';
import { syntheticInputs } from './helpers/syntheticSources';
import { checksOf, observable, searchesOf } from './helpers/libraryViews';

const inputs = syntheticInputs(40, 3);
const library = Library.fromInputs(inputs);
const DRAFTS = [
  `He said “${library.sources[5].text.slice(library.sources[5].sentences[1].start, library.sources[5].sentences[1].end)}” [@${library.sources[5].meta.key}].`,
  `She said “${library.sources[30].text.slice(library.sources[30].sentences[0].start, library.sources[30].sentences[0].end).replace(/\b(the|a)\b/, 'no')}”.`,
];
const QUERIES = ['ukrainian forces', 'kursk regoin', 'little suns'];

function sameAsFresh(updated: Library, files: readonly SourceInput[]): void {
  const fresh = Library.fromInputs(files);
  assert.deepEqual(observable(updated), observable(fresh));
  assert.deepEqual(checksOf(updated, DRAFTS), checksOf(fresh, DRAFTS));
  assert.deepEqual(searchesOf(updated, QUERIES), searchesOf(fresh, QUERIES));
}

describe('library update: only changed files are read again, and the result equals a fresh build', () => {
  it('changes, adds and removes files', () => {
    const changed = { file: inputs[4].file, bytes: utf8('---\ntitle: Report 4\noutlet: Outlet 0\ndate: 2024-05-14\n---\n\nOfficials said the bridge would reopen next week after long repairs.\n') };
    const added = { file: 'sources/zz-new.txt', bytes: utf8('A new article about the river crossing, which officials said had been closed for a year.\n') };
    const removed = [inputs[10].file, inputs[11].file];
    const updated = library.update([changed, added], removed);
    sameAsFresh(updated, [...inputs.filter((i) => !removed.includes(i.file) && i.file !== changed.file), changed, added]);
  });

  it('keeps the records of unchanged files and re-derives keys that an earlier clash moved', () => {
    const a = { file: 'a.txt', bytes: utf8('---\ntitle: Bridge Works Finished\n---\n\nOfficials said the bridge would reopen.\n') };
    const b = { file: 'b.txt', bytes: utf8('---\ntitle: Bridge Works Finished\n---\n\nThe bridge reopened, officials said.\n') };
    const first = Library.fromInputs([a, b]);
    assert.deepEqual(first.sources.map((s) => s.meta.key), ['bridge-works', 'bridge-works-2']);
    const updated = first.update([], ['a.txt']);
    assert.equal(updated.sources[0].record, first.sources[1].record, 'the record of b.txt is reused');
    assert.deepEqual(updated.sources.map((s) => s.meta.key), ['bridge-works']);
    sameAsFresh(updated, [b]);
  });

  it('re-adding a file with the same bytes reuses its record', () => {
    const builder = new LibraryBuilder({}, library);
    builder.add(inputs[0]);
    assert.equal(builder.build().sources[0].record, library.sources[0].record);
  });
});

describe('library: a sliced build reports progress, gives partial libraries and ends equal to a fresh build', () => {
  it('yields between slices with progress, and partial libraries can be searched', async () => {
    const progress: [number, number][] = [];
    const partials: number[] = [];
    let yields = 0;
    const built = await buildLibrarySliced(inputs, {}, {
      sliceMs: 0,
      onProgress: (done, total) => progress.push([done, total]),
      onPartial: (partial) => partials.push(partial.sources.length),
      yieldControl: async () => {
        yields++;
      },
    });
    assert.equal(progress.length, inputs.length, 'a zero-millisecond slice is one file');
    assert.deepEqual(progress[progress.length - 1], [inputs.length, inputs.length]);
    assert.equal(yields, inputs.length - 1);
    assert.deepEqual(partials, Array.from({ length: inputs.length - 1 }, (_, i) => i + 1));
    sameAsFresh(built, inputs);
  });

  it('started from a previous library, drops the files that are gone and reuses the others', async () => {
    const kept = inputs.slice(0, 30);
    const built = await buildLibrarySliced(kept, {}, { base: library, yieldControl: async () => undefined });
    assert.equal(built.sources[0].record, library.sources[0].record);
    sameAsFresh(built, kept);
  });
});
