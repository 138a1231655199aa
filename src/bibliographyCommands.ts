import * as vscode from 'vscode';
import { formatReference } from './core/citationFormat';
import { toCslJson } from './core/cslJson';
import { readFrontMatter } from './core/frontMatter';
import { Library } from './core/library';
import { isWritable } from './edits';
import { NoticeAction } from './notices';
import { writeOutside, WriteRefused } from './safeWrite';
import { Services } from './services';
import { COMMANDS } from './server/protocol';

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
    services.notices.registerCommand(COMMANDS.exportBibliography, (args) => exportBibliography(services, args as ExportArgs | undefined)),
    services.notices.registerCommand(COMMANDS.insertBibliography, () => insertBibliography(services)),
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
    services.notices.show('error', `Verbatim: ${vscode.workspace.asRelativePath(target)} is a source article; Verbatim never writes to a source.`);
    return undefined;
  }
  const json = toCslJson(library.sources.map((s) => s.meta));
  if (target.scheme === 'file') {
    // Compared by real path and inode: no symbolic or hard link leads the bibliography over a source.
    try {
      writeOutside(target.fsPath, json, services.library.localFiles());
    } catch (e) {
      services.notices.show('error', `Verbatim: ${e instanceof WriteRefused ? e.message : String(e)}.`);
      return undefined;
    }
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(json));
  }
  services.log.info(`Exported ${library.sources.length} entries to ${target.toString()}`);
  const canCite = draft !== undefined && draft.languageId === 'markdown' && isWritable(draft, services.library);
  const written = target;
  const where = target.scheme === 'file' || target.scheme === 'vscode-remote' ? vscode.workspace.asRelativePath(target) : target.toString();
  const actions: NoticeAction[] = [{ title: 'Open', run: () => vscode.window.showTextDocument(written) }];
  if (!args && canCite && draft) {
    actions.push({ title: 'Add to Front Matter', run: () => setBibliography(draft, relativePath(draft.uri, written)) });
  }
  services.notices.show('information', `Verbatim: exported ${library.sources.length} sources as CSL-JSON to ${where}.`, actions);
  const frontMatterUpdated = args?.addToFrontMatter && canCite && draft ? await setBibliography(draft, relativePath(draft.uri, target)) : false;
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
  if (!editor || !document || !services.analyzer.isDraft(document, services.settings().languages) || !isWritable(document, services.library)) {
    services.notices.show('information', 'Verbatim: open a draft to insert its bibliography.');
    return undefined;
  }
  await services.library.ready();
  const analysis = services.analyzer.analyze(document);
  const cited = [...new Set(analysis.citations.flatMap((c) => c.keys))].map((k) => analysis.library.get(k)).filter((s) => s !== undefined);
  if (cited.length === 0) {
    services.notices.show('information', 'Verbatim: this draft cites no source of the library yet.');
    return undefined;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const section = [START, '## References', '', ...cited.map((s) => `- ${formatReference(s.meta, Library.label(s))}`), END].join(eol);
  const text = document.getText();
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  const edit = new vscode.WorkspaceEdit();
  let at: number;
  if (start !== -1 && end !== -1) {
    at = start;
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end + END.length)), section);
  } else {
    const tail = text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) ? eol : eol + eol;
    at = text.length + tail.length;
    edit.insert(document.uri, document.positionAt(text.length), `${tail}${section}${eol}`);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    services.notices.error('the References section could not be written (the edit was refused).');
    return undefined;
  }
  // The section it wrote, selected and in view.
  const written = new vscode.Selection(document.positionAt(at), document.positionAt(at + section.length));
  editor.selection = written;
  editor.revealRange(written, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(`Verbatim: References for ${cited.length} ${cited.length === 1 ? 'source' : 'sources'} ${start !== -1 && end !== -1 ? 'refreshed' : 'added'}`, 5000);
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
