import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, CliRun, removeTempDirs, run, tempDir } from './helpers/cliRun';
import { ROOT } from './helpers/seedLibrary';

const ARTICLE = '---\ntitle: Harbour dredging to start\nkey: harbour-2025\n---\nThe harbour board said dredging would start in spring and last nine weeks.\n';
const DRAFT = 'The board said “dredging would start in spring and last nine weeks” [@harbour-2025].\n';

/** Every file below a folder (links as links) with a digest of its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    const stat = fs.lstatSync(file);
    out[name] = stat.isSymbolicLink() ? `link ${fs.readlinkSync(file)}` : stat.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : `${stat.mode}`;
  }
  return out;
}

/** Finished in time, with one-line messages that start with "verbatim:" and no stack trace. */
function assertClean(r: CliRun): void {
  assert.equal(r.signal, null, 'killed: the command hung');
  assert.doesNotMatch(r.stderr, /internal error|^\s+at /m, r.stderr);
  for (const line of r.stderr.split('\n').filter((l) => l)) {
    assert.match(line, /^(verbatim: |Run "verbatim --help")/, line);
  }
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

// Root hook: the temporary folders go once every test has run.
after(removeTempDirs);

describe('hostile input: no source is ever written', () => {
  let dir: string;
  let before: Record<string, string>;
  beforeEach(() => {
    dir = tempDir({ 'lib/harbour.md': ARTICLE, 'lib/catalog.json': '{"version":1,"sources":[]}\n', 'lib/notes.txt': 'Notes on the harbour works and the board meeting of March.\n' });
    before = snapshot(path.join(dir, 'lib'));
  });
  const refused = (out: string, setup: () => void) => {
    setup();
    const r = run(['export', '--sources', 'lib', '--out', out], dir);
    assertClean(r);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /Verbatim never writes to a source/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.deepEqual(snapshot(path.join(dir, 'lib')), before, 'the library is byte for byte as it was');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  };

  it('refuses --out that is a source, its catalog, a symbolic link (or a chain of them) to either, or a hard link', () => {
    refused('lib/harbour.md', () => {});
    refused('lib/catalog.json', () => {});
    refused('link.json', () => fs.symlinkSync('lib/harbour.md', path.join(dir, 'link.json')));
    refused('chain.json', () => {
      fs.symlinkSync('lib/catalog.json', path.join(dir, 'hop.json'));
      fs.symlinkSync('hop.json', path.join(dir, 'chain.json'));
    });
    refused('hard.json', () => fs.linkSync(path.join(dir, 'lib/notes.txt'), path.join(dir, 'hard.json')));
    refused('./lib/../lib/harbour.md', () => {});
  });

  it('writes elsewhere through a temporary file and a rename: the new file whole, its mode kept, nothing left over', () => {
    fs.writeFileSync(path.join(dir, 'refs.json'), 'old');
    fs.chmodSync(path.join(dir, 'refs.json'), 0o640);
    const inode = fs.statSync(path.join(dir, 'refs.json')).ino;
    const r = run(['export', '--sources', 'lib', '--out', 'refs.json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const items = JSON.parse(fs.readFileSync(path.join(dir, 'refs.json'), 'utf8')) as { id: string }[];
    assert.ok(items.some((i) => i.id === 'harbour-2025'));
    assert.notEqual(fs.statSync(path.join(dir, 'refs.json')).ino, inode, 'replaced by a rename, not written in place');
    assert.equal(fs.statSync(path.join(dir, 'refs.json')).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  });

  it('fails in one line, leaving nothing behind, when the output cannot be written', () => {
    for (const out of ['no/such/folder/refs.json', 'lib', '/dev/null']) {
      const r = run(['export', '--sources', 'lib', '--out', out], dir);
      assertClean(r);
      assert.equal(r.code, 2, out);
      assert.match(r.stderr, /^verbatim: cannot write /m, out);
    }
    assert.deepEqual(snapshot(path.join(dir, 'lib')), before);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  });
});

describe('hostile input: nothing hangs', () => {
  it('skips a FIFO given as a source or found in a sources folder, naming it, and checks against the rest', () => {
    const dir = tempDir({ 'sources/harbour.md': ARTICLE, 'draft.md': DRAFT });
    mkfifo(path.join(dir, 'sources/pipe.md'));
    for (const spec of ['sources', 'sources/pipe.md', 'sources/*.md']) {
      const r = run(['check', '--sources', spec, '--sources', 'sources/harbour.md', 'draft.md'], dir, { timeoutMs: 20000 });
      assertClean(r);
      assert.equal(r.code, 0, `${spec}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /skipped source sources\/pipe\.md: not a regular file \(a FIFO\)/, spec);
    }
  });

  it('refuses a FIFO draft (named or in a folder) and a FIFO catalog.json, in one line, exit 2', () => {
    const dir = tempDir({ 'sources/harbour.md': ARTICLE, 'drafts/ok.md': DRAFT });
    mkfifo(path.join(dir, 'drafts/pipe.md'));
    for (const args of [['check', '--sources', 'sources', 'drafts/pipe.md'], ['check', '--sources', 'sources', 'drafts']]) {
      const r = run(args, dir, { timeoutMs: 20000 });
      assertClean(r);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^verbatim: cannot check drafts\/pipe\.md: not a regular file \(a FIFO\)$/m);
    }
    mkfifo(path.join(dir, 'sources/catalog.json'));
    const r = run(['sources', '--sources', 'sources'], dir, { timeoutMs: 20000 });
    assertClean(r);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'verbatim: cannot read the catalog sources/catalog.json: not a regular file (a FIFO)');
  });

  it('never opens a device: /dev/zero and /dev/null as sources are skipped at once', () => {
    const dir = tempDir({ 'draft.md': DRAFT });
    const r = run(['sources', '--sources', '/dev/zero', '--sources', '/dev/null'], dir, { timeoutMs: 20000 });
    assertClean(r);
    assert.match(r.stdout, /skipped: \/dev\/zero: not a regular file \(a device\)/);
    assert.match(r.stdout, /skipped: \/dev\/null: not a regular file \(a device\)/);
  });

  it('refuses a 200 MB source from its size, without reading it (the process stays small)', () => {
    const dir = tempDir({ 'draft.md': DRAFT });
    // A sparse file: 200 MB long, nothing on the disk.
    fs.writeFileSync(path.join(dir, 'huge.txt'), '');
    fs.truncateSync(path.join(dir, 'huge.txt'), 200 * 1024 * 1024);
    const script = `const lines = []; require(${JSON.stringify(CLI)}).main(['sources', '--sources', 'huge.txt'], (s) => lines.push(s), (s) => lines.push(s)).then((code) => console.log(JSON.stringify({ code, lines, rssMB: process.resourceUsage().maxRSS / 1024 })));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    const result = JSON.parse(r.stdout) as { code: number; lines: string[]; rssMB: number };
    assert.ok(result.lines.some((l) => l === 'skipped: huge.txt: too large (200.0 MB; the limit is 10.0 MB)'), result.lines.join('\n'));
    assert.ok(result.rssMB < 150, `peak memory ${Math.round(result.rssMB)} MB: the file was read`);
  });

  it('follows a symbolic-link loop once: each file loads once, under one name', () => {
    const dir = tempDir({ 'lib/sub/harbour.md': ARTICLE });
    fs.symlinkSync('..', path.join(dir, 'lib/sub/up'));
    fs.symlinkSync('.', path.join(dir, 'lib/sub/here'));
    fs.symlinkSync('sub', path.join(dir, 'lib/again'));
    const r = run(['sources', '--no-bundled', '--sources', 'lib', '--sources', 'lib/sub', '--format', 'json'], dir);
    assertClean(r);
    const listing = JSON.parse(r.stdout) as { sources: { key: string; file: string }[] };
    assert.deepEqual(
      listing.sources.map((s) => `${s.key} ${s.file}`),
      ['harbour-2025 lib/sub/harbour.md'],
    );
  });

  it('ends a walk of / in bounded time, with a listing or a one-line message', function () {
    this.timeout(90000);
    const dir = tempDir({});
    const r = run(['sources', '--no-bundled', '--sources', '/', '--format', 'json'], dir, { timeoutMs: 60000 });
    assertClean(r);
    assert.ok(r.code === 0 || r.code === 2, `exit ${r.code}`);
    if (r.code === 2) {
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});

// Runs the built CLI in the repository (the help text is what users see).
describe('hostile input: the help says how the library is made', () => {
  it('documents --no-bundled and that --sources adds to the bundled library', () => {
    const r = run(['--help'], ROOT);
    assert.match(r.stdout, /--sources <dir\|glob>\s+Source articles \(\.txt, \.md, \.markdown\), added to the bundled library/);
    assert.match(r.stdout, /--no-bundled\s+Leave the five bundled articles out of the library/);
  });
});
