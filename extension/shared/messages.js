/**
 * Every message kind the extension sends, named by direction
 * (Dark Reader `utils/message.ts`):
 *
 * - `cs-bg-*`: content script → service worker. The sender is a web page's
 *   content script, so the worker trusts nothing in the payload about
 *   *where* it came from: tab, frame and URL come from `sender`.
 * - `ui-bg-*`: extension page (popup, options) → service worker. Accepted
 *   only when `sender.url` starts with `chrome.runtime.getURL('')`.
 * - `bg-cs-*`: service worker → content script (`chrome.tabs.sendMessage`).
 *
 * Every reply is an object; a failed request replies `{ error: string }`.
 */

/** Content script → service worker. */
export const CS = Object.freeze({
  /** `{}` → `{ policy: string, host, watched, paused, allowPause, locale }` */
  GET_POLICY: 'cs-bg-get-policy',
  /** `{ counts: {rule: n}, focused: boolean }` → `{ ok }`. Never text. */
  FINDINGS: 'cs-bg-findings',
  /** `{ outcome, findings: [{rule, action}] }` → `{ ok, sent }`. Never text. */
  AUDIT: 'cs-bg-audit',
});

/**
 * Content script → service worker, over a `chrome.runtime.connect` port of
 * this name: long texts scanned with real WebAssembly, which a strict page
 * CSP forbids in the content script (docs/extension.md, "Strict-CSP pages").
 * `{ id, text, policy? }` → `{ id, findings }` or `{ id, error }`. `policy`
 * (the document the content script's own scanner was built from) comes with
 * the first scan and whenever it changes; the host is the port's sender's.
 * The text is scanned and forgotten: never stored, never logged.
 */
export const SCAN_PORT = 'cs-bg-scan';

/** Extension pages (popup, options) → service worker. */
export const UI = Object.freeze({
  /** `{ tabId }` → `{ host, watched, paused, allowPause, counts, total, reachable }` */
  GET_TAB: 'ui-bg-get-tab',
  /** `{ tabId, paused }` → `{ ok }`: pauses the tab's site (host from the worker's records). */
  SET_PAUSE: 'ui-bg-set-pause',
  /** `{}` → `{ policy, locked, errors, rules, managed, settings }` for the options page. */
  GET_STATE: 'ui-bg-get-state',
  /** `{ rule, action }` → `{ ok }`: the user's own action for a rule, unless locked. */
  SET_RULE: 'ui-bg-set-rule',
  /** `{}` → `{ ok }`: forget the user's own settings (managed policy stays). */
  RESET: 'ui-bg-reset',
});

/** Service worker → content scripts. */
export const BG = Object.freeze({
  /** `{}`: the effective policy changed; ask again with `cs-bg-get-policy`. */
  POLICY_CHANGED: 'bg-cs-policy-changed',
});

/** Outcomes a content script reports for audit. */
export const OUTCOMES = Object.freeze(['held', 'sent-anyway', 'redacted', 'blocked', 'edited', 'dismissed', 'pasted']);

/** Actions, mildest first (crate/src/finding.rs `Action`). */
export const ACTIONS = Object.freeze(['off', 'notify', 'warn', 'justify', 'block']);

/** Actions that hold a send back. */
export const HOLDING = Object.freeze(new Set(['warn', 'justify', 'block']));

/**
 * Sends a message and resolves with the reply; rejects on `{ error }` or
 * when the worker is unreachable (extension reloaded: the content script is
 * orphaned and must stop).
 */
export async function send(type, payload = {}) {
  const reply = await chrome.runtime.sendMessage({ type, ...payload });
  if (reply && typeof reply === 'object' && 'error' in reply) throw new Error(reply.error);
  return reply;
}
