/** A parsed command line. */
export interface Args {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly sources: readonly string[];
  /** Whether the bundled library is part of the library (`--no-bundled` leaves it out). */
  readonly bundled: boolean;
  readonly format: 'text' | 'json' | 'csl-json';
  readonly out: string | undefined;
  readonly minWords: number | undefined;
  readonly limit: number | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

/** A mistake on the command line: exit code 2 with this message and a pointer to --help. */
export class UsageError extends Error {}

/** A file that cannot be used (unreadable, not a regular file, a bound hit): exit code 2 with this message. */
export class InputError extends Error {}

const TAKES_VALUE = new Set(['--sources', '--format', '--min-words', '--limit', '--out']);

/** Parses `verbatim <command> [options] [args]`. Throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const sources: string[] = [];
  let format: Args['format'] = 'text';
  let out: string | undefined;
  let minWords: number | undefined;
  let limit: number | undefined;
  let help = false;
  let version = false;
  let bundled = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '--help' || name === '-h') {
      help = true;
      continue;
    }
    if (name === '--version' || name === '-v') {
      version = true;
      continue;
    }
    if (name === '--no-bundled') {
      bundled = false;
      continue;
    }
    if (!TAKES_VALUE.has(name)) {
      throw new UsageError(`unknown option ${name}`);
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') {
      throw new UsageError(`${name} needs a value`);
    }
    switch (name) {
      case '--sources':
        sources.push(value);
        break;
      case '--format':
        if (value !== 'text' && value !== 'json' && value !== 'csl-json') {
          throw new UsageError(`--format must be text or json (csl-json for export), not "${value}"`);
        }
        format = value;
        break;
      case '--out':
        out = value;
        break;
      case '--min-words':
        minWords = positiveInteger(name, value);
        break;
      case '--limit':
        limit = positiveInteger(name, value);
        break;
    }
  }
  return { command: positional[0], positional: positional.slice(1), sources, bundled, format, out, minWords, limit, help, version };
}

function positiveInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
  }
  return Number(value);
}

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  check <file|folder|glob>...  Check every quotation in Markdown or text drafts against the sources
  search <query>               Find source passages (typos and partial words are fine)
  sources                      List the source library and any file it skipped, and why
  export                       Write the library as a CSL-JSON bibliography (for Pandoc and Quarto)
  lsp --stdio                  Run the language server (Neovim, Helix, Zed, Emacs…; see the README)

Options:
  --sources <dir|glob>   Source articles (.txt, .md, .markdown), added to the bundled library; repeatable
  --no-bundled           Leave the five bundled articles out of the library
  --format text|json     Output format (default text); export takes csl-json
  --min-words N          check: skip quotations shorter than N words (default 4)
  --limit N              search: at most N results (default 10)
  --out <file>           export: write to this file instead of standard output (never over a source)
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 all quotations verified or skipped; 1 a problem was reported (a quotation misquoted,
unverified, cited to the wrong source or to an unknown key, or unterminated); 2 a usage or input
error (an unreadable draft or catalog, a file that is not a regular file, a folder too large to list).`;
