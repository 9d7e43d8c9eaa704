/**
 * The on-page badge: its counts match the tab's analysis, and a click opens the browser's side panel — through the
 * content script's editor.openPanel message, inside the click's user gesture — not the fallback tab.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contract, harness } from '../harness.mjs';

/** The extension's side panel documents open in the browser (CDP page targets; the harness's own panel tab included). */
async function panelTargets(h) {
  const cdp = await h.context.newCDPSession(h.editor);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/sidepanel.html`)).map((t) => t.url);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('the on-page badge', () => {
  test('shows the counts of the analysis and opens the side panel on a click', async () => {
    const h = await harness();
    await h.enable(true);
    await h.open('textarea.html');
    const button = h.editor.locator(contract.BADGE_TAG).locator('button.open');
    await button.waitFor({ timeout: 15_000 });
    const state = await h.editorState();
    const label = await button.textContent();
    const problems = state.analysis.problemGroups.reduce((n, g) => n + g.items.length, 0);
    assert.match(label, new RegExp(`问题\\s*${problems}`));
    assert.match(label, new RegExp(`事项\\s*${state.analysis.actions.length}`));

    const tabsBefore = h.context.pages().length;
    const before = await panelTargets(h);
    await button.click();
    const until = Date.now() + 10_000;
    let after = await panelTargets(h);
    while (after.length <= before.length && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 150));
      after = await panelTargets(h);
    }
    assert.equal(after.length, before.length + 1, `a side panel document opened: ${JSON.stringify(after)}`);
    // The fallback (sidePanel.open refused for want of a gesture) would open sidepanel.html?tab=<id> in a new tab.
    assert.equal(h.context.pages().length, tabsBefore, 'no fallback tab was opened');
  });

  test("the page's own script clicking the badge opens nothing", async () => {
    const h = await harness();
    await h.enable(true);
    await h.open('textarea.html');
    await h.editor.locator(contract.BADGE_TAG).locator('button.open').waitFor({ timeout: 15_000 });
    const tabsBefore = h.context.pages().length;
    const before = await panelTargets(h);
    // The shadow root is open: a page can reach the button and click it, or dispatch clicks on it, at will.
    await h.editor.evaluate((tag) => {
      const button = document.querySelector(tag).shadowRoot.querySelector('button.open');
      for (let i = 0; i < 5; i++) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    }, contract.BADGE_TAG);
    await new Promise((r) => setTimeout(r, 1_500));
    assert.deepEqual(await panelTargets(h), before, 'no side panel opened');
    assert.equal(h.context.pages().length, tabsBefore, 'no extension tab opened');
  });
});
