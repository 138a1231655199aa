import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readFrontMatter, simpleFields } from '../../src/core/frontMatter';

// Values the fast path must read exactly as YAML does, or leave to the parser.
const VALUES = [
  '"The marksman gets two major bills-one"',
  "'single quoted'",
  "'it''s'",
  '"with \\"escape\\""',
  '2002-11-22',
  '2002-11-22T10:00:00Z',
  'Hello world  ',
  'x  y',
  "O'Brien",
  'Zoë Ångström',
  'a, b (c) & d/e',
  'yes',
  'No',
  'null',
  'True',
  '~',
  '12',
  '-x',
  '(x',
  'b # comment',
  'b: c',
  '""',
  '[a, b]',
  '{ a: 1 }',
  '&anchor x',
  '*alias',
  '',
];

describe('front matter: simple key-value lines are read without the YAML parser', () => {
  for (const value of VALUES) {
    it(`reads “title: ${value}” as YAML does, or leaves it to YAML`, () => {
      const text = `title: ${value}\noutlet: Continental News Service\n`;
      const fast = simpleFields(text);
      if (fast !== undefined) {
        assert.deepEqual(fast, parse(text));
      }
    });
  }

  it('takes simple front matter itself and gives the parser anything else', () => {
    assert.deepEqual(simpleFields('title: "A title"\ndate: 2002-11-22\n'), { title: 'A title', date: '2002-11-22' });
    assert.equal(simpleFields('authors:\n  - A\n  - B\n'), undefined);
    assert.equal(simpleFields('title: x\ntitle: y\n'), undefined);
    assert.equal(simpleFields('true: x\n'), undefined);
  });

  it('gives the same fields and body start through either path', () => {
    const simple = '---\ntitle: "A title"\nauthor: Ximena Jansen\ndate: 2002-11-22\n---\nBody.\n';
    const nested = '---\ntitle: "A title"\nauthor:\n  - Ximena Jansen\ndate: 2002-11-22\n---\nBody.\n';
    const a = readFrontMatter(simple);
    const b = readFrontMatter(nested);
    assert.deepEqual(a.fields, { title: 'A title', author: 'Ximena Jansen', date: '2002-11-22' });
    assert.deepEqual(b.fields, { title: 'A title', author: ['Ximena Jansen'], date: '2002-11-22' });
    assert.equal(simple.slice(a.bodyStart), 'Body.\n');
    assert.equal(nested.slice(b.bodyStart), 'Body.\n');
  });
});
