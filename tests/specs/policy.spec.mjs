// Managed policy, as IT deploys it: a real policy file that Chromium reads,
// delivered to the extension through chrome.storage.managed. Runs alone (not
// beside the editor specs) because the policy directory is machine-wide.
import http from 'node:http';
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EXTENSION_DIR, assertStaysLocal, extensionIdFromManifest, requireExtension } from '../lib/browser.mjs';
import { installPolicy, removePolicy } from '../lib/policy.mjs';
import { startSession } from '../lib/session.mjs';
import { sent, text } from '../lib/editors.mjs';
import { until } from '../lib/poll.mjs';
import { IBAN } from './scenarios.mjs';

const EMAIL_TEXT = 'Write to anna.muster@example.com for the slides';
const IBAN_TEXT = `Pay to ${IBAN} please`;

let session = null;
let auditServer = null;
afterEach(async () => {
  const done = session;
  session = null;
  await auditServer?.close();
  auditServer = null;
  try {
    // No request left the machine in this browser either (the list is checked non-empty).
    if (done) assertStaysLocal(done.browser, assert);
  } finally {
    await done?.close();
    removePolicy();
  }
});
after(removePolicy);

/** Starts Chromium with `doc` as the managed policy (none when null) and opens the textarea page. */
async function withPolicy(doc) {
  requireExtension();
  const id = extensionIdFromManifest();
  assert.ok(id, 'the manifest has a fixed key, so the id is known before launch');
  removePolicy();
  if (doc) installPolicy(id, doc);
  session = await startSession();
  assert.equal(session.browser.extensionId, id, 'the id from the manifest key is the one Chromium gave');
  const managed = await session.browser.serviceWorker.evaluate(() => chrome.storage.managed.get(null));
  assert.deepEqual(managed, doc ?? {}, 'chrome.storage.managed holds the policy file');
  await effectivePolicyShows(id, doc ?? {});
  const t = await session.open('textarea');
  await t.editor.click();
  return t;
}

/**
 * Waits until the extension has taken the document in, as its options page
 * sees it (`ui-bg-get-state`, shared/messages.js): the first managed read
 * after a browser start is slow, and pages opened before it get the
 * defaults until the fresh policy is pushed to them.
 */
async function effectivePolicyShows(id, doc) {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const options = await session.browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${id}/${manifest.options_ui?.page ?? 'options/options.html'}`);
    await until(async () => {
      const state = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui-bg-get-state' }));
      return isDeepStrictEqual(state?.managed, doc);
    }, { timeout: 15000, message: 'the options page state to show the managed policy' });
  } finally {
    await options.close();
  }
}

describe('a managed policy', () => {
  it('holds an e-mail address when no policy is deployed (the control for the next test)', async () => {
    const t = await withPolicy(null);
    await t.type(EMAIL_TEXT, EMAIL_TEXT);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    assert.ok((await t.ui.findings()).some((f) => f.rule === 'email'), 'the dialog lists email');
    assert.ok(await t.ui.has('send-anyway'), 'warn offers Send anyway');
    assert.deepEqual(await sent(t.page), []);
  });

  it('removes Send anyway when it sets iban to block', async () => {
    const t = await withPolicy({ version: 1, rules: { iban: { action: 'block' } } });
    await t.type(IBAN_TEXT, IBAN_TEXT);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    const findings = await t.ui.findings();
    assert.ok(findings.some((f) => f.rule === 'iban'), `the dialog lists iban (${JSON.stringify(findings)})`);
    assert.ok(await t.ui.has('edit'), 'Edit is still offered');
    assert.equal((await t.ui.all('send-anyway')).filter((e) => e.visible).length, 0, 'no Send anyway for block');
    assert.deepEqual(await sent(t.page), []);
    assert.equal(await text(t.page), IBAN_TEXT);
  });

  it('asks for a reason when it sets iban to justify, and shows its guideline link', async () => {
    const guideline = 'https://intranet.example.ch/data-protection';
    const t = await withPolicy({ version: 1, guideline_url: guideline, rules: { iban: { action: 'justify' } } });
    await t.type(IBAN_TEXT, IBAN_TEXT);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    const links = (await t.ui.all('guideline')).filter((e) => e.visible);
    assert.equal(links.length, 1, 'the guideline link is shown');
    assert.equal(links[0].attrs.href, guideline);
    const sendAnyway = await t.ui.waitFor('send-anyway');
    assert.ok('disabled' in sendAnyway.attrs, 'Send anyway is disabled without a reason');
    await t.ui.click('justification');
    await t.page.keyboard.type('Customer asked for our account to pay the deposit');
    await until(async () => !('disabled' in ((await t.ui.waitFor('send-anyway')).attrs)), { message: 'Send anyway enabled once a reason is typed' });
    await t.ui.click('send-anyway');
    await until(async () => (await sent(t.page)).length === 1, { message: 'the justified text to be sent' });
    assert.deepEqual(await sent(t.page), [IBAN_TEXT], 'sent once, intact');
  });

  it('lets an e-mail address send when it sets rules.email.enabled to false, and still holds an IBAN', async () => {
    const t = await withPolicy({ version: 1, rules: { email: { enabled: false } } });
    await t.type(EMAIL_TEXT, EMAIL_TEXT);
    await t.page.keyboard.press('Enter');
    await until(async () => (await sent(t.page)).length === 1, { message: 'the e-mail text to be sent' });
    assert.deepEqual(await sent(t.page), [EMAIL_TEXT]);
    assert.equal(await t.ui.dialog(), null);
    await t.type(IBAN_TEXT, IBAN_TEXT);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    assert.deepEqual(await sent(t.page), [EMAIL_TEXT], 'the other rules still hold the send');
  });
});

/**
 * An organisation's audit collector on 127.0.0.1: answers the CORS
 * preflight for the extension's origin, as docs/extension.md asks of a real
 * endpoint, and records every request it gets.
 */
async function startAuditServer(extensionId) {
  const requests = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, origin: req.headers.origin, body });
      res.writeHead(req.method === 'OPTIONS' ? 204 : 200, {
        'Access-Control-Allow-Origin': `chrome-extension://${extensionId}`,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type',
      }).end();
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    endpoint: `http://127.0.0.1:${server.address().port}/audit`,
    requests,
    events: () => requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body)),
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

describe('an audit endpoint in the managed policy', () => {
  it('gets one event per outcome with rule ids and actions, never the text', async () => {
    auditServer = await startAuditServer(extensionIdFromManifest());
    const t = await withPolicy({ version: 1, audit: { endpoint: auditServer.endpoint, min_action: 'warn' } });
    await t.type(IBAN_TEXT, IBAN_TEXT);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    await t.ui.click('send-anyway');
    await until(async () => (await sent(t.page)).length === 1, { message: 'the held text to be sent' });
    await until(() => auditServer.events().some((e) => e.outcome === 'sent-anyway'), {
      message: 'the audit endpoint to receive the sent-anyway event',
    });
    const events = auditServer.events();
    const sentAnyway = events.find((e) => e.outcome === 'sent-anyway');
    assert.equal(sentAnyway.type, 'composeguard.finding');
    assert.deepEqual(sentAnyway.findings, [{ rule: 'iban', action: 'warn' }]);
    assert.equal(sentAnyway.host, '127.0.0.1');
    assert.equal(sentAnyway.justified, false);
    for (const r of auditServer.requests) {
      assert.equal(r.origin, `chrome-extension://${extensionIdFromManifest()}`, 'only the extension posts');
      for (const part of [IBAN.replace(/ /g, ''), ...IBAN.split(' ').filter((g) => g.length === 4), 'Pay to', 'please']) {
        assert.ok(!r.body.includes(part), `an audit request carries ${JSON.stringify(part)} of the text: ${r.body}`);
      }
    }
  });

  it('gets nothing when the policy names no endpoint', async () => {
    auditServer = await startAuditServer(extensionIdFromManifest());
    const t = await withPolicy({ version: 1, rules: { iban: { action: 'warn' } } });
    await t.type(IBAN_TEXT, IBAN_TEXT);
    await t.page.keyboard.press('Enter');
    await t.ui.waitForDialog();
    await t.ui.click('send-anyway');
    await until(async () => (await sent(t.page)).length === 1, { message: 'the held text to be sent' });
    assert.deepEqual(auditServer.requests, []);
  });
});
