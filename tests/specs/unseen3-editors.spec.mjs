// Third blind round: every editor scenario (scenarios.mjs) on pages written
// WITHOUT looking at how the extension attaches (lib/editors.mjs
// UNSEEN3_EDITORS): real editor packages not in the suite (EasyMDE on
// CodeMirror 5, Summernote lite, Trumbowyg, Milkdown) and site shapes not
// built before (a chat box in a CROSS-ORIGIN iframe, an EditContext div, a
// thread of reply boxes, implicit submission of a one-line form, a React
// textarea re-created on every keystroke, an <a href="#"> or a bare <span>
// as the send control, site send shortcuts, a hidden mirror textarea, a box
// moved between containers, a <details> reply, a paste the page takes over).
// Plain and strict CSP. specs/unseen3-fixtures.spec.mjs checks the same pages
// without the extension. Failures here are findings, not skipped.
//
// Focused tests for what the standard scenarios cannot express: a thread
// (the clean box goes out at once while another box holds an IBAN, and the
// IBAN box is held), the site's own send shortcuts, a paste the page builds
// into the DOM itself, a box moved while typing, and multi-line drafts in the
// editors that draw their own text (CodeMirror 5, EditContext).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IBAN, IBAN_MASKED, editorScenarios, paste, trigger } from './scenarios.mjs';
import { UNSEEN3_EDITORS, cleanLines as lines, editorRect, known, sent, text } from '../lib/editors.mjs';
import { startSession } from '../lib/session.mjs';
import { until } from '../lib/poll.mjs';

/** What a person sees when a wait times out: the dialog, the findings, what went out, the text. */
const seen = (t) => async () => ({
  dialog: (await t.ui.dialog()) !== null,
  findings: await t.ui.findings().catch(() => []),
  badge: (await t.ui.visible('badge').catch(() => [])).map((b) => b.text),
  sent: await sent(t.page),
  text: await text(t.page).catch((e) => e.message),
});

function shapes({ strict }) {
  const variant = strict ? 'strict-CSP page' : 'plain page';
  let session;
  before(async () => { session = await startSession(); });
  after(async () => { await session?.close(); });

  /** Opens `name`, runs `body(t)` (the editor not clicked), checks no page error. */
  const onPage = (name, body) => async () => {
    const t = await session.open(name, { strict });
    try {
      await body(t);
      assert.deepEqual(t.errors, [], 'the page threw');
    } finally {
      await t.close();
    }
  };

  describe(`a thread of reply boxes on a ${variant}`, () => {
    it('sends a clean reply at once (Enter, then its button) while another box holds an IBAN, and holds the IBAN box', onPage('thread', async (t) => {
      const anna = `Please pay to ${IBAN} today`;
      await t.page.locator('#reply-anna').click();
      await t.page.keyboard.type(anna);
      await t.ui.waitForHighlight('iban').catch(() => {});
      await t.page.locator('#reply-chris').click();
      await t.page.keyboard.type('Thanks Chris, see you Monday');
      await t.page.keyboard.press('Enter');
      await until(async () => (await sent(t.page)).length === 1 || (await t.ui.dialog()) !== null,
        { message: 'the clean reply to go out', show: seen(t) });
      assert.equal(await t.ui.dialog(), null, 'no dialog for the clean box');
      assert.deepEqual(await sent(t.page), ['Thanks Chris, see you Monday']);
      await t.page.keyboard.type('One more for Chris');
      await t.page.getByRole('button', { name: 'Reply to Chris' }).click();
      await until(async () => (await sent(t.page)).length === 2 || (await t.ui.dialog()) !== null,
        { message: 'the clean reply to go out by its button', show: seen(t) });
      assert.equal(await t.ui.dialog(), null, 'no dialog for the clean box (button)');
      await t.page.locator('#reply-anna').click();
      await t.page.keyboard.press('End');
      await t.page.keyboard.press('Enter');
      await t.ui.waitForDialog().catch(async (e) => { throw new Error(`${e.message}; ${JSON.stringify(await seen(t)())}`); });
      assert.deepEqual(await sent(t.page), ['Thanks Chris, see you Monday', 'One more for Chris'], 'the IBAN box is held');
      assert.equal(await t.page.locator('#reply-anna').inputValue(), anna);
      const rules = (await t.ui.findings()).map((f) => f.rule);
      assert.ok(rules.includes('iban'), `the dialog lists iban (it lists ${JSON.stringify(rules)})`);
    }));
    it('holds the IBAN box\'s own button while a clean box was focused last', onPage('thread', async (t) => {
      await t.page.locator('#reply-anna').click();
      await t.page.keyboard.type(`IBAN ${IBAN}`);
      await t.page.locator('#reply-ben').click();
      await t.page.keyboard.type('clean');
      await t.page.getByRole('button', { name: 'Reply to Anna' }).click();
      await t.ui.waitForDialog().catch(async (e) => { throw new Error(`${e.message}; ${JSON.stringify(await seen(t)())}`); });
      assert.deepEqual(await sent(t.page), [], 'Anna\'s IBAN reply is held');
    }));
  });

  describe(`site send shortcuts on a ${variant}`, () => {
    for (const key of ['Alt+S', 'Control+Shift+Enter']) {
      it(`holds an IBAN sent with ${key}`, onPage('shortcut', async (t) => {
        await t.editor.click();
        const msg = `Refund to ${IBAN} please`;
        await t.type(msg, msg);
        await t.page.keyboard.press(key);
        await until(async () => (await sent(t.page)).length > 0 || (await t.ui.dialog()) !== null,
          { message: `${key} to be held or sent`, show: seen(t) });
        assert.deepEqual(await sent(t.page), [], `the ${key} send must be held`);
        await t.ui.waitForDialog();
        assert.equal(await text(t.page), msg);
      }));
    }
  });

  describe(`a paste the page builds into the DOM on a ${variant}`, () => {
    it('shows the paste notice and a highlight for a pasted IBAN, and holds Enter', onPage('paste-build', async (t) => {
      await t.editor.click();
      await t.type('IBAN: ', 'IBAN: ');
      await paste(t.page, IBAN);
      await until(async () => (await text(t.page)) === `IBAN: ${IBAN}`, { message: 'the pasted text', show: () => text(t.page) });
      const notice = await t.ui.waitFor('paste-notice').then(() => true, () => false);
      const hl = await t.ui.waitForHighlight('iban').then(() => true, () => false);
      await t.page.keyboard.press('Enter');
      const dialog = await t.ui.waitForDialog().then(() => true, () => false);
      const state = { notice, highlight: hl, dialog, sent: await sent(t.page) };
      assert.deepEqual(state, { notice: true, highlight: true, dialog: true, sent: [] }, 'what the person sees');
    }));
    it('holds an IBAN pasted and sent with Enter at once', onPage('paste-build', async (t) => {
      await t.editor.click();
      await t.type('IBAN: ', 'IBAN: ');
      await paste(t.page, IBAN);
      await t.page.keyboard.press('Enter');
      await until(async () => (await sent(t.page)).length > 0 || (await t.ui.dialog()) !== null,
        { message: 'Enter to be held or sent', show: seen(t) });
      assert.deepEqual(await sent(t.page), [], 'the send must be held');
    }));
  });

  describe(`a box moved between containers on a ${variant}`, () => {
    it('highlights the IBAN where the box is now, and holds Enter', onPage('reparent', async (t) => {
      await t.editor.click();
      const msg = `Pay ${IBAN}`;
      await t.type(msg, msg);
      assert.equal(await t.page.evaluate(() => window.__where()), 'panel');
      const hl = await t.ui.waitForHighlight('iban');
      const box = await editorRect(t.page);
      assert.ok(hl.rect.top >= box.top - 2 && hl.rect.top <= box.top + box.height && hl.rect.left >= box.left - 2 && hl.rect.left <= box.left + box.width,
        `the highlight ${JSON.stringify(hl.rect)} over the moved box ${JSON.stringify(box)}`);
      await t.page.keyboard.press('Enter');
      await t.ui.waitForDialog();
      assert.deepEqual(await sent(t.page), []);
      const iban = (await t.ui.findings()).find((f) => f.rule === 'iban');
      assert.ok(iban?.text.includes(IBAN_MASKED));
    }));
  });

  // A send control clicked with a fresh IBAN draft (no badge opened, no
  // redaction before): held with the dialog, nothing sent; after Send anyway
  // the page empties the box, and no highlight or badge is left over it.
  for (const name of ['link-send', 'span-send', 'reparent', 'mirror', 'details', 'xorigin', 'rekey']) {
    const ed = UNSEEN3_EDITORS[name];
    describe(`${ed.label} on a ${variant}, its send control`, () => {
      it(`holds an IBAN on ${ed.button ?? 'Post'}, and after Send anyway leaves no highlight or badge over the emptied box`, onPage(name, async (t) => {
        await t.editor.click();
        const msg = `Please refund ${IBAN} today`;
        await t.type(msg, msg);
        await t.ui.waitForHighlight('iban').catch(() => {});
        await trigger(t.page, 'button', ed.button);
        await until(async () => (await sent(t.page)).length > 0 || (await t.ui.dialog()) !== null,
          { message: 'the send to be held or to go out', show: seen(t) });
        const held = { dialog: (await t.ui.dialog()) !== null, sent: await sent(t.page) };
        if (held.dialog) {
          await t.ui.click('send-anyway');
          await until(async () => (await sent(t.page)).length === 1, { message: 'Send anyway to send', show: seen(t) });
        }
        await until(async () => (await text(t.page)) === '', { message: 'the page to empty its box', show: seen(t) });
        const leftover = await until(async () => {
          const s = { highlights: (await t.ui.highlights()).map((h) => h.rule), badge: (await t.ui.visible('badge')).map((b) => b.text) };
          return (s.highlights.length === 0 && s.badge.length === 0) ? s : null;
        }, { timeout: 3000, message: 'no highlight and no badge over the emptied box', show: seen(t) }).catch((e) => e.message);
        assert.deepEqual({ held, leftover }, { held: { dialog: true, sent: [] }, leftover: { highlights: [], badge: [] } }, 'what the person sees');
      }));
    });
  }

  for (const name of ['easymde', 'editcontext']) {
    const ed = UNSEEN3_EDITORS[name];
    describe(`${ed.label} on a ${variant}, multi-line`, () => {
      it('holds an IBAN typed three lines above the caret on Enter', known(ed, 'linesAbove'), onPage(name, async (t) => {
        await t.editor.click();
        const first = `Pay to ${IBAN}`;
        await t.type(first, first);
        let expected = first;
        for (const line of lines(3)) {
          await t.page.keyboard.press('Shift+Enter');
          await t.page.keyboard.type(line);
          expected += `\n${line}`;
        }
        await until(async () => (await text(t.page)) === expected, { message: 'the three lines under the IBAN', show: () => text(t.page) });
        await t.page.keyboard.press('Enter');
        await t.ui.waitForDialog().catch(async (e) => { throw new Error(`${e.message}; ${JSON.stringify(await seen(t)())}`); });
        assert.deepEqual(await sent(t.page), [], 'the send must be held');
        assert.equal(await text(t.page), expected, 'the draft is intact');
      }));
    });
  }
}

describe('unseen3 editors, plain pages', () => editorScenarios({ strict: false, editors: UNSEEN3_EDITORS }));
describe('unseen3 editors, strict-CSP pages', () => editorScenarios({ strict: true, editors: UNSEEN3_EDITORS }));
describe('unseen3 shapes, plain pages', () => shapes({ strict: false }));
describe('unseen3 shapes, strict-CSP pages', () => shapes({ strict: true }));
