// The text the extension reads from a rich editor is the text the user sees
// (issue 3, section 2: paragraph breaks, mentions, emoji), and a finding
// maps back to the DOM range of its value: the highlight lies exactly over
// the value, however much markup comes before it.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { sent } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN, IBAN_MASKED } from './scenarios.mjs';

// A draft as a social site renders it: an emoji as an image with its alt
// text, a mention as a non-editable island, paragraphs as blocks, a line
// break, and the IBAN after all of that.
const DRAFT = `<div>Hi <img class="emoji" alt="👋" width="16" height="16" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> team,</div>`
  + '<div><br></div>'
  + '<div><span contenteditable="false" class="mention" data-id="42">@Anna Muster</span> asked us to pay<br>'
  + `the deposit to <b>${IBAN.slice(0, 9)}</b>${IBAN.slice(9)} by Friday 🙂</div>`;

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

it('a contenteditable with an emoji image, a mention, paragraphs and bold: the highlight covers exactly the IBAN', async () => {
  const t = await session.open('contenteditable');
  try {
    await t.editor.click();
    await t.page.evaluate((html) => {
      const el = document.getElementById('editor');
      el.innerHTML = html;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, DRAFT);
    await t.ui.waitForHighlight('iban');
    // Where the IBAN is on screen, from the page's own DOM: from the start of
    // the bold part to the end of the text node after it.
    const want = await t.page.evaluate((tail) => {
      const bold = document.querySelector('#editor b');
      const after = bold.nextSibling;
      const range = document.createRange();
      range.setStart(bold.firstChild, 0);
      range.setEnd(after, tail);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }, IBAN.length - 9);
    // One box per line fragment (the bold part is its own): their union.
    const boxes = (await t.ui.highlights()).filter((h) => h.rule === 'iban').map((h) => h.rect);
    const got = {
      left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)),
      width: Math.max(...boxes.map((b) => b.left + b.width)) - Math.min(...boxes.map((b) => b.left)),
      height: Math.max(...boxes.map((b) => b.top + b.height)) - Math.min(...boxes.map((b) => b.top)),
    };
    const near = (a, b) => Math.abs(a - b) <= 2;
    assert.ok(near(got.left, want.left) && near(got.left + got.width, want.right) && near(got.top, want.top) && near(got.top + got.height, want.bottom),
      `the highlight ${JSON.stringify(got)} covers the IBAN at ${JSON.stringify(want)}`);
    // The dialog shows the value masked from the same offsets.
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    const iban = (await t.ui.findings()).find((f) => f.rule === 'iban');
    assert.ok(iban?.text.includes(IBAN_MASKED), `the dialog masks exactly the IBAN: ${JSON.stringify(iban?.text)}`);
    assert.deepEqual(t.errors, []);
  } finally {
    await t.close();
  }
});

it('a mail composer: the address in the recipients well above the body is no finding, an IBAN in the body is', async () => {
  const t = await session.open('mail');
  try {
    await t.editor.click();
    const clean = 'Lunch at noon tomorrow?';
    await t.type(clean, clean);
    await t.page.getByRole('button', { name: 'Post', exact: true }).click();
    await until(async () => (await sent(t.page)).length === 1, { message: 'the clean body sent at once' });
    assert.equal(await t.ui.dialog(), null, 'the recipients well must not hold the send');
    await t.caretBack('the caret back in the body');
    const msg = `Pay to ${IBAN}`;
    await t.type(msg, msg);
    await t.page.getByRole('button', { name: 'Post', exact: true }).click();
    await t.ui.waitForDialog(5000);
    assert.deepEqual((await t.ui.findings()).map((f) => f.rule), ['iban'], 'only the body\'s IBAN');
    assert.deepEqual(await sent(t.page), [clean], 'the IBAN is held');
  } finally {
    await t.close();
  }
});

it('a team chat: Enter with an IBAN is held though a channel list with a selected channel ends just above the line', async () => {
  // Enter in a suggestion pop-up at the caret picks an item and is let
  // through; a list elsewhere on the page must never count as one.
  const t = await session.open('channels');
  try {
    await t.editor.click();
    const msg = `Pay to ${IBAN}`;
    await t.type(msg, msg);
    // The caret at the start of a second line: near the list, left and up.
    await t.page.keyboard.press('Shift+Enter');
    await t.type('ok', `${msg}\nok`);
    const [list, caret] = await t.page.evaluate(() => {
      const r = document.querySelector('[role=tree]').getBoundingClientRect();
      const c = getSelection().getRangeAt(0).getClientRects()[0];
      return [{ bottom: r.bottom, right: r.right }, { top: c.top, left: c.left }];
    });
    const where = JSON.stringify({ list, caret });
    assert.ok(caret.top - list.bottom >= 0 && caret.top - list.bottom < 48, `the list ends just above the caret's line (${where})`);
    assert.ok(caret.left - list.right > 0 && caret.left - list.right < 200, `the list ends just left of the caret (${where})`);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog(5000);
    assert.deepEqual(await sent(t.page), [], 'the IBAN is held');
  } finally {
    await t.close();
  }
});
