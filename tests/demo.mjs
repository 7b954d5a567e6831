#!/usr/bin/env node
// `./build.sh demo`: opens Chromium with the shipped extension (dist/chromium/)
// on a local page of compose boxes. With a display it stays open for you to
// try; without one (no DISPLAY) it runs headless, types a risky reply and
// saves screenshots of what the extension shows to dist/demo/*.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, launch } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { ExtensionUI } from './lib/ui.mjs';
import { until } from './lib/poll.mjs';
import { spawnSync } from 'node:child_process';

const OUT = path.join(ROOT, 'dist', 'demo');
const REPLY = 'Thank you for your loyalty, Ms Muster! We have looked into your account: '
  + 'please send the missing amount to CH93 0076 2011 6238 5295 7 again.';

spawnSync('node', [path.join(ROOT, 'tests', 'fixtures', 'build.mjs')], { stdio: 'inherit' });
const headless = !process.env.DISPLAY;
const server = await startServer();
const browser = await launch({ headless, viewport: { width: 1000, height: 900 } });
const page = await browser.context.newPage();
await page.goto(server.url('demo'));
console.log(`demo page: ${server.url('demo')} (strict CSP: ${server.url('demo', { strict: true })})`);

try {
  if (headless) await screenshots();
  else await interactive();
} finally {
  await browser.close();
  await server.close();
}

async function screenshots() {
  mkdirSync(OUT, { recursive: true });
  const ui = await ExtensionUI.attach(page);
  await page.locator('#reply').click();
  await page.keyboard.type(REPLY);
  await until(async () => (await ui.highlights()).length > 0, { timeout: 10000, message: 'highlights over the reply' });
  await page.screenshot({ path: path.join(OUT, 'highlight.png') });
  await page.getByRole('button', { name: 'Post' }).first().click();
  await ui.waitForDialog(10000);
  const findings = await ui.findings();
  await page.screenshot({ path: path.join(OUT, 'warning-dialog.png') });
  console.log(`dialog lists: ${findings.map((f) => f.rule).join(', ')}`);
  console.log(`screenshots: ${path.join(OUT, 'highlight.png')}, ${path.join(OUT, 'warning-dialog.png')}`);
}

async function interactive() {
  await page.locator('#reply').click();
  await page.keyboard.type(REPLY);
  console.log('Chromium is open with ComposeGuard. Close the window to end the demo.');
  await new Promise((done) => {
    browser.context.on('close', done);
    page.on('close', done);
  });
}
