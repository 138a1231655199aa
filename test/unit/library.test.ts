import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCatalog } from '../../src/core/catalog';
import { FileReader, Library, LibraryIssue, SourceInput } from '../../src/core/library';
import { Source } from '../../src/core/source';
import { normalizeWord, tokenize } from '../../src/core/tokens';
import { SEEDS, seedLibrary, utf8 } from './helpers/seedLibrary';

const library = seedLibrary();
const KEYS = ['war-update-2025-belgorod', 'zelensky-belgorod-kursk', 'cnn-2025-belgorod', 'kyiv-independent-belgorod', 'ukraine-claims-kursk'];
const BODY = 'Officials said the bridge over the river would reopen next week after repairs. It had been closed for a year.\n';
const HEADED = `# Bridge Works Finished\n\n12 March 2024\n\n${BODY}`;

function seed(key: string): Source {
  const s = library.get(key);
  assert.ok(s, `seed ${key} is loaded`);
  return s;
}

/** The paragraph of a source whose text starts with `start`. */
function paragraphStarting(source: Source, start: string) {
  const p = source.paragraphs.find((q) => source.text.slice(q.start, q.end).startsWith(start));
  assert.ok(p, `a paragraph starts with ${JSON.stringify(start)}`);
  return p;
}

const tokensIn = (source: Source, start: number, end: number) => source.tokens.filter((t) => t.start < end && t.end > start);
const input = (file: string, text: string): SourceInput => ({ file, bytes: utf8(text) });
const issuesFor = (issues: readonly LibraryIssue[], file: string) => issues.filter((i) => i.file === file);

describe('library: the bundled seed articles', () => {
  it('loads all five seeds under their catalog keys, with no issues', () => {
    assert.deepEqual([...library.sources.map((s) => s.meta.key)].sort(), [...KEYS].sort());
    assert.deepEqual(library.issues, []);
  });

  it('takes each seed’s metadata from the catalog, null where the article does not state it', () => {
    const catalog = JSON.parse(fs.readFileSync(path.join(SEEDS, 'catalog.json'), 'utf8')) as { sources: Record<string, unknown>[] };
    for (const { file, ...meta } of catalog.sources) {
      const source = library.sources.find((s) => s.file === `seeds/${file as string}`);
      assert.deepEqual(source?.meta, meta, String(file));
    }
    assert.equal(seed('cnn-2025-belgorod').meta.outlet, 'CNN');
    assert.equal(seed('war-update-2025-belgorod').meta.date, '2025-04-18');
    assert.deepEqual(seed('zelensky-belgorod-kursk').meta, { key: 'zelensky-belgorod-kursk', title: null, author: null, outlet: null, date: null, url: null });
  });

  const FURNITURE: [string, string[]][] = [
    ['war-update-2025-belgorod', ['back to top', 'Share', 'READ MORE: Israel Revises Account', 'Read more', 'Local News']],
    [
      'cnn-2025-belgorod',
      [
        '\u00a0 Ex-Ald. John Arena is Mayor Johnson',
        '\u00a0 Alex Cora’s Decision',
        '\u00a0 Lakers’ LeBron James',
        '(Visited 1 times, 1 visits today)',
        'Leave a Reply',
        'Your email address will not be published.',
        'The-CNN-Wire™ & © 2025 Cable News Network',
      ],
    ],
  ];
  for (const [key, lines] of FURNITURE) {
    for (const line of lines) {
      it(`flags the page furniture “${line.trim()}” in ${key} and keeps its words out of the article text`, () => {
        const source = seed(key);
        const p = paragraphStarting(source, line);
        assert.equal(p.furniture, true);
        assert.deepEqual(tokensIn(source, p.start, p.end), []);
        assert.ok(!source.sentences.some((s) => s.start < p.end && s.end > p.start));
      });
    }
  }

  const HEADINGS: [string, string][] = [
    ['war-update-2025-belgorod', 'Ukraine War Update: Zelenskyy Confirms'],
    ['war-update-2025-belgorod', '“Active Operations” in Belgorod and Kursk'],
    ['war-update-2025-belgorod', 'Zelenskyy: “The War Must Return”'],
    ['war-update-2025-belgorod', 'What to Watch'],
    ['zelensky-belgorod-kursk', 'Ukraine’s Continued Presence in Russian Territory'],
    ['cnn-2025-belgorod', 'Ukrainian forces on the back foot'],
    ['cnn-2025-belgorod', 'Little progress toward a ceasefire'],
    ['ukraine-claims-kursk', 'Ukraine Claims Control Over 1,000 Square Kilometers'],
  ];
  for (const [key, heading] of HEADINGS) {
    it(`keeps the article’s own heading “${heading}” (${key}) as article text`, () => {
      const source = seed(key);
      const p = paragraphStarting(source, heading);
      assert.equal(p.furniture, false);
      assert.deepEqual(
        tokensIn(source, p.start, p.end).map((t) => t.norm),
        tokenize(source.text.slice(p.start, p.end)).map((t) => t.norm),
      );
    });
  }

  it('maps every paragraph, sentence and word back to the exact text of the file', () => {
    for (const source of library.sources) {
      const raw = fs.readFileSync(path.join(SEEDS, path.basename(source.file)), 'utf8');
      assert.equal(source.text, raw, `${source.file} is kept byte for byte`);
      source.paragraphs.forEach((p, i) => {
        const text = raw.slice(p.start, p.end);
        assert.ok(text.length > 0 && text === text.replace(/^[ \t]+|\s+$/g, ''), `paragraph ${i} of ${source.file} is trimmed`);
        assert.ok(i === 0 || source.paragraphs[i - 1].end < p.start, 'paragraphs are in order and do not overlap');
      });
      for (const s of source.sentences) {
        const p = source.paragraphs[s.paragraph];
        assert.ok(p.start <= s.start && s.start < s.end && s.end <= p.end, 'a sentence lies inside its paragraph');
        assert.equal(raw.slice(s.start, s.end).trim(), raw.slice(s.start, s.end));
      }
      source.tokens.forEach((t, i) => {
        assert.equal(normalizeWord(raw.slice(t.start, t.end)), t.norm);
        const p = source.paragraphs[source.tokenParagraph[i]];
        assert.ok(p.start <= t.start && t.end <= p.end && !p.furniture);
      });
    }
    const war = seed('war-update-2025-belgorod');
    const quote = '“We demand the world’s outrage.”';
    const at = war.text.indexOf(quote);
    const words = war.tokens.filter((t) => t.start >= at && t.end <= at + quote.length);
    assert.equal(war.text.slice(words[0].start, words[words.length - 1].end), 'We demand the world’s outrage');
  });
});

describe('library: files that cannot be sources are skipped, the rest still loads', () => {
  const BAD: [string, Uint8Array, RegExp][] = [
    ['user/image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), /binary.*NUL/],
    ['user/empty.txt', new Uint8Array(0), /empty/],
    ['user/latin1.txt', new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' society')]), /not valid UTF-8.*offset 3/],
    ['user/furniture.txt', utf8('Share\n\nRead more\n\nLeave a Reply\n\n(Visited 12 times, 1 visits today)\n'), /only page furniture/],
  ];
  for (const [file, bytes, reason] of BAD) {
    it(`skips ${file} with a reason matching ${reason}`, () => {
      const lib = seedLibrary([{ file, bytes }, input('user/good.txt', BODY)]);
      const issues = issuesFor(lib.issues, file);
      assert.equal(issues.length, 1);
      assert.equal(issues[0].severity, 'skipped');
      assert.match(issues[0].message, reason);
      assert.ok(!lib.sources.some((s) => s.file === file));
      assert.equal(lib.sources.length, 6, 'the seeds and the good file load');
    });
  }

  it('skips a file over the size limit, saying how big it is and what the limit is', () => {
    const lib = Library.fromInputs([input('big.txt', `${BODY}`.repeat(40)), input('small.txt', BODY)], { maxSourceBytes: 1024 });
    assert.deepEqual(lib.sources.map((s) => s.file), ['small.txt']);
    assert.equal(lib.issues[0].file, 'big.txt');
    assert.match(lib.issues[0].message, /too large \(5 KB; the limit is 1 KB\)/);
  });

  it('loads through the host’s FileReader and skips a file it cannot read, naming the error', async () => {
    const files = new Map([['a.txt', utf8(BODY)], ['c.txt', utf8(HEADED)]]);
    const reader: FileReader = {
      readFile: (p) => (files.has(p) ? Promise.resolve(files.get(p) as Uint8Array) : Promise.reject(new Error(`ENOENT: no such file, open '${p}'`))),
    };
    const lib = await Library.load(['a.txt', 'b.txt', 'c.txt'], reader);
    assert.deepEqual(lib.sources.map((s) => s.file), ['a.txt', 'c.txt']);
    assert.deepEqual(lib.issues, [{ file: 'b.txt', severity: 'skipped', message: "cannot be read: ENOENT: no such file, open 'b.txt'" }]);
  });

  it('reports a malformed catalog as problems instead of throwing', () => {
    assert.match(parseCatalog('{"sources": [').problems[0], /not valid JSON/);
    assert.deepEqual(parseCatalog('[1, 2]').problems, ['expected an object with a "sources" list']);
    const partial = parseCatalog('{"sources": [{"title": "no file"}, {"file": "a.txt", "key": "ok-key", "title": 7, "date": "someday"}]}');
    assert.deepEqual(partial.problems, ['sources[0] has no "file" name', 'a.txt: "title" should be text', 'a.txt: "date" is not a date I can read: "someday"']);
    assert.equal(partial.entries.get('a.txt')?.key, 'ok-key');
    const lib = Library.fromInputs([input('a.txt', BODY)], { catalog: partial, catalogFile: 'lib/catalog.json' });
    assert.equal(lib.sources[0].meta.key, 'ok-key');
    assert.ok(lib.issues.every((i) => i.file === 'lib/catalog.json' && i.severity === 'warning'));
  });
});

describe('library: metadata of the user’s own sources', () => {
  it('uses the YAML front matter fields: title, author list, outlet, date, url and key', () => {
    const fm = '---\ntitle: Bridge to reopen\nauthor: [Ann Lee, Bo Chan]\noutlet: The Daily Planet\ndate: 2024-03-05\nurl: https://example.com/bridge\nkey: planet-bridge\n---\n';
    const lib = seedLibrary([input('user/bridge.md', fm + BODY)]);
    assert.deepEqual(lib.get('planet-bridge')?.meta, {
      key: 'planet-bridge',
      title: 'Bridge to reopen',
      author: 'Ann Lee, Bo Chan',
      outlet: 'The Daily Planet',
      date: '2024-03-05',
      url: 'https://example.com/bridge',
    });
    assert.equal(lib.get('planet-bridge')?.tokens[0].norm, 'officials', 'the front matter is not article text');
  });

  it('without front matter, takes the first short line as the title and a date near the top', () => {
    const stacked = Library.fromInputs([input('a.txt', `City Bridge Set to Reopen\nMarch 5, 2024\n\n${BODY}`)]).sources[0].meta;
    assert.deepEqual([stacked.title, stacked.date], ['City Bridge Set to Reopen', '2024-03-05']);
    const spaced = Library.fromInputs([input('b.txt', `Friday, April 18, 2025\n\n# Title of the Story Here\n\n${BODY}`)]).sources[0].meta;
    assert.deepEqual([spaced.title, spaced.date, spaced.author, spaced.outlet, spaced.url], ['Title of the Story Here', '2025-04-18', null, null, null]);
  });

  const MALFORMED: [string, string, RegExp][] = [
    ['bad YAML', '---\ntitle: [unclosed\n---\n', /malformed front matter/],
    ['no closing ---', '---\ntitle: Forgot the Fence\n\n', /no closing "---"/],
    ['a list, not fields', '---\n- a\n- b\n---\n', /not a set of "key: value" fields/],
    ['a number as title', '---\ntitle: 42\n---\n', /"title" should be text/],
    ['an unreadable date', '---\ndate: soon\n---\n', /"date" is not a date/],
    ['an invalid key', '---\nkey: "bad key!"\n---\n', /"key" "bad key!" is not a valid citation key/],
  ];
  for (const [what, fm, warning] of MALFORMED) {
    it(`warns about front matter with ${what}, and still loads the source`, () => {
      const lib = seedLibrary([input('user/broken.md', fm + HEADED)]);
      const issues = issuesFor(lib.issues, 'user/broken.md');
      assert.equal(issues.length, 1);
      assert.equal(issues[0].severity, 'warning');
      assert.match(issues[0].message, warning);
      const source = lib.sources.find((s) => s.file === 'user/broken.md');
      assert.ok(source, 'the source loads');
      assert.ok(source.tokens.some((t) => t.norm === 'officials'));
      assert.equal(source.meta.date, '2024-03-12', 'the date comes from the heuristics');
      // Without a closing fence the YAML lines are read as body text, so the title guess is open to question.
      if (what !== 'no closing ---') {
        assert.equal(source.meta.title, 'Bridge Works Finished');
      }
    });
  }
});

describe('library: every source has a human name', () => {
  it('names a source by its title, else by the start of its first sentence, never by its file or key', () => {
    assert.equal(Library.label(seed('cnn-2025-belgorod')), 'Ukraine launches attacks in new Russian region as it faces setbacks on home soil');
    // Read from the articles: neither has a title line; both open with a sentence.
    assert.equal(Library.label(seed('zelensky-belgorod-kursk')), 'Ukrainian President Volodymyr Zelensky has confirmed that…');
    assert.equal(Library.label(seed('kyiv-independent-belgorod')), 'Ukrainian forces have advanced three to four kilometers…');
  });

  it('keeps a short first sentence whole, without its full stop', () => {
    const lib = Library.fromInputs([input('a.md', '---\noutlet: The Daily Planet\n---\nThe bridge reopens today.\n')]);
    assert.equal(Library.label(lib.sources[0]), 'The bridge reopens today');
  });
});

describe('library: citation keys', () => {
  const planet = (title: string) => `---\ntitle: ${title}\noutlet: The Daily Planet\ndate: 2024-03-05\n---\n${BODY}`;

  it('generates readable keys: outlet, year and a word of the title', () => {
    const lib = Library.fromInputs([input('a.md', planet('The Bridge to Reopen'))]);
    assert.equal(lib.sources[0].meta.key, 'daily-planet-2024-bridge');
  });

  it('keeps keys unique: a clash gets -2, in file order', () => {
    const lib = Library.fromInputs([input('b.md', planet('Bridge repairs')), input('a.md', planet('Bridge to reopen'))]);
    assert.deepEqual(lib.sources.map((s) => [s.file, s.meta.key]), [['a.md', 'daily-planet-2024-bridge'], ['b.md', 'daily-planet-2024-bridge-2']]);
  });

  it('gives the same keys for the same files offered in a different order', () => {
    const inputs = [input('x/one.md', planet('Bridge to reopen')), input('x/two.md', planet('Bridge delayed')), input('y.txt', HEADED), input('z.txt', HEADED)];
    const keysOf = (lib: Library) => new Map(lib.sources.map((s) => [s.file, s.meta.key]));
    const forward = keysOf(seedLibrary(inputs));
    assert.deepEqual(keysOf(seedLibrary([...inputs].reverse())), forward);
    assert.equal(new Set(forward.values()).size, forward.size);
  });

  it('warns when two sources claim the same key, and gives the later one a new key', () => {
    const lib = seedLibrary([input('user/dup.md', `---\nkey: cnn-2025-belgorod\n---\n${HEADED}`)]);
    assert.equal(lib.get('cnn-2025-belgorod')?.file, 'seeds/002_83ab1503057cac33.txt');
    const dup = lib.sources.find((s) => s.file === 'user/dup.md');
    assert.equal(dup?.meta.key, 'bridge-works-2024');
    assert.deepEqual(issuesFor(lib.issues, 'user/dup.md').map((i) => i.severity), ['warning']);
    assert.match(issuesFor(lib.issues, 'user/dup.md')[0].message, /"cnn-2025-belgorod" is already used/);
  });
});
