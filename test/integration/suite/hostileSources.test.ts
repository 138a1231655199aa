import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LibraryService } from '../../../src/libraryService';
import { captureLog } from './bulkSources';
import { EXTENSION_ID, verbatim, workspaceUri } from './helpers';

// A sources folder a careless user or an attacker could leave: a FIFO, a symbolic-link loop, a
// dangling link and an oversized file beside one real article. The worker must load the article
// once, list the rest as skipped, and never hang.
describe('Hostile sources in the editor', () => {
  let root: string;
  const services: LibraryService[] = [];
  const made: string[] = [];

  before(async () => {
    await verbatim();
    root = (vscode.workspace.workspaceFolders ?? [])[0].uri.fsPath;
    const dir = path.join(root, 'hostile');
    made.push(dir);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'notice.md'), '---\ntitle: Harbour notice\nkey: hostile-notice\n---\nThe harbour will close to boats for nine days in March.\n');
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    fs.symlinkSync('.', path.join(dir, 'loop'));
    fs.symlinkSync('gone.md', path.join(dir, 'gone.md.md'));
    fs.writeFileSync(path.join(dir, 'huge.md'), '');
    fs.truncateSync(path.join(dir, 'huge.md'), 11 * 1024 * 1024);
  });

  after(() => {
    services.splice(0).forEach((s) => s.dispose());
    made.forEach((f) => fs.rmSync(f, { recursive: true, force: true }));
  });

  it('loads the folder in the worker without hanging: the article once, the FIFO, the dangling link and the oversized file listed as skipped', async () => {
    const api = await verbatim();
    const { log, lines } = captureLog();
    const workerPath = path.join(vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '', 'dist', 'libraryWorker.js');
    const s = new LibraryService({ ...api.services.settings(), sources: ['hostile/**/*.md'], includeBundledSources: false }, log, { workerPath });
    services.push(s);
    const library = await s.reload();
    assert.equal(s.mode, 'worker');
    assert.deepEqual(
      library.sources.map((x) => `${x.meta.key} ${x.file}`),
      ['hostile-notice hostile/notice.md'],
    );
    const skipped = library.issues.map((i) => `${i.file}: ${i.message}`).sort();
    assert.deepEqual(skipped, [
      'hostile/gone.md.md: dangling symbolic link (nothing at gone.md)',
      'hostile/huge.md: too large (11.0 MB; the limit is 10.0 MB)',
      'hostile/pipe.md: not a regular file (a FIFO)',
    ]);
    assert.ok(lines.some((l) => l.includes('Skipped hostile/pipe.md: not a regular file (a FIFO)')), lines.join('\n'));
  });

  it('Export Bibliography refuses a target that is a symbolic or hard link to a source, and the source is unchanged', async () => {
    const source = workspaceUri('sources/harbour-report.md');
    const before = fs.readFileSync(source.fsPath);
    const symbolic = path.join(root, 'refs-symbolic.json');
    const hard = path.join(root, 'refs-hard.json');
    made.push(symbolic, hard);
    fs.symlinkSync(source.fsPath, symbolic);
    fs.linkSync(source.fsPath, hard);
    for (const target of [symbolic, hard]) {
      assert.equal(await vscode.commands.executeCommand('verbatim.exportBibliography', { target: vscode.Uri.file(target).toString() }), undefined, target);
      assert.deepEqual(fs.readFileSync(source.fsPath), before, target);
    }
    assert.deepEqual(fs.readdirSync(root).filter((f) => f.endsWith('.tmp')), []);
  });
});
