// The fixture pages themselves, WITHOUT the extension: every page sends clean
// text on each of its send paths, under the plain and the strict CSP, and a
// clipboard paste lands in every editor. When an extension scenario fails,
// this tells a fixture bug from an extension bug.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { EDITORS, sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN, paste, trigger } from './scenarios.mjs';

let session;
before(async () => { session = await startSession({ extension: false }); });
after(async () => { await session?.close(); });

for (const strict of [false, true]) {
  for (const [name, ed] of Object.entries(EDITORS)) {
    describe(`without the extension, ${ed.label} on a ${strict ? 'strict-CSP' : 'plain'} page`, () => {
      it('sends on Enter, Ctrl+Enter and Post, clears itself, takes a paste and undoes it', async () => {
        const t = await session.open(name, { strict });
        try {
          await t.editor.click();
          const sends = [];
          for (const how of ['Enter', 'Control+Enter', 'button']) {
            const msg = `Clean text ${how} ${IBAN}`;
            await t.type(msg, msg);
            await trigger(t.page, how);
            sends.push(msg);
            // Sent synchronously: the extension scenarios rely on this to
            // tell a held send from a late one.
            assert.deepEqual(await sent(t.page), sends);
            await until(async () => (await text(t.page)) === '', { message: 'the editor cleared' });
          }
          assert.equal(await t.page.locator('#sent li').count(), 3);
          await t.caretBack('the caret back in the editor after Post');
          await t.type('IBAN: ', 'IBAN: ');
          await t.page.evaluate(() => window.__composer.cutHistory?.());
          await paste(t.page, IBAN);
          await until(async () => (await text(t.page)) === `IBAN: ${IBAN}`, { message: 'the pasted text', show: () => text(t.page) });
          // The editor's own undo takes the paste back (Redact relies on it).
          await t.page.keyboard.press('Control+Z');
          // (ProseMirror and Slate merge the paste with the typing just before it.)
          await until(async () => !(await text(t.page)).includes('CH93'), { message: 'Ctrl+Z to undo the paste' });
          assert.deepEqual(t.errors, []);
        } finally {
          await t.close();
        }
      });
    });
  }
}
