/**
 * The options page: the effective policy (the parts the organisation fixed
 * are locked), the policy's errors with their paths, the rules with their
 * actions, and a "try a text" box that highlights findings live with the
 * same wasm engine the content script runs.
 */
import { loadScanner } from '../scanner/load.js';
import { actionName, localizePage, ruleName, t } from '../shared/i18n.js';
import { ACTIONS, send, UI } from '../shared/messages.js';
import { ruleLocked } from '../shared/policy.js';

const $ = (id) => document.getElementById(id);

function h(name, attrs = {}, ...children) {
  const el = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
  el.append(...children.filter((c) => c !== null && c !== undefined));
  return el;
}

let scanner = null;

async function render() {
  const state = await send(UI.GET_STATE);
  renderPolicy(state);
  renderErrors(state.errors);
  renderRules(state);
  $('json').textContent = JSON.stringify(state.policy, null, 2);
  const cg = await loadScanner();
  scanner?.free?.();
  scanner = new cg.Scanner(state.json);
  tryText();
}

function renderPolicy(state) {
  const managed = Object.keys(state.managed).length > 0;
  $('managed-note').textContent = t(managed ? 'options_managed_note' : 'options_no_managed');
  const p = state.policy;
  const locked = (path) => state.locked.some((l) => l === path || l.startsWith(`${path}.`));
  const fact = (label, value, path) => [h('dt', { class: locked(path) ? 'lock' : undefined, title: locked(path) ? t('options_locked') : undefined }, label), h('dd', {}, value)];
  const sites = p.sites ?? {};
  const siteText = [
    sites.include?.length ? `${t('options_sites_include')}: ${sites.include.join(', ')}` : t('options_sites_all'),
    sites.exclude?.length ? `${t('options_sites_exclude')}: ${sites.exclude.join(', ')}` : null,
    state.settings.paused.length ? `${t('options_paused')}: ${state.settings.paused.join(', ')}` : null,
  ].filter(Boolean).join(' · ');
  const guideline = typeof p.guideline_url === 'string' && /^https?:\/\//.test(p.guideline_url)
    ? h('a', { href: p.guideline_url, target: '_blank', rel: 'noopener' }, p.guideline_url) : t('options_none');
  const audit = typeof p.audit?.endpoint === 'string' ? t('options_audit_on', [p.audit.endpoint]) : t('options_audit_off');
  $('policy-facts').replaceChildren(
    ...fact(t('options_sites_heading'), siteText, 'sites'),
    ...fact(t('options_guideline'), guideline, 'guideline_url'),
    ...fact(t('options_audit_heading'), audit, 'audit'),
  );
}

function renderErrors(errors) {
  $('errors-none').hidden = errors.length > 0;
  $('errors-note').hidden = errors.length === 0;
  $('errors').replaceChildren(...errors.map((e) => h('li', { 'data-path': e.path }, h('span', { class: 'errors-path' }, e.path), `: ${e.message}`)));
}

function renderRules(state) {
  $('rules').replaceChildren(...state.rules.map((rule) => {
    const isLocked = rule.custom || ruleLocked(state.locked, rule.id);
    const select = h('select', { 'data-rule': rule.id, disabled: isLocked, 'aria-label': `${ruleName(rule.id, rule.description)}: ${t('options_action')}` },
      ...ACTIONS.map((a) => h('option', { value: a, selected: a === rule.action }, actionName(a))));
    select.addEventListener('change', async () => {
      await send(UI.SET_RULE, { rule: rule.id, action: select.value });
      await render();
    });
    const name = h('td', {}, ruleName(rule.id, rule.description), ' ', h('code', {}, rule.id),
      rule.custom ? h('span', { class: 'note' }, ` (${t('options_custom')})`) : null);
    const action = h('td', { class: isLocked ? 'lock' : undefined, title: isLocked ? t('options_locked') : undefined }, select);
    return h('tr', {}, name, h('td', {}, t(`category_${rule.category}`, undefined, rule.category)), action);
  }));
}

/** Highlights findings in the "try a text" box: marks in a layer behind the transparent textarea. */
function tryText() {
  const text = $('try').value;
  const findings = scanner ? scanner.scan(text).filter((f) => f.action !== 'off') : [];
  const view = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    view.push(text.slice(at, f.start), h('mark', { class: f.action, 'data-rule': f.rule }, text.slice(f.start, f.end)));
    at = f.end;
  }
  view.push(text.slice(at), '\n');
  $('try-view').replaceChildren(...view);
  $('try-view').scrollTop = $('try').scrollTop;
  $('try-findings').replaceChildren(...(findings.length ? findings.map((f) => h('li', { 'data-rule': f.rule },
    h('strong', {}, ruleName(f.rule)), ` — ${actionName(f.action)} — `, h('code', {}, scanner.mask(text, f)),
    ` (${f.reason})`)) : text ? [h('li', {}, t('options_try_none'))] : []));
}

$('try').addEventListener('input', tryText);
$('try').addEventListener('scroll', () => { $('try-view').scrollTop = $('try').scrollTop; });
$('reset').addEventListener('click', async () => {
  await send(UI.RESET);
  await render();
});
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed' || area === 'local') render();
});

localizePage();
render().catch((e) => {
  $('errors').replaceChildren(h('li', {}, String(e.message ?? e)));
});
