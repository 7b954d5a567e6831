// The toolbar popup and the options page (issue 3, section 6), and what the
// extension keeps in storage (section 7): the popup tells whether the site
// is watched and counts the findings of the box being written in, and
// pauses the site; the options page lists the rules with their actions,
// changes one, and highlights a "try a text" box live; nothing stored
// anywhere holds the text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from '../lib/browser.mjs';
import { startSession } from '../lib/session.mjs';
import { sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN } from './scenarios.mjs';

const EMAIL = 'jana.novakova@seznam.cz';
const MSG = `Refund to ${IBAN} and confirm to ${EMAIL} today`;

const en = (key) => JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales', 'en', 'messages.json'), 'utf8'))[key].message;

describe('the popup, the options page and storage', () => {
  let session;
  before(async () => { session = await startSession(); });
  after(async () => { await session?.close(); });

  const extensionPage = async (file) => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/${file}`);
    return page;
  };

  /** The browser's id of the tab showing `page` (brought to the front first). */
  const tabIdOf = async (page) => {
    await page.bringToFront();
    const url = page.url();
    return session.browser.serviceWorker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({ active: true });
      // Without the tabs permission the worker sees no URLs: the active tab is the one.
      return (tabs.find((tab) => tab.url === u) ?? tabs[0])?.id;
    }, url);
  };

  it('the popup counts the findings of the focused box and pauses the site, and Enter then sends', async () => {
    const t = await session.open('textarea');
    try {
      await t.editor.click();
      await t.type(MSG, MSG);
      await t.ui.waitForHighlight('iban');
      const tabId = await tabIdOf(t.page);
      const popup = await extensionPage(`popup/popup.html?tab=${tabId}`);
      try {
        await until(async () => (await popup.locator('#status').textContent()).includes('127.0.0.1'),
          { message: 'the popup to name the site', show: () => popup.locator('#status').textContent() });
        assert.equal(await popup.locator('#status').textContent(), en('popup_watched').replace('$1', '127.0.0.1'));
        await until(async () => (await popup.locator('#counts li').count()) === 2, { message: 'two rules counted' });
        assert.equal(await popup.locator('#counts li[data-rule=iban] .count').textContent(), '1');
        assert.equal(await popup.locator('#counts li[data-rule=email] .count').textContent(), '1');
        // Pause this site (the default policy allows it).
        await popup.locator('#pause').check();
        await until(async () => (await popup.locator('#status').textContent()) === en('popup_paused').replace('$1', '127.0.0.1'),
          { message: 'the popup to say paused', show: () => popup.locator('#status').textContent() });
      } finally {
        await popup.close();
      }
      await t.page.bringToFront();
      await until(async () => (await t.ui.highlights()).length === 0, { message: 'the highlights gone while paused' });
      await t.editor.click();
      await t.page.keyboard.press('End');
      await t.page.keyboard.press('Enter');
      await until(async () => (await sent(t.page)).length === 1, { message: 'Enter to send while paused' });
      assert.deepEqual(await sent(t.page), [MSG]);
      assert.equal(await t.ui.dialog(), null);
      // Resume: the site is watched again, and the same text is held.
      const again = await extensionPage(`popup/popup.html?tab=${tabId}`);
      try {
        await again.locator('#pause').uncheck();
        await until(async () => (await again.locator('#status').textContent()) === en('popup_watched').replace('$1', '127.0.0.1'),
          { message: 'the popup to say watched' });
      } finally {
        await again.close();
      }
      await t.page.bringToFront();
      await t.editor.click();
      await t.type(MSG, MSG);
      await t.page.keyboard.press('Enter');
      await t.ui.waitForDialog();
      assert.deepEqual(await sent(t.page), [MSG], 'held once the site is watched again');
      await t.ui.click('send-anyway');
      await until(async () => (await sent(t.page)).length === 2, { message: 'Send anyway' });
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('the options page highlights a tried text live and changes a rule\'s action for the pages', async () => {
    const options = await extensionPage('options/options.html');
    const t = await session.open('textarea');
    try {
      await options.bringToFront();
      const iban = options.locator('select[data-rule=iban]');
      await iban.waitFor();
      assert.equal(await iban.inputValue(), 'warn', 'the default action of iban');
      assert.equal(await iban.isDisabled(), false, 'no policy locks it');
      await options.locator('#try').fill(MSG);
      await until(async () => (await options.locator('#try-view mark').count()) === 2, { message: 'two marks in the tried text' });
      assert.equal(await options.locator('#try-view mark[data-rule=iban]').textContent(), IBAN);
      assert.equal(await options.locator('#try-view mark[data-rule=email]').textContent(), EMAIL);
      // iban → block: the page's dialog offers no Send anyway.
      await iban.selectOption('block');
      await until(async () => (await options.locator('select[data-rule=iban]').inputValue()) === 'block', { message: 'iban set to block' });
      await t.page.bringToFront();
      await t.editor.click();
      const ibanOnly = `Refund to ${IBAN} today`;
      await until(async () => {
        await t.page.locator('#editor').fill('');
        await t.type(ibanOnly, ibanOnly);
        await t.page.keyboard.press('Enter');
        await t.ui.waitForDialog();
        const blocked = !(await t.ui.has('send-anyway'));
        await t.page.keyboard.press('Escape');
        await t.ui.waitForNoDialog();
        return blocked;
      }, { timeout: 10000, message: 'the page to apply block to iban' });
      assert.deepEqual(await sent(t.page), []);
      assert.equal(await text(t.page), ibanOnly);
      // Reset: the user's own settings are forgotten.
      await options.bringToFront();
      await options.locator('#reset').click();
      await until(async () => (await options.locator('select[data-rule=iban]').inputValue()) === 'warn', { message: 'iban back to warn' });
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
      await options.close();
    }
  });

  it('keeps no text in any storage area', async () => {
    // After the two tests above: typed, highlighted, counted, paused, held,
    // sent anyway, tried on the options page.
    const stored = await session.browser.serviceWorker.evaluate(async () => JSON.stringify({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
    assert.ok(stored.length > 20, `something was stored (counts, settings): ${stored}`);
    for (const part of [...IBAN.split(' ').filter((g) => g.length === 4 && g !== 'CH93'), 'novakova', 'seznam', 'Refund', 'confirm']) {
      assert.ok(!stored.includes(part), `storage holds ${JSON.stringify(part)}: ${stored}`);
    }
  });
});
