import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { STEP_TIMEOUT_MS, Workbench } from './workbench';

/** One thing a writer does in the window, start to finish. */
export interface Flow {
  /** File-name friendly id, also the screenshot's prefix. */
  readonly id: string;
  readonly title: string;
  /** Files of examples/ the flow's workspace starts without (relative to examples/). */
  readonly leaveOut?: string[];
  run(wb: Workbench, context: { workspace: string; examples: string }): Promise<void>;
}

// The article of examples/sources/ that flow 5 drops into a workspace that started without it.
const WORKSPACE_SOURCE = 'sources/border-desk-sumy-evacuation.md';
const WORKSPACE_SOURCE_QUOTE = 'Every week the list of villages we can still reach gets shorter';

// The demo library: the five bundled reports and the workspace's own article.
async function openDraft(wb: Workbench, sources = 6): Promise<void> {
  await wb.openFile('draft.md');
  await wb.statusBarShows(`${sources} sources`);
}

const search: Flow = {
  id: '1-search',
  title: 'Search Sources from the command palette inserts the quotation and its citation',
  async run(wb) {
    await openDraft(wb);
    await wb.reveal('(Border Desk, 14 April 2025)');
    await wb.step('start a new paragraph after the last one', async () => {
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.press('Enter');
    });
    await wb.runCommand('Verbatim: Search Sources');
    const input = wb.page.locator('.quick-input-widget input');
    await wb.step('words that end a long sentence, with typos: the row shows them, with the outlet and date', async () => {
      await wb.page.locator('.quick-input-widget', { hasText: 'Verbatim: Search Sources' }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await input.pressSequentially('relentles asaults on its own citys');
      const row = wb.quickPickRow('relentless assaults on its own cities');
      await row.waitFor({ timeout: STEP_TIMEOUT_MS });
      await row.locator('.label-description', { hasText: '18 April 2025' }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.assertInView('.quick-input-widget', 'relentless assaults on its own cities');
    });
    await wb.screenshot('results');
    await wb.screenshotOf('.quick-input-widget', 'walkthrough-search');
    await wb.step('type a sentence of a seed with a typo; its passage is listed', async () => {
      await input.fill('');
      await input.pressSequentially('more than 20 vilages in belgorod');
      await wb.quickPickRow('More than 20 villages in Russia’s Belgorod region').waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.step('Enter inserts the passage', async () => {
      await wb.page.keyboard.press('Enter');
      await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
      await wb.viewLine('“More than 20 villages in Russia’s').waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    const text = await wb.editorText();
    await wb.step('the new paragraph is the quotation with its citation; the rest of the draft is intact', async () => {
      const paragraphs = text.split(/\n\s*\n/);
      const at = paragraphs.findIndex((p) => p.includes('(Border Desk, 14 April 2025)'));
      assert.match(paragraphs[at + 1] ?? '', /^“More than 20 villages in Russia’s Belgorod region – .* Vyacheslav Gladkov\.” \[@cnn-2025-belgorod\]$/);
      assert.match(paragraphs[at + 2] ?? '', /^\[\^zelensky-belgorod-kursk\]: /);
      assert.ok(text.startsWith('# Ukraine takes the war to Belgorod\n'));
    });
  },
};

const citationHover: Flow = {
  id: '2-hover-citation',
  title: 'Hovering a citation shows the source’s title, outlet and the passage',
  async run(wb) {
    await openDraft(wb);
    await wb.reveal('(Border Desk, 14 April 2025)');
    await wb.hover('Border Desk', '(Border Desk, 14 April 2025)', [
      'Volunteers race to evacuate Sumy border villages as shelling intensifies',
      'Border Desk',
      /Verified.*Every week the list of villages we can still reach gets shorter/,
    ]);
    await wb.screenshot('hover');
  },
};

const misquoteHover: Flow = {
  id: '3-hover-misquote',
  title: 'Hovering a misquote shows the source’s wording and the difference',
  async run(wb) {
    await openDraft(wb);
    await wb.reveal('killed 25 civilians');
    const text = await wb.hover('killed 25', 'killed 25 civilians', ['Misquoted, and the meaning changes', 'Number changed: 25 → 20', 'Diff:', 'killed 20 civilians, including nine children']);
    await wb.step('first things first: the verdict, the changed number and the diff are in view without scrolling', async () => {
      assert.match(text, /^Diff: killed 25 20 civilians, including nine children$/m);
      assert.ok(text.indexOf('Number changed') < text.indexOf('Diff:') && text.indexOf('Diff:') < text.indexOf('Zelenskyy’s hometown'), text);
      await wb.assertInView('.monaco-hover', 'Number changed');
      await wb.assertInView('.monaco-hover', 'Similarity');
      const diff = wb.page.locator('.monaco-hover:visible p', { hasText: 'Diff:' }).first();
      await diff.locator('del, s', { hasText: /^25$/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await diff.locator('strong', { hasText: /^20$/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.screenshot('hover');
    await wb.screenshotOf('.monaco-hover:visible', 'walkthrough-fix');
  },
};

const problems: Flow = {
  id: '4-problems',
  title: 'The Problems panel lists the misquote and the invented quote; the Quick Fix fixes the misquote',
  async run(wb) {
    await openDraft(wb);
    await wb.step('the misquotes are underlined', () => wb.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: STEP_TIMEOUT_MS }));
    await wb.screenshotAround('killed 25 civilians', 'walkthrough-sample');
    await wb.markdownServerAnswers('Ukraine takes the war to Belgorod');
    await wb.showProblems();
    const misquote = wb.problem('the source says “killed 20 civilians, including nine children”');
    await wb.step('the misquote and the invented quote are listed', async () => {
      await misquote.waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.problem('Unverified quotation “We are burning our best brigades').waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.problemCountIs(4);
    await wb.screenshot('problems');
    // In the Problems panel Ctrl+. opens the fixes as a menu; in the editor, as the Quick Fix widget.
    const fix = wb.page.locator('.context-view .monaco-menu .action-item, .action-widget .monaco-list-row').filter({ hasText: 'Replace with source wording: “killed 20 civilians,…”' }).first();
    await wb.step('click the misquote', () => misquote.click());
    await wb.problemHasFixes(misquote);
    await wb.step('Quick Fix (Ctrl+.) offers the source’s wording, saying what it is', async () => {
      await wb.page.keyboard.press('Control+.');
      await fix.waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.screenshot('quick-fix');
    await wb.step('choosing it replaces the words', async () => {
      await fix.click();
      await wb.viewLine('“killed 20 civilians,').waitFor({ timeout: STEP_TIMEOUT_MS });
      await misquote.waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    });
    await wb.problemCountIs(3);
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    const text = await wb.editorText();
    await wb.step('the draft has the source’s wording', async () => {
      assert.match(text.replace(/\s+/g, ' '), /a missile attack “killed 20 civilians, including nine children” \[@war-update-2025-belgorod\]/);
    });
  },
};

const sourcesFolder: Flow = {
  id: '5-sources-folder',
  title: 'An article dropped into sources/ while the window is open verifies a quotation',
  leaveOut: [WORKSPACE_SOURCE],
  async run(wb, { workspace, examples }) {
    await openDraft(wb, 5);
    await wb.showProblems();
    const unverified = wb.problem(`Unverified quotation “${WORKSPACE_SOURCE_QUOTE.slice(0, 40)}`);
    await wb.step('before: the quotation from the missing article is unverified', () => unverified.waitFor({ timeout: STEP_TIMEOUT_MS }));
    await wb.problemCountIs(5);
    await wb.screenshot('before');
    await wb.step('drop the article into the workspace’s sources/ folder', async () => {
      fs.mkdirSync(path.join(workspace, 'sources'), { recursive: true });
      fs.copyFileSync(path.join(examples, WORKSPACE_SOURCE), path.join(workspace, WORKSPACE_SOURCE));
    });
    await wb.step('after: the quotation is verified, its problem is gone', () => unverified.waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS }));
    await wb.problemCountIs(4);
    await wb.statusBarShows('6 sources');
    await wb.screenshot('verified');
  },
};

const readSource: Flow = {
  id: '6-read-source',
  title: 'Go to Definition shows the passage in view, highlighted; Compare with Source shows the diff',
  async run(wb) {
    await openDraft(wb);
    await wb.reveal('We demand the');
    await wb.step('a verified quotation carries a quiet check mark; the misquote does not', async () => {
      await wb.verifiedMarksOn('absolutely right.”', 1);
      await wb.verifiedMarksOn('world’s attention,” he said', 0);
    });
    await wb.step('Go to Definition (F12) on the misquote', async () => {
      const box = await wb.textBoxOf('We demand the', 'demand');
      await wb.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await wb.page.keyboard.press('F12');
      await wb.page.locator('.tab.active', { hasText: 'Ukraine War Update Zelenskyy' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.step('the source opens word-wrapped, the passage selected and in view', async () => {
      await wb.page.locator('.monaco-editor.focused .selected-text').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      // Wrapped: the passage and the sentence before it are drawn in the editor's box, not off to the right.
      await wb.assertInView('.monaco-editor.focused', 'outrage');
      await wb.assertInView('.monaco-editor.focused', 'Vilkul');
    });
    await wb.screenshot('source');
    await wb.screenshotAround('They were like little suns', 'walkthrough-sources', 900, 320);
    await wb.step('back to the draft (its tab)', async () => {
      await wb.page.locator('.tab', { hasText: 'draft.md' }).first().click();
      await wb.page.locator('.tab.active', { hasText: 'draft.md' }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.page.locator('.monaco-editor.focused').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.reveal('killed 25 civilians');
    await wb.runCommand('Verbatim: Compare with Source');
    await wb.step('the diff editor sets the quotation as written against the source’s wording, clause by clause', async () => {
      await wb.page.locator('.monaco-diff-editor').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.page.locator('.tab.active', { hasText: 'killed 25 civilians' }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.page.locator('.monaco-diff-editor .editor.original .view-line', { hasText: /killed.25.civilians,$/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.page.locator('.monaco-diff-editor .editor.modified .view-line', { hasText: /killed.20.civilians,$/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.page.locator('.monaco-diff-editor .editor.modified .view-line', { hasText: /including.nine.children/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.screenshot('diff');
  },
};

const walkthrough: Flow = {
  id: '7-walkthrough',
  title: 'The status bar keeps the draft’s tally while the Output panel has focus; the “Get started with Verbatim” walkthrough opens',
  async run(wb) {
    const tally = wb.page.locator('.statusbar-item', { hasText: 'Verbatim: 7 verified, 2 misquoted, 1 unverified' }).first();
    await openDraft(wb);
    await wb.step('the status bar tallies the draft, in words', () => tally.waitFor({ timeout: STEP_TIMEOUT_MS }));
    await wb.runCommand('Output: Focus on Output View');
    await wb.step('and still does while the Output panel has focus', async () => {
      await wb.page.locator('.part.panel .monaco-editor.focused').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await tally.waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.runCommand('Welcome: Open Walkthrough');
    await wb.step('pick “Get started with Verbatim”', async () => {
      await wb.quickPickRow('Get started with Verbatim').waitFor({ timeout: STEP_TIMEOUT_MS });
      await wb.page.keyboard.type('Get started with Verbatim');
      await wb.quickPickRow('Get started with Verbatim').click();
    });
    await wb.step('its steps are listed, each with a picture', async () => {
      const page = wb.page.locator('.gettingStartedContainer');
      await page.locator('h2', { hasText: 'Get started with Verbatim' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      for (const title of ['Open the sample draft', 'Search and insert a quotation', 'Fix a misquote', 'Add your sources folder']) {
        await page.locator('.step-title', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      }
      await page.locator('.getting-started-media img').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await wb.step('with the walkthrough in front, the status bar still tallies the draft', () => tally.waitFor({ timeout: STEP_TIMEOUT_MS }));
    await wb.screenshot('walkthrough');
  },
};

export const FLOWS: readonly Flow[] = [search, citationHover, misquoteHover, problems, sourcesFolder, readSource, walkthrough];
