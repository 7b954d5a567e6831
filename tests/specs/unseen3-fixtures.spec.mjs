// The third blind round's pages (lib/editors.mjs UNSEEN3_EDITORS and
// UNSEEN3_OTHER) WITHOUT the extension: every send path works under both
// CSPs, a clipboard paste lands and the editor's undo takes it back, and each
// page's own shape holds (the frame is cross-origin, the textarea is
// re-created, the box moves, each reply box sends itself, the site shortcuts
// send, a paste built by the page lands). When an unseen3-editors scenario
// fails, this tells a page bug from an extension bug.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { UNSEEN3_EDITORS, sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN, paste } from './scenarios.mjs';
import { sendPathsWork } from './without-extension.mjs';

let session;
before(async () => { session = await startSession({ extension: false }); });
after(async () => { await session?.close(); });

/** Opens `name`, clicks its editor, runs `body(t)`, checks no page error. */
const onPage = (name, strict, body) => async () => {
  const t = await session.open(name, { strict });
  try {
    await t.editor.click();
    await body(t);
    assert.deepEqual(t.errors, [], 'the page threw');
  } finally {
    await t.close();
  }
};

for (const strict of [false, true]) {
  const variant = strict ? 'strict-CSP' : 'plain';
  for (const [name, ed] of Object.entries(UNSEEN3_EDITORS)) {
    describe(`without the extension, ${ed.label} on a ${variant} page`, () => {
      sendPathsWork(() => session, name, ed, strict);
    });
  }
  describe(`without the extension, the third round's shapes on a ${variant} page`, () => {
    it('frames the chat box from another origin, out of the page\'s reach', onPage('xorigin', strict, async (t) => {
      const info = await t.page.evaluate(() => {
        const f = document.getElementById('chat-frame');
        let reachable = true;
        try { reachable = !!f.contentDocument; } catch { reachable = false; }
        return { reachable, src: f.src, origin: location.origin };
      });
      assert.equal(info.reachable, false, `the frame ${info.src} is not readable from ${info.origin}`);
      assert.notEqual(new URL(info.src).origin, info.origin);
    }));
    it('re-creates the textarea on every keystroke, keeping text, focus and caret', onPage('rekey', strict, async (t) => {
      const first = await t.page.evaluateHandle(() => document.getElementById('editor'));
      await t.type('abc', 'abc');
      assert.equal(await t.page.evaluate((old) => old.isConnected, first), false, 'the first element is gone');
      await t.page.keyboard.press('ArrowLeft');
      await t.type('X', 'abXc');
    }));
    it('moves the box into the expanded panel on the first character, keeping focus and caret', onPage('reparent', strict, async (t) => {
      assert.equal(await t.page.evaluate(() => window.__where()), 'dock');
      const msg = 'A longer message that moves the box';
      await t.type(msg, msg);
      assert.equal(await t.page.evaluate(() => window.__where()), 'panel');
      await t.type(' on', `${msg} on`);
      await t.page.keyboard.press('Enter');
      assert.deepEqual(await sent(t.page), [`${msg} on`]);
      await until(() => t.page.evaluate(() => window.__where() === 'dock'), { message: 'the box back in the dock' });
    }));
    it('sends each reply box on its own (Enter and its button), leaving the others', onPage('thread', strict, async (t) => {
      await t.page.locator('#reply-anna').click();
      await t.page.keyboard.type('draft for Anna');
      await t.page.locator('#reply-chris').click();
      await t.page.keyboard.type('to Chris');
      await t.page.keyboard.press('Enter');
      assert.deepEqual(await sent(t.page), ['to Chris']);
      await t.page.keyboard.type('again Chris');
      await t.page.getByRole('button', { name: 'Reply to Chris' }).click();
      assert.deepEqual(await sent(t.page), ['to Chris', 'again Chris']);
      assert.equal(await t.page.locator('#reply-anna').inputValue(), 'draft for Anna');
    }));
    it('sends on the site shortcuts Alt+S and Ctrl+Shift+Enter; Shift+Enter breaks the line', onPage('shortcut', strict, async (t) => {
      await t.type('one', 'one');
      await t.page.keyboard.press('Alt+S');
      assert.deepEqual(await sent(t.page), ['one']);
      await t.type('two', 'two');
      await t.page.keyboard.press('Shift+Enter');
      await t.type('lines', 'two\nlines');
      await t.page.keyboard.press('Control+Shift+Enter');
      assert.deepEqual(await sent(t.page), ['one', 'two\nlines']);
    }));
    it('takes a paste the page builds into the DOM itself, and sends it', onPage('paste-build', strict, async (t) => {
      await t.type('IBAN: ', 'IBAN: ');
      await paste(t.page, IBAN);
      await until(async () => (await text(t.page)) === `IBAN: ${IBAN}`, { message: 'the pasted text', show: () => text(t.page) });
      await t.page.keyboard.type(' ok');
      await until(async () => (await text(t.page)) === `IBAN: ${IBAN} ok`, { message: 'typing after the paste', show: () => text(t.page) });
      await t.page.keyboard.press('Enter');
      assert.deepEqual(await sent(t.page), [`IBAN: ${IBAN} ok`]);
    }));
    it('keeps no contenteditable and no form field in the EditContext composer', onPage('editcontext', strict, async (t) => {
      await t.type('hello', 'hello');
      const shape = await t.page.evaluate(() => {
        const el = document.getElementById('editor');
        return { ce: el.isContentEditable, fields: el.querySelectorAll('textarea,input').length, ec: !!el.editContext, active: document.activeElement === el };
      });
      assert.deepEqual(shape, { ce: false, fields: 0, ec: true, active: true });
    }));
  });
}
