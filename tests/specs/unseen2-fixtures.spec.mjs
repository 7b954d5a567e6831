// The second blind round's pages (lib/editors.mjs UNSEEN2_EDITORS) WITHOUT
// the extension: every send path works under both CSPs, a clipboard paste
// lands and the editor's undo takes it back, and the mention pop-up picks on
// Enter. When an unseen2-editors scenario fails, this tells a page bug from
// an extension bug.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { UNSEEN2_EDITORS, sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { sendPathsWork } from './without-extension.mjs';

let session;
before(async () => { session = await startSession({ extension: false }); });
after(async () => { await session?.close(); });

for (const strict of [false, true]) {
  for (const [name, ed] of Object.entries(UNSEEN2_EDITORS)) {
    describe(`without the extension, ${ed.label} on a ${strict ? 'strict-CSP' : 'plain'} page`, () => {
      sendPathsWork(() => session, name, ed, strict);
    });
  }
  describe(`without the extension, the mention pop-up on a ${strict ? 'strict-CSP' : 'plain'} page`, () => {
    it('picks the person on Enter while the pop-up is open, and the next Enter sends', async () => {
      const t = await session.open('tiptap-mention', { strict });
      try {
        await t.editor.click();
        await t.type('Hi @Jo', 'Hi @Jo');
        await until(() => t.page.evaluate(() => window.__mentionOpen()), { message: 'the mention pop-up open' });
        await t.page.keyboard.press('Enter');
        await until(async () => (await text(t.page)).startsWith('Hi @Jodie Example'), { message: 'the mention picked', show: () => text(t.page) });
        assert.deepEqual(await sent(t.page), []);
        const draft = await text(t.page);
        await t.page.keyboard.press('Enter');
        assert.deepEqual(await sent(t.page), [draft]);
        assert.deepEqual(t.errors, []);
      } finally {
        await t.close();
      }
    });
  });
}
