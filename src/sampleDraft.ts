import * as vscode from 'vscode';
import { Services } from './services';
import { COMMANDS } from './server/protocol';

/**
 * Registers "Verbatim: Open Sample Draft" (the walkthrough's first step): the example draft that
 * ships with Verbatim, opened as a new untitled Markdown document, so nothing is written to disk.
 */
export function registerSampleDraft(services: Services, extensionUri: vscode.Uri): vscode.Disposable[] {
  return [
    services.notices.registerCommand(COMMANDS.openSampleDraft, async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', 'draft.md'));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(document);
      return document.uri.toString();
    }),
  ];
}
