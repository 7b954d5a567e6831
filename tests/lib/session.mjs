// One browser + one server per spec file, and a fresh page per scenario.
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';
import { ExtensionUI } from './ui.mjs';
import { editorFor, editorHasFocus, text } from './editors.mjs';
import { until } from './poll.mjs';

/**
 * Starts the fixture server and Chromium (with the shipped extension unless
 * told otherwise; `args`: more command-line switches, such as `--lang=de`).
 */
export async function startSession({ extension = true, args = [] } = {}) {
  const server = await startServer();
  let browser;
  try {
    browser = await launch({ extension, extraArgs: args });
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    server,
    browser,
    /** Opens fixture page `name` (strict: with the strict CSP) and waits for its editor. */
    async open(name, { strict = false } = {}) {
      const page = await browser.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url(name, { strict }));
      const spec = editorFor(name);
      if (spec.open) {
        await page.waitForFunction(() => document.body.dataset.ready === 'true');
        await spec.open(page);
      }
      const editor = spec.editor(page);
      await editor.waitFor({ timeout: (spec.later ?? 0) + 8000 });
      await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.__composer);
      const ui = extension ? await ExtensionUI.attach(page) : null;
      return {
        page, editor, ui, errors,
        /** Clicks into the editor and types `s`, then waits until the editor's model holds `expected`. */
        async type(s, expected) {
          await page.keyboard.type(s);
          if (expected !== undefined) {
            await until(async () => (await text(page)) === expected, { message: `the editor to hold ${JSON.stringify(expected)}` });
          }
        },
        /**
         * Waits until the caret is back in the editor, as a person does
         * before typing on: pages refocus their editor after a send, some
         * (TipTap) a frame later.
         */
        async caretBack(message = 'the caret back in the editor') {
          await until(() => editorHasFocus(page), { message });
        },
        async close() {
          await ui?.dispose();
          await page.close();
        },
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
