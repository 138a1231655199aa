import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../src/core/checker';
import { ROOT, seedLibrary } from './helpers/seedLibrary';

interface Expected {
  text: string;
  status: string;
  source: string | null;
  citation: string | null;
  citationMismatch?: boolean;
  unterminated?: boolean;
  /** A problem code the quotation must have (the rule it tests), if any. */
  rule?: string | null;
}

const library = seedLibrary();
// A draft with a sources/ folder beside it (examples/) is checked as the editor checks it: seeds plus that folder.
const libraryFor = (draft: string) => {
  const dir = path.join(path.dirname(draft), 'sources');
  if (!fs.existsSync(dir)) {
    return library;
  }
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
  return seedLibrary(files.map((f) => ({ file: path.relative(ROOT, path.join(dir, f)), bytes: fs.readFileSync(path.join(dir, f)) })));
};
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const fixtures = path.join(ROOT, 'test/fixtures/drafts');
const drafts = [
  ...fs.readdirSync(fixtures).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => path.join(fixtures, f)),
  path.join(ROOT, 'examples/draft.md'),
];

describe('golden drafts: every quotation gets the verdict a careful editor would give', () => {
  for (const file of drafts) {
    const spec = JSON.parse(fs.readFileSync(file.replace(/\.md$/, '.expected.json'), 'utf8')) as { description: string; minWords?: number; quotes: Expected[] };
    it(`${path.basename(file)}: ${spec.description.split(/(?<=\.)\s/)[0]}`, () => {
      const { quotes } = checkDraft(fs.readFileSync(file, 'utf8'), libraryFor(file), { minQuoteWords: spec.minWords ?? 4 });
      const actual = quotes.map((q) => ({
        text: collapse(q.text),
        status: q.status,
        source: q.status === 'verified' || q.status === 'misquoted' ? (q.match?.source.meta.key ?? null) : null,
        citation: q.citation?.keys[0] ?? null,
        citationMismatch: q.problems.some((p) => p.code === 'citation-mismatch'),
        unterminated: q.problems.some((p) => p.code === 'unterminated-quote'),
        rule: q.problems.map((p): string => p.code),
      }));
      const expected = spec.quotes.map((q) => ({
        text: collapse(q.text),
        status: q.status,
        source: q.status === 'verified' || q.status === 'misquoted' ? q.source : null,
        citation: q.citation,
        citationMismatch: q.citationMismatch ?? false,
        unterminated: q.unterminated ?? false,
        rule: q.rule,
      }));
      // The rule a quotation tests must be among its problem codes (shown all when it is not).
      const ruled = actual.map((a, i) => {
        const rule = expected[i]?.rule;
        return { ...a, rule: rule ? (a.rule.includes(rule) ? rule : a.rule.join(', ')) : rule };
      });
      assert.deepEqual(ruled, expected);
    });
  }
});
