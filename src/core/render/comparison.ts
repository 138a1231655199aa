// The two sides of "Compare with Source": the quotation as written and the source's wording, laid
// out one clause per line so that VS Code's diff editor lines them up and marks the changed words.
// No `vscode` here (unit-tested in Node).
import { QuoteCheck } from '../checker';

/** Text broken into lines after sentence and clause punctuation and around elisions, white space collapsed. */
export function clauseLines(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      // After . ! ? ; : , — and a closing quote mark or bracket that follows them.
      .replace(/([.!?;:,—][”’"')\]]*) (?=\S)/g, '$1\n')
      // An elision on a line of its own: what it stands for is a stretch of the source.
      .replace(/ ?(…|\.\.\.|\[…\]|\[\.\.\.\]) ?/g, '\n$1\n')
      .replace(/\n{2,}/g, '\n')
      .replace(/^\n|\n$/g, '') + '\n'
  );
}

/** Both sides of the comparison of a matched quotation, or undefined when it matched no source. */
export function comparisonOf(q: QuoteCheck): { written: string; source: string } | undefined {
  return q.match ? { written: clauseLines(q.text), source: clauseLines(q.match.text) } : undefined;
}
