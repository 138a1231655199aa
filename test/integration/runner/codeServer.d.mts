// Types of codeServer.mjs for the TypeScript end-to-end tests.
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';

export declare const CHROMIUM: string;
export declare function freePort(wanted?: number): Promise<number>;

export interface CodeServer {
  readonly origin: string;
  readonly port: number;
  /** Its user data and extensions folder. */
  readonly dir: string;
  readonly userDataDir: string;
  readonly server: ChildProcess;
  /** The vscode-remote:// URI of an absolute path on this machine. */
  remote(path: string): string;
  /** The workbench URL of a folder, with a payload of workbench options. */
  url(options?: { folder?: string; payload?: [string, string][] }): string;
  /** Ends the server's process group; until then, it ends when this process exits. */
  stop(): Promise<void>;
}

export declare function startCodeServer(options: {
  workspace: string;
  vsix?: string;
  dir?: string;
  port?: number;
  env?: Record<string, string>;
  note?: (line: string) => void;
  deadline?: number;
  prerequisites?: { browser?: boolean; purpose?: string };
}): Promise<CodeServer>;

export declare function launchChromium(dir: string): Promise<Browser>;
