/**
 * The one module over chrome.storage: local (the user's settings), session
 * (per-tab counts and policy errors, gone when the browser closes) and
 * managed (the organisation's policy document, read only).
 *
 * Whatever is read is validated and falls back to defaults (uBOL `admin.js`,
 * Dark Reader `validation.ts`). Nothing stored here ever contains the text a
 * user typed: only rule ids, counts, actions and host names.
 */
import { ACTIONS } from './messages.js';
import { effectivePolicy, isObject, watchedState } from './policy.js';

const SETTINGS_KEY = 'settings';

/** The user's settings when nothing valid is stored. */
export function defaultSettings() {
  return { rules: {}, paused: [] };
}

const HOST = /^[a-z0-9.-]{1,253}$/;
const RULE_ID = /^[a-z][a-z0-9_]{0,63}$/;

/** Keeps only well-formed parts of a stored settings object. */
export function validateSettings(raw) {
  const out = defaultSettings();
  if (!isObject(raw)) return out;
  if (isObject(raw.rules)) {
    for (const [id, s] of Object.entries(raw.rules)) {
      if (RULE_ID.test(id) && isObject(s) && ACTIONS.includes(s.action)) out.rules[id] = { action: s.action };
    }
  }
  if (Array.isArray(raw.paused)) {
    out.paused = [...new Set(raw.paused.filter((h) => typeof h === 'string' && HOST.test(h)))];
  }
  return out;
}

/** The user's settings from local storage, validated. */
export async function readSettings() {
  const got = await chrome.storage.local.get(SETTINGS_KEY);
  return validateSettings(got[SETTINGS_KEY]);
}

/** Writes validated settings; returns what was written. */
export async function writeSettings(settings) {
  const clean = validateSettings(settings);
  await chrome.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Removes the user's settings. */
export async function clearSettings() {
  await chrome.storage.local.remove(SETTINGS_KEY);
}

const MANAGED_CACHE = 'managedCache';
const FIRST_WAIT_MS = 10000;

/**
 * The organisation's policy document, `{}` when none is deployed or the
 * browser has no managed storage (Firefox without policies, Safari).
 * Chrome has already checked it against managed_schema.json; the scanner
 * checks the rest and reports each invalid part with its path.
 *
 * Managed storage answers only once the browser's policy store has loaded:
 * about 3 s after the browser starts (measured in headless Chromium:
 * 2.9 s right after launch, 11 ms three seconds later). So the last
 * document seen is kept in local storage and answered at once; when the
 * fresh one differs, `onFresh` is called. It is the organisation's policy,
 * never anything the user typed. On the very first start (no copy yet) the
 * answer waits for the real document, because acting on the defaults could
 * let through what the organisation blocks; a send in those first seconds
 * is held and decided when the policy is there. `FIRST_WAIT_MS` only
 * guards against a store that never answers.
 */
export async function readManaged(onFresh) {
  const fresh = chrome.storage.managed.get(null).then((doc) => (isObject(doc) ? doc : {}), () => ({}));
  const cached = (await chrome.storage.local.get(MANAGED_CACHE))[MANAGED_CACHE];
  fresh.then(async (doc) => {
    if (JSON.stringify(doc) === JSON.stringify(cached)) return;
    await chrome.storage.local.set({ [MANAGED_CACHE]: doc });
    onFresh?.(doc);
  });
  if (isObject(cached)) return cached;
  const late = new Promise((resolve) => setTimeout(() => resolve(null), FIRST_WAIT_MS));
  const first = await Promise.race([fresh, late]);
  // When it comes, the fresh document goes to `onFresh` (above).
  return first ?? {};
}

/**
 * The effective policy from what is stored locally (the last managed
 * document and the user's settings), for `host`: what a content script
 * builds its scanner with at once, before the service worker answers
 * (managed storage can take seconds after a browser start). Same shape as
 * the worker's `cs-bg-get-policy` reply, plus `provisional: true`. Without
 * a stored copy it is the built-in defaults.
 */
export async function readCachedPolicy(host) {
  const got = await chrome.storage.local.get([MANAGED_CACHE, SETTINGS_KEY]);
  const managed = isObject(got[MANAGED_CACHE]) ? got[MANAGED_CACHE] : {};
  const settings = validateSettings(got[SETTINGS_KEY]);
  const { policy } = effectivePolicy(managed, settings);
  return { policy: JSON.stringify(policy), host, ...watchedState(policy, settings, host), provisional: true };
}

/** Reads a value from session storage (`fallback` when absent or invalid). */
export async function readSession(key, fallback, valid = () => true) {
  try {
    const got = await chrome.storage.session.get(key);
    return key in got && valid(got[key]) ? got[key] : fallback;
  } catch {
    return fallback;
  }
}

/** Writes a value to session storage; never text, only counts and ids. */
export async function writeSession(key, value) {
  await chrome.storage.session.set({ [key]: value });
}

/** Calls `fn(area)` when the settings or the managed policy change; returns an unsubscribe function. */
export function onPolicyInputsChanged(fn) {
  const listener = (changes, area) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) fn(area);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
