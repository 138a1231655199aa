import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeLibrary } from './nodeLibrary';
import { startServer } from './server';

/**
 * Runs the language server in this Node process: over standard input and output with `--stdio`
 * (what other editors start: `verbatim lsp --stdio`), else over the channel the client names on
 * the command line (`--node-ipc`, `--socket=N`, `--pipe=…`, as VS Code's client starts dist/server.js).
 */
export function runNodeServer(argv: readonly string[] = process.argv): void {
  const connection = argv.includes('--stdio') ? createConnection(ProposedFeatures.all, process.stdin, process.stdout) : createConnection(ProposedFeatures.all);
  // A failed notification (the client went away mid-send) is logged, never the end of the server.
  process.on('unhandledRejection', (e) => connection.console.error(`Unexpected: ${e instanceof Error ? e.message : String(e)}`));
  startServer(connection, (options, log) => new NodeLibrary(options, log));
}
