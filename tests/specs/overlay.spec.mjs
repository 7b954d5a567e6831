// The highlights and the badge over the page (issue 3, section 4): the
// badge counts the findings; the highlight boxes follow the value when the
// page scrolls, when the window is resized and the text re-wraps, and when
// the text before the value is edited; when the page replaces its compose
// box (single-page apps re-render), the old overlay goes and the new box is
// watched.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN } from './scenarios.mjs';

const MSG = `Refunds go to ${IBAN} and questions to jana.novakova@seznam.cz`;

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

/** The IBAN's box on screen, from the page's own DOM (one text node). */
function ibanRect(page) {
  return page.evaluate((iban) => {
    const el = document.getElementById('editor');
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.data.indexOf(iban);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + iban.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    return null;
  }, IBAN);
}

/** The union of the iban highlight boxes. */
async function highlightRect(ui) {
  const boxes = (await ui.highlights()).filter((h) => h.rule === 'iban').map((h) => h.rect);
  if (!boxes.length) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.left + b.width)), bottom: Math.max(...boxes.map((b) => b.top + b.height)),
  };
}

/** Waits until the highlight covers the IBAN where the page shows it now (within 2 px). */
async function highlightOnIban(t, message) {
  await until(async () => {
    const [got, want] = [await highlightRect(t.ui), await ibanRect(t.page)];
    return got && want && ['left', 'top', 'right', 'bottom'].every((k) => Math.abs(got[k] - want[k]) <= 2);
  }, { message, show: async () => ({ highlight: await highlightRect(t.ui), iban: await ibanRect(t.page) }) });
}

it('the badge counts the findings; the highlight follows scrolling, resizing and edits before it', async () => {
  const t = await session.open('contenteditable');
  try {
    await t.editor.click();
    await t.type(MSG, MSG);
    await highlightOnIban(t, 'the highlight over the IBAN');
    const badge = await t.ui.waitFor('badge');
    assert.match(badge.text, /\b2\b/, `the badge counts two findings: ${JSON.stringify(badge.text)}`);
    // Scroll the page: the editor moves up, the highlight with it.
    await t.page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      window.scrollBy(0, 60);
    });
    await highlightOnIban(t, 'the highlight over the IBAN after scrolling');
    // A narrow window: the text wraps elsewhere.
    const before = await ibanRect(t.page);
    await t.page.setViewportSize({ width: 420, height: 800 });
    await until(async () => JSON.stringify(await ibanRect(t.page)) !== JSON.stringify(before), { message: 'the text to re-wrap' });
    await highlightOnIban(t, 'the highlight over the IBAN after resizing');
    // Text typed before the IBAN moves it.
    await t.page.evaluate(() => {
      const el = document.getElementById('editor');
      const range = document.createRange();
      range.setStart(el.firstChild, 0);
      range.collapse(true);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await t.page.keyboard.type('Dear all, ');
    await highlightOnIban(t, 'the highlight over the IBAN after an edit before it');
    assert.deepEqual(t.errors, []);
  } finally {
    await t.page.setViewportSize({ width: 1100, height: 800 });
    await t.close();
  }
});

it('when the page replaces its compose box, the old highlights go and the new box is watched', async () => {
  const t = await session.open('contenteditable');
  try {
    await t.editor.click();
    await t.type(MSG, MSG);
    await t.ui.waitForHighlight('iban');
    // A single-page app re-renders the composer: a new element, empty.
    await t.page.evaluate(() => {
      const old = document.getElementById('editor');
      const box = old.cloneNode(false);
      old.replaceWith(box);
    });
    await until(async () => (await t.ui.highlights()).length === 0, { message: 'the old highlights to go' });
    await t.page.locator('#editor').click();
    await t.page.keyboard.type(MSG);
    await highlightOnIban(t, 'the highlight over the IBAN in the new box');
    assert.deepEqual(t.errors, []);
  } finally {
    await t.close();
  }
});
