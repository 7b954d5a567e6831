// Launches Debian's Chromium with the extension exactly as it ships
// (dist/chromium/), and records every request the browser context makes.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { until } from './poll.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, 'dist', 'chromium');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Throws the one message a developer needs when the build is missing. */
export function requireExtension() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no extension in ${EXTENSION_DIR}: run ./build.sh first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
}

/**
 * The id Chromium gives the unpacked extension: from the manifest's fixed
 * `key` (first 32 hex digits of SHA-256 of the DER key, 0-f mapped to a-p),
 * or null when the manifest has no key.
 */
export function extensionIdFromManifest() {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  if (!manifest.key) return null;
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The Chromium flags measured in PLATFORM-NOTES for a headless MV3 extension. */
export function chromiumArgs({ extension = true } = {}) {
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
  ];
  if (extension) args.unshift(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  return args;
}

/**
 * Launches a persistent context with the shipped extension. Resolves to
 * { context, extensionId, serviceWorker, requests, close() }.
 * `requests` lists every request of the context, pages, frames and the
 * extension's service worker alike, as { url, resourceType, from }.
 */
export async function launch({ extension = true, headless = true, viewport = { width: 1100, height: 800 }, extraArgs = [] } = {}) {
  if (extension) requireExtension();
  const profile = mkdtempSync(path.join(tmpdir(), 'cg-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    args: [...chromiumArgs({ extension }), ...extraArgs],
  });
  const requests = [];
  const note = (from) => (req) => requests.push({ url: req.url(), resourceType: req.resourceType(), from });
  context.on('request', note('context'));
  context.on('page', (page) => page.on('websocket', (ws) => requests.push({ url: ws.url(), resourceType: 'websocket', from: 'page' })));
  let serviceWorker = null;
  let extensionId = null;
  if (extension) {
    serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const DYNAMIC_HOST = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Splits recorded requests into those that stay on this machine (http(s) to
 * 127.0.0.1, the extension's own files, data: and blob:) and the rest.
 */
export function requestsLeaving(requests, extensionId) {
  const local = [];
  const leaving = [];
  for (const r of requests) {
    const u = new URL(r.url);
    // localhost: the same fixture server seen as another origin (the
    // cross-origin frame of specs/unseen3-*); still this machine.
    const ok = (/^(https?|wss?):$/.test(u.protocol) && ['127.0.0.1', 'localhost'].includes(u.hostname))
      // The extension's own files, by id or by the per-session GUID host
      // that web_accessible_resources with use_dynamic_url are served from.
      || (u.protocol === 'chrome-extension:' && (u.host === extensionId || DYNAMIC_HOST.test(u.host)))
      || ['data:', 'blob:', 'about:'].includes(u.protocol);
    (ok ? local : leaving).push(r);
  }
  return { local, leaving };
}

/**
 * Fails unless every recorded request stayed on this machine, and unless
 * some fixture request was recorded at all (so the check can fail).
 */
export function assertStaysLocal(browser, assert) {
  const { local, leaving } = requestsLeaving(browser.requests, browser.extensionId);
  assert.ok(local.some((r) => r.url.startsWith('http://127.0.0.1')), 'the recorder saw the fixture requests');
  assert.deepEqual(leaving.map((r) => `${r.from} ${r.resourceType} ${r.url}`), [], 'requests that left 127.0.0.1');
}

/**
 * Evaluates `fn(arg)` in the extension's content-script world of `page` (its
 * isolated world, under the page's CSP, with the content script's `chrome`
 * APIs) and resolves to its result, which must be JSON-like. `helpers`:
 * functions (lib/world.mjs) declared beside `fn`, which it may call.
 */
export async function inContentScript(page, extensionId, fn, arg, helpers = []) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const ctx = await until(() => contexts.find((c) => c.origin === `chrome-extension://${extensionId}` || c.name === 'ComposeGuard'),
    { message: 'the content-script world' });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: ctx.id,
    expression: `(() => {\n${helpers.map(String).join('\n')}\nreturn (${fn})(${JSON.stringify(arg)});\n})()`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}
