// Runs one hostile-input case in this process and prints how long its work took, as JSON
// ({"ms": …, "detail": …}). Started by hostileInput.test.ts in a child process with a time limit,
// so a hang or a quadratic blow-up fails that case instead of stalling the whole suite.
// Every input is about 1 MB on one line or in one paragraph: quadratic work on it takes minutes
// (measured before the fixes: 2.5 s for 40 KB of dots in a source, 2.8 s for 20 KB of commas before
// a closing mark, 96 s for a 10 MB draft of quotations and citations), linear work well under a second.
import { checkDraft } from '../../../src/core/checker';
import { findCitations } from '../../../src/core/citations';
import { decodeSource } from '../../../src/core/decode';
import { readFrontMatter } from '../../../src/core/frontMatter';
import { Library } from '../../../src/core/library';
import { LineIndex } from '../../../src/core/lineIndex';
import { maskMarkdown } from '../../../src/core/markdownMask';
import { findQuotes } from '../../../src/core/quoteScanner';
import { seedLibrary } from './seedLibrary';

const MB = 1024 * 1024;
// Made on first use: importing the list of cases costs nothing.
let seeds: ReturnType<typeof seedLibrary> | undefined;
const lib = () => (seeds ??= seedLibrary());
const source = (file: string, text: string) => Library.fromInputs([{ file, bytes: new TextEncoder().encode(text) }]);
const run = (n: number, unit: string) => unit.repeat(Math.ceil(n / unit.length));

/** Each case returns something derived from the result, so the work cannot be skipped. */
const CASES: Record<string, () => unknown> = {
  'punctuation runs in a source': () => [
    source('a.txt', `A title line\n\nThe river rose ${run(MB, '.')} then fell.`).sources.length,
    source('b.md', `The river rose ${run(MB, '!?.…')} Then it fell.`).sources[0]?.sentenceCount,
  ],
  'spaces and tabs inside a front-matter value': () => [
    readFrontMatter(`---\ntitle: a${run(MB, ' ')}\tx\n---\nbody`).error,
    readFrontMatter(`---\ntitle: a${run(MB, ' \t')}!\n---\nbody`).error,
    source('c.md', `---\ntitle: Harbour${run(MB / 2, ' ')}x!\nkey: harbour\n---\nThe body of the article is here.`).sources[0]?.meta.key,
  ],
  'deep or large YAML front matter': () => [
    readFrontMatter(`---\n${run(1000, '? ')}x\n---\nbody`).error,
    readFrontMatter(`---\ntitle: ${run(60000, '[')}\n---\nbody`).error,
    readFrontMatter(`---\n${Array.from({ length: 3000 }, (_, i) => `k${i}: value ${i}`).join('\n')}\n---\nbody`).fields.k1,
  ],
  'commas before a closing quote mark': () => [
    checkDraft(`He said “killed 25 civilians, including nine children${run(MB, ',')}x” [@war-update-2025-belgorod].`, lib()).quotes[0]?.status,
    checkDraft(`He said “${run(MB, ',;:')}killed 25 civilians, including nine children”.`, lib()).quotes[0]?.status,
  ],
  'thousands of unclosed single quotes on one line': () => [
    checkDraft(`x${run(MB, " 'a")}`, lib()).quotes.length,
    findQuotes(`x${run(MB, ' ‘a')}`).length,
    findQuotes(`x${run(MB, ' ‚a')}`).length,
    findQuotes(`x${run(MB, ' ‹a')}`).length,
  ],
  'runs of @, @{ and [^ after a bracket': () => [
    checkDraft(`[${run(MB, '@')}`, lib()).citations.length,
    checkDraft(`[${run(MB, '@{')}`, lib()).citations.length,
    checkDraft(run(MB, '[^'), lib()).citations.length,
    findCitations(`[@a${run(MB, '-a')}-`, { has: () => false, sources: [] }).length,
    findCitations(run(MB, '(CNN, '), { has: () => true, sources: lib().sources }).length,
  ],
  'thousands of quotations on one line, thousands of ignore markers': () => [
    checkDraft(run(MB, 'x “so it goes” '), lib()).quotes.length,
    checkDraft(run(MB, '[^1]: “so it goes” '), lib()).quotes.length,
    checkDraft(`${run(4 * MB, '<!-- verbatim-ignore -->\n')}“one two three four five”`, lib()).quotes[0]?.status,
  ],
  'a 4 MB draft of quotations and citations': () => {
    const draft = run(4 * MB, 'She said “so it goes” [@cnn-2025-belgorod] and “we go on” [^1].\n\n');
    return checkDraft(`${draft}[^1]: [@kyiv-independent-belgorod].\n`, lib()).quotes.filter((q) => q.citation).length;
  },
  'long quotations repeating one word, or many quote marks, and brackets by the thousand': () => [
    // Before the fix: 2 s for one quotation of 1,400 repeated words (each place of the word was scored).
    checkDraft(run(MB / 8, `He said “killed 20 civilians, ${run(1400 * 8, 'Ukraine ')}including nine children” [@war-update-2025-belgorod].\n\n`), lib()).quotes.length,
    checkDraft(`He said “killed 20 civilians, ${run(1400 * 5, '“a” ')}including nine children” [@war-update-2025-belgorod].`, lib()).quotes.length,
    checkDraft(`“The Kyiv Independent could ${run(MB / 2, '[] ')}${run(5000, '[x] … ')}verify the claims.”`, lib()).quotes[0]?.status,
  ],
  'old Mac line ends': () => {
    const raw = run(MB, 'He said “so it goes” [@cnn-2025-belgorod].\r\r');
    const decoded = decodeSource(new TextEncoder().encode(raw));
    return [decoded.ok && checkDraft(decoded.text, lib()).quotes.length, findQuotes(maskMarkdown(raw)).length, new LineIndex(raw).lineColumn(raw.length).line];
  },
};

/** The names of the cases. */
export const HOSTILE_CASES = Object.keys(CASES);

if (require.main === module) {
  const work = CASES[process.argv[2]];
  if (!work) {
    process.stdout.write(JSON.stringify({ error: `no case "${process.argv[2]}"` }));
    process.exitCode = 1;
  } else {
    const started = performance.now();
    const detail = work();
    process.stdout.write(JSON.stringify({ ms: performance.now() - started, detail }));
  }
}
