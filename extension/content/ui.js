/**
 * Everything ComposeGuard draws on a page: one `<composeguard-ui>` element
 * on `document.documentElement` with a closed shadow root (the page can
 * neither read nor restyle it), holding highlight boxes, the count badge,
 * the send-time dialog and the paste notice. Elements carry `data-cg`
 * attributes (docs/architecture.md) so tests can find them through CDP.
 *
 * The editor's DOM is never touched: highlights are absolutely positioned
 * boxes over Range rectangles. Styles go through a constructed stylesheet
 * and CSSOM, which a page's `style-src` CSP does not block.
 */
import { actionName, categoryReason, ruleAdvice, ruleName, t } from '../shared/i18n.js';
import { Mirror } from './editables.js';
import { composedParent } from './send-buttons.js';
import { CSS } from './ui-style.js';

const ORDER = ['off', 'notify', 'warn', 'justify', 'block'];

/** The strictest action among findings. */
export function strictest(findings) {
  return findings.reduce((a, f) => (ORDER.indexOf(f.action) > ORDER.indexOf(a) ? f.action : a), 'off');
}

/** Sets pixel positions and sizes of `el` that differ from what it has. */
function setStyles(el, px) {
  for (const [name, value] of Object.entries(px)) {
    const want = `${value}px`;
    if (el.style[name] !== want) el.style[name] = want;
  }
}

export class Ui {
  constructor(doc = document) {
    this.doc = doc;
    this.host = doc.createElement('composeguard-ui');
    for (const [p, v] of Object.entries({
      position: 'fixed', top: '0', left: '0', width: '0', height: '0', margin: '0', padding: '0',
      border: '0', display: 'block', overflow: 'visible', 'z-index': '2147483647', 'pointer-events': 'none',
      contain: 'style', visibility: 'visible', opacity: '1', transform: 'none',
      // for when it is a popover (see mount): no UA box of its own
      right: 'auto', bottom: 'auto', background: 'transparent', color: 'inherit',
    })) this.host.style.setProperty(p, v, 'important');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    this.root.adoptedStyleSheets = [sheet];
    this.layer = this.el('div', { class: 'layer' });
    this.badge = this.el('button', { class: 'badge', 'data-cg': 'badge', type: 'button', hidden: '' });
    this.notice = this.el('div', { class: 'notice', 'data-cg': 'paste-notice', role: 'status', hidden: '' });
    this.root.append(this.layer, this.badge, this.notice);
    this.mirror = new Mirror(this.root);
    this.dialog = null;
    this.noticeTimer = 0;
    /** Top-layer elements whose `toggle` raises the host (mount). */
    this.raised = new WeakSet();
    /** Ends the listeners this UI adds to the site's elements (destroy). */
    this.listening = new AbortController();
  }

  /** Creates an element in the shadow root's document with attributes. */
  el(name, attrs = {}, ...children) {
    const node = this.doc.createElement(name);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  /**
   * Puts the host where the user can see and reach it. Normally on
   * `<html>`; when `anchor` (the editor, or the frame that holds it) is in
   * the browser's top layer (an open modal `<dialog>`, an open popover, a
   * fullscreen element), inside that element and shown as a popover. The
   * top layer is drawn above every z-index: a host outside it would be
   * drawn under the site's composer (a chat widget in a popover hid our
   * badge and highlights). A modal dialog also makes the rest of the page
   * inert, so a host outside could not be clicked; and a click outside an
   * auto popover closes it. Inside the element the host is neither, and as
   * a popover shown after it, it is in the top layer above it, positioned
   * against the viewport.
   */
  mount(anchor = this.anchor) {
    this.anchor = anchor;
    const top = anchor ? topLayerAround(anchor, this.doc) : null;
    const parent = top ?? this.doc.documentElement;
    if (this.host.parentNode !== parent) parent.append(this.host);
    if (!top) {
      if (this.host.hasAttribute('popover')) this.host.removeAttribute('popover');
      return;
    }
    if (!this.host.hasAttribute('popover')) this.host.setAttribute('popover', 'manual');
    if (!this.raised.has(top)) {
      // Shown again each time the site shows its element (a popover that
      // was closed and opened again goes on top of ours).
      this.raised.add(top);
      top.addEventListener('toggle', (e) => {
        if (e.newState === 'open' && this.host.parentNode === top) this.raise(true);
      }, { signal: this.listening.signal });
    }
    this.raise(false);
  }

  /** Shows the host as a popover (again, `again`: to the top of the top layer). */
  raise(again) {
    try {
      const open = this.host.matches(':popover-open');
      if (open && again) this.host.hidePopover();
      if (!open || again) this.host.showPopover();
    } catch {
      // no popover support: inside the element at least it is reachable
    }
  }

  /** True when an event happened inside ComposeGuard's own UI. */
  owns(event) {
    return event.composedPath().includes(this.host);
  }

  /** The element inside the closed root an event from our UI is about. */
  innerTarget(event) {
    if (event.type === 'click' && event.detail > 0) {
      return this.root.elementFromPoint(event.clientX, event.clientY) ?? this.root.activeElement;
    }
    return this.root.activeElement;
  }

  /**
   * Draws highlight boxes over `findings` of `editor` (found in its `text`)
   * and the count badge at the editor's corner. Boxes are clipped to the
   * editor's visible box.
   */
  draw(editor, findings, text, onBadge) {
    this.onBadge = onBadge;
    if (!editor || !findings.length || !editor.el.isConnected) {
      this.clear();
      return;
    }
    this.mount(editor.el);
    const clip = visibleBox(editor.el);
    if (!clip) {
      this.clear();
      return;
    }
    const boxes = [];
    for (const f of findings) {
      for (const r of editor.rects(f.start, f.end, this.mirror, text)) {
        const box = intersect(r, clip);
        if (box) boxes.push([f, box]);
      }
    }
    // The boxes already drawn are moved, not made anew: a redraw comes on
    // every scroll, and each new element costs style work on the page's
    // next frame.
    const drawn = [...this.layer.children];
    boxes.forEach(([f, box], i) => this.placeBox(drawn[i] ?? this.layer.appendChild(this.el('div', { 'data-cg': 'highlight' })), f, box));
    for (const div of drawn.slice(boxes.length)) div.remove();
    this.placeBadge(findings, clip);
  }

  /** Puts highlight box `div` over rectangle `r` of finding `f`, touching only what changed. */
  placeBox(div, f, r) {
    const kind = `hl ${f.action}`;
    if (div.className !== kind) div.className = kind;
    if (div.dataset.rule !== f.rule) div.dataset.rule = f.rule;
    setStyles(div, { left: r.left, top: r.top, width: r.width, height: r.height });
  }

  placeBadge(findings, clip) {
    const n = findings.length;
    const kind = strictest(findings);
    // Text and label only when the count or the action changed (the
    // localised label is the costly part of a redraw).
    if (this.badgeShows !== `${n} ${kind}`) {
      this.badgeShows = `${n} ${kind}`;
      const label = t('badge_label', [String(n)], `${n} findings`);
      this.badge.textContent = String(n);
      this.badge.className = `badge ${kind}`;
      this.badge.setAttribute('aria-label', label);
      this.badge.title = label;
    }
    setStyles(this.badge, { left: Math.max(0, clip.right - 26), top: Math.max(0, clip.bottom - 26) });
    this.badge.hidden = false;
  }

  clear() {
    this.layer.replaceChildren();
    this.badge.hidden = true;
  }

  /** A short notice that pasted text holds sensitive data. */
  pasteNotice(names, anchor) {
    this.mount(anchor ?? this.anchor);
    this.notice.replaceChildren(
      this.el('strong', {}, t('paste_notice_title', undefined, 'Sensitive data pasted')),
      ' ',
      t('paste_notice', [names.join(', ')], names.join(', ')),
    );
    const box = anchor?.getBoundingClientRect();
    this.notice.style.left = `${Math.max(8, box ? box.left : 8)}px`;
    this.notice.style.top = `${Math.max(8, box ? box.top - 44 : 8)}px`;
    this.notice.hidden = false;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => { this.notice.hidden = true; }, 6000);
  }

  /**
   * Opens the dialog. `model`: { findings: [{rule, category, action, masked,
   * reason, messages, description}], action (strictest), guideline,
   * sending (a send is held) }. `actions`: { edit, redact, sendAnyway(justified),
   * close }. Returns nothing; closes with `closeDialog()`.
   */
  openDialog(model, actions, anchor = this.anchor) {
    this.closeDialog();
    this.mount(anchor);
    this.actions = actions;
    this.model = model;
    const d = buildDialog(this, model);
    this.dialog = d;
    this.root.append(d.backdrop);
    d.first.focus();
  }

  closeDialog() {
    if (!this.dialog) return;
    this.dialog.backdrop.remove();
    this.dialog = null;
  }

  get dialogOpen() {
    return this.dialog !== null;
  }

  /**
   * Handles an event from inside our UI. The guard calls this from its
   * window capture listener and then stops the event, so the page's own
   * handlers (shortcuts, focus traps, "click outside" closers) never see
   * what the user does in ComposeGuard's dialog.
   */
  handle(event) {
    const target = this.innerTarget(event);
    if (event.type === 'click') return this.onClick(target, event);
    if (event.type === 'keydown') return this.onKey(target, event);
    if (event.type === 'input' && this.dialog && target === this.dialog.justification) this.updateSendAnyway();
    return undefined;
  }

  onClick(target, event) {
    if (target === this.badge || this.badge.contains(target)) return this.onBadge?.();
    const d = this.dialog;
    if (!d) return undefined;
    const button = target?.closest?.('button');
    const kind = button?.dataset.cg;
    if (kind === 'edit') return this.actions.edit();
    if (kind === 'redact') return this.actions.redact();
    if (kind === 'send-anyway' && !button.disabled) return this.actions.sendAnyway(Boolean(d.justification?.value.trim()));
    if (kind === 'close') return this.actions.close();
    if (target?.closest?.('a[href]')) return undefined; // the guideline link opens by default action
    if (!d.panel.contains(target)) event.preventDefault();
    return undefined;
  }

  onKey(target, event) {
    const d = this.dialog;
    if (!d) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.actions.close();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      const items = [...d.panel.querySelectorAll('button:not([disabled]), textarea, a[href]')];
      const i = items.indexOf(target);
      const next = event.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i + 1) % items.length;
      items[next]?.focus();
    }
  }

  updateSendAnyway() {
    const d = this.dialog;
    if (d?.sendAnyway && d.justification) d.sendAnyway.disabled = d.justification.value.trim().length === 0;
  }

  destroy() {
    clearTimeout(this.noticeTimer);
    this.listening.abort();
    this.host.remove();
  }
}

function buildDialog(ui, model) {
  const el = ui.el.bind(ui);
  const { action, sending } = model;
  const title = el('h2', { id: 'cg-title' }, t(`dialog_title_${action}`, undefined, t('dialog_title')));
  const intro = el('p', { id: 'cg-desc', class: 'intro' }, t(sending ? `dialog_intro_${action}` : 'dialog_intro_review'));
  const list = el('ul', { class: 'findings' }, ...model.findings.map((f) => findingItem(ui, f)));
  const panel = el('div', {
    class: `dialog ${action}`, 'data-cg': 'dialog', role: 'alertdialog', 'aria-modal': 'true',
    'aria-labelledby': 'cg-title', 'aria-describedby': 'cg-desc', tabindex: '-1',
  }, title, intro, list);
  if (model.guideline) {
    panel.append(el('p', { class: 'guideline' },
      el('a', { href: model.guideline, target: '_blank', rel: 'noopener noreferrer', 'data-cg': 'guideline' }, t('guideline_link'))));
  }
  let justification = null;
  if (sending && action === 'justify') {
    justification = el('textarea', { 'data-cg': 'justification', rows: '2', id: 'cg-why', maxlength: '500' });
    panel.append(el('label', { class: 'why', for: 'cg-why' }, t('justification_label')), justification);
  }
  if (sending && action === 'block') panel.append(el('p', { class: 'blocked' }, t('blocked_note')));
  const edit = el('button', { type: 'button', 'data-cg': 'edit', class: 'primary' }, t('button_edit'));
  const redact = el('button', { type: 'button', 'data-cg': 'redact' }, t(sending ? 'button_redact_send' : 'button_redact'));
  const buttons = el('div', { class: 'buttons' }, edit, redact);
  let sendAnyway = null;
  if (sending && (action === 'warn' || action === 'justify')) {
    sendAnyway = el('button', { type: 'button', 'data-cg': 'send-anyway', class: 'quiet' }, t('button_send_anyway'));
    if (action === 'justify') sendAnyway.disabled = true;
    buttons.append(sendAnyway);
  }
  if (!sending) buttons.append(el('button', { type: 'button', 'data-cg': 'close', class: 'quiet' }, t('button_close')));
  panel.append(buttons);
  const backdrop = el('div', { class: 'backdrop' }, panel);
  return { backdrop, panel, justification, sendAnyway, first: edit };
}

function findingItem(ui, f) {
  const el = ui.el.bind(ui);
  const reason = categoryReason(f.category);
  return el('li', { 'data-cg': 'finding', 'data-rule': f.rule, class: f.action },
    el('div', { class: 'head' },
      el('strong', {}, ruleName(f.rule, f.description)),
      el('span', { class: `action ${f.action}` }, actionName(f.action))),
    el('code', { class: 'masked' }, f.masked),
    reason ? el('p', { class: 'reason' }, reason) : null,
    el('p', { class: 'advice' }, ruleAdvice(f.rule, f.category, f.messages)));
}

/** The part of an element's box that is on screen, or null. */
/**
 * The element of `doc` in the browser's top layer that holds `el` (an open
 * modal `<dialog>`, an open popover, a fullscreen element), or null: through
 * shadow roots, and out of same-origin frames (the frame element is what
 * sits in `doc`). Runs at every draw: attributes are checked before any
 * selector is matched.
 */
function topLayerAround(el, doc) {
  const full = doc.fullscreenElement;
  for (let n = el, i = 0; n && i < 200; n = composedParent(n), i++) {
    if (n.ownerDocument !== doc || n.nodeType !== 1) continue;
    if (n === full) return n;
    if (n.localName === 'dialog' ? n.matches(':modal') : n.hasAttribute('popover') && isOpenPopover(n)) return n;
  }
  return null;
}

function isOpenPopover(el) {
  try {
    return el.matches(':popover-open');
  } catch {
    return false; // a browser without popovers
  }
}

function visibleBox(el) {
  const r = el.getBoundingClientRect();
  const vw = el.ownerDocument.documentElement.clientWidth || innerWidth;
  const vh = el.ownerDocument.documentElement.clientHeight || innerHeight;
  return intersect(r, { left: 0, top: 0, right: vw, bottom: vh });
}

function intersect(a, b) {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  if (right - left < 0.5 || bottom - top < 0.5) return null;
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}
