import '../../bench/seedsShim';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileWalker, WALK_LIMITS } from '../../src/fileWalker';
import { LibraryIndexer } from '../../src/libraryIndexer';
import { IndexerReply } from '../../src/libraryProtocol';
import { listRoots, readEntrySync } from '../../src/sourceReader';
import { removeTempDirs, tempDir } from './helpers/cliRun';

// The editor's loader (the indexer the worker runs, and its listing and reading of source files),
// driven here in plain Node over real files: the same protections as the command line.
const ARTICLE = '---\ntitle: Harbour dredging to start\nkey: harbour-2025\n---\nThe harbour board said dredging would start in spring and last nine weeks.\n';

function workspace(): string {
  const dir = tempDir({ 'sources/harbour.md': ARTICLE, 'sources/deep/notes.txt': 'Notes Title Line\n\nThe board met on Monday to discuss the dredging.\n' });
  execFileSync('mkfifo', [path.join(dir, 'sources/pipe.md')]);
  fs.symlinkSync('.', path.join(dir, 'sources/loop'));
  fs.symlinkSync('..', path.join(dir, 'sources/deep/up'));
  fs.symlinkSync('gone.md', path.join(dir, 'sources/dangling.md'));
  return dir;
}

/** Runs one request through an indexer on this thread and resolves with its final library reply. */
function indexer(): { handle: (request: Parameters<LibraryIndexer['handle']>[0]) => Promise<IndexerReply & { type: 'library' }>; logs: string[] } {
  const logs: string[] = [];
  let waiting: ((reply: IndexerReply & { type: 'library' }) => void) | undefined;
  const ix = new LibraryIndexer({
    post: (reply) => {
      if (reply.type === 'log') {
        logs.push(reply.message);
      } else if (reply.type === 'library' && reply.final) {
        waiting?.(reply);
      }
    },
    direct: true,
    sliceMs: 12,
    syncReads: true,
  });
  return {
    logs,
    handle: (request) =>
      new Promise((resolve) => {
        waiting = resolve;
        ix.handle(request);
      }),
  };
}

// Root hook: the temporary folders go once every test has run.
after(removeTempDirs);

describe('hostile input: the editor’s loader', () => {
  it('lists each source once through link loops, and reports the FIFO and the dangling link instead of dropping them', async () => {
    const dir = workspace();
    const listing = await listRoots([{ path: dir, prefix: '', globs: ['sources/**/*.{txt,md}'] }]);
    assert.deepEqual(listing.entries.map((e) => e.file), ['sources/deep/notes.txt', 'sources/harbour.md']);
    assert.deepEqual(listing.issues.map((i) => `${i.file}: ${i.message}`).sort(), ['sources/dangling.md: dangling symbolic link (nothing at gone.md)', 'sources/pipe.md: not a regular file (a FIFO)']);
  });

  it('takes a setting that names one file (no glob character), and reports it when it is a FIFO', async () => {
    const dir = workspace();
    const listing = await listRoots([{ path: dir, prefix: 'ws/', globs: ['sources/harbour.md', './sources/pipe.md', 'sources/deep', 'sources/none.md'] }]);
    assert.deepEqual(listing.entries.map((e) => e.file), ['ws/sources/harbour.md']);
    assert.deepEqual(listing.issues.map((i) => `${i.file}: ${i.message}`), ['ws/sources/pipe.md: not a regular file (a FIFO)']);
  });

  it('loads, and updates with a FIFO among the changed files, without hanging; the library lists what it skipped', async () => {
    const dir = workspace();
    const { handle, logs } = indexer();
    const loaded = await handle({ type: 'load', id: 1, roots: [{ path: dir, prefix: '', globs: ['sources/**/*.md'] }], files: [], includeBundled: false, partials: false });
    assert.deepEqual(loaded.library.sources.map((s) => s.meta.key), ['harbour-2025']);
    assert.deepEqual(loaded.library.issues.map((i) => i.file).sort(), ['sources/dangling.md', 'sources/pipe.md']);
    const updated = await handle({ type: 'update', id: 2, changed: [{ file: 'sources/pipe.md', path: path.join(dir, 'sources/pipe.md') }, { file: 'sources/null.md', path: '/dev/null' }], removed: [] });
    assert.deepEqual(updated.library.sources.map((s) => s.meta.key), ['harbour-2025']);
    assert.ok(logs.includes('Skipped sources/pipe.md: not a regular file (a FIFO)'), logs.join('\n'));
    assert.ok(logs.includes('Skipped sources/null.md: not a regular file (a device)'), logs.join('\n'));
  });

  it('leaves out a copy of a bundled article (the bundled one is used), as the command line does', async () => {
    const dir = tempDir({});
    fs.cpSync(path.join(__dirname, '../../seeds'), path.join(dir, 'sources'), { recursive: true });
    const { handle } = indexer();
    const loaded = await handle({ type: 'load', id: 1, roots: [{ path: dir, prefix: '', globs: ['sources/*.txt'] }], files: [], includeBundled: true, partials: false });
    assert.equal(loaded.library.sources.length, 5);
    assert.ok(loaded.library.sources.every((s) => s.file.startsWith('seeds/')));
    assert.equal(loaded.library.issues.filter((i) => /the same text as the bundled seeds\//.test(i.message)).length, 5);
  });

  it('refuses a file over the size limit from its stat, and a FIFO, without opening either for reading', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'huge.md'), '');
    fs.truncateSync(path.join(dir, 'huge.md'), WALK_LIMITS.maxFileBytes + 1);
    const huge = readEntrySync({ file: 'huge.md', path: path.join(dir, 'huge.md') });
    assert.deepEqual(huge, { ok: false, issue: { file: 'huge.md', severity: 'skipped', message: 'too large (10.0 MB; the limit is 10.0 MB)' } });
    const pipe = readEntrySync({ file: 'pipe.md', path: path.join(dir, 'sources/pipe.md') });
    assert.equal(pipe.ok ? '' : pipe.issue.message, 'not a regular file (a FIFO)');
  });
});

describe('hostile input: walks are bounded', () => {
  const tree = () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      files[`lib/f${String(i).padStart(2, '0')}.md`] = 'x'.repeat(100);
    }
    let deep = 'lib';
    for (let d = 0; d < 6; d++) {
      deep += `/d${d}`;
    }
    files[`${deep}/deep.md`] = 'deep';
    return tempDir(files);
  };
  const walk = async (limits: Partial<typeof WALK_LIMITS>) => {
    const dir = tree();
    const walker = new FileWalker({ dot: false, limits: { ...WALK_LIMITS, ...limits } });
    await walker.walk(path.join(dir, 'lib'), (r) => r, (r) => r.endsWith('.md'));
    return walker;
  };

  it('stops at the file count, the total size or the entries looked at, and says which', async () => {
    assert.equal((await walk({ maxFiles: 10 })).stopped, 'more than 10 files');
    assert.equal((await walk({ maxFiles: 10 })).files.length, 10);
    assert.equal((await walk({ maxBytes: 1000 })).stopped, 'more than 1 KB of files');
    assert.equal((await walk({ maxBytes: 1000 })).files.length, 10);
    assert.equal((await walk({ maxEntries: 5 })).stopped, 'more than 5 files and folders looked at');
    assert.equal((await walk({})).stopped, undefined);
    assert.equal((await walk({})).files.length, 31);
  });

  it('does not go deeper than the depth limit, and reports the folder it left', async () => {
    const walker = await walk({ maxDepth: 3 });
    assert.equal(walker.stopped, undefined);
    assert.equal(walker.files.length, 30);
    assert.deepEqual(walker.issues, [{ file: 'd0/d1/d2/d3', message: 'folder more than 3 levels down: not read' }]);
  });
});
