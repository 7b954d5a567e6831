// The unseen fixture pages (lib/editors.mjs UNSEEN_EDITORS) WITHOUT the
// extension, in the pattern of fixtures.spec.mjs: every send path works under
// both CSPs, a clipboard paste lands and the editor's undo takes it back. When
// an unseen-editors scenario fails, this tells a page bug from an extension bug.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { UNSEEN_EDITORS, cleanLines as lines, sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN, paste, trigger } from './scenarios.mjs';
import { sendPathsWork } from './without-extension.mjs';

let session;
before(async () => { session = await startSession({ extension: false }); });
after(async () => { await session?.close(); });

for (const strict of [false, true]) {
  for (const [name, ed] of Object.entries(UNSEEN_EDITORS)) {
    describe(`without the extension, ${ed.label} on a ${strict ? 'strict-CSP' : 'plain'} page`, () => {
      sendPathsWork(() => session, name, ed, strict);

      it('breaks lines with Shift+Enter, takes a 400-line paste and sends it all with the send button', async () => {
        const t = await session.open(name, { strict });
        try {
          await t.editor.click();
          let expected = 'first';
          await t.type('first', expected);
          for (const line of lines(3)) {
            await t.page.keyboard.press('Shift+Enter');
            await t.page.keyboard.type(line);
            expected += `\n${line}`;
          }
          await until(async () => (await text(t.page)) === expected, { message: 'three more lines', show: () => text(t.page) });
          await trigger(t.page, 'Enter');
          assert.deepEqual(await sent(t.page), [expected]);
          await until(async () => (await text(t.page)) === '', { message: 'the editor cleared' });
          await paste(t.page, [`Pay to ${IBAN}`, ...lines(399)].join('\n'));
          await until(async () => (await text(t.page)).trim().endsWith(lines(399).at(-1)), { message: 'the pasted lines', show: async () => (await text(t.page)).slice(-80) });
          await trigger(t.page, 'button', ed.button);
          const all = await sent(t.page);
          assert.equal(all.length, 2);
          assert.ok(all[1].startsWith(`Pay to ${IBAN}`) && all[1].split('\n').filter(Boolean).length === 400, `all 400 lines sent: ${all[1].split('\n').length}`);
          assert.deepEqual(t.errors, []);
        } finally {
          await t.close();
        }
      });
    });
  }
}
