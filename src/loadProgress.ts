import * as vscode from 'vscode';

/** A load still going after this long gets a progress notification… */
const SHOW_AFTER_MS = 1000;
/** …and at once when it has this many files to index. */
const SHOW_MIN_FILES = 1000;

const count = new Intl.NumberFormat('en-US');

/**
 * The user-visible side of a load: a progress notification with counts ("Indexing sources: 2,400
 * of 10,000") when a load is large or slow (its figures are measured by the library session's LoadTimer).
 */
export class LoadProgress implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<{ readonly done: number; readonly total: number }>();
  readonly onDidProgress = this.emitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<unknown> | undefined;
  private shown = false;
  private reporter: ((done: number, total: number) => void) | undefined;

  /** A load begins; `done` settles when it (or a load replacing it) has finished. */
  start(done: Promise<unknown>): void {
    this.shown = false;
    this.reporter = undefined;
    this.loading = done;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(), SHOW_AFTER_MS);
    void done.finally(() => clearTimeout(this.timer));
  }

  /** The indexer has indexed `done` of `total` files. */
  report(done: number, total: number): void {
    this.emitter.fire({ done, total });
    if (!this.shown && total >= SHOW_MIN_FILES) {
      this.show();
    }
    this.reporter?.(done, total);
  }

  private show(): void {
    const loading = this.loading;
    if (this.shown || !loading) {
      return;
    }
    this.shown = true;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Verbatim' }, (progress) => {
      let reported = 0;
      progress.report({ message: 'Loading the sources…' });
      this.reporter = (done, total) => {
        const share = total > 0 ? (done / total) * 100 : 0;
        progress.report({ message: `Indexing sources: ${count.format(done)} of ${count.format(total)}`, increment: share - reported });
        reported = share;
      };
      return loading;
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
