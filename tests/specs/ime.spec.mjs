// An input method (IME) composing text: the Enter that commits the
// composition is not a send, and must not be held (issue 3: "never while an
// IME composition is active"). Chromium's own IME API composes the text
// (CDP Input.imeSetComposition), so the keydown of the Enter that follows
// carries isComposing, as with a real IME; Input.insertText commits it. Shown on the editors whose
// composition Chromium's emulation commits: a textarea, Lexical (Facebook,
// WhatsApp) and ProseMirror.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN } from './scenarios.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

for (const name of ['textarea', 'lexical', 'prosemirror']) {
  it(`${name}: the Enter that ends an IME composition is not held; the next Enter is`, async () => {
    const t = await session.open(name);
    const cdp = await t.page.context().newCDPSession(t.page);
    try {
      await t.editor.click();
      const msg = `Pay ${IBAN} to `;
      await t.type(msg, msg);
      await t.ui.waitForHighlight('iban');
      await cdp.send('Input.imeSetComposition', { text: '山田', selectionStart: 2, selectionEnd: 2 });
      await t.page.keyboard.press('Enter');
      await until(async () => (await text(t.page)).includes('山田'), { message: 'the composed text in the editor', show: () => text(t.page) });
      assert.equal(await t.ui.dialog(), null, 'no dialog for the Enter of a composition');
      assert.deepEqual(await sent(t.page), [], 'nothing sent');
      // The IME commits the text (emulated by Chromium's Input.insertText);
      // with the composition over, Enter is a send, held for the IBAN.
      await cdp.send('Input.insertText', { text: '山田' });
      await t.page.keyboard.press('Enter');
      const dialog = await t.ui.waitForDialog();
      assert.equal(dialog.attrs.role, 'alertdialog');
      assert.deepEqual(await sent(t.page), [], 'the send is held');
      assert.deepEqual(t.errors, [], 'the page threw');
    } finally {
      await cdp.detach();
      await t.close();
    }
  });
}
