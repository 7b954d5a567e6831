// Second blind round: every editor scenario (scenarios.mjs) on pages written
// WITHOUT looking at how the extension attaches (lib/editors.mjs
// UNSEEN2_EDITORS): real editor packages not in the suite (Squire, Pell,
// react-textarea-autosize, Lexical with @lexical/hashtag, TipTap with an
// @-mention pop-up) and site shapes not built before (a CLOSED shadow root, a
// Post button disabled until typing and clicked on its <svg><path>, a Send
// button created on the first input, Enter handled on beforeinput, a window
// capture listener that stops Enter first, form.requestSubmit() from keydown,
// a box cleared by re-creating its <p>, a document.write iframe, a reply box
// revealed by display:none → block, a textarea in a label with a churning
// counter, an inline contenteditable <span>, a sandboxed same-origin iframe).
// Plain and strict CSP. specs/unseen2-fixtures.spec.mjs checks the same pages
// without the extension. Failures here are findings, not skipped.
//
// Two more scenarios for the token editors: an IBAN between two #hashtags
// (Lexical splits the text into HashtagNode spans around it), and the
// mention pop-up, whose Enter picks a person and must not be taken for a send.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IBAN, IBAN_MASKED, editorScenarios } from './scenarios.mjs';
import { UNSEEN2_EDITORS, editorRect, sent, text } from '../lib/editors.mjs';
import { startSession } from '../lib/session.mjs';
import { until } from '../lib/poll.mjs';

function tokens({ strict }) {
  const variant = strict ? 'strict-CSP page' : 'plain page';
  let session;
  before(async () => { session = await startSession(); });
  after(async () => { await session?.close(); });

  describe(`Lexical with hashtags on a ${variant}, tokens`, () => {
    it('holds an IBAN between two #hashtags on Enter, masks it, and highlights it', async () => {
      const t = await session.open('lexical-hashtag', { strict });
      try {
        await t.editor.click();
        const msg = `#refund to ${IBAN} #urgent today`;
        await t.type(msg, msg);
        await until(() => t.page.evaluate(() => document.querySelectorAll('#editor .hashtag').length === 2),
          { message: 'two hashtag spans', show: () => t.page.evaluate(() => document.getElementById('editor').innerHTML) });
        const hl = await t.ui.waitForHighlight('iban');
        const box = await editorRect(t.page);
        assert.ok(hl.rect.top >= box.top - 2 && hl.rect.top <= box.top + box.height, `highlight ${JSON.stringify(hl.rect)} in the editor ${JSON.stringify(box)}`);
        await t.page.keyboard.press('Enter');
        await t.ui.waitForDialog();
        assert.deepEqual(await sent(t.page), [], 'the send must be held');
        const iban = (await t.ui.findings()).find((f) => f.rule === 'iban');
        assert.ok(iban?.text.includes(IBAN_MASKED), `the dialog shows the masked IBAN: ${JSON.stringify(iban)}`);
        assert.equal(await text(t.page), msg);
        assert.deepEqual(t.errors, []);
      } finally {
        await t.close();
      }
    });
  });

  describe(`TipTap with mentions on a ${variant}, the pop-up`, () => {
    const open = async (t, s) => {
      await t.type(s, s);
      await until(() => t.page.evaluate(() => window.__mentionOpen()), { message: 'the mention pop-up open' });
    };
    it('lets Enter pick a person while the pop-up is open (clean text): no dialog, nothing sent; the next Enter sends', async () => {
      const t = await session.open('tiptap-mention', { strict });
      try {
        await t.editor.click();
        await open(t, 'Hi @Jo');
        await t.page.keyboard.press('Enter');
        await until(async () => (await text(t.page)).startsWith('Hi @Jodie Example'),
          { message: 'Enter to pick the mention', show: async () => ({ text: await text(t.page), dialog: (await t.ui.dialog()) !== null, sent: await sent(t.page) }) });
        assert.equal(await t.ui.dialog(), null, 'no dialog for picking a mention');
        const draft = await text(t.page);
        await t.page.keyboard.press('Enter');
        await until(async () => (await sent(t.page)).length === 1, { message: 'the next Enter to send' });
        assert.deepEqual(await sent(t.page), [draft]);
        assert.deepEqual(t.errors, []);
      } finally {
        await t.close();
      }
    });
    it('lets Enter pick a person after an IBAN (not a send: no dialog, nothing sent); the next Enter is held', async () => {
      const t = await session.open('tiptap-mention', { strict });
      try {
        await t.editor.click();
        await open(t, `Pay ${IBAN} ask @Jo`);
        await t.page.keyboard.press('Enter');
        await until(async () => (await text(t.page)).includes('@Jodie Example') || (await t.ui.dialog()) !== null || (await sent(t.page)).length > 0,
          { message: 'Enter to pick the mention', show: async () => ({ text: await text(t.page), dialog: (await t.ui.dialog()) !== null, sent: await sent(t.page) }) });
        const state = { text: await text(t.page), dialog: (await t.ui.dialog()) !== null, sent: await sent(t.page) };
        assert.ok(state.text.includes('@Jodie Example') && !state.dialog && state.sent.length === 0,
          `Enter in the open pop-up picks the person, without a dialog: ${JSON.stringify(state)}`);
        await t.page.keyboard.press('Enter');
        await t.ui.waitForDialog();
        assert.deepEqual(await sent(t.page), [], 'the send must be held');
        assert.ok((await t.ui.findings()).some((f) => f.rule === 'iban'));
        assert.deepEqual(t.errors, []);
      } finally {
        await t.close();
      }
    });
  });
}

describe('unseen2 editors, plain pages', () => editorScenarios({ strict: false, editors: UNSEEN2_EDITORS }));
describe('unseen2 editors, strict-CSP pages', () => editorScenarios({ strict: true, editors: UNSEEN2_EDITORS }));
describe('unseen2 token editors, plain pages', () => tokens({ strict: false }));
describe('unseen2 token editors, strict-CSP pages', () => tokens({ strict: true }));
