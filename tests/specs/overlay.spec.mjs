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
    // The IBAN is found while the e-mail address is still being typed: the
    // badge counts one, then two once the scan after the last keystroke ran.
    await until(async () => /\b2\b/.test((await t.ui.waitFor('badge')).text), {
      message: 'the badge to count two findings',
      show: async () => (await t.ui.waitFor('badge')).text,
    });
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

/**
 * Where the IBAN's characters are in a textarea laid out in a monospace
 * font without wrapping: computed from the font's advance and the line
 * height, not from the extension's mirror, so that it can disagree.
 */
function ibanInTextarea(page) {
  return page.evaluate((iban) => {
    const el = document.getElementById('editor');
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
    const advance = ctx.measureText('M').width;
    const lines = el.value.split('\n');
    const line = lines.findIndex((l) => l.includes(iban));
    const col = lines[line].indexOf(iban);
    const box = el.getBoundingClientRect();
    const left = box.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + col * advance - el.scrollLeft;
    const top = box.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop) + line * parseFloat(cs.lineHeight) - el.scrollTop;
    return { left, top, right: left + iban.length * advance, bottom: top + parseFloat(cs.lineHeight) };
  }, IBAN);
}

it('in a textarea that scrolls, the highlight stays on the value while typing goes on and the field scrolls', async () => {
  const t = await session.open('textarea');
  try {
    await t.editor.click();
    // 30 lines; the IBAN on line 26, in view once the field is scrolled to the end.
    await t.page.evaluate((iban) => {
      const el = document.getElementById('editor');
      Object.assign(el.style, { fontFamily: 'monospace', fontSize: '16px', lineHeight: '20px', height: '200px', padding: '4px', whiteSpace: 'pre' });
      el.wrap = 'off';
      const lines = Array.from({ length: 30 }, (_, i) => `line ${i} of the weekly notes`);
      lines[25] = `pay ${iban} today`;
      el.value = lines.join('\n');
      el.setSelectionRange(el.value.length, el.value.length);
      el.scrollTop = el.scrollHeight;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, IBAN);
    const near = async () => {
      const [got, want] = [await highlightRect(t.ui), await ibanInTextarea(t.page)];
      return got && ['left', 'top', 'right', 'bottom'].every((k) => Math.abs(got[k] - want[k]) <= 2);
    };
    const show = async () => ({ highlight: await highlightRect(t.ui), iban: await ibanInTextarea(t.page) });
    await until(near, { message: 'the highlight over the IBAN in the scrolled textarea', show });
    // New lines at the end scroll the field up, one line each, while the
    // text changes faster than it is scanned.
    const scrolled = await t.page.evaluate(() => document.getElementById('editor').scrollTop);
    for (const word of ['first', 'second']) {
      await t.page.keyboard.press('Shift+Enter');
      await t.page.keyboard.type(word);
    }
    assert.ok(await t.page.evaluate((s) => document.getElementById('editor').scrollTop > s, scrolled), 'the field scrolled');
    await until(near, { message: 'the highlight over the IBAN after the field scrolled', show });
    // Scrolling the field by hand moves the highlight with the text.
    await t.page.evaluate(() => { document.getElementById('editor').scrollTop -= 45; });
    await until(near, { message: 'the highlight over the IBAN after scrolling the field', show });
    assert.deepEqual(t.errors, []);
  } finally {
    await t.close();
  }
});
