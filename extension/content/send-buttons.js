/**
 * Which clicks send: a submit button of the editor's form, or a button
 * whose label, aria-label, title or test id says send/post/reply in one of
 * the supported languages, near the editor being written in.
 */

const BUTTONS = 'button, input[type=submit], input[type=button], input[type=image], [role=button], [role=menuitem]';

/** Send verbs in en, de, fr, it, nl, cs (and common platform words). */
const SEND_WORDS = new RegExp(
  '\\b(' + [
    'send', 'post', 'tweet', 'reply', 'submit', 'publish', 'share', 'comment', 'respond', 'toot',
    'senden', 'absenden', 'posten', 'antworten', 'veröffentlichen', 'kommentieren', 'teilen', 'abschicken',
    'envoyer', 'publier', 'répondre', 'commenter', 'partager',
    'invia', 'inviare', 'pubblica', 'pubblicare', 'rispondi', 'commenta', 'condividi',
    'verzenden', 'versturen', 'verstuur', 'plaatsen', 'reageren', 'publiceren', 'delen', 'beantwoorden',
    'odeslat', 'zveřejnit', 'odpovědět', 'publikovat', 'sdílet', 'komentovat', 'přidat',
  ].join('|') + ')\\b', 'i');

/**
 * The button-like element a click landed on, through open shadow roots: a
 * button, or else a control without a button's role that sites still send
 * with (see controlFromPath).
 */
export function buttonFromPath(path) {
  for (const node of path) {
    if (node.nodeType !== 1) continue;
    if (node.matches(BUTTONS)) return node;
    if (node.localName === 'a' && node.getAttribute('role') === null) return actionLink(node);
    if (node.isContentEditable || node.localName === 'form' || node.localName === 'body') break;
  }
  return controlFromPath(path);
}

/**
 * A link that does something on the page instead of going somewhere: no
 * address, "#" or a javascript: one (`<a href="#">Send</a>`). A link to a
 * page is never a send.
 */
function actionLink(a) {
  const href = a.getAttribute('href');
  return href === null || href === '' || href.startsWith('#') || /^javascript:/i.test(href) ? a : null;
}

/** How far up from a click's target a bare control may be (its icon, its label). */
const CONTROL_LEVELS = 3;
/** Characters a bare control may show: a label, not a paragraph. */
const CONTROL_TEXT = 40;

/**
 * An element styled as clickable (the pointer cursor) that shows a short
 * label: a `<span>` or `<div>` with a click handler and no role, as some
 * sites make their Post control. Whether its label says send is for
 * isSendButton; here only the shape, read on a click, never while typing.
 */
function controlFromPath(path) {
  for (let i = 0, levels = 0; i < path.length && levels < CONTROL_LEVELS; i++) {
    const node = path[i];
    if (node.nodeType !== 1) continue;
    levels++;
    if (node.isContentEditable || node.localName === 'body' || node.localName === 'form') return null;
    if ((node.textContent ?? '').length > CONTROL_TEXT) return null;
    if (node.querySelector('textarea, input, [contenteditable]')) return null;
    const view = node.ownerDocument.defaultView;
    if (view?.getComputedStyle(node).cursor === 'pointer') return node;
  }
  return null;
}

/** The words a button shows or announces, camelCase and test ids split into words. */
function labelOf(button) {
  const parts = [
    button.getAttribute('aria-label'), button.getAttribute('title'), button.getAttribute('data-testid'),
    button.getAttribute('data-test-id'), button.getAttribute('data-qa'), button.getAttribute('name'),
    button.localName === 'input' ? button.value : (button.textContent ?? '').slice(0, 60),
  ];
  for (const icon of button.querySelectorAll?.('[data-icon], [data-testid]') ?? []) {
    parts.push(icon.getAttribute('data-icon'), icon.getAttribute('data-testid'));
  }
  return parts.filter(Boolean).join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ');
}

/** True when the button submits the form the editor is in. */
function submitsEditorForm(button, editorEl) {
  const form = button.form;
  if (!form || button.type !== 'submit') return false;
  return editorEl.form === form || form.contains(editorEl);
}

/** The parent across shadow boundaries and out of same-origin frames. */
export function composedParent(node) {
  const parent = node.parentNode;
  if (parent?.nodeType === 11) return parent.host ?? null;
  if (node.parentElement) return node.parentElement;
  try {
    return node.ownerDocument?.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** True when the button and the editor share an ancestor a few levels up (the compose area). */
export function near(button, editorEl, levels = 8) {
  const ancestors = new Set();
  for (let n = button, i = 0; n && i < 40; n = composedParent(n), i++) ancestors.add(n);
  for (let n = editorEl, i = 0; n && i <= levels; n = composedParent(n), i++) {
    if (ancestors.has(n)) {
      // Sharing only <body> says nothing on a big page; in a frame (an
      // iframe editor or a chat widget) the frame is the compose area.
      const doc = editorEl.ownerDocument;
      return (n !== doc.body && n !== doc.documentElement) || doc.defaultView !== doc.defaultView.top;
    }
  }
  return false;
}

/**
 * True when a click on `button` sends what is in `editorEl`. `sole()`
 * tells whether `editorEl` is the only box on the page with text in it.
 */
export function isSendButton(button, editorEl, sole = () => false) {
  if (!maySend(button)) return false;
  if (submitsEditorForm(button, editorEl)) return true;
  if (!SEND_WORDS.test(labelOf(button))) return false;
  return near(button, editorEl) || (boxless(button) && sole());
}

/**
 * True when `button` could send anything at all: enabled, and a submit
 * button or labelled send. Checked before looking for its box, which reads
 * the boxes around it: most clicks are on other controls.
 */
export function maySend(button) {
  if (button.disabled || button.getAttribute('aria-disabled') === 'true') return false;
  return (button.form && button.type === 'submit') || SEND_WORDS.test(labelOf(button));
}

/**
 * True when no box of any kind, empty or not, is anywhere near `button`
 * (below <body>): a Post button whose box the page moved elsewhere (into a
 * bigger panel as the text grows). Such a button can only send the page's
 * one draft; a button that has a box of its own (the next reply box in a
 * thread, a feed item's comment field) sends that one.
 */
function boxless(button) {
  for (let n = composedParent(button), i = 0; n && i < 8; n = composedParent(n), i++) {
    if (n.localName === 'body' || n.localName === 'html') return true;
    if (n.querySelector(EDITABLES)) return false;
  }
  return true;
}

const EDITABLES = 'textarea, input, [contenteditable=""], [contenteditable=true], [contenteditable=plaintext-only]';

/**
 * The editor with text closest to a button: the box whose button it is.
 * In a thread of reply boxes each button sends its own box, not the one
 * written in last; `current`, the box being written in, wins when it is as
 * close as any other. Also finds the box when the Post button is outside
 * its frame (TinyMCE-style iframe editors) or when the box was never
 * focused. `editorOf(el)` gives the editor an editable element belongs to
 * when it has text (a block editor's container for one of its blocks),
 * else null; `preferred(doc)` names a frame's own current editor first.
 */
export function editorNear(button, editorOf, preferred, current = null) {
  for (let n = composedParent(button), i = 0; n && i < 8; n = composedParent(n), i++) {
    if (current && holds(n, current)) return current;
    for (const el of n.querySelectorAll(EDITABLES)) {
      const editor = editorOf(el);
      if (editor) return editor;
    }
    for (const frame of n.querySelectorAll('iframe')) {
      const doc = sameOriginDocument(frame);
      if (!doc?.body) continue;
      const own = preferred(doc);
      const editor = (own && editorOf(own)) || (doc.body.isContentEditable && editorOf(doc.body));
      if (editor) return editor;
      for (const el of doc.querySelectorAll(EDITABLES)) {
        const found = editorOf(el);
        if (found) return found;
      }
    }
  }
  return null;
}

/** True when `node` is `ancestor` or inside it, across shadow roots and frames. */
function holds(ancestor, node) {
  for (let n = node, i = 0; n && i < 40; n = composedParent(n), i++) if (n === ancestor) return true;
  return false;
}

function sameOriginDocument(frame) {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
