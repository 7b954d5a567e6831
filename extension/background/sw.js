/**
 * The service worker: assembles the effective policy (the organisation's
 * managed document wins over the user's settings), validates it with the
 * same wasm scanner the content scripts run, answers the popup and options
 * page, keeps per-tab counts for the badge, and sends audit events, only
 * when the policy names an endpoint. Otherwise it makes no network request.
 *
 * No top-level await (it kills a module service worker): state comes from
 * an init promise every handler awaits.
 */
import { loadScanner } from '../scanner/load.js';
import { warmUp } from '../shared/warmup.js';
import { ACTIONS, CS, OUTCOMES, SCAN_PORT, UI } from '../shared/messages.js';
import { effectivePolicy, hostMatches, isObject, pauseAllowed, ruleLocked, watchedState as policyWatchedState } from '../shared/policy.js';
import { clearSettings, onPolicyInputsChanged, readManaged, readSession, readSettings, writeSession, writeSettings } from '../shared/storage.js';

const EXTENSION_ORIGIN = chrome.runtime.getURL('');

/** @type {Promise<State> | null} */
let state = null;

/**
 * @typedef {object} State
 * @property {object} managed the organisation's document
 * @property {object} settings the user's settings
 * @property {object} policy the effective document
 * @property {string} json the effective document as the scanner reads it
 * @property {string[]} locked dotted paths the organisation fixed
 * @property {() => Promise<{errors: {path: string, message: string}[], rules: object[]}>} validated
 *   the scanner's verdict on the document: errors with JSON paths, rules in force
 */

function init() {
  state ??= assemble().catch((e) => {
    state = null;
    throw e;
  });
  return state;
}

async function assemble() {
  const [managed, settings] = await Promise.all([readManaged(() => policyChanged()), readSettings()]);
  const { policy, locked } = effectivePolicy(managed, settings);
  const json = JSON.stringify(policy);
  // Validation loads the wasm; content scripts must not wait for it (their
  // own scanner reads the same document and skips the same invalid parts).
  let validation = null;
  const validated = () => (validation ??= validate(json));
  return { managed, settings, policy, json, locked, validated };
}

/** Validates the document with the wasm scanner; its errors carry JSON paths. */
async function validate(json) {
  try {
    const cg = await loadScanner();
    const scanner = new cg.Scanner(json);
    const result = { errors: scanner.policyErrors(), rules: scanner.rules() };
    scanner.free?.();
    return result;
  } catch (e) {
    return { errors: [{ path: '$', message: `the scanner could not load: ${e}` }], rules: [] };
  }
}

/** The policy changed: rebuild, and tell the tabs that have a content script to ask again. */
async function policyChanged() {
  state = null;
  const st = await init();
  st.validated().then(({ errors }) => writeSession('policyErrors', errors)).catch(() => {});
  const tabs = await readSession('tabs', {}, isObject);
  for (const id of Object.keys(tabs)) {
    chrome.tabs.sendMessage(Number(id), { type: 'bg-cs-policy-changed' }).catch(() => {});
  }
}

// ---- per-tab state (counts only, never text) -------------------------------

/** tabs: { [tabId]: { host, frames: { [frameId]: { counts, focused, at } } } } in session storage. */
async function updateTab(tabId, update) {
  let tab;
  await updateTabs((tabs) => {
    tab = tabs[tabId] ?? { host: '', frames: {} };
    update(tab);
    tabs[tabId] = tab;
  });
  return tab;
}

let tabsQueue = Promise.resolve();

/** Read-modify-write of the tab records, one at a time (messages arrive concurrently). */
function updateTabs(fn) {
  tabsQueue = tabsQueue.then(async () => {
    const tabs = await readSession('tabs', {}, isObject);
    fn(tabs);
    await writeSession('tabs', tabs);
  }).catch(() => {});
  return tabsQueue;
}

function tabTotals(tab) {
  const counts = {};
  for (const frame of Object.values(tab.frames)) {
    for (const [rule, n] of Object.entries(frame.counts)) counts[rule] = (counts[rule] ?? 0) + n;
  }
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** The counts of the frame that was written in last (the focused box). */
function focusedCounts(tab) {
  const frames = Object.values(tab.frames).filter((f) => f.focused).sort((a, b) => b.at - a.at);
  return frames[0]?.counts ?? {};
}

async function setBadge(tabId, total) {
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#c0392b' });
  await chrome.action.setBadgeText({ tabId, text: total ? String(total) : '' });
}

// ---- who is asking ------------------------------------------------------------

/** The host the sender's frame shows (about:blank frames report their creator's origin). */
function senderHost(sender) {
  for (const candidate of [sender.origin, sender.url, sender.tab?.url]) {
    try {
      const url = new URL(candidate);
      if (url.hostname) return url.hostname.toLowerCase();
    } catch {
      // try the next
    }
  }
  return '';
}

function fromExtensionPage(sender) {
  return sender.id === chrome.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(EXTENSION_ORIGIN);
}

function watchedState(st, host) {
  return policyWatchedState(st.policy, st.settings, host);
}

// ---- content-script kinds (untrusted payloads) ----------------------------------

const contentHandlers = {
  async [CS.GET_POLICY](_msg, sender) {
    const st = await init();
    const host = senderHost(sender);
    if (sender.tab?.id !== undefined && sender.frameId === 0) await updateTab(sender.tab.id, (t) => { t.host = host; });
    return { policy: st.json, host, ...watchedState(st, host) };
  },

  async [CS.FINDINGS](msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    const counts = {};
    if (isObject(msg.counts)) {
      for (const [rule, n] of Object.entries(msg.counts)) {
        if (/^[a-z][a-z0-9_]{0,63}$/.test(rule) && Number.isInteger(n) && n > 0 && n < 10000) counts[rule] = n;
      }
    }
    const tab = await updateTab(tabId, (t) => {
      if (sender.frameId === 0) t.host = senderHost(sender);
      t.frames[sender.frameId ?? 0] = { counts, focused: msg.focused === true, at: Date.now() };
    });
    await setBadge(tabId, tabTotals(tab).total);
    return { ok: true };
  },

  async [CS.AUDIT](msg, sender) {
    const st = await init();
    const audit = isObject(st.policy.audit) ? st.policy.audit : null;
    if (!audit || typeof audit.endpoint !== 'string' || !/^https?:\/\//.test(audit.endpoint)) return { ok: true, sent: false };
    const min = ACTIONS.includes(audit.min_action) ? ACTIONS.indexOf(audit.min_action) : ACTIONS.indexOf('warn');
    const findings = (Array.isArray(msg.findings) ? msg.findings : [])
      .filter((f) => isObject(f) && /^[a-z][a-z0-9_]{0,63}$/.test(f.rule) && ACTIONS.includes(f.action))
      .filter((f) => ACTIONS.indexOf(f.action) >= min)
      .map((f) => ({ rule: f.rule, action: f.action }));
    if (!findings.length || !OUTCOMES.includes(msg.outcome)) return { ok: true, sent: false };
    const event = {
      type: 'composeguard.finding',
      version: chrome.runtime.getManifest().version,
      time: new Date().toISOString(),
      outcome: msg.outcome,
      justified: msg.justified === true,
      host: audit.include_host === false ? undefined : senderHost(sender),
      findings,
    };
    const res = await fetch(audit.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(event),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    });
    return { ok: res.ok, sent: true };
  },
};

// ---- extension-page kinds (popup, options) ---------------------------------------

const pageHandlers = {
  async [UI.GET_TAB](msg) {
    const st = await init();
    const tabs = await readSession('tabs', {}, isObject);
    const tab = tabs[msg.tabId];
    if (!tab) return { reachable: false, counts: {}, total: 0 };
    const counts = focusedCounts(tab);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return { reachable: true, host: tab.host, counts, total, ...watchedState(st, tab.host) };
  },

  async [UI.SET_PAUSE](msg) {
    const st = await init();
    if (!pauseAllowed(st.policy)) throw new Error('the organisation does not allow pausing');
    const tabs = await readSession('tabs', {}, isObject);
    const host = tabs[msg.tabId]?.host;
    if (!host) throw new Error('no page with ComposeGuard in this tab');
    const paused = new Set(st.settings.paused);
    if (msg.paused === true) paused.add(host);
    else for (const p of [...paused]) if (hostMatches(p, host)) paused.delete(p);
    await writeSettings({ ...st.settings, paused: [...paused] });
    state = null;
    return { ok: true };
  },

  async [UI.GET_STATE]() {
    const st = await init();
    const { errors, rules } = await st.validated();
    return { policy: st.policy, json: st.json, locked: st.locked, errors, rules, managed: st.managed, settings: st.settings };
  },

  async [UI.SET_RULE](msg) {
    const st = await init();
    if (typeof msg.rule !== 'string' || !ACTIONS.includes(msg.action)) throw new Error('expected a rule id and an action');
    if (ruleLocked(st.locked, msg.rule)) throw new Error(`rules.${msg.rule} is set by your organisation`);
    await writeSettings({ ...st.settings, rules: { ...st.settings.rules, [msg.rule]: { action: msg.action } } });
    state = null;
    return { ok: true };
  },

  async [UI.RESET]() {
    await clearSettings();
    state = null;
    return { ok: true };
  },
};

/**
 * One dispatcher, grouped by trust (uBOL `background.js`): content-script
 * kinds first; extension-page kinds only for senders on our own origin.
 * Every handler replies, also on errors.
 */
function dispatch(msg, sender, reply) {
  const type = isObject(msg) ? msg.type : undefined;
  let handler = contentHandlers[type];
  if (!handler && fromExtensionPage(sender)) handler = pageHandlers[type];
  if (!handler) {
    reply({ error: `unknown message kind: ${String(type)}` });
    return false;
  }
  handler(msg, sender).then(reply, (e) => reply({ error: String(e?.message ?? e) }));
  return true;
}

chrome.runtime.onMessage.addListener(dispatch);

// ---- scans for content scripts on strict-CSP pages -----------------------------

/** Longest text and policy document a content script may send (UTF-16 units). */
const MAX_SCAN_TEXT = 8 * 1024 * 1024;
const MAX_SCAN_POLICY = 1024 * 1024;
/** Scanners kept, by policy document: the current one and the one before. */
const SCANNERS_KEPT = 2;
/** @type {Map<string, object>} */
const scanners = new Map();

/**
 * The scanner built from `json`, compiled once per document. Scanners
 * dropped from the cache are not freed here (a scan of another port may
 * still hold one); the glue's FinalizationRegistry frees them.
 */
async function scannerFor(json) {
  let scanner = scanners.get(json);
  if (!scanner) {
    const cg = await loadScanner();
    // Another port may have built it while the module loaded.
    scanner = scanners.get(json) ?? new cg.Scanner(json);
  }
  scanners.delete(json);
  scanners.set(json, scanner); // most recently used last
  while (scanners.size > SCANNERS_KEPT) scanners.delete(scanners.keys().next().value);
  return scanner;
}

/** Whether this worker's wasm has been warmed up (shared/warmup.js), or is being. */
let warmed = false;

/**
 * Warms the worker's wasm up once per worker start, a scan per task, so
 * that a request arriving meanwhile waits for one short scan at most.
 */
function warmWorker() {
  if (warmed) return;
  warmed = true;
  loadScanner().then((cg) => {
    const scanner = new cg.Scanner('{}');
    warmUp((text) => scanner.scan(text), { idle: (fn) => setTimeout(fn, 0), done: () => scanner.free() });
  }).catch(() => {
    warmed = false;
  });
}

/**
 * A content script on a page whose CSP forbids WebAssembly in its world
 * sends long texts here (SCAN_PORT in shared/messages.js). Only content
 * scripts of this extension can connect; the host comes from the sender.
 * Replies in order of arrival; the text is not kept.
 */
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== SCAN_PORT) return;
  if (port.sender?.id !== chrome.runtime.id || !port.sender.tab) {
    port.disconnect();
    return;
  }
  warmWorker();
  const host = senderHost(port.sender);
  let policy = null;
  let queue = Promise.resolve();
  port.onMessage.addListener((msg) => {
    queue = queue.then(async () => {
      const id = isObject(msg) && Number.isInteger(msg.id) ? msg.id : null;
      try {
        if (id === null) throw new Error('a scan request needs an integer id');
        if (typeof msg.policy === 'string') {
          if (msg.policy.length > MAX_SCAN_POLICY) throw new Error('the policy document is too long');
          policy = msg.policy;
        }
        if (policy === null) throw new Error('no policy document yet');
        if (typeof msg.text !== 'string' || msg.text.length > MAX_SCAN_TEXT) throw new Error('the text is missing or too long');
        const scanner = await scannerFor(policy);
        // Packed (one JSON string): cloning a thousand finding objects into
        // the message cost over a millisecond.
        port.postMessage({ id, packed: scanner.scanPacked(msg.text, host) });
      } catch (e) {
        try {
          port.postMessage({ id, error: String(e?.message ?? e) });
        } catch {
          // the content script went away
        }
      }
    });
  });
});

onPolicyInputsChanged(() => {
  policyChanged().catch(() => {});
});

chrome.tabs.onRemoved.addListener((tabId) => {
  updateTabs((tabs) => { delete tabs[tabId]; });
});

chrome.tabs.onUpdated.addListener((tabId, info) => {
  // A navigation starts: the old page's findings are gone.
  if (info.status === 'loading') {
    updateTabs((tabs) => { if (tabs[tabId]) tabs[tabId].frames = {}; });
    chrome.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  }
});

// Start reading the policy as soon as the worker starts: the first managed
// storage read is slow, and the first content script should not wait for it.
init().catch(() => {});

chrome.runtime.onInstalled.addListener(() => {
  init()
    .then((st) => st.validated())
    .then(({ errors }) => writeSession('policyErrors', errors))
    .catch(() => {});
});
