// Every editor scenario (scenarios.mjs) on pages written WITHOUT looking at
// how the extension attaches: more real editor packages (CodeMirror 6,
// Editor.js, Jodit, Toast UI Editor, Ace, Medium Editor) and site-like
// composer shapes (nested open shadow roots, a messenger with a
// <div role=button aria-label=Send> and a window-level key listener, a React
// textarea re-mounted after each send, a composer in a focus-trapping modal,
// an editor in a srcdoc iframe, …). Plain and strict CSP, one browser at a
// time. specs/unseen-fixtures.spec.mjs checks the same pages without the
// extension.
//
// Two more scenarios for multi-line drafts, because editors that render
// their own text (Ace, CodeMirror, Monaco) keep only part of it in the DOM
// or in their hidden textarea: the finding is on the first line, the caret
// lines below it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IBAN, editorScenarios, paste, trigger } from './scenarios.mjs';
import { UNSEEN_EDITORS, cleanLines as lines, known, sent, text } from '../lib/editors.mjs';
import { startSession } from '../lib/session.mjs';
import { until } from '../lib/poll.mjs';

function multiLine({ strict }) {
  const variant = strict ? 'strict-CSP page' : 'plain page';
  let session;
  before(async () => { session = await startSession(); });
  after(async () => { await session?.close(); });
  for (const [name, ed] of Object.entries(UNSEEN_EDITORS)) {
    describe(`${ed.label} on a ${variant}, multi-line`, () => {
      it('holds an IBAN typed three lines above the caret on Enter', known(ed, 'linesAbove'), async () => {
        const t = await session.open(name, { strict });
        try {
          await t.editor.click();
          const first = `Pay to ${IBAN}`;
          await t.type(first, first);
          let expected = first;
          for (const line of lines(3)) {
            await t.page.keyboard.press('Shift+Enter');
            await t.page.keyboard.type(line);
            expected += `\n${line}`;
          }
          await until(async () => (await text(t.page)) === expected, { message: 'the three lines under the IBAN', show: () => text(t.page) });
          await t.page.keyboard.press('Enter');
          await t.ui.waitForDialog(5000).catch(async (e) => {
            throw new Error(`${e.message}; sent: ${JSON.stringify(await sent(t.page))}`);
          });
          assert.deepEqual(await sent(t.page), [], 'the send must be held');
          const rules = (await t.ui.findings()).map((f) => f.rule);
          assert.ok(rules.includes('iban'), `the dialog lists iban (it lists ${JSON.stringify(rules)})`);
          assert.equal(await text(t.page), expected, 'the draft is intact');
          assert.deepEqual(t.errors, [], 'the page threw');
        } finally {
          await t.close();
        }
      });

      it(`holds an IBAN at the top of a pasted 400-line text on the ${ed.button ?? 'Post'} button`, known(ed, 'paste400'), async () => {
        const t = await session.open(name, { strict });
        try {
          await t.editor.click();
          const body = [`Pay to ${IBAN}`, ...lines(399)].join('\n');
          await paste(t.page, body);
          await until(async () => (await text(t.page)).trim().endsWith(lines(399).at(-1)),
            { message: 'the 400 pasted lines in the editor', show: async () => (await text(t.page)).slice(-80) });
          await trigger(t.page, 'button', ed.button);
          await t.ui.waitForDialog(5000).catch(async (e) => {
            throw new Error(`${e.message}; sent: ${(await sent(t.page)).length} text(s), the first starting ${JSON.stringify((await sent(t.page))[0]?.slice(0, 40))}`);
          });
          assert.deepEqual(await sent(t.page), [], 'the send must be held');
          const rules = (await t.ui.findings()).map((f) => f.rule);
          assert.ok(rules.includes('iban'), `the dialog lists iban (it lists ${JSON.stringify(rules)})`);
          assert.deepEqual(t.errors, [], 'the page threw');
        } finally {
          await t.close();
        }
      });
    });
  }
}

describe('unseen editors, plain pages', () => editorScenarios({ strict: false, editors: UNSEEN_EDITORS }));
describe('unseen editors, strict-CSP pages', () => editorScenarios({ strict: true, editors: UNSEEN_EDITORS }));
describe('unseen editors, multi-line drafts, plain pages', () => multiLine({ strict: false }));
describe('unseen editors, multi-line drafts, strict-CSP pages', () => multiLine({ strict: true }));
