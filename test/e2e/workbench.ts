import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { clearClipboard, clipboardText, lineHasMarks, textBox, textInView } from './inPage';

// The machine is shared and slow: waits are generous, and every one of them waits on a condition.
export const STEP_TIMEOUT_MS = 60_000;
const WORKBENCH_TIMEOUT_MS = 120_000;

/** A step that did not happen: its message names the screenshot taken at that moment. */
export class StepError extends Error {
  override name = 'StepError';
}

/**
 * The VS Code window of one flow, driven as a person drives it: keyboard shortcuts, typing, the
 * mouse. Everything it reads is what the window shows (DOM text, the clipboard after Ctrl+C).
 */
export class Workbench {
  constructor(
    readonly page: Page,
    private readonly shotsDir: string,
    private readonly flow: string,
  ) {}

  /** Runs one step; when it fails, saves a screenshot and fails with its path. */
  async step<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (err) {
      const shot = await this.screenshot('failed').catch(() => '(no screenshot: the page is gone)');
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new StepError(`${what}: ${why}\n    screenshot: ${shot}`);
    }
  }

  /** Saves test-results/e2e/<flow>-<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(this.shotsDir, `${this.flow}-${name}.png`);
    await this.page.screenshot({ path: file, timeout: 30_000, animations: 'disabled' });
    return file;
  }

  /** Saves a screenshot of the first visible element matching `selector` only (for the walkthrough's pictures). */
  async screenshotOf(selector: string, name: string): Promise<string> {
    const file = path.join(this.shotsDir, `${this.flow}-${name}.png`);
    await this.page.locator(selector).first().screenshot({ path: file, timeout: 30_000, animations: 'disabled' });
    return file;
  }

  /** Saves a picture of the editor around the rendered line holding `text`: the line a third of the way down, `width` × `height`. */
  async screenshotAround(text: string, name: string, width = 760, height = 380): Promise<string> {
    const line = await this.viewLine(text).boundingBox();
    const editor = await this.page.locator('.monaco-editor .view-lines').first().boundingBox();
    if (!line || !editor) {
      throw new Error(`"${text}" is not drawn`);
    }
    const x = Math.max(0, editor.x - 70);
    const y = Math.max(0, line.y - height / 3);
    const file = path.join(this.shotsDir, `${this.flow}-${name}.png`);
    await this.page.screenshot({ path: file, clip: { x, y, width, height }, timeout: 30_000, animations: 'disabled' });
    return file;
  }

  /** Fails unless `text` is drawn inside the visible box of an element matching `container` (not scrolled or cut off). */
  async assertInView(container: string, text: string): Promise<void> {
    await this.page.waitForFunction(textInView, { container, text }, { timeout: STEP_TIMEOUT_MS });
  }

  /** Where `target` is drawn on the rendered editor line containing `line`. */
  textBoxOf(line: string, target: string): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.textBox(line, target);
  }

  /** Waits until the editor line containing `line` draws `count` verified marks (✓) after its quotations. */
  async verifiedMarksOn(line: string, count: number): Promise<void> {
    await this.page.waitForFunction(lineHasMarks, { line, mark: '✓', count }, { timeout: STEP_TIMEOUT_MS });
  }

  /** Opens the workbench and waits until Verbatim has loaded its library (its status bar item). */
  async open(url: string): Promise<void> {
    await this.step('the VS Code workbench loads', async () => {
      await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: WORKBENCH_TIMEOUT_MS });
      await this.page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
    });
  }

  /** Waits for the Verbatim status bar item to say `text` (e.g. "6 sources"). */
  async statusBarShows(text: string): Promise<void> {
    await this.step(`the status bar shows Verbatim's "${text}"`, () =>
      this.page.locator('.statusbar-item', { hasText: text }).first().waitFor({ timeout: WORKBENCH_TIMEOUT_MS }),
    );
  }

  /** Quick Open (Ctrl+P), the file's name, Enter; waits for its editor to have focus. */
  async openFile(name: string): Promise<void> {
    await this.step(`open ${name} with Quick Open (Ctrl+P)`, async () => {
      await this.pick('Control+P', name);
      await this.page.locator('.tab.active', { hasText: name }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await this.page.locator('.monaco-editor.focused').waitFor({ timeout: STEP_TIMEOUT_MS });
    });
  }

  /** The command palette (F1), the command's title, Enter. */
  async runCommand(title: string): Promise<void> {
    await this.step(`run "${title}" from the command palette`, () => this.pick('F1', title));
  }

  /** Opens a quick pick with `key`, types `text`, and presses Enter once a row shows it. */
  private async pick(key: string, text: string): Promise<void> {
    await this.page.keyboard.press(key);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: STEP_TIMEOUT_MS });
    await input.pressSequentially(text);
    await this.quickPickRow(text).waitFor({ timeout: STEP_TIMEOUT_MS });
    await this.page.keyboard.press('Enter');
  }

  /** A row of the open quick pick whose text contains `text`. */
  quickPickRow(text: string): Locator {
    return this.page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
  }

  /** The whole text of the focused editor, read with Ctrl+A, Ctrl+C; the cursor then goes to the end. */
  async editorText(): Promise<string> {
    return this.step('copy the editor text (Ctrl+A, Ctrl+C)', async () => {
      await this.page.evaluate(clearClipboard);
      await this.page.keyboard.press('Control+A');
      await this.page.keyboard.press('Control+C');
      const text = await this.page.waitForFunction(clipboardText, undefined, { timeout: STEP_TIMEOUT_MS });
      await this.page.keyboard.press('Control+End');
      return String(await text.jsonValue());
    });
  }

  /** Scrolls the editor to the first `text` with Find (Ctrl+F), then closes the find widget. */
  async reveal(text: string): Promise<void> {
    await this.step(`find "${text}" with Ctrl+F`, async () => {
      await this.page.keyboard.press('Control+Home');
      await this.page.keyboard.press('Control+F');
      const input = this.page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
      await input.waitFor({ timeout: STEP_TIMEOUT_MS });
      await input.fill(text);
      await this.page.locator('.find-widget.visible .matchesCount', { hasText: /^1 of/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
      // Under load an Escape can land before the find input owns the focus and be lost; the keys
      // that follow would then go to the find widget, so close it for certain and wait for the editor.
      const open = this.page.locator('.find-widget.visible');
      for (let attempt = 0; attempt < 3 && (await open.count()) > 0; attempt++) {
        await input.focus();
        await this.page.keyboard.press('Escape');
        await open.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
      }
      if ((await open.count()) > 0) {
        throw new Error('the find widget did not close');
      }
      await this.page.locator('.monaco-editor.focused').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await this.viewLine(text).waitFor({ timeout: STEP_TIMEOUT_MS });
    });
  }

  /** A rendered editor line containing `text` (spaces are rendered as no-break spaces). */
  viewLine(text: string): Locator {
    return this.page.locator('.monaco-editor .view-lines .view-line').filter({ hasText: text.replace(/ /g, '\u00a0') }).or(
      this.page.locator('.monaco-editor .view-lines .view-line').filter({ hasText: text }),
    ).first();
  }

  /**
   * Moves the mouse over `target`, on the rendered editor line that contains `line`, and returns
   * the text of the hover once it contains every one of `expected`.
   */
  async hover(target: string, line: string, expected: (string | RegExp)[]): Promise<string> {
    return this.step(`hover over "${target}" shows ${expected.map((e) => JSON.stringify(String(e))).join(', ')}`, async () => {
      const box = await this.textBox(line, target);
      // Off the word first, so that a hover already open for another place closes and a new one opens.
      await this.page.mouse.move(box.x + box.width / 2, box.y - 60);
      await this.page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2, { steps: 4 });
      const hover = this.page.locator('.monaco-hover:visible').filter({ hasText: expected[0] }).first();
      await hover.waitFor({ timeout: STEP_TIMEOUT_MS });
      for (const e of expected) {
        await hover.filter({ hasText: e }).waitFor({ timeout: STEP_TIMEOUT_MS });
      }
      return hover.innerText();
    });
  }

  /** Moves the mouse into the open hover and turns the wheel until `text` is in sight. */
  async scrollHoverTo(text: string): Promise<void> {
    await this.step(`scroll the hover to "${text}" with the mouse wheel`, async () => {
      const box = await this.page.locator('.monaco-hover:visible').first().boundingBox();
      if (!box) {
        throw new Error('no hover is open');
      }
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // One notch of the wheel scrolls a hover by a few lines: turn it until the text shows.
      const deadline = Date.now() + STEP_TIMEOUT_MS;
      for (;;) {
        await this.page.mouse.wheel(0, 100);
        try {
          await this.page.waitForFunction(textInView, { container: '.monaco-hover', text }, { timeout: 2_000 });
          return;
        } catch (err) {
          if (Date.now() > deadline) {
            throw err;
          }
        }
      }
    });
  }

  /** Where `target` is drawn on the rendered line containing `line`, from a DOM Range over its characters. */
  private async textBox(line: string, target: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const lineEl = this.viewLine(line);
    await lineEl.waitFor({ timeout: STEP_TIMEOUT_MS });
    const box = await lineEl.evaluate(textBox, target);
    if (!box || box.width === 0) {
      throw new Error(`"${target}" is not drawn on the line with "${line}"`);
    }
    return box;
  }

  /**
   * Waits until the built-in Markdown language server answers for the open draft: the breadcrumbs
   * show its heading `heading`, a document symbol only that server provides. Until then it rejects
   * code-action requests as cancelled, and the Problems panel keeps such a rejection for the
   * marker it asked for: its Quick Fix would never open.
   */
  async markdownServerAnswers(heading: string): Promise<void> {
    await this.step('the Markdown language server answers (the breadcrumbs show the draft’s heading)', () =>
      this.page.locator('.monaco-breadcrumbs .monaco-breadcrumb-item', { hasText: heading }).first().waitFor({ timeout: STEP_TIMEOUT_MS }),
    );
  }

  /** Waits until the Problems row `row` has loaded its fixes (its light bulb action is enabled). */
  async problemHasFixes(row: Locator): Promise<void> {
    await this.step('the Problems panel has loaded the fixes of the problem (its light bulb)', () =>
      row.locator('.action-item:not(.disabled) .codicon-light-bulb').waitFor({ timeout: STEP_TIMEOUT_MS }),
    );
  }

  /** Shows the Problems panel (Ctrl+Shift+M). */
  async showProblems(): Promise<void> {
    await this.step('open the Problems panel (Ctrl+Shift+M)', async () => {
      await this.page.keyboard.press('Control+Shift+M');
      await this.page.locator('.markers-panel').waitFor({ timeout: STEP_TIMEOUT_MS });
    });
  }

  /** A row of the Problems panel containing `text`. */
  problem(text: string): Locator {
    return this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
  }

  /** Waits until the badge of the Problems tab shows `count`. */
  async problemCountIs(count: number): Promise<void> {
    await this.step(`the Problems badge shows ${count}`, () =>
      this.page
        .locator('.part.panel .composite-bar .action-item', { hasText: /problems/i })
        .locator('.badge-content', { hasText: new RegExp(`^${count}$`) })
        .waitFor({ timeout: STEP_TIMEOUT_MS }),
    );
  }
}
