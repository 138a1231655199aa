import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openCheckedDraft, positionOf } from './helpers';

describe('Hover previews', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await openCheckedDraft();
  });

  const hoverAt = (needle: string, delta = 2) => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, delta));

  it('on a citation: a source card with title, outlet, date and the quoted passage', async () => {
    const text = hoverText(await hoverAt('[@gazette-2025-harbour]'));
    assert.match(text, /Harbour dredging to start in spring/);
    assert.match(text, /Coastal Gazette/);
    assert.match(text, /2 March 2025/);
    assert.match(text, /We have waited nine years for this work/);
    assert.match(text, /command:verbatim\.openSource/);
  });

  it('on a verified quotation: its verdict and the source passage', async () => {
    const text = hoverText(await hoverAt('continue to defend Ukraine'));
    assert.match(text, /Verified/);
    assert.match(text, /zelensky-belgorod-kursk/);
    assert.match(text, /very difficult conditions/);
  });

  it('on a misquote: the source wording and the difference', async () => {
    const text = hoverText(await hoverAt('We demand the world'));
    assert.match(text, /Misquot/);
    assert.match(text, /outrage/);
    assert.match(text, /attention/);
  });

  it('shows nothing when hovers are turned off', async () => {
    const config = vscode.workspace.getConfiguration('verbatim');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.doesNotMatch(hoverText(await hoverAt('We demand the world')), /outrage/);
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
