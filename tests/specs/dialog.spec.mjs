// The warning dialog without a mouse, and in the user's language (issue 3,
// section 4: keyboard operable, role=alertdialog, focus trap, Escape
// returns to editing; localised).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from '../lib/browser.mjs';
import { startSession } from '../lib/session.mjs';
import { editorHasFocus, sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN } from './scenarios.mjs';

const MSG = `Please pay the invoice to ${IBAN} by Friday`;

/** The extension's own string for `key` in `lang` (from the shipped _locales). */
function message(lang, key) {
  const file = path.join(EXTENSION_DIR, '_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8'))[key].message;
}

/** Opens `name`, types MSG, presses Enter, waits for the dialog, runs `body(t)`, then closes the page. */
async function withHeldDialog(session, name, body) {
  const t = await session.open(name);
  try {
    await t.editor.click();
    await t.type(MSG, MSG);
    await t.page.keyboard.press('Enter');
    await body(t, await t.ui.waitForDialog());
    assert.deepEqual(t.errors, [], 'the page threw');
  } finally {
    await t.close();
  }
}

describe('the dialog, keyboard only', () => {
  let session;
  before(async () => { session = await startSession(); });
  after(async () => { await session?.close(); });

  for (const name of ['textarea', 'lexical']) {
    it(`${name}: focus starts on Edit, Tab and Shift+Tab stay in the dialog, Enter on Send anyway sends once`, () => withHeldDialog(session, name, async (t) => {
      // Buttons: Edit, Redact and send, Send anyway. Focus is on Edit; a
      // full round of Tab comes back to it, Shift+Tab from it wraps to the last.
      for (let i = 0; i < 3; i++) await t.page.keyboard.press('Tab');
      assert.equal(await editorHasFocus(t.page), false, 'Tab never leaves the dialog for the page');
      await t.page.keyboard.press('Shift+Tab');
      await t.page.keyboard.press('Enter');
      assert.deepEqual(await until(async () => { const s = await sent(t.page); return s.length > 0 && s; },
        { message: 'Enter on Send anyway to send' }), [MSG], 'sent once, intact');
      await t.ui.waitForNoDialog();
    }));

    it(`${name}: Escape closes the dialog and returns to editing where the caret was`, () => withHeldDialog(session, name, async (t) => {
      await t.page.keyboard.press('Escape');
      await t.ui.waitForNoDialog();
      await t.caretBack('the caret back in the editor after Escape');
      await t.type('!', `${MSG}!`);
      assert.deepEqual(await sent(t.page), [], 'Escape sends nothing');
    }));
  }
});

for (const lang of ['de', 'fr', 'cs']) {
  describe(`the dialog in a browser set to ${lang}`, () => {
    let session;
    before(async () => { session = await startSession({ args: [`--lang=${lang}`] }); });
    after(async () => { await session?.close(); });

    it(`speaks ${lang}: title and buttons from _locales/${lang}`, () => withHeldDialog(session, 'textarea', async (t, dialog) => {
      assert.ok(dialog.text.includes(message(lang, 'dialog_title_warn')), `the ${lang} title in ${JSON.stringify(dialog.text.slice(0, 200))}`);
      assert.ok(dialog.text.includes(message(lang, 'button_edit')), `the ${lang} Edit button`);
      assert.ok(dialog.text.includes(message(lang, 'button_send_anyway')), `the ${lang} Send anyway button`);
      assert.equal(await text(t.page), MSG);
    }));
  });
}
