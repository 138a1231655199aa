import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectedDiagnostics, ROOT } from './cliExpectations';

const TIME_LIMIT_MS = 60000;

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  code: string;
  message: string;
}

/** The README's Neovim configuration: the first Lua block of its "Neovim" section. */
function readmeConfig(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Neovim'));
  const block = /```lua\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block !== undefined && block.includes('vim.lsp.start_client') && block.includes('buf_attach_client'), 'the README has a Neovim configuration');
  return block;
}

// An LSP client nobody here wrote: Debian's Neovim (0.7, installed by .ci/run), headless, set up
// with the README's configuration as its init.lua (vim.lsp.start_client + buf_attach_client on
// `verbatim lsp --stdio`, `verbatim` on the PATH as a user's `npm link` puts it), on the example
// draft; test/lsp/neovim.lua reports what Neovim received.
describe('Neovim’s built-in LSP client with verbatim lsp --stdio', function () {
  this.timeout(TIME_LIMIT_MS + 10000);
  let workspace: string;
  let scratch: string;

  before(() => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(version.status === 0, 'nvim is not installed: apt-get install neovim (.ci/run installs it)');
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/cli.js')), 'dist/cli.js is missing: run npm run build');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-nvim-'));
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-nvim-state-'));
    fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  });

  after(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('receives, for the example draft, the diagnostics that verbatim check --format json reports, at the same places', () => {
    const out = path.join(scratch, 'diagnostics.json');
    const draft = path.join(workspace, 'draft.md');
    const init = path.join(scratch, 'init.lua');
    fs.writeFileSync(init, readmeConfig());
    const bin = path.join(scratch, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'verbatim'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist/cli.js')}" "$@"\n`, { mode: 0o755 });
    const run = spawnSync('nvim', ['--headless', '-u', init, '-i', 'NONE', '-n', '--cmd', 'filetype on', '--cmd', `luafile ${path.join(ROOT, 'test/lsp/neovim.lua')}`, draft], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: TIME_LIMIT_MS,
      killSignal: 'SIGKILL',
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        VERBATIM_DRAFT: draft,
        VERBATIM_NVIM_OUT: out,
        // Neovim's own log and state stay in the scratch folder.
        XDG_CACHE_HOME: path.join(scratch, 'cache'),
        XDG_STATE_HOME: path.join(scratch, 'state'),
        XDG_DATA_HOME: path.join(scratch, 'data'),
      },
    });
    const log = path.join(scratch, 'cache/nvim/lsp.log');
    const said = () => `stderr: ${run.stderr}\nNeovim's LSP log: ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-3000) : '(none)'}`;
    assert.equal(run.error, undefined, `nvim did not finish within ${TIME_LIMIT_MS} ms: ${String(run.error)}\n${said()}`);
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${run.status})\n${said()}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { client: string; filetype: string; diagnostics: NeovimDiagnostic[] };
    assert.equal(result.client, 'verbatim');
    assert.equal(result.filetype, 'markdown');

    // Neovim counts columns in bytes; the CLI (and LSP) in UTF-16 code units: convert with the draft's lines.
    const lines = fs.readFileSync(draft, 'utf8').split('\n');
    const bytes = (line: number, character: number) => Buffer.byteLength(lines[line].slice(0, character), 'utf8');
    const expected = expectedDiagnostics(draft, path.join(workspace, 'sources')).map((d) => ({
      code: d.code,
      lnum: d.range.start.line,
      col: bytes(d.range.start.line, d.range.start.character),
      end_lnum: d.range.end.line,
      end_col: bytes(d.range.end.line, d.range.end.character),
    }));
    const received = result.diagnostics
      .map((d) => ({ code: d.code, lnum: d.lnum, col: d.col, end_lnum: d.end_lnum, end_col: d.end_col }))
      .sort((a, b) => a.lnum - b.lnum || a.col - b.col || (a.code < b.code ? -1 : 1));
    assert.deepEqual(received, expected);
    const number = result.diagnostics.find((d) => d.message.startsWith('Number changed'));
    assert.equal(number?.severity, 1, 'a changed number is an error (vim.diagnostic.severity.ERROR)');
  });
});
