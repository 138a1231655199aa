import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { keyCompletions, partialKey } from '../../src/core/editor/citationCompletion';
import { analyzeText, DraftAnalyses } from '../../src/core/editor/draftAnalyses';
import { draftDiagnostics } from '../../src/core/editor/draftDiagnostics';
import { definitionTargets } from '../../src/core/editor/definitions';
import { quickFixes, TextEdit } from '../../src/core/editor/quickFixes';
import { DEFAULT_SETTINGS, parseSettings, sectionReader, SettingsChange, SettingsStore } from '../../src/core/editor/settings';
import { citationEdits, eolOf, lineAt } from '../../src/core/editor/textEdits';
import { ROOT, seedLibrary } from './helpers/seedLibrary';

const library = seedLibrary();
const DRAFT = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

describe('settings: one reader, one store, one change event', () => {
  it('reads nested sections (VS Code, most clients) and dotted names alike; wrong types fall back to the defaults', () => {
    const nested = parseSettings(sectionReader({ severity: { misquoted: 'error' }, hover: { enabled: false }, minQuoteWords: 6, sources: 'not a list' }));
    assert.equal(nested.severity.misquoted, 'error');
    assert.equal(nested.hoverEnabled, false);
    assert.equal(nested.minQuoteWords, 6);
    assert.deepEqual(nested.sources, ['sources/**/*.{txt,md}']);
    const dotted = parseSettings(sectionReader({ 'severity.unverified': 'hint', 'decorations.verified': false, citationStyle: 'footnote' }));
    assert.equal(dotted.severity.unverified, 'hint');
    assert.equal(dotted.verifiedMarks, false);
    assert.equal(dotted.citationStyle, 'footnote');
    assert.deepEqual(parseSettings(sectionReader(null)), DEFAULT_SETTINGS);
    assert.equal(parseSettings(sectionReader({ severity: { misquoted: 'loud' }, citationStyle: 'mla' })).severity.misquoted, 'warning');
  });

  it('fires once per change, naming exactly the settings that changed, after the store holds them', () => {
    const store = new SettingsStore();
    const seen: SettingsChange[] = [];
    const sub = store.onDidChange((c) => {
      assert.equal(store.current, c.settings);
      seen.push(c);
    });
    store.update({ ...DEFAULT_SETTINGS, languages: ['markdown'], severity: { ...DEFAULT_SETTINGS.severity, unverified: 'hint' } });
    store.update({ ...store.current });
    sub.dispose();
    store.update({ ...store.current, minQuoteWords: 9 });
    assert.equal(seen.length, 1);
    assert.deepEqual([...seen[0].changed].sort(), ['languages', 'severity']);
  });
});

describe('editor core: the example draft as every editor sees it', () => {
  const analysis = analyzeText('file:///draft.md', 1, DRAFT, library, 4);

  it('diagnostics carry the severity the settings give, the finding code and the source passage', () => {
    const found = draftDiagnostics(analysis.quotes, library, DEFAULT_SETTINGS);
    const number = found.find((d) => d.message.startsWith('Number changed'));
    assert.ok(number, found.map((d) => d.message).join('\n'));
    assert.equal(number.code, 'misquoted');
    assert.equal(number.severity, 'error');
    assert.equal(number.related?.message, '“killed 20 civilians, including nine children”');
    assert.equal(number.related?.source.text.slice(number.related.start, number.related.end), 'killed 20 civilians, including nine children');
    const quiet = draftDiagnostics(analysis.quotes, library, { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, meaningChanged: 'hint' } });
    assert.equal(quiet.find((d) => d.message.startsWith('Number changed'))?.severity, 'hint');
    assert.equal(found.find((d) => d.code === 'unverified')?.severity, 'information');
  });

  it('the quick fix of the changed number edits only “25”, and the fixed draft verifies', () => {
    const at = DRAFT.indexOf('killed 25');
    const fixes = quickFixes(analysis, at, at, 'pandoc');
    const replace = fixes.find((f) => f.kind === 'edit' && f.title.startsWith('Replace with source wording'));
    assert.ok(replace && replace.kind === 'edit', fixes.map((f) => f.title).join('\n'));
    assert.deepEqual(replace.edits, [{ start: at + 7, end: at + 9, text: '20' }]);
    assert.deepEqual(replace.fixes?.codes, ['misquoted']);
    assert.ok(fixes.some((f) => f.kind === 'compare'));
    const fixed = analyzeText('file:///draft.md', 2, apply(DRAFT, replace.edits), library, 4);
    assert.equal(fixed.quotes.find((q) => q.text.startsWith('killed 20'))?.status, 'verified');
  });

  it('the mis-cited quotation is re-cited by replacing the key alone', () => {
    const at = DRAFT.indexOf('They were like little suns');
    const fix = quickFixes(analysis, at, at, 'pandoc').find((f) => f.title.startsWith('Cite '));
    assert.ok(fix && fix.kind === 'edit');
    const out = apply(DRAFT, fix.edits);
    assert.ok(out.includes('in the classroom.”\n[@war-update-2025-belgorod]'), out.slice(at, at + 80));
  });

  it('ignoring an unverified quotation that opens no line puts the marker right before it', () => {
    const at = DRAFT.indexOf('“We are burning');
    const fix = quickFixes(analysis, at, at, 'pandoc').find((f) => f.title === 'Ignore this quotation');
    assert.ok(fix && fix.kind === 'edit');
    assert.ok(apply(DRAFT, fix.edits).includes('reporters: <!-- verbatim-ignore --> “We are burning'));
    const recheck = analyzeText('x', 2, apply(DRAFT, fix.edits), library, 4);
    assert.equal(recheck.quotes.find((q) => q.text.startsWith('We are burning'))?.status, 'skipped');
  });

  it('Go to Definition on a citation leads to the passage its quotation matched', () => {
    const at = DRAFT.indexOf('[@war-update-2025-belgorod]', DRAFT.indexOf('nine children')) + 3;
    const [target] = definitionTargets(analysis, at);
    assert.equal(target.source.meta.key, 'war-update-2025-belgorod');
    assert.equal(target.source.text.slice(target.start, target.end), 'killed 20 civilians, including nine children');
  });

  it('completion offers every key after “[@” and “[^”, and nothing after an e-mail address', () => {
    assert.equal(partialKey('as she said [@cnn'), 'cnn');
    assert.equal(partialKey('see [^zel'), 'zel');
    assert.equal(partialKey('[mail me@home'), undefined);
    assert.equal(partialKey('[@done] and'), undefined);
    const offered = keyCompletions('text [see @war', library);
    assert.equal(offered?.typed, 3);
    assert.equal(offered?.items.length, library.sources.length);
    assert.ok(offered?.items.some((i) => i.key === 'cnn-2025-belgorod' && i.filterText.includes('CNN')));
  });

  it('beyond the limit, offers the keys that start with what was typed first, then those whose title or outlet holds it', () => {
    const byKey = keyCompletions('[@war', library, 2);
    assert.equal(byKey?.complete, false);
    assert.equal(byKey?.items[0].key, 'war-update-2025-belgorod');
    const byOutlet = keyCompletions('[@cnn', library, 1);
    assert.deepEqual(byOutlet?.items.map((i) => i.key), ['cnn-2025-belgorod']);
    const all = keyCompletions('[@', library, 3);
    assert.equal(all?.items.length, 3);
    assert.equal(keyCompletions('[@', library, library.sources.length)?.complete, true);
  });

  it('one check per version: the same version is not checked again, a new library is', () => {
    const analyses = new DraftAnalyses<string>(() => 4);
    let reads = 0;
    const text = () => {
      reads++;
      return DRAFT;
    };
    const a = analyses.analyze('d', 'd', 1, text, library);
    assert.equal(analyses.analyze('d', 'd', 1, text, library), a);
    assert.equal(reads, 1);
    const other = seedLibrary();
    assert.notEqual(analyses.analyze('d', 'd', 1, text, other), a);
    assert.equal(reads, 2);
  });
});

describe('text edits of a draft', () => {
  it('adds a footnote definition once, after a blank line, with the draft’s own line breaks', () => {
    const crlf = 'He said “x y z w”.\r\n';
    const edits = citationEdits(crlf, 18, 18, '[^k]', '[^k]: [@k].');
    assert.equal(apply(crlf, edits), 'He said “x y z w”.[^k]\r\n\r\n[^k]: [@k].\r\n');
    assert.deepEqual(citationEdits(`${crlf}\r\n[^k]: [@k].\r\n`, 18, 18, '[^k]', '[^k]: [@k].'), [{ start: 18, end: 18, text: '[^k]' }]);
    assert.equal(eolOf('a\nb\r\n'), '\n');
    assert.equal(eolOf('a\r\nb'), '\r\n');
  });

  it('finds a line’s start, end and first non-blank character with any line break', () => {
    const text = 'one\r\n  two\rthree';
    assert.deepEqual(lineAt(text, 8), { start: 5, end: 10, firstNonWhitespace: 7 });
    assert.deepEqual(lineAt(text, 13), { start: 11, end: 16, firstNonWhitespace: 11 });
  });
});
