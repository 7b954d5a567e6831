// What every fixture page must do WITHOUT the extension, shared by
// fixtures.spec.mjs (the suite's pages) and unseen-fixtures.spec.mjs (the
// pages written blind to the extension). When an extension scenario fails,
// these tell a page bug from an extension bug.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN, paste, trigger } from './scenarios.mjs';

/**
 * Registers the check that editor `name` (`ed` from lib/editors.mjs) sends
 * clean text on each send path, synchronously, clears itself, takes a
 * clipboard paste and undoes it with its own undo. `getSession()` gives the
 * spec's session.
 */
export function sendPathsWork(getSession, name, ed, strict) {
  const button = ed.button ?? 'Post';
  it(`sends on Enter, Ctrl+Enter and ${button}, clears itself, takes a paste and undoes it`, async () => {
    const t = await getSession().open(name, { strict });
    try {
      await t.editor.click();
      const sends = [];
      for (const how of ['Enter', 'Control+Enter', 'button']) {
        const msg = `Clean text ${how} ${IBAN}`;
        await t.type(msg, msg);
        await trigger(t.page, ed.keys?.[how] ?? how, ed.button);
        sends.push(msg);
        // Sent synchronously: the extension scenarios rely on this to
        // tell a held send from a late one.
        assert.deepEqual(await sent(t.page), sends);
        await until(async () => (await text(t.page)) === '', { message: 'the editor cleared' });
      }
      assert.equal(await t.page.locator('#sent li').count(), 3);
      await t.caretBack(`the caret back in the editor after ${button}`);
      await t.type('IBAN: ', 'IBAN: ');
      await t.page.evaluate(() => window.__composer.cutHistory?.());
      await paste(t.page, IBAN);
      await until(async () => (await text(t.page)) === `IBAN: ${IBAN}`, { message: 'the pasted text', show: () => text(t.page) });
      // The editor's own undo takes the paste back (Redact relies on it).
      await t.page.keyboard.press('Control+Z');
      // (ProseMirror and Slate merge the paste with the typing just before it.)
      await until(async () => !(await text(t.page)).includes('CH93'), { message: 'Ctrl+Z to undo the paste', show: () => text(t.page) });
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });
}
