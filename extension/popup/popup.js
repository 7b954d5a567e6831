/**
 * The toolbar popup: is this site watched, what was found in the box being
 * written in (counts per rule, never text), and a per-site pause when the
 * organisation allows it.
 */
import { ruleName, localizePage, t } from '../shared/i18n.js';
import { send, UI } from '../shared/messages.js';

/** The active tab; `?tab=<id>` names one (tests and the demo open the popup as a page). */
async function activeTabId() {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function show(id, visible) {
  document.getElementById(id).hidden = !visible;
}

async function render() {
  const tabId = await activeTabId();
  const status = document.getElementById('status');
  const state = tabId === undefined ? { reachable: false } : await send(UI.GET_TAB, { tabId });
  if (!state.reachable || !state.host) {
    status.textContent = t('popup_no_page');
    return;
  }
  const key = state.paused ? 'popup_paused' : state.watched ? 'popup_watched' : 'popup_not_watched';
  status.textContent = t(key, [state.host]);
  show('findings', state.watched);
  const list = document.getElementById('counts');
  list.replaceChildren(...Object.entries(state.counts).sort((a, b) => b[1] - a[1]).map(([rule, n]) => {
    const li = document.createElement('li');
    li.dataset.rule = rule;
    const name = document.createElement('span');
    name.textContent = ruleName(rule);
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(n);
    li.append(name, count);
    return li;
  }));
  show('none', state.total === 0);
  show('pause-row', state.allowPause && (state.inScope || state.paused));
  show('pause-locked', !state.allowPause && state.inScope);
  const pause = document.getElementById('pause');
  pause.checked = state.paused;
  pause.onchange = async () => {
    await send(UI.SET_PAUSE, { tabId, paused: pause.checked });
    await render();
  };
}

localizePage();
render().catch((e) => {
  document.getElementById('status').textContent = String(e.message ?? e);
});
