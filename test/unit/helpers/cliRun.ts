import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './seedLibrary';

// The CLI is tested as users run it: the bundled dist/cli.js (npm test builds it first).
export const CLI = path.join(ROOT, 'dist/cli.js');

/** What a run of the CLI gave. `signal` is set when it had to be killed (it hung). */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** An unprivileged user to run as, when the tests run as root (root reads files whatever their mode). */
export const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs `verbatim args` in `cwd`, killed after `timeoutMs`; `unprivileged` runs it as nobody when the tests run as root. */
export function run(args: readonly string[], cwd = ROOT, options: { timeoutMs?: number; unprivileged?: boolean } = {}): CliRun {
  const as = options.unprivileged && AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 30000, killSignal: 'SIGKILL', ...as });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh folder (readable by everyone, for unprivileged runs) holding these files; see {@link removeTempDirs}. */
export function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
  made.push(dir);
  fs.chmodSync(dir, 0o755);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Removes the folders {@link tempDir} made (FIFOs, links and locked folders included). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
