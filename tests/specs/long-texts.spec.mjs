// Long texts on strict-CSP pages. There the content script runs the
// scanner's JavaScript build, and scans that may wait (the live scan, the
// paste notice) of long texts go to the service worker's wasm
// (extension/content/remote.js). The worker must find exactly what the
// page's own engine finds, and a long paste must be caught the same way as
// a short one: notice, highlight, send held.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../lib/session.mjs';
import { assertStaysLocal, inContentScript } from '../lib/browser.mjs';
import { loadEngine, portAsk } from '../lib/world.mjs';
import { editorHasFocus, sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { AHV, IBAN, paste } from './scenarios.mjs';

/** Prose of about `n` characters with nothing to find in it. */
function prose(n) {
  const sentences = [
    'The quarterly review moved to the large meeting room on the third floor.',
    'Please bring your notes on the roadmap, the budget and the hiring plan.',
    'Lunch will be served after the second session, vegetarian options included.',
    'We expect the new release to ship once the last open questions are settled.',
  ];
  let out = '';
  for (let i = 0; out.length < n; i += 1) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, n).trimEnd();
}

// Runs in the content script's world: the page's own engine (as the content
// script loads it) against the service worker over the scan port.
async function compareWithWorker({ sample, port: portName }) {
  const { glue, engine } = await loadEngine();
  const scanner = new glue.Scanner('{}');
  const local = scanner.scan(sample, location.hostname);
  scanner.free();
  const port = chrome.runtime.connect({ name: portName });
  const ask = portAsk(port);
  const withoutPolicy = await ask({ id: 1, text: sample });
  const first = await ask({ id: 2, text: sample, policy: '{}' });
  // The worker keeps the port's policy: later requests send only the text.
  const second = await ask({ id: 3, text: sample });
  port.disconnect();
  // The worker sends its findings packed; the glue's unpack makes them objects.
  const unpacked = (reply) => ({ ...reply, findings: reply.packed === undefined ? undefined : glue.unpack(reply.packed) });
  return { engine, local, withoutPolicy, first: unpacked(first), second: unpacked(second) };
}

describe('long texts on a strict-CSP page', () => {
  let session;
  before(async () => { session = await startSession(); });
  after(async () => { await session?.close(); });

  it('the service worker finds in a text exactly what the page\'s own engine finds', async () => {
    const t = await session.open('textarea', { strict: true });
    try {
      const sample = `Hi team, ${prose(300)} Mr. Daniel Keller (AHV ${AHV}) asked to be paid to ${IBAN}; `
        + `reach him at daniel.keller@keller-partner.ch or +41 44 668 18 00. password = "Tr0ub4dor&3xample!"`;
      const r = await inContentScript(t.page, session.browser.extensionId, compareWithWorker, { sample, port: 'cs-bg-scan' }, [loadEngine, portAsk]);
      assert.equal(r.engine, 'asm', 'the strict CSP forbids wasm in the content script');
      assert.match(r.withoutPolicy.error ?? '', /policy/, 'a scan before any policy document is refused with a reason');
      const rules = r.local.map((f) => f.rule);
      for (const rule of ['iban', 'ch_ahv', 'email', 'phone']) assert.ok(rules.includes(rule), `the page's engine finds ${rule} (${rules})`);
      assert.deepEqual(r.first.findings, r.local, 'the worker\'s findings are the page engine\'s, span for span');
      assert.deepEqual(r.second.findings, r.local, 'the same with the policy the port already has');
    } finally {
      await t.close();
    }
  });

  for (const name of ['textarea', 'lexical']) {
    it(`a long paste into ${name}: notice, highlight and a held send, and typing continues`, async () => {
      const t = await session.open(name, { strict: true });
      try {
        await t.editor.click();
        // The IBAN near the end, where the editor shows the caret after the paste.
        const long = `${prose(6000)} Please transfer the deposit to ${IBAN} by Friday.`;
        await paste(t.page, long);
        await until(async () => (await text(t.page)) === long, { timeout: 10000, message: 'the pasted text in the editor' });
        await t.ui.waitFor('paste-notice', 10000);
        assert.ok(await editorHasFocus(t.page), 'the paste notice must not take the focus');
        await t.ui.waitForHighlight('iban', 10000);
        await t.page.keyboard.press('Enter');
        await t.ui.waitForDialog();
        const rules = (await t.ui.findings()).map((f) => f.rule);
        assert.deepEqual(rules, ['iban'], 'the dialog lists the IBAN and nothing else');
        assert.deepEqual(await sent(t.page), [], 'the send is held');
        await t.ui.click('edit');
        await t.ui.waitForNoDialog();
        await t.caretBack('focus back in the editor after Edit');
        assert.equal(await text(t.page), long, 'nothing lost');
        assert.deepEqual(t.errors, [], 'the page threw');
      } finally {
        await t.close();
      }
    });
  }

  it('sends no request beyond 127.0.0.1 while the worker scans', () => {
    assertStaysLocal(session.browser, assert);
  });
});
