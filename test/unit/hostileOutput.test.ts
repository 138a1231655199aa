import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, removeTempDirs, run, tempDir } from './helpers/cliRun';

const ARTICLE = '---\ntitle: Harbour dredging to start\nkey: harbour-2025\n---\nThe harbour board said dredging would start in spring and last nine weeks.\n';

// Root hook: the temporary folders go once every test has run.
after(removeTempDirs);

describe('hostile input: say what happened, in one line', () => {
  it('names an unreadable draft and the cause, exit 2, no stack trace', function () {
    const dir = tempDir({ 'locked.md': 'She said “a b c d e”.\n' });
    fs.chmodSync(path.join(dir, 'locked.md'), 0o000);
    const r = run(['check', 'locked.md'], dir, { unprivileged: true });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'verbatim: cannot check locked.md: permission denied (EACCES)');
    assert.equal(r.stdout, '', 'no summary of nothing');
  });

  it('names a catalog.json that is a folder, exit 2', () => {
    const dir = tempDir({ 'lib/harbour.md': ARTICLE, 'lib/catalog.json/x': '' });
    const r = run(['sources', '--sources', 'lib'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'verbatim: cannot read the catalog lib/catalog.json: not a regular file (a folder)');
  });

  it('ends with one line and exit 2 when standard output is a full disk or a closed pipe', () => {
    const dir = tempDir({ 'draft.md': 'She said “a b c d e f” and “g h i j k l”.\n'.repeat(4000) });
    const full = spawnSync('bash', ['-c', `node ${CLI} check draft.md > /dev/full`], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.equal(full.status, 2);
    assert.equal(full.stderr.trim(), 'verbatim: cannot write to standard output: no space left on device (ENOSPC)');
    const closed = spawnSync('bash', ['-c', `node ${CLI} check draft.md | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.equal(closed.stderr.trim(), 'verbatim: cannot write to standard output: the reading end of the pipe was closed (EPIPE)\nexit 2');
  });

  it('reports what a folder walk skipped (dangling link, unreadable folder) and takes .TXT, .MD and .markdown', () => {
    const dir = tempDir({ 'lib/A.TXT': 'Upper Case Title\n\nThe river rose three metres overnight in the lower town.\n', 'lib/b.MD': ARTICLE, 'lib/c.markdown': '# Markdown Title\n\nThe mayor promised a new bridge for the lower town by June.\n', 'lib/locked/d.md': ARTICLE });
    fs.symlinkSync('gone.md', path.join(dir, 'lib/dangling.md'));
    fs.chmodSync(path.join(dir, 'lib/locked'), 0o000);
    const r = run(['sources', '--no-bundled', '--sources', 'lib'], dir, { unprivileged: true });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n').filter((l) => /^\S/.test(l)), [
      'upper-case',
      'harbour-2025',
      'markdown-title',
      'skipped: lib/locked: folder cannot be read: permission denied (EACCES)',
      'skipped: lib/dangling.md: dangling symbolic link (nothing at gone.md)',
      '3 sources, 2 skipped',
    ]);
  });

  it('honours a catalog.json however the folder is named: folder, folder/, ./folder, absolute, glob, one file', () => {
    const dir = tempDir({ 'lib/harbour.txt': 'Harbour dredging to start\n\nThe harbour board said dredging would start in spring.\n', 'lib/catalog.json': JSON.stringify({ version: 1, sources: [{ file: 'harbour.txt', key: 'gazette-harbour', outlet: 'Coastal Gazette' }] }) });
    for (const spec of ['lib', 'lib/', './lib', path.join(dir, 'lib'), 'lib/*.txt', 'lib/**/*.txt', 'lib/harbour.txt']) {
      const r = run(['sources', '--no-bundled', '--sources', spec, '--format', 'json'], dir);
      assert.deepEqual((JSON.parse(r.stdout) as { sources: { key: string; outlet: string }[] }).sources.map((s) => `${s.key} ${s.outlet}`), ['gazette-harbour Coastal Gazette'], spec);
    }
  });

  it('names UTF-16 and UTF-32 files as such, sources and drafts', () => {
    const text = 'Harbour dredging to start\n\nThe harbour board said dredging would start in spring.\n';
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const dir = tempDir({ 'lib/le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'lib/be.txt': utf16be, 'draft.md': Buffer.from(`She said “${text}”`, 'utf16le') });
    const sources = run(['sources', '--sources', 'lib'], dir);
    assert.match(sources.stdout, /skipped: lib\/le\.txt: UTF-16 text: save it as UTF-8/);
    assert.match(sources.stdout, /skipped: lib\/be\.txt: UTF-16 text: save it as UTF-8/);
    const check = run(['check', 'draft.md'], dir);
    assert.equal(check.code, 2);
    assert.equal(check.stderr.trim(), 'verbatim: cannot check draft.md: UTF-16 text: save it as UTF-8');
  });

  it('exits 1 when it prints a problem (an unknown citation key included), and 2 for a draft folder with no draft', () => {
    const dir = tempDir({ 'd.md': 'She said “They were like little suns in the classroom” [@no-such-key].\n', 'empty/notes.pdf': 'x' });
    const r = run(['check', 'd.md'], dir);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /Citation key "no-such-key" is not in the library {2}unknown-citation/);
    assert.match(r.stdout, /✖ 1 problem in 1 file: 1 verified, .* \(1 unknown citation key\)/);
    const json = JSON.parse(run(['check', '--format', 'json', 'd.md'], dir).stdout) as { summary: { unknownCitations: number } };
    assert.equal(json.summary.unknownCitations, 1);
    const empty = run(['check', 'empty'], dir);
    assert.equal(empty.code, 2);
    assert.equal(empty.stderr.trim(), 'verbatim: draft folder empty holds no .md, .markdown or .txt file');
  });
});

describe('hostile input: no source speaks to the terminal', () => {
  // ESC sequences (colour, screen clear, OSC-8 hyperlink), the 8-bit CSI (U+009B), a bare CR, a line
  // break that would forge a finding line, and a right-to-left override, in every field a source gives.
  const EVIL = 'Evil \u001b[31mred\u001b[0m \u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\ \u009b2J \rover\nforged.md:1:1  warning  fake  misquoted \u202egnp.exe';
  const yaml = (s: string) => JSON.stringify(s);
  const dir = tempDir({
    'lib/evil.md': `---\ntitle: ${yaml(EVIL)}\noutlet: ${yaml(EVIL)}\nkey: evil-key\n---\nThe committee will publish its findings before the end of June \u001b[2J and not before.\n`,
    [`lib/x\u001b[1mname.txt`]: 'Plain Title Line\n\nThe mayor said the bridge \u001b]8;;https://x.example\u001b\\will reopen\u001b]8;;\u001b\\ next spring after repairs.\n',
    [`lib/bad\u001b[5m.txt`]: Buffer.from([0, 1, 2, 3]),
    'draft.md': 'She said “the committee will publish its findings before the end of July and not before” [@evil-key].\n',
  });
  const runs = () => [
    run(['sources', '--no-bundled', '--sources', 'lib'], dir),
    run(['search', '--no-bundled', '--sources', 'lib', 'bridge reopen spring'], dir),
    run(['search', '--no-bundled', '--sources', 'lib', 'committee findings June'], dir),
    run(['check', '--no-bundled', '--sources', 'lib', 'draft.md'], dir),
    run(['export', '--no-bundled', '--sources', 'lib'], dir),
  ];

  it('prints no control byte: no ESC, no CR, no C1, no bidirectional override, in stdout or stderr', () => {
    const all = runs();
    // Every command ran and printed the hostile text (escaped), so the check below looks at real output.
    assert.deepEqual(all.map((r) => r.code), [0, 0, 0, 1, 0], all.map((r) => r.stderr).join('\n'));
    assert.ok(all.every((r) => (r.stdout + r.stderr).includes('\\x1b')));
    for (const r of all) {
      for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]]) {
        const bytes = Buffer.from(text, 'utf8');
        for (let i = 0; i < bytes.length; i++) {
          const b = bytes[i];
          assert.ok(b === 0x0a || b >= 0x20, `${stream}: control byte 0x${b.toString(16)} at ${i}`);
          assert.ok(!(b === 0xc2 && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9f), `${stream}: C1 control at ${i}`);
          assert.ok(!(b === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] >= 0xaa && bytes[i + 2] <= 0xae), `${stream}: bidirectional control at ${i}`);
        }
        assert.doesNotMatch(text, /^forged\.md/m, `${stream}: a forged line`);
      }
    }
  });

  it('shows the escapes where the characters were', () => {
    const [sources, , search, check] = runs();
    assert.match(sources.stdout, /^ {2}Evil \\x1b\[31mred\\x1b\[0m \\x1b\]8;;https:\/\/x\.example\\x1b\\link/m);
    assert.match(sources.stdout, /\\x9b2J \\rover\\nforged\.md:1:1 {2}warning/);
    assert.match(sources.stdout, /\\u202egnp\.exe/);
    assert.match(sources.stdout, /· lib\/x\\x1b\[1mname\.txt$/m);
    assert.match(sources.stdout, /^skipped: lib\/bad\\x1b\[5m\.txt: binary file/m);
    assert.match(search.stdout, /\[June\] \\x1b\[2J and/);
    assert.match(check.stdout, /^draft\.md:1:11 {2}warning {2}.*isquote of evil-key: the source says “The committee will publish its findings before the end of June \\x1b\[2J and not before”/m);
  });

  it('keeps JSON exact: the same title, control characters and all, escaped as JSON escapes', () => {
    const r = run(['sources', '--no-bundled', '--sources', 'lib', '--format', 'json'], dir);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const listing = JSON.parse(r.stdout) as { sources: { key: string; title: string; outlet: string; file: string }[] };
    const evil = listing.sources.find((s) => s.key === 'evil-key');
    assert.equal(evil?.title, EVIL);
    assert.equal(evil?.outlet, EVIL);
    assert.ok(listing.sources.some((s) => s.file === 'lib/x\u001b[1mname.txt'));
    const csl = JSON.parse(runs()[4].stdout) as { id: string; title: string }[];
    assert.equal(csl.find((i) => i.id === 'evil-key')?.title, EVIL);
  });
});

describe('hostile input: positions', () => {
  const body = 'First line.\nSecond line.\n\nShe said “They were like little suns in the nursery” [@war-update-2025-belgorod].\n';
  const positions = (file: string, dir: string) => {
    const text = run(['check', file], dir).stdout.split('\n')[0].split('  ')[0];
    const json = JSON.parse(run(['check', '--format', 'json', file], dir).stdout) as { files: { quotes: { range: unknown }[] }[] };
    return { text, range: json.files[0].quotes[0].range };
  };

  it('counts lines ending in LF, CRLF or a lone CR alike, in text and JSON', () => {
    const dir = tempDir({ 'lf.md': body, 'crlf.md': body.replace(/\n/g, '\r\n'), 'cr.md': body.replace(/\n/g, '\r') });
    const lf = positions('lf.md', dir);
    assert.equal(lf.text, 'lf.md:4:11');
    assert.deepEqual(lf.range, { start: { line: 4, column: 11 }, end: { line: 4, column: 52 } });
    for (const file of ['crlf.md', 'cr.md']) {
      const p = positions(file, dir);
      assert.equal(p.text, `${file}:4:11`);
      assert.deepEqual(p.range, lf.range, file);
    }
  });

  it('counts columns in UTF-16 code units, as VS Code and ESLint do', () => {
    const dir = tempDir({ 'emoji.md': '😀 She said “They were like little suns in the nursery” [@war-update-2025-belgorod].\n' });
    assert.equal(positions('emoji.md', dir).text, 'emoji.md:1:14');
  });

  it('splits a source with lone CR line ends into the same paragraphs as with LF', () => {
    const article = 'Harbour News\n\nThe harbour board met on Monday.\n\nDredging will start in spring and last nine weeks, the board said.\n';
    const dir = tempDir({ 'lf/a.txt': article, 'cr/a.txt': article.replace(/\n/g, '\r') });
    const hit = (folder: string) => (JSON.parse(run(['search', '--no-bundled', '--sources', folder, 'dredging spring nine weeks', '--format', 'json'], dir).stdout) as { results: { paragraph: number }[] }).results[0]?.paragraph;
    assert.equal(hit('lf'), 3);
    assert.equal(hit('cr'), 3);
  });
});
