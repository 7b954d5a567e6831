/**
 * Which elements are compose boxes, and one `Editor` wrapper over either
 * kind: a form field (`textarea`, text-like `input`) or a rich editor
 * (a `contenteditable` host, `role=textbox`). Open shadow roots are
 * crossed through `event.composedPath()`, closed ones through
 * `chrome.dom.openOrClosedShadowRoot` (see eventPath); same-origin iframes
 * run their own copy of the content script (all_frames, match_about_blank).
 */
import { rangeFor, readRich } from './textmap.js';

/**
 * Input types a person writes a message into. Not `email`, `tel`, `url`,
 * `search` or `password`: those fields exist to hold exactly that data (a
 * login, a checkout), and warning there would teach people to click
 * through.
 */
const TEXT_INPUTS = new Set(['text', '']);

/** `autocomplete` tokens of fields that are meant to hold personal data or credentials. */
const DATA_FIELDS = /\b(name|given-name|family-name|additional-name|nickname|email|username|new-password|current-password|one-time-code|tel[a-z-]*|street-address|address-line\d|address-level\d|postal-code|country[a-z-]*|cc-[a-z-]+|bday[a-z-]*|sex|organization|iban)\b/;

/** True for a form field that takes a free-text message (not a login or checkout field). */
export function isField(el) {
  const kind = el.localName;
  if (kind !== 'textarea' && !(kind === 'input' && TEXT_INPUTS.has(el.type))) return false;
  if (el.readOnly || el.disabled) return false;
  if (DATA_FIELDS.test(el.getAttribute('autocomplete') ?? '')) return false;
  // A field beside a password box is a sign-in or sign-up form.
  return !el.form?.querySelector('input[type=password]');
}

/** True for an element that can host a rich editor. */
function isRich(el) {
  // role=textbox hosts are covered too: the user can only type where the
  // browser made the element editable.
  return el.isContentEditable === true || hasEditContext(el);
}

/**
 * True for an element on the EditContext API (`el.editContext = new
 * EditContext()`): no contenteditable and no form field, the browser hands
 * typed text to the page in `textupdate` events and the page draws it (as
 * DOM text, or on a canvas). Custom-rendered editors move to it.
 */
export function hasEditContext(el) {
  return el.editContext != null;
}

/**
 * The editor an event happened in, or null. For a contenteditable, the
 * outermost editable element in the path is the host (the editor's root).
 */
export function editorElementFromPath(path) {
  for (let i = 0; i < path.length; i++) {
    const el = path[i];
    if (el.nodeType !== 1) continue;
    if (isField(el)) return el;
    if (isRich(el)) {
      let host = el;
      for (let j = i + 1; j < path.length && path[j].nodeType === 1 && path[j].isContentEditable; j++) host = path[j];
      return blockEditorRoot(host) ?? host;
    }
  }
  return null;
}

/** How far up from an editing host a block editor's container may be. */
const BLOCK_LEVELS = 4;
/** Characters a block editor's container may show outside its blocks (toolbar labels, placeholders). */
const BLOCK_OWN_TEXT = 40;

/**
 * Block editors (Editor.js, Notion-style editors) make each paragraph its
 * own contenteditable host inside one container that is not editable. The
 * user writes one message across the blocks and a send sends them all, so
 * the container is the editor: the highest ancestor, at most BLOCK_LEVELS
 * up, that holds two or more editing hosts and hardly any text outside
 * them. Separate compose boxes (a comment box under each post of a feed)
 * have the posts' text between them, which stops the climb.
 */
function blockEditorRoot(host) {
  if (host.matches(NOT_BLOCKS)) return null;
  let root = null;
  for (let n = host.parentElement, i = 0; n && i < BLOCK_LEVELS; n = n.parentElement, i++) {
    if (n === n.ownerDocument.body) break;
    const hosts = editingHosts(n);
    if (hosts.length < 2) continue;
    let inside = 0;
    for (const h of hosts) inside += h.textContent.length;
    if (n.textContent.length - inside > BLOCK_OWN_TEXT) break;
    root = n;
  }
  return root;
}

/**
 * Editable widgets that are no paragraph of a message: a recipients well
 * (a combobox of addresses, as in web mail), a search box. A block editor
 * never merges them with the text, whose findings they would otherwise
 * hold every send for.
 */
const NOT_BLOCKS = '[role=combobox], [role=searchbox], [aria-autocomplete]';

/** The outermost contenteditable hosts inside `container` that can be blocks of a message, in document order. */
export function editingHosts(container) {
  const hosts = [];
  for (const el of container.querySelectorAll('[contenteditable]')) {
    if (el.isContentEditable && !el.parentElement?.isContentEditable && !el.matches(NOT_BLOCKS)) hosts.push(el);
  }
  return hosts;
}

/** True for a block editor's container (see blockEditorRoot): not editable itself, two or more blocks inside. */
export function isBlockEditor(el) {
  return Boolean(el) && !isField(el) && !el.isContentEditable && editingHosts(el).length > 1;
}

/** The editing host a node is in (the outermost contenteditable element), or null. */
function hostOf(node) {
  let host = null;
  for (let n = node?.nodeType === 1 ? node : node?.parentElement; n?.isContentEditable; n = n.parentElement) host = n;
  return host;
}

/**
 * The shadow root `el` hosts, open or closed, or null. A page can close a
 * shadow root (attachShadow({ mode: 'closed' })) so that its own scripts
 * cannot reach in; extensions can, through chrome.dom.
 */
export function shadowOf(el) {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null; // not an HTMLElement (an SVG element, a text node)
  }
}

/**
 * An event's composed path, continued into closed shadow roots. Events
 * from inside a closed root reach the document retargeted to its host, as
 * if the host were the target. The real target is the root's focused
 * element (focus, keys, typing, paste, a click from the keyboard) or, for
 * a pointer, the element under it.
 */
export function eventPath(event) {
  const path = event.composedPath();
  let target = path[0];
  if (!canHostClosedRoot(target)) return path;
  const inner = [];
  for (let root = shadowOf(target), depth = 0; root && depth < 8; root = shadowOf(target), depth++) {
    const pointed = 'clientX' in event && (event.detail > 0 || event.type.startsWith('pointer'));
    const el = pointed ? root.elementFromPoint(event.clientX, event.clientY) : root.activeElement;
    if (!el || el === target || !root.contains(el)) break;
    const steps = [];
    for (let n = el; n && n !== root; n = n.parentNode) steps.push(n);
    inner.unshift(...steps, root);
    target = el;
  }
  return inner.length ? [...inner, ...path] : path;
}

/** Elements that may host a shadow root (custom elements and the DOM standard's list). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/**
 * True when `node` may be the host of a closed shadow root an event was
 * retargeted to. Cheap checks first: typing in a textarea or an editable
 * element (every keystroke) never asks chrome.dom.
 */
function canHostClosedRoot(node) {
  if (node?.nodeType !== 1 || node.shadowRoot || node.isContentEditable || hasEditContext(node)) return false;
  return node.localName.includes('-') || SHADOW_HOSTS.has(node.localName);
}

/** The deepest focused element, through open and closed shadow roots. */
export function deepActiveElement(doc = document) {
  let el = doc.activeElement;
  for (let root = el && shadowOf(el); root?.activeElement; root = shadowOf(el)) el = root.activeElement;
  return el;
}

/** The editor element around a node (for `document.activeElement` at start). */
export function editorElementFromNode(node) {
  const path = [];
  for (let n = node; n; n = n.parentNode ?? n.host) path.push(n);
  return editorElementFromPath(path);
}

/** One compose box: reads its text, maps offsets to the screen, edits through its own input path. */
export class Editor {
  constructor(el) {
    this.el = el;
    this.field = isField(el);
    /** The element's EditContext (see hasEditContext), or null. */
    this.context = this.field ? null : el.editContext ?? null;
    /** A block editor's container (see blockEditorRoot): its text is that of its editing hosts. */
    this.blocks = !this.field && !this.context && !el.isContentEditable;
    this.segments = [];
    /** True when a rich editor's DOM may have changed since the last read (its owner's observer sets it). */
    this.stale = true;
  }

  /** The text as the user sees it. */
  read() {
    if (this.field) return this.el.value;
    const { text, segments } = readRich(this.el, this.blocks ? editingHosts(this.el) : null);
    this.segments = segments;
    this.stale = false;
    // An EditContext editor: the text its page draws is what it will send.
    // One drawn on a canvas shows none; then the browser's copy of what was
    // typed is all there is (no highlight, a badge only).
    if (this.context && !text.trim()) {
      this.segments = [];
      return this.context.text;
    }
    return text;
  }

  /** True when every node of the last read is still in the document. */
  nodesConnected() {
    return this.segments.length > 0 && this.segments.every((s) => (s.node ?? s.el).isConnected);
  }

  /** A DOM Range over `[start, end)` of the last read (rich editors only). */
  range(start, end) {
    return this.field ? null : rangeFor(this.segments, start, end);
  }

  /**
   * Viewport rectangles of `[start, end)` of `text`, the editor's text when
   * it was scanned; `mirror` lays out form fields.
   */
  rects(start, end, mirror, text) {
    if (this.field) return mirror.rects(this.el, start, end, text);
    const range = this.range(start, end);
    return range ? [...range.getClientRects()] : [];
  }

  /** Focuses the editor and selects `[start, end)` (the first finding for Edit). */
  select(start, end) {
    if (this.field) {
      this.el.focus({ preventScroll: false });
      this.el.setSelectionRange(start, end);
      return true;
    }
    const range = this.range(start, end);
    this.focusAt(range?.startContainer);
    if (!range) return false;
    const sel = this.el.ownerDocument.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    range.startContainer.parentElement?.scrollIntoView?.({ block: 'nearest' });
    return true;
  }

  /**
   * Replaces `[start, end)` with `value` through the editor's own input
   * path, so the site's editor model stays in sync and undo works:
   *
   * 1. select the span and wait until the editor has seen the selection
   *    (editors that track it from `selectionchange`, such as Slate,
   *    would otherwise apply the text to the old selection);
   * 2. rich editors: offer a `beforeinput` (insertText, with the span as
   *    target range). `execCommand` does not fire beforeinput in Chromium,
   *    and model-first editors (Slate) only listen to that: when the editor
   *    takes it (preventDefault), it has applied the edit to its model;
   * 3. otherwise `execCommand('insertText')`: the browser edits, fires
   *    input, records an undo step (also in a textarea, where
   *    `setRangeText` would not be undoable), and DOM-observing editors
   *    (Lexical, ProseMirror, Quill, Draft.js) read the change back;
   * 4. resolve once the editor shows the edit: editors that render from
   *    their own model (Slate, Draft.js, Lexical) do so a task or a few
   *    frames later, later still on a busy machine, and the caller reads
   *    the text again next.
   */
  async replace(start, end, value) {
    if (this.context) return this.replaceInContext(start, end, value);
    const before = this.read();
    if (!this.select(start, end)) return false;
    const doc = this.el.ownerDocument;
    // A form field's selection is the field's own, set at once; no model tracks it.
    if (!this.field) await selectionSettled(doc);
    let done = null;
    if (!this.field) {
      const range = this.range(start, end);
      const target = range?.startContainer.parentElement ?? this.el;
      const event = new InputEvent('beforeinput', {
        inputType: 'insertText', data: value, bubbles: true, cancelable: true, composed: true,
        targetRanges: range ? [new StaticRange(range)] : [],
      });
      if (!target.dispatchEvent(event)) done = true;
    }
    if (done === null) {
      done = doc.execCommand('insertText', false, value);
      // The browser reported that edit as typing (input, insertText). Tell
      // the editor what it was, a replacement of the selected text, as a
      // spell-check correction is: editors that keep their own undo levels
      // (TinyMCE) close one on it, so that one undo brings back exactly what
      // was redacted instead of everything typed since the last level.
      if (done && !this.field) {
        this.el.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', bubbles: true, composed: true }));
      }
    }
    await this.shown(before);
    return done;
  }

  /**
   * `replace` for an EditContext editor. Its page keeps the text and
   * applies what the browser reports in `textupdate` events, so the edit
   * goes to the page as one: the browser's copy of the text is updated
   * first, as typing leaves it, then the event says what changed. Pages
   * record their undo steps there. A page that does not take it (the text
   * it draws stays the same) gets the browser's copy back unchanged, so the
   * two never disagree.
   */
  async replaceInContext(start, end, value) {
    const context = this.context;
    const before = this.read();
    // Offsets of drawn text that differs from the browser's copy (the page
    // draws more, or less) would edit the wrong characters.
    if (before !== context.text) return false;
    this.el.focus({ preventScroll: true });
    const original = context.text.slice(start, end);
    const at = start + value.length;
    context.updateText(start, end, value);
    context.updateSelection(at, at);
    const view = this.el.ownerDocument.defaultView;
    context.dispatchEvent(new view.TextUpdateEvent('textupdate', {
      updateRangeStart: start, updateRangeEnd: end, text: value, selectionStart: at, selectionEnd: at,
    }));
    if (await this.shown(before)) return true;
    context.updateText(start, at, original);
    return false;
  }

  /** Waits frame by frame, at most EDIT_SETTLE_FRAMES, until the text is no longer `before`. */
  async shown(before) {
    const win = this.el.ownerDocument.defaultView;
    for (let i = 0; i < EDIT_SETTLE_FRAMES; i++) {
      await new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
      if (this.read() !== before) return true;
    }
    return false;
  }

  /** The editor's box on screen. */
  box() {
    return this.el.getBoundingClientRect();
  }

  /**
   * Focuses the editing host that holds `node`: the editor itself, or in a
   * block editor that block (the first one when `node` is in none).
   */
  focusAt(node, options = { preventScroll: false }) {
    const host = this.blocks ? (hostOf(node) ?? editingHosts(this.el)[0]) : this.el;
    host?.focus(options);
  }

  /** Saves the caret so Escape or Edit can put it back. */
  saveSelection() {
    if (this.field) return { start: this.el.selectionStart, end: this.el.selectionEnd };
    const sel = selectionAround(this.el);
    return sel && sel.rangeCount ? { range: sel.getRangeAt(0).cloneRange() } : null;
  }

  restoreSelection(saved) {
    if (this.field) this.el.focus({ preventScroll: true });
    else this.focusAt(saved?.range?.startContainer, { preventScroll: true });
    if (!saved) return;
    if (this.field) {
      this.el.setSelectionRange(saved.start ?? 0, saved.end ?? 0);
      return;
    }
    if (saved.range?.startContainer.isConnected) {
      const sel = this.el.ownerDocument.getSelection();
      sel.removeAllRanges();
      sel.addRange(saved.range);
    }
  }
}

/**
 * The selection as seen from inside `el`'s tree. For an editor in a shadow
 * root, the document's selection is retargeted to the shadow host: a range
 * saved from it and put back later leaves the caret outside the editor, and
 * typing goes nowhere. Chromium's ShadowRoot.getSelection() gives the real
 * one.
 */
export function selectionAround(el) {
  const root = el.getRootNode();
  if (root !== el.ownerDocument && typeof root.getSelection === 'function') return root.getSelection();
  return el.ownerDocument.getSelection();
}

/** Frames `replace` waits at most for an editor to show an edit (about half a second). */
const EDIT_SETTLE_FRAMES = 30;

/** How long `replace` waits at most for the `selectionchange` of its selection. */
const SELECTION_WAIT_MS = 300;

/**
 * Resolves after the document's next `selectionchange`: editors that track
 * the selection from it (CKEditor 5, Slate) have then seen it, since their
 * listeners were added before this one. Chromium queues that event as a
 * task, which on a busy machine can come after several frames; had the edit
 * gone first, CKEditor would apply it inside its open typing batch, and one
 * undo would take back the redaction together with the last words typed.
 * When no event comes (the selection did not change), after
 * SELECTION_WAIT_MS.
 */
function selectionSettled(doc) {
  return new Promise((resolve) => {
    const win = doc.defaultView;
    let timer = 0;
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      resolve();
    };
    doc.addEventListener('selectionchange', done);
    timer = win.setTimeout(done, SELECTION_WAIT_MS);
  });
}

/**
 * Lays out a form field's text in a hidden copy with the same font, size
 * and scroll, so that Range rectangles exist for a `textarea`'s text (its
 * own text has no DOM nodes). The copy lives in the extension's shadow root.
 */
export class Mirror {
  constructor(parent) {
    this.div = parent.ownerDocument.createElement('div');
    this.div.setAttribute('aria-hidden', 'true');
    this.parent = parent;
  }

  /**
   * Viewport rectangles of `[start, end)` of `text` (the field's value when
   * its findings were found; its current value when not given) laid out
   * like the field `el`.
   *
   * The findings' text, not the current value: typing goes on between a
   * scan and the next, and a redraw meanwhile (the field scrolls each time
   * the typed text wraps to a new line) would otherwise lay the whole
   * draft out again before the keystroke is painted, 1.5–2 ms for 10,000
   * characters. The findings' offsets belong to that text anyway.
   */
  rects(el, start, end, text = el.value) {
    const div = this.div;
    if (!div.isConnected) this.parent.append(div);
    copyStyle(el, div);
    // The text is laid out again only when it changed: a redraw for a
    // scroll, or for the next finding of the same draw, reuses the layout.
    const value = text + (el.localName === 'textarea' ? '\u200b' : '');
    if (div.firstChild?.data !== value) div.textContent = value;
    const node = div.firstChild;
    if (!node) return [];
    const range = new Range();
    range.setStart(node, Math.min(start, text.length));
    range.setEnd(node, Math.min(end, text.length));
    // The copy stays unscrolled (its text may be shorter than the field's,
    // which would clamp its scroll); the field's scroll is subtracted.
    const dx = el.scrollLeft;
    const dy = el.scrollTop;
    return [...range.getClientRects()].map((r) => new DOMRect(r.x - dx, r.y - dy, r.width, r.height));
  }
}

const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform',
  'tab-size', 'direction', 'text-align', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
];

function copyStyle(el, div) {
  const cs = el.ownerDocument.defaultView.getComputedStyle(el);
  const s = div.style;
  for (const p of COPIED) s.setProperty(p, cs.getPropertyValue(p));
  const box = el.getBoundingClientRect();
  const bl = parseFloat(cs.borderLeftWidth) || 0;
  const bt = parseFloat(cs.borderTopWidth) || 0;
  const pl = parseFloat(cs.paddingLeft) || 0;
  const pr = parseFloat(cs.paddingRight) || 0;
  const pt = parseFloat(cs.paddingTop) || 0;
  const pb = parseFloat(cs.paddingBottom) || 0;
  const multiline = el.localName === 'textarea';
  s.setProperty('position', 'fixed');
  s.setProperty('visibility', 'hidden');
  s.setProperty('pointer-events', 'none');
  s.setProperty('box-sizing', 'content-box');
  s.setProperty('border', '0');
  s.setProperty('margin', '0');
  s.setProperty('overflow', 'hidden');
  s.setProperty('left', `${box.left + bl}px`);
  s.setProperty('top', `${box.top + bt}px`);
  s.setProperty('width', `${Math.max(0, el.clientWidth - pl - pr)}px`);
  s.setProperty('height', `${Math.max(0, el.clientHeight - pt - pb)}px`);
  s.setProperty('white-space', multiline ? 'pre-wrap' : 'pre');
  s.setProperty('overflow-wrap', multiline ? 'break-word' : 'normal');
  if (!multiline) {
    // A single-line input centres its text vertically.
    s.setProperty('line-height', `${Math.max(0, el.clientHeight - pt - pb)}px`);
  }
}
