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

/** The button-like element a click landed on, through open shadow roots. */
export function buttonFromPath(path) {
  for (const node of path) {
    if (node.nodeType !== 1) continue;
    if (node.matches(BUTTONS)) return node;
    if (node.localName === 'a' && node.getAttribute('role') === null) return null;
    if (node.isContentEditable || node.localName === 'form' || node.localName === 'body') return null;
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

/** True when a click on `button` sends what is in `editorEl`. */
export function isSendButton(button, editorEl) {
  if (button.disabled || button.getAttribute('aria-disabled') === 'true') return false;
  if (submitsEditorForm(button, editorEl)) return true;
  return SEND_WORDS.test(labelOf(button)) && near(button, editorEl);
}

const EDITABLES = 'textarea, input, [contenteditable=""], [contenteditable=true], [contenteditable=plaintext-only]';

/**
 * An editor with text near a button: the box the user wrote in when the
 * Post button is outside its frame (TinyMCE-style iframe editors) or when
 * the box was never focused. `editorOf(el)` gives the editor an editable
 * element belongs to when it has text (a block editor's container for one
 * of its blocks), else null; `preferred(doc)` names a frame's own current
 * editor first.
 */
export function editorNear(button, editorOf, preferred) {
  for (let n = composedParent(button), i = 0; n && i < 8; n = composedParent(n), i++) {
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

function sameOriginDocument(frame) {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
