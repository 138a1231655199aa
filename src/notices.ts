import * as vscode from 'vscode';

/** A button of a notice and what it does. */
export interface NoticeAction {
  readonly title: string;
  readonly run: () => unknown;
}

/** A message Verbatim showed to the user (also fired to listeners, e.g. tests and other extensions). */
export interface Notice {
  readonly severity: 'information' | 'warning' | 'error';
  readonly message: string;
  /** The buttons' titles. */
  readonly actions: readonly string[];
  /** Does what the button with this title does (as if it were clicked). */
  run(title: string): Promise<unknown>;
}

/**
 * Every message a command answers with goes through here: a notification with buttons that act
 * when clicked — the command does not wait for the click — and an event saying what was shown.
 */
export class Notices implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Notice>();
  /** Fires for every message shown. */
  readonly onDidNotify = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Shows a message with buttons; resolves at once (the chosen button acts later). */
  show(severity: Notice['severity'], message: string, actions: readonly NoticeAction[] = []): Notice {
    const run = async (title: string) => actions.find((a) => a.title === title)?.run();
    const notice: Notice = { severity, message, actions: actions.map((a) => a.title), run };
    const shown =
      severity === 'error'
        ? vscode.window.showErrorMessage(message, ...notice.actions)
        : severity === 'warning'
          ? vscode.window.showWarningMessage(message, ...notice.actions)
          : vscode.window.showInformationMessage(message, ...notice.actions);
    void Promise.resolve(shown).then((chosen) => (chosen === undefined ? undefined : run(chosen)));
    this.emitter.fire(notice);
    return notice;
  }

  /** An error, logged (with `detail`, e.g. the command), with a "Show Log" button. */
  error(message: string, detail?: string): Notice {
    this.log.error(detail ? `${detail}: ${message}` : message);
    return this.show('error', `Verbatim: ${message}`, [{ title: 'Show Log', run: () => this.log.show() }]);
  }

  /**
   * Registers a command whose failures the user hears about: an error message with "Show Log".
   * Called from the UI (no arguments), the command then resolves to undefined; called by a script
   * with arguments, it rejects too, so that the caller knows.
   */
  registerCommand(id: string, handler: (...args: unknown[]) => unknown): vscode.Disposable {
    return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e), `${id} failed`);
        if (args.some((a) => a !== undefined)) {
          throw e;
        }
        return undefined;
      }
    });
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
