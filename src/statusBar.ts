import * as vscode from 'vscode';
import { findingsOf } from './core/findings';
import { activeDraft, onDidChangeActiveDraft } from './featureHelpers';
import { Services } from './services';
import { COMMANDS } from './server/protocol';

/**
 * Registers the Verbatim status bar item, shown once the library has loaded: the number of sources
 * and, for the active draft (the last one active while focus is in a panel), its tally of
 * verified, misquoted and unverified quotations. Clicking it shows the Problems view when the draft has findings, else checks the
 * whole workspace.
 */
export function registerStatusBar(services: Services): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('verbatim.status', vscode.StatusBarAlignment.Left, 100);
  item.name = 'Verbatim';
  let loaded = false;
  const update = () => {
    if (loaded) {
      render(item, services);
      item.show();
    }
  };
  const markLoaded = () => {
    loaded = true;
    update();
  };
  // Registration runs before activate starts the first load; a microtask later, ready() waits for it.
  void Promise.resolve()
    .then(() => services.library.ready())
    .then(markLoaded, markLoaded);
  return [
    item,
    services.library.onDidChange(markLoaded),
    ...onDidChangeActiveDraft(services, update),
  ];
}

function render(item: vscode.StatusBarItem, services: Services): void {
  const library = services.library.library;
  const sources = `${library.sources.length} ${library.sources.length === 1 ? 'source' : 'sources'}`;
  const skippedFiles = library.issues.filter((i) => i.severity === 'skipped').length;
  const lines = [`Verbatim: ${sources} in the library${skippedFiles > 0 ? ` (${skippedFiles} ${skippedFiles === 1 ? 'file' : 'files'} skipped)` : ''}`];
  let text = `$(quote) Verbatim: ${sources}`;
  let findings = 0;
  const document = activeDraft(services);
  if (document) {
    const quotes = services.analyzer.analyze(document).quotes;
    const count = (status: string) => quotes.filter((q) => q.status === status).length;
    const [verified, misquoted, unverified, skipped] = [count('verified'), count('misquoted'), count('unverified'), count('skipped')];
    const mismatched = quotes.filter((q) => q.verifiedIn !== undefined).length;
    // Words, not VS Code's own ⚠ and ⊗ icons: the Problems count sits right beside this item.
    text = `$(quote) Verbatim: ${verified} verified, ${misquoted} misquoted, ${unverified} unverified · ${sources}`;
    lines.push(
      `${document.uri.path.split('/').pop()}: ${verified} verified, ${misquoted} misquoted, ${unverified} unverified` +
        (skipped > 0 ? `; ${skipped} skipped (too short, or marked to be ignored)` : '') +
        (mismatched > 0 ? `; ${mismatched} verified but cited to the wrong source` : ''),
    );
    findings = findingsOf(quotes).length;
  }
  lines.push(findings > 0 ? 'Click to show the problems.' : 'Click to check the quotations in every draft of the workspace.');
  item.text = text;
  item.tooltip = lines.join('\n');
  item.accessibilityInformation = { label: lines.join('. ') };
  item.command = findings > 0 ? 'workbench.actions.view.problems' : COMMANDS.checkWorkspace;
}
