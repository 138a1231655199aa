import { SourceInput } from '../../../src/core/library';
import { seedLibrary, utf8 } from './seedLibrary';

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` articles recombined from the seeds' sentences, some words swapped for made-up ones, as
 * .txt and .md files (some with front matter): a library large enough for candidates to compete.
 */
export function syntheticInputs(count: number, seed = 1): SourceInput[] {
  const rnd = random(seed);
  const seeds = seedLibrary();
  const sentences = seeds.sources.flatMap((s) => s.sentences.map((x) => s.text.slice(x.start, x.end)));
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'bri', 'del', 'sun', 'gar', 'po', 'nix'];
  const made = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => syllables[Math.floor(rnd() * syllables.length)]).join('');
  const inputs: SourceInput[] = [];
  for (let a = 0; a < count; a++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 3 + Math.floor(rnd() * 4); p++) {
      const picked = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => sentences[Math.floor(rnd() * sentences.length)]);
      paragraphs.push(picked.map((s) => s.split(' ').map((w) => (rnd() < 0.1 && /^[a-z]+$/.test(w) ? made() : w)).join(' ')).join(' '));
    }
    const md = a % 3 === 0;
    const front = md && a % 2 === 0 ? `---\ntitle: Report ${a}\noutlet: Outlet ${a % 4}\ndate: 2024-0${1 + (a % 9)}-1${a % 10}\n---\n\n` : '';
    inputs.push({ file: `sources/article-${String(a).padStart(3, '0')}.${md ? 'md' : 'txt'}`, bytes: utf8(`${front}${paragraphs.join('\n\n')}\n`) });
  }
  return inputs;
}
