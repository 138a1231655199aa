import * as vscode from 'vscode';
import { formatReference } from './core/citationFormat';
import { toCslJson } from './core/cslJson';
import { readFrontMatter } from './core/frontMatter';
import { isWritable } from './edits';
import { Services } from './services';

const START = '<!-- verbatim-references -->';
const END = '<!-- /verbatim-references -->';

/** Arguments of `verbatim.exportBibliography` for scripted use: where to write, and whether to cite it in the draft. */
export interface ExportArgs {
  readonly target: string;
  readonly addToFrontMatter?: boolean;
}

/**
 * Registers "Verbatim: Export Bibliography" (the library as CSL-JSON, offering to add
 * `bibliography:` to the draft's front matter) and "Verbatim: Insert Bibliography" (a plain
 * Markdown References section of the sources the draft cites, refreshed in place).
 */
export function registerBibliographyCommands(services: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('verbatim.exportBibliography', (args?: ExportArgs) => exportBibliography(services, args)),
    vscode.commands.registerCommand('verbatim.insertBibliography', () => insertBibliography(services)),
  ];
}

async function exportBibliography(services: Services, args?: ExportArgs): Promise<{ target: string; entries: number; frontMatterUpdated: boolean } | undefined> {
  const library = await services.library.ready();
  const draft = vscode.window.activeTextEditor?.document;
  let target = args ? vscode.Uri.parse(args.target) : undefined;
  if (!target) {
    const folder = draft && draft.uri.scheme !== 'untitled' ? vscode.Uri.joinPath(draft.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: 'Export the Verbatim library as CSL-JSON',
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'references.json') : undefined,
      filters: { 'CSL-JSON': ['json'] },
    });
    if (!target) {
      return undefined;
    }
  }
  if (services.library.isSource(target)) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} is a source article; Verbatim never writes to a source.`);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(toCslJson(library.sources.map((s) => s.meta))));
  services.log.info(`Exported ${library.sources.length} entries to ${target.toString()}`);
  let add = args?.addToFrontMatter ?? false;
  const canCite = draft !== undefined && draft.languageId === 'markdown' && isWritable(draft, services.library);
  if (!args && canCite) {
    const answer = await vscode.window.showInformationMessage(`Exported ${library.sources.length} sources. Add it to the draft’s front matter?`, 'Add bibliography');
    add = answer === 'Add bibliography';
  }
  const frontMatterUpdated = add && canCite && draft ? await setBibliography(draft, relativePath(draft.uri, target)) : false;
  return { target: target.toString(), entries: library.sources.length, frontMatterUpdated };
}

// Adds or replaces `bibliography:` in the draft's front matter, creating the front matter if needed.
async function setBibliography(draft: vscode.TextDocument, file: string): Promise<boolean> {
  const text = draft.getText();
  const front = readFrontMatter(text);
  const edit = new vscode.WorkspaceEdit();
  const line = `bibliography: ${file}`;
  if (front.bodyStart === 0) {
    edit.insert(draft.uri, new vscode.Position(0, 0), `---\n${line}\n---\n\n`);
  } else {
    const block = text.slice(0, front.bodyStart);
    const existing = /^bibliography:.*$/m.exec(block);
    if (existing) {
      edit.replace(draft.uri, new vscode.Range(draft.positionAt(existing.index), draft.positionAt(existing.index + existing[0].length)), line);
    } else {
      // Just before the closing fence: search after the opening line, which looks the same.
      const afterOpen = block.indexOf('\n') + 1;
      const close = afterOpen + block.slice(afterOpen).search(/^(?:---|\.\.\.)[ \t]*\r?$/m);
      edit.insert(draft.uri, draft.positionAt(close), `${line}\n`);
    }
  }
  return vscode.workspace.applyEdit(edit);
}

async function insertBibliography(services: Services): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = editor?.document;
  if (!document || !services.analyzer.isDraft(document, services.settings().languages) || !isWritable(document, services.library)) {
    void vscode.window.showInformationMessage('Open a draft to insert its bibliography.');
    return undefined;
  }
  await services.library.ready();
  const analysis = services.analyzer.analyze(document);
  const cited = [...new Set(analysis.citations.flatMap((c) => c.keys))].map((k) => analysis.library.get(k)).filter((s) => s !== undefined);
  if (cited.length === 0) {
    void vscode.window.showInformationMessage('This draft cites no source of the library yet.');
    return undefined;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const section = [START, '## References', '', ...cited.map((s) => `- ${formatReference(s.meta)}`), END].join(eol);
  const text = document.getText();
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  const edit = new vscode.WorkspaceEdit();
  if (start !== -1 && end !== -1) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end + END.length)), section);
  } else {
    const tail = text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) ? eol : eol + eol;
    edit.insert(document.uri, document.positionAt(text.length), `${tail}${section}${eol}`);
  }
  await vscode.workspace.applyEdit(edit);
  return section;
}

// A path from the draft's folder to the target, with forward slashes (what front matter wants).
function relativePath(from: vscode.Uri, to: vscode.Uri): string {
  if (from.scheme !== to.scheme || from.authority !== to.authority) {
    return to.fsPath;
  }
  const a = from.path.split('/').slice(0, -1);
  const b = to.path.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) {
    i++;
  }
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
