/**
 * The highlight card's contract (issue 14), in the contract suite's style: one suite, run against a fixture page
 * per editor (e2e/card.test.mjs). In one browser with the built extension (e2e/harness.mjs), for each editor:
 *   1. the pointer resting on a deadline opens its task's card (任务, owner, deadline with its day); resting off
 *      every highlight closes it;
 *   2. a click on a problem item opens its 问题 card, on a placeholder its 发现 card with the rule;
 *   3. Tab moves from the page into the card, Tab goes round its buttons, Esc closes it and the focus is back
 *      in the editor;
 *   4. 在侧边栏中查看 opens the side panel and the panel scrolls to and focuses that task's entry;
 *   5. no card opens while an IME composition is open;
 *   6. the task, problem and finding cards and the badge pass axe-core in the light and the dark scheme, and their
 *      text contrast is measured apart (axe cannot tell the background of a box floating over the page's text);
 *   throughout, the editor's content (its API's data) is the same as without the extension and its DOM untouched.
 * A screenshot of the open card goes to e2e/shots/card-<page>.png.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { axeProblems, contrastProblems } from './axe.mjs';
import { editorFrame, missingSpans, waitForHighlights } from './editor-contract.mjs';
import { SHOTS, contract, expected, harness } from './harness.mjs';


const CARD = 'luoshi-card';
const TASK = '县政务服务中心要在6月底前';
const DEADLINE = '6月底前';
const PROBLEM = expected.problemGroups[0].items[1];

export function highlightCardContract(spec) {
  describe(`highlight card: ${spec.name}`, () => {
    let h;
    let without;
    let frame;

    /** The viewport point over the middle of the highlight `kind` whose text is `text` (scrolled into view). */
    const pointOver = async (kind, text) => {
      const at = await frame.evaluate(scrollHighlightIntoView, [contract.HIGHLIGHT[kind], text, spec.host]);
      assert.ok(at, `a ${kind} highlight 「${text}」 is painted`);
      await h.editor.waitForTimeout(250); // the mirror follows a textarea's scroll in the next frame
      const p = await frame.evaluate(highlightPoint, [contract.HIGHLIGHT[kind], text]);
      assert.ok(p, `the ${kind} highlight 「${text}」 has a box on screen`);
      // An iframe editor's boxes are in its own viewport: the page's mouse needs the frame's place on the page.
      const offset = spec.frame ? await h.editor.locator(spec.frame).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
      }) : { x: 0, y: 0 };
      return { x: p.x + offset.x, y: p.y + offset.y };
    };
    // The card lives in the editor's own document (an iframe editor's frame).
    const card = () => frame.locator(CARD).locator('.card');
    const cardCount = () => frame.evaluate((tag) => document.querySelectorAll(tag).length, CARD);
    const mutations = () => h.editor.evaluate(() => (window.__editorMutations ? window.__editorMutations() : []));
    const untouched = async (when) => {
      assert.deepEqual(await mutations(), [], `the editor DOM is untouched ${when}`);
      assert.equal(await h.editor.evaluate(() => window.__editorContent()), without, `the editor's data is as without the extension ${when}`);
    };

    before(async () => {
      h = await harness();
      await h.enable(false);
      await h.open(spec.page);
      await h.editor.waitForTimeout(500);
      without = await h.editor.evaluate(() => window.__editorContent());
      await h.enable(true);
      await h.open(spec.page);
      frame = await editorFrame(h, spec);
      const snap = await waitForHighlights(frame, spec, (s) => missingSpans(s).length === 0);
      assert.deepEqual(missingSpans(snap), [], 'the draft is highlighted');
      // The published state is the analysis the card reads.
      const until = Date.now() + 10_000;
      while (!(await h.editorState())?.analysis && Date.now() < until) await h.editor.waitForTimeout(150);
    });

    test('the pointer resting on a deadline opens its task card; resting elsewhere closes it', async () => {
      const p = await pointOver('deadline', DEADLINE);
      await h.editor.mouse.move(p.x - 3, p.y);
      await h.editor.mouse.move(p.x, p.y, { steps: 2 });
      assert.equal(await cardCount(), 0, 'no card at once: it waits for the pointer to rest');
      await card().waitFor({ timeout: 3_000 });
      const text = await card().innerText();
      assert.match(text, /任务/);
      assert.match(text, /责任单位\s*县政务服务中心/);
      assert.match(text, /时限\s*6月底前（2026年6月30日）/);
      assert.match(text, /在侧边栏中查看/);
      assert.match(text, /关闭/);
      await h.editor.mouse.move(2, 2, { steps: 3 });
      await frame.waitForFunction((tag) => !document.querySelector(tag), CARD, { timeout: 3_000 });
      await untouched('after hovering');
    });

    test('a click on a problem item opens its 问题 card, on a placeholder its 发现 card with the rule', async () => {
      const p = await pointOver('problem', PROBLEM);
      await h.editor.mouse.click(p.x, p.y);
      await card().waitFor({ timeout: 1_000 });
      const text = await card().innerText();
      assert.match(text, /问题/);
      assert.ok(text.includes(PROBLEM.slice(0, 8)), `the card quotes the problem: ${text}`);
      assert.doesNotMatch(text, /责任单位/, 'a problem has no owner row');

      const q = await pointOver('placeholder', 'XX');
      await h.editor.mouse.click(q.x, q.y);
      await frame.waitForFunction((tag) => /发现/.test(document.querySelector(tag)?.shadowRoot.textContent ?? ''), CARD, { timeout: 1_000 });
      assert.match(await card().innerText(), /规则\s*占位符未替换/);
      await untouched('after the clicks');
    });

    test('Tab moves into the card, Tab goes round its buttons, Esc closes it and gives the focus back', async () => {
      const p = await pointOver('problem', PROBLEM);
      await h.editor.mouse.click(p.x, p.y);
      await card().waitFor({ timeout: 1_000 });
      const focusWas = await frame.evaluate(activeName);
      assert.equal(focusWas, spec.focusName, 'the click left the focus in the editor');
      const focused = () => frame.evaluate((tag) => {
        const host = document.querySelector(tag);
        return document.activeElement === host ? host.shadowRoot.activeElement?.className : null;
      }, CARD);
      await h.editor.keyboard.press('Tab');
      assert.equal(await focused(), 'open', 'Tab from the editor reaches 在侧边栏中查看');
      await h.editor.keyboard.press('Tab');
      assert.equal(await focused(), 'skip', 'then 不入台账 (a problem is a checklist item)');
      await h.editor.keyboard.press('Tab');
      assert.equal(await focused(), 'close', 'then 关闭');
      await h.editor.keyboard.press('Tab');
      assert.equal(await focused(), 'open', 'and round again');
      await h.editor.keyboard.press('Escape');
      assert.equal(await cardCount(), 0, 'Esc closed the card');
      assert.equal(await frame.evaluate(activeName), focusWas, 'the focus is back in the editor');

      await h.editor.mouse.click(p.x, p.y);
      await card().waitFor({ timeout: 1_000 });
      await h.editor.keyboard.press('Escape');
      assert.equal(await cardCount(), 0, 'Esc in the editor closes the card as well');
      await untouched('after the keyboard');
    });

    test('在侧边栏中查看 opens the side panel at the task entry', async () => {
      const state = await h.editorState();
      const action = state.analysis.actions.find((a) => a.text.startsWith(TASK));
      assert.ok(action, `the analysis holds 「${TASK}…」`);
      const span = `${action.start}-${action.end}`;
      await h.panel.evaluate(() => document.activeElement?.blur());
      const p = await pointOver('deadline', DEADLINE);
      await h.editor.mouse.click(p.x, p.y);
      await card().waitFor({ timeout: 1_000 });
      await card().locator('button.open').click();
      assert.equal(await cardCount(), 0, 'the card closed');
      await h.panel.waitForFunction(
        (want) => document.activeElement?.getAttribute('data-span') === want && document.activeElement.classList.contains('entry-focused'),
        span,
        { timeout: 5_000 },
      );
      const entry = await h.panel.evaluate(() => {
        const el = document.activeElement;
        const r = el.getBoundingClientRect();
        return { text: el.textContent, top: r.top, bottom: r.bottom, height: innerHeight };
      });
      assert.ok(entry.text.includes(TASK), `the focused entry is the task: ${entry.text}`);
      assert.ok(entry.top >= 0 && entry.bottom <= entry.height, 'the entry is scrolled into view');
      await untouched('after opening the side panel');
    });

    test('the task, problem and finding cards and the badge pass axe-core and hold WCAG text contrast in the light and the dark scheme', async () => {
      try {
        for (const scheme of ['light', 'dark']) {
          await h.editor.emulateMedia({ colorScheme: scheme });
          for (const [kind, text] of [['deadline', DEADLINE], ['problem', PROBLEM], ['placeholder', 'XX']]) {
            const p = await pointOver(kind, text);
            await h.editor.mouse.click(p.x, p.y);
            await card().waitFor({ timeout: 1_000 });
            await h.editor.waitForTimeout(150); // the card's fade-in, so that axe reads its final colours
            assert.deepEqual(await axeProblems(frame, { within: [CARD] }), [], `the ${kind} card in the ${scheme} scheme`);
            assert.deepEqual(await contrastProblems(frame, { within: [CARD] }), [], `the ${kind} card's text contrast in the ${scheme} scheme`);
            if (scheme === 'dark' && kind === 'deadline') await h.editor.screenshot({ path: path.join(SHOTS, `card-dark-${spec.page.replace(/\.html$/, '')}.png`) });
            await h.editor.keyboard.press('Escape');
          }
          // The badge is drawn in the editor's own document (an iframe editor's frame) or, failing that, the page's.
          const docs = [...new Set([frame, h.editor.mainFrame()])];
          const withBadge = [];
          for (const d of docs) if (await d.locator(contract.BADGE_TAG).count()) withBadge.push(d);
          assert.ok(withBadge.length > 0, 'the badge is on the page');
          for (const d of withBadge) {
            assert.deepEqual(await axeProblems(d, { within: [contract.BADGE_TAG] }), [], `the badge in the ${scheme} scheme`);
            assert.deepEqual(await contrastProblems(d, { within: [contract.BADGE_TAG] }), [], `the badge's text contrast in the ${scheme} scheme`);
          }
        }
      } finally {
        await h.editor.emulateMedia({ colorScheme: null });
      }
    });

    test('screenshot of an open task card', async () => {
      const p = await pointOver('deadline', DEADLINE);
      await h.editor.mouse.click(p.x, p.y);
      await card().waitFor({ timeout: 1_000 });
      // nb. Last: Playwright's screenshot itself sets and restores a style on the page.
      await h.editor.screenshot({ path: path.join(SHOTS, `card-${spec.page.replace(/\.html$/, '')}.png`) });
      await h.editor.keyboard.press('Escape');
    });

    test('no card opens while an IME composition is open', async () => {
      const p = await pointOver('problem', PROBLEM);
      await frame.evaluate(focusEditorEnd, spec.host);
      const cdp = await h.context.newCDPSession(h.editor);
      try {
        await cdp.send('Input.imeSetComposition', { text: 'ji', selectionStart: 2, selectionEnd: 2 });
        assert.match(await h.editor.evaluate(() => window.__editorContent()), /ji/, 'the composition is open in the editor');
        await h.editor.mouse.move(p.x - 2, p.y);
        await h.editor.mouse.move(p.x, p.y, { steps: 2 });
        await h.editor.waitForTimeout(1_000);
        assert.equal(await cardCount(), 0, 'no card during the composition');
        await cdp.send('Input.insertText', { text: '' });
      } finally {
        await cdp.detach().catch(() => {});
      }
    });
  });
}

// ---- evaluated in the editor's frame (self-contained) ----

/** Scrolls the highlight range with text `text` into view (a textarea: its own scroll too); false when none. */
function scrollHighlightIntoView([name, text, host]) {
  const ranges = [...(CSS.highlights.get(name) ?? [])];
  const range = ranges.find((r) => r.toString() === text) ?? ranges.find((r) => r.toString().includes(text));
  if (!range) return false;
  const el = document.querySelector(host);
  if (el instanceof HTMLTextAreaElement) {
    el.scrollIntoView({ block: 'center' });
    // The mirror line's place in the textarea's content: where it is drawn now, plus what is scrolled away.
    const y = range.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    el.scrollTop = Math.max(0, y - el.clientHeight / 2);
  } else {
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  }
  return true;
}

/** The middle of the first box of the highlight range with text `text`, or null. */
function highlightPoint([name, text]) {
  const ranges = [...(CSS.highlights.get(name) ?? [])];
  const range = ranges.find((r) => r.toString() === text) ?? ranges.find((r) => r.toString().includes(text));
  const box = range ? [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0) : null;
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

/** The focused element's tag and id. */
function activeName() {
  const el = document.activeElement;
  return el ? `${el.localName}${el.id ? `#${el.id}` : ''}` : null;
}

/** Puts the caret at the end of the editor. */
function focusEditorEnd(host) {
  const el = document.querySelector(host);
  el.focus();
  if (el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
  else getSelection().collapse(el, el.childNodes.length);
}
