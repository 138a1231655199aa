import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, removeTempDirs, run, tempDir } from './helpers/cliRun';
import { ROOT } from './helpers/seedLibrary';

// Root hook: the temporary folders go once every test has run.
after(removeTempDirs);

describe('verbatim CLI', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run npm run build'));

  describe('check', () => {
    it('prints one ESLint-style line per finding and a summary, and exits 1 on the example draft', () => {
      // As the README runs it: the bundled library plus the example's own sources/ folder, like the editor.
      const r = run(['check', '--sources', 'examples/sources', 'examples/draft.md']);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.split('\n').filter((l) => l.startsWith('examples/draft.md:'));
      assert.deepEqual(
        lines.map((l) => l.replace(/^(\S+)\s+warning\s+.*\s(\S+)$/, '$1 $2')),
        ['examples/draft.md:21:52 misquoted', 'examples/draft.md:24:1 citation-mismatch', 'examples/draft.md:26:59 misquoted', 'examples/draft.md:34:18 unverified'],
      );
      assert.match(r.stdout, /the source says “killed 20 civilians, including nine children”/);
      assert.match(r.stdout, /7 verified, 2 misquoted, 1 unverified, 1 skipped \(1 cited to the wrong source\)/);
    });

    it('prints the documented JSON shape with 1-based positions and the seed file paths', () => {
      const r = run(['check', '--format', 'json', '--sources', 'examples/sources', 'examples/draft.md']);
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout);
      assert.equal(report.version, 1);
      assert.deepEqual(Object.keys(report.sources[0]).slice(0, 4), ['key', 'title', 'outlet', 'date']);
      assert.ok(report.sources.every((s: { file: string }) => /^(seeds\/\d{3}_[0-9a-f]+\.txt|examples\/sources\/[\w-]+\.md)$/.test(s.file)));
      const quotes = report.files[0].quotes;
      const misquote = quotes.find((q: { status: string; text: string }) => q.status === 'misquoted' && q.text.includes('25'));
      assert.deepEqual(misquote.range.start, { line: 21, column: 52 });
      assert.equal(misquote.source.key, 'war-update-2025-belgorod');
      assert.equal(misquote.source.file, 'seeds/000_a54880ab26165d88.txt');
      assert.equal(misquote.sourceText, 'killed 20 civilians, including nine children');
      assert.ok(misquote.similarity > 0.5 && misquote.similarity < 1);
      assert.deepEqual(misquote.diff.filter((d: { op: string }) => d.op !== 'equal'), [{ op: 'replace', quote: '25', source: '20' }]);
      assert.equal(misquote.citation.key, 'war-update-2025-belgorod');
      assert.ok(misquote.problems.some((p: { code: string }) => p.code === 'changed-number'));
      const { verified, misquoted, unverified, skipped } = report.summary;
      assert.deepEqual({ verified, misquoted, unverified, skipped }, { verified: 7, misquoted: 2, unverified: 1, skipped: 1 });
      const fileText = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8').split('\n');
      for (const q of quotes) {
        assert.ok(fileText[q.range.start.line - 1].slice(q.range.start.column - 1).length > 0);
      }
    });

    it('exits 0 when every quotation is verified or skipped', () => {
      const dir = tempDir({ 'ok.md': 'She said “They were like little suns in the classroom” and “so on”.\n' });
      const r = run(['check', path.join(dir, 'ok.md')]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /✔ no problems in 1 file: 1 verified, 0 misquoted, 0 unverified, 1 skipped/);
    });

    it('checks against user sources given with --sources (folder or glob), with front matter keys', () => {
      const dir = tempDir({
        'sources/memo.md': '---\ntitle: Internal memo\nkey: memo-2025\ndate: 2025-05-02\n---\nThe committee will publish its findings before the end of June.\n',
        'draft.md': 'The memo says “the committee will publish its findings before the end of June” [@memo-2025].\n',
      });
      for (const spec of ['sources', 'sources/*.md']) {
        const r = run(['check', '--sources', spec, 'draft.md'], dir);
        assert.equal(r.code, 0, r.stdout + r.stderr);
      }
      const withSeeds = run(['check', 'draft.md'], dir);
      assert.equal(withSeeds.code, 1, 'without --sources only the bundled seeds are used');
      assert.match(withSeeds.stdout, /unknown-citation|unverified/);
    });

    it('adds --sources to the bundled library, as the editor does; --no-bundled leaves the bundled articles out', () => {
      const dir = tempDir({
        'sources/memo.md': '---\ntitle: Internal memo\nkey: memo-2025\n---\nThe committee will publish its findings before the end of June.\n',
        'draft.md': 'The memo says “the committee will publish its findings before the end of June” [@memo-2025]. She said “They were like little suns in the classroom” [@war-update-2025-belgorod].\n',
      });
      const both = run(['check', '--sources', 'sources', 'draft.md'], dir);
      assert.equal(both.code, 0, both.stdout + both.stderr);
      assert.match(both.stdout, /2 verified/);
      const alone = run(['check', '--no-bundled', '--sources', 'sources', 'draft.md'], dir);
      assert.equal(alone.code, 1, alone.stdout);
      assert.match(alone.stdout, /Citation key "war-update-2025-belgorod" is not in the library/);
      for (const command of [['sources'], ['search', 'little suns'], ['export']]) {
        const withBundled = run([...command, '--sources', 'sources', '--format', command[0] === 'export' ? 'csl-json' : 'json'], dir);
        const without = run([...command, '--no-bundled', '--sources', 'sources', '--format', command[0] === 'export' ? 'csl-json' : 'json'], dir);
        assert.match(withBundled.stdout, /war-update-2025-belgorod/, command.join(' '));
        assert.doesNotMatch(without.stdout, /war-update-2025-belgorod/, command.join(' '));
      }
    });

    it('loads a copy of a bundled article once: the bundled one, with its key, and says so', () => {
      const dir = tempDir({});
      fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'copy'), { recursive: true });
      const r = run(['sources', '--sources', 'copy', '--format', 'json'], dir);
      const listing = JSON.parse(r.stdout);
      assert.deepEqual(
        listing.sources.map((s: { key: string; file: string }) => `${s.key} ${s.file.split('/')[0]}`),
        ['war-update-2025-belgorod seeds', 'zelensky-belgorod-kursk seeds', 'cnn-2025-belgorod seeds', 'kyiv-independent-belgorod seeds', 'ukraine-claims-kursk seeds'],
      );
      assert.equal(listing.skipped.length, 5);
      assert.ok(listing.skipped.every((s: { message: string }) => /the same text as the bundled seeds\//.test(s.message)));
    });

    it('honours --min-words', () => {
      const dir = tempDir({ 'd.md': 'It was “a made up phrase here” indeed.\n' });
      assert.equal(run(['check', path.join(dir, 'd.md')]).code, 1);
      assert.equal(run(['check', '--min-words', '6', path.join(dir, 'd.md')]).code, 0);
    });

    it('expands globs of drafts', () => {
      const r = run(['check', 'test/fixtures/drafts/curly-*.md']);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /in 1 file/);
    });
  });

  describe('bad input', () => {
    it('exits 2 naming a missing --sources path', () => {
      const r = run(['check', '--sources', 'no/such/folder', 'examples/draft.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no\/such\/folder.*no such file or folder/);
      const glob = run(['check', '--sources', 'no/such/*.md', 'examples/draft.md']);
      assert.equal(glob.code, 2);
      assert.match(glob.stderr, /--sources "no\/such\/\*\.md" matches no file/);
    });

    it('exits 2 on usage errors with a message', () => {
      assert.equal(run(['check']).code, 2);
      assert.equal(run(['frobnicate']).code, 2);
      const r = run(['check', '--format', 'xml', 'examples/draft.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--format must be text or json/);
      assert.match(run(['check', '--min-words', 'zero', 'x.md']).stderr, /--min-words must be a whole number/);
      assert.match(run(['check', 'missing-draft.md']).stderr, /missing-draft\.md.*no such file/);
    });

    it('skips binary, empty and invalid UTF-8 sources with a message naming each, and checks against the rest', () => {
      const dir = tempDir({
        'sources/good.txt': 'Good Article Title\n\nThe river rose three metres overnight and flooded the lower town.\n',
        'sources/blob.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
        'sources/empty.md': '',
        'sources/latin1.txt': Buffer.from('Caf\xe9 society news\n', 'latin1'),
        'draft.md': '“The river rose three metres overnight” they said.\n',
      });
      const r = run(['check', '--sources', 'sources', 'draft.md'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stderr, /skipped source sources\/blob\.txt: binary file/);
      assert.match(r.stderr, /skipped source sources\/empty\.md: empty file/);
      assert.match(r.stderr, /skipped source sources\/latin1\.txt: not valid UTF-8/);
      const listing = JSON.parse(run(['sources', '--no-bundled', '--sources', 'sources', '--format', 'json'], dir).stdout);
      assert.equal(listing.sources.length, 1);
      assert.equal(listing.skipped.length, 3);
    });

    it('exits 2 when a draft is not text, naming it', () => {
      const dir = tempDir({ 'bin.md': Buffer.from([0, 1, 2, 3]) });
      const r = run(['check', path.join(dir, 'bin.md')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot check .*bin\.md: binary file/);
    });

    it('checks a 1 MB one-line draft with an unterminated quote and reports it', () => {
      const line = `${'word “and more words '.repeat(10)}${'filler text without marks '.repeat(40000)}`;
      const dir = tempDir({ 'big.md': line });
      const r = run(['check', '--format', 'json', path.join(dir, 'big.md')]);
      assert.equal(r.code, 1, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.ok(report.summary.unterminated >= 1);
    });
  });

  describe('search and sources', () => {
    it('finds a passage despite typos, with its key and paragraph', () => {
      const r = run(['search', 'litle sunz classroom', '--format', 'json']);
      assert.equal(r.code, 0);
      const { results } = JSON.parse(r.stdout);
      assert.equal(results[0].key, 'war-update-2025-belgorod');
      assert.match(results[0].text, /little suns in the classroom/);
      assert.ok(results[0].ranges.length > 0);
    });

    it('lists the bundled library with keys, metadata and passage counts', () => {
      const r = run(['sources', '--format', 'json']);
      const { sources } = JSON.parse(r.stdout);
      assert.deepEqual(
        sources.map((s: { key: string }) => s.key),
        ['war-update-2025-belgorod', 'zelensky-belgorod-kursk', 'cnn-2025-belgorod', 'kyiv-independent-belgorod', 'ukraine-claims-kursk'],
      );
      assert.ok(sources.every((s: { passages: number }) => s.passages > 5));
      assert.match(run(['sources']).stdout, /cnn-2025-belgorod\n {2}Ukraine launches attacks/);
    });
  });
});
