import { ChildProcess, spawn } from 'node:child_process';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** A diagnostic as the server pushed it. */
export interface PushedDiagnostic {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly message: string;
  readonly severity?: number;
  readonly code?: string | number;
  readonly relatedInformation?: { location: { uri: string; range: PushedDiagnostic['range'] }; message: string }[];
}

interface Waiter<T> {
  readonly accept: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

/**
 * A language client over stdio, as an editor is one: it starts a server process, answers the
 * server's requests (configuration, registrations) and collects what it pushes, and lets a test
 * wait for a notification that satisfies a condition (never for a time).
 */
export class LspClient {
  readonly connection: MessageConnection;
  readonly stderr: string[] = [];
  private readonly diagnostics = new Map<string, PushedDiagnostic[]>();
  private readonly waiters: { method: string; waiter: Waiter<unknown> }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  settings: Record<string, unknown> = {};

  private constructor(readonly child: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((i) => (i.section === 'verbatim' ? this.settings : null)));
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: PushedDiagnostic[] }) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.notify('textDocument/publishDiagnostics', params);
    });
    this.connection.onNotification((method: string, params: unknown) => this.notify(method, params));
    this.connection.listen();
  }

  /** Starts `node <script> <args>` and connects to it over its standard input and output. */
  static start(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): LspClient {
    return new LspClient(spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env }));
  }

  /** The diagnostics last pushed for a document. */
  diagnosticsOf(uri: string): PushedDiagnostic[] | undefined {
    return this.diagnostics.get(uri);
  }

  /**
   * Resolves with the first notification `method` (from now on) for which `accept` holds; rejects
   * after `ms` with what was last seen, so a failure says what the server did instead.
   */
  waitFor<T>(method: string, accept: (params: T) => boolean, ms = 20000, what = method): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let last: unknown;
      const waiter: Waiter<T> = {
        accept: (p) => {
          last = p;
          return accept(p);
        },
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(
          this.waiters.findIndex((w) => w.waiter === waiter),
          1,
        );
        reject(new Error(`no ${what} within ${ms} ms; last ${method}: ${JSON.stringify(last)?.slice(0, 2000)}\nserver stderr: ${this.stderr.join('').slice(-2000)}`));
      }, ms);
      this.waiters.push({ method, waiter: waiter as Waiter<unknown> });
    });
  }

  /** Shuts the server down as a client does (shutdown, exit) and resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server process if it is still running (after a failed test). */
  kill(): void {
    if (this.child.exitCode === null) {
      this.child.kill();
    }
  }

  private notify(method: string, params: unknown): void {
    for (const entry of [...this.waiters]) {
      if (entry.method === method && entry.waiter.accept(params)) {
        this.waiters.splice(this.waiters.indexOf(entry), 1);
        entry.waiter.resolve(params);
      }
    }
  }
}
