import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDraft } from '../../src/core/checker';
import { formatCitation, formatCitationGroup, formatQuotation } from '../../src/core/citationFormat';
import { PassageSearch } from '../../src/core/search';
import { ROOT, seedLibrary } from './helpers/seedLibrary';

// Citations Verbatim writes must render in a real Pandoc (Debian's, installed by .ci/run).
// Titles are compared without case: the default CSL style title-cases them.
describe('citations render with a real Pandoc and the exported CSL-JSON', () => {
  const library = seedLibrary();
  const search = new PassageSearch(library);
  let dir: string;

  before(() => {
    const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, 'pandoc is not installed: apt-get install pandoc (.ci/run does this)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-pandoc-'));
    const exported = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'export', '--format', 'csl-json', '--out', path.join(dir, 'refs.json')], { encoding: 'utf8' });
    assert.equal(exported.status, 0, exported.stderr);
  });

  function quote(query: string, style: 'pandoc' | 'footnote', locator?: boolean): { text: string; definition?: string; key: string } {
    const [hit] = search.search(query, 1);
    assert.ok(hit, `no passage for ${query}`);
    const q = formatQuotation(hit.text, hit.source.meta, style, locator ? `para ${hit.paragraph}` : undefined);
    return { text: q.text, definition: q.footnoteDefinition, key: hit.source.meta.key };
  }

  function render(markdown: string): { stdout: string; stderr: string; status: number | null } {
    const file = path.join(dir, 'draft.md');
    fs.writeFileSync(file, markdown);
    const r = spawnSync('pandoc', ['--citeproc', '--bibliography', path.join(dir, 'refs.json'), '--wrap=none', '-t', 'plain', file], { encoding: 'utf8' });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  }

  it('renders pandoc-style quotations with locators, a footnote and a group citation, with a reference list', () => {
    const a = quote('little suns classroom', 'pandoc', true);
    const b = quote('Putin wants to negotiate over territory', 'pandoc');
    const c = quote('first line of defense', 'footnote');
    const d = quote('1,000 square kilometers of Russian territory', 'pandoc');
    const group = formatCitationGroup([{ meta: library.get('cnn-2025-belgorod')!.meta }, { meta: library.get('ukraine-claims-kursk')!.meta, locator: 'para 2' }]);
    const draft = [`# Draft`, '', `A teacher said ${a.text}.`, '', `Zelensky: ${b.text}.`, '', `An expert: ${c.text}`, '', `Kyiv claimed ${d.text}.`, '', `Both reports agree ${group}.`, '', c.definition, ''].join('\n');

    const checked = checkDraft(draft, library);
    assert.deepEqual(checked.quotes.map((q) => q.status), ['verified', 'verified', 'verified', 'verified'], 'the engine verifies what it inserted');
    assert.deepEqual(checked.quotes.map((q) => q.problems.length), [0, 0, 0, 0]);

    const out = render(draft);
    assert.equal(out.status, 0, out.stderr);
    assert.doesNotMatch(out.stderr, /not found|WARNING/i);
    assert.doesNotMatch(out.stdout, /\[@|@[a-z]/, 'every citation was resolved');
    for (const key of ['war-update-2025-belgorod', 'cnn-2025-belgorod', 'ukraine-claims-kursk']) {
      const meta = library.get(key)!.meta;
      assert.ok(out.stdout.toLowerCase().includes(meta.title!.toLowerCase()), `${key}'s title is in the reference list:\n${out.stdout}`);
    }
    assert.match(out.stdout, /CNN/);
    assert.match(out.stdout, /Kyiv Independent/);
  });

  it('leaves an unknown key visibly unresolved, with a warning (the check above can fail)', () => {
    const out = render(`Text ${formatCitation({ key: 'no-such-key', title: null, author: null, outlet: null, date: null, url: null }, 'pandoc').text}.\n`);
    assert.match(out.stderr, /no-such-key/);
  });
});
