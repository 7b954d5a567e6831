// The fixture editors and how a person reaches each one in its page.
// Every page exposes window.__composer ({text(), element(), …}) and
// window.__sent (what it sent); see fixtures/src/composer.js.

/** name → { label, editor(page): Locator, enter: does Enter send?, later: ms before the editor exists } */
export const EDITORS = {
  textarea: { label: 'a textarea', editor: (p) => p.locator('#editor') },
  input: { label: 'a text input', editor: (p) => p.locator('#editor') },
  contenteditable: { label: 'a contenteditable div', editor: (p) => p.locator('#editor') },
  lexical: { label: 'Lexical', editor: (p) => p.locator('#editor[data-lexical-editor]') },
  draft: { label: 'Draft.js', editor: (p) => p.locator('#editor .public-DraftEditor-content') },
  quill: { label: 'Quill', editor: (p) => p.locator('#editor .ql-editor') },
  slate: { label: 'Slate', editor: (p) => p.locator('[data-slate-editor]') },
  prosemirror: { label: 'ProseMirror', editor: (p) => p.locator('#editor .ProseMirror') },
  tiptap: { label: 'TipTap', editor: (p) => p.locator('#editor .ProseMirror') },
  tinymce: { label: 'TinyMCE', editor: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body#tinymce') },
  trix: { label: 'Trix', editor: (p) => p.locator('trix-editor') },
  ckeditor: { label: 'CKEditor 5', editor: (p) => p.locator('.ck-editor__editable[contenteditable=true]') },
  shadow: { label: 'an editor in an open shadow root', editor: (p) => p.locator('fixture-composer #editor') },
  iframe: { label: 'an editor in a same-origin iframe', editor: (p) => p.frameLocator('#editor-frame').locator('body#tinymce') },
  late: { label: 'an editor added 2 s after load', editor: (p) => p.locator('#editor'), later: 2000 },
};

/**
 * Pages written blind to the extension (issue: unseen editors): real editor
 * packages and site-like composer shapes that the suite above does not hold.
 * They run only in specs/unseen-*.spec.mjs, so the suite above is unchanged.
 * Extra fields: button: the accessible name of the send button (default
 * 'Post'); open(page): what a person does before the editor exists (such as
 * clicking "Start a post").
 */
/** Why a virtualised code editor's finding far from the caret is missed. */
const VIRTUAL = 'the editor keeps only the lines on screen in the DOM, and its model is out of reach of the isolated world';

/**
 * The unseen pages (specs/unseen-editors.spec.mjs). `limits` names the
 * scenarios a page fails for a known reason, run as `todo`: reported, not
 * failing the suite (docs/extension.md, known limits).
 */
export const UNSEEN_EDITORS = {
  codemirror: {
    label: 'CodeMirror 6', editor: (p) => p.locator('#editor .cm-content'),
    limits: { paste400: VIRTUAL },
  },
  editorjs: { label: 'Editor.js', editor: (p) => p.locator('#editor .ce-paragraph[contenteditable=true]').first() },
  jodit: {
    label: 'Jodit', editor: (p) => p.locator('.jodit-wysiwyg[contenteditable=true]'),
    limits: { redact: 'Jodit records its undo steps on a timer: a Ctrl+Z within about 0.3 s of the redaction restores an older, half-typed state' },
  },
  toastui: { label: 'Toast UI Editor (WYSIWYG)', editor: (p) => p.locator('.toastui-editor-ww-container .ProseMirror') },
  ace: {
    label: 'Ace', editor: (p) => p.locator('#editor .ace_content'),
    limits: {
      highlight: 'Ace types into a hidden textarea that holds the current line only and draws its text itself: no highlight over its text, a badge only',
      linesAbove: 'Ace\'s hidden textarea holds the current line only: a finding on another line is not seen',
      paste400: VIRTUAL,
    },
  },
  medium: { label: 'Medium Editor', editor: (p) => p.locator('#editor.medium-editor-element') },
  'nested-shadow': { label: 'a role=textbox in two nested open shadow roots (Comment button)', editor: (p) => p.locator('app-shell comment-composer [role=textbox]'), button: 'Comment' },
  messenger: { label: 'a messenger box with a <div role=button aria-label=Send>', editor: (p) => p.locator('#main [role=textbox]'), button: 'Send' },
  remount: { label: 'a React textarea re-mounted after each send (Reply button)', editor: (p) => p.locator('#editor'), button: 'Reply' },
  modal: { label: 'a composer in a modal opened by "Start a post"', editor: (p) => p.locator('[role=dialog] [role=textbox]'), open: (p) => p.getByRole('button', { name: 'Start a post' }).click() },
  'native-dialog': { label: 'a textarea in a native <dialog> opened with showModal()', editor: (p) => p.locator('dialog[open] #editor'), button: 'Send', open: (p) => p.getByRole('button', { name: 'New message' }).click() },
  keypress: { label: 'a legacy chat widget that sends on keypress', editor: (p) => p.locator('#editor'), button: 'Send' },
  keyup: { label: 'a chat textarea that sends on keyup', editor: (p) => p.locator('#editor'), button: 'Send' },
  mousedown: { label: 'a plaintext-only box whose Send button acts on mousedown', editor: (p) => p.locator('#editor'), button: 'Send' },
  srcdoc: { label: 'an editor in a srcdoc iframe written by script (Send button)', editor: (p) => p.frameLocator('#editor-frame').locator('#editor'), button: 'Send' },
};

/**
 * The second blind round (specs/unseen2-*.spec.mjs): more real editor
 * packages (Squire, Pell, react-textarea-autosize, Lexical with hashtags,
 * TipTap with an @-mention pop-up) and site-like shapes not built before.
 * `closedRoot` pages keep the editor in a CLOSED shadow root, so the locator
 * is the host and focus is followed through window.__composer.closedRoot.
 */
export const UNSEEN2_EDITORS = {
  squire: {
    label: 'Squire (squire-rte)', editor: (p) => p.locator('#editor[contenteditable=true]'),
    limits: { redact: 'Squire saves an undo step only from its own key, paste and API paths (at each space typed): an edit through the browser\'s input path joins the step of the last word typed, so Ctrl+Z brings the IBAN back without that word' },
  },
  pell: { label: 'Pell', editor: (p) => p.locator('#editor .pell-content') },
  autosize: { label: 'react-textarea-autosize (Send button)', editor: (p) => p.locator('#editor'), button: 'Send' },
  'lexical-hashtag': { label: 'Lexical with @lexical/hashtag', editor: (p) => p.locator('#editor[data-lexical-editor]') },
  'tiptap-mention': { label: 'TipTap with an @-mention pop-up', editor: (p) => p.locator('#editor .ProseMirror') },
  'closed-shadow': { label: 'a contenteditable in a CLOSED shadow root', editor: (p) => p.locator('closed-composer') },
  'x-post': { label: 'a Post button disabled until typing, clicked on its <svg><path>', editor: (p) => p.locator('#editor') },
  'wa-send': { label: 'a Send button created on the first input (mic button before)', editor: (p) => p.locator('#editor'), button: 'Send' },
  'beforeinput-enter': { label: 'a contenteditable that sends on beforeinput insertParagraph', editor: (p) => p.locator('#editor') },
  'capture-first': { label: 'a textarea whose Enter is taken first by a window capture listener (stopImmediatePropagation)', editor: (p) => p.locator('#editor') },
  'request-submit': { label: 'a textarea whose keydown calls form.requestSubmit()', editor: (p) => p.locator('#editor') },
  'recreate-p': { label: 'a contenteditable cleared by textContent = \'\' and a new <p>', editor: (p) => p.locator('#editor') },
  'docwrite-iframe': { label: 'a chat box in an about:blank iframe filled by document.write', editor: (p) => p.frameLocator('#editor-frame').locator('#editor'), button: 'Send' },
  'reply-reveal': { label: 'a reply textarea shown (display:none → block) by clicking Reply', editor: (p) => p.locator('#editor'), button: 'Comment', open: (p) => p.getByRole('button', { name: 'Reply', exact: true }).click() },
  'counter-label': { label: 'a textarea in a <label> with a counter rewritten on every input', editor: (p) => p.locator('#editor') },
  'inline-span': { label: 'an inline contenteditable <span> inside a <p>', editor: (p) => p.locator('#editor') },
  popover: { label: 'a textarea in a popover (top layer) opened by a launcher', editor: (p) => p.locator('#chat:popover-open #editor'), button: 'Send', open: (p) => p.getByRole('button', { name: 'Chat with us' }).click() },
  'sandbox-iframe': { label: 'a box in a sandbox="allow-scripts allow-same-origin" iframe with its own script', editor: (p) => p.frameLocator('#editor-frame').locator('#editor'), button: 'Send' },
};

/**
 * A send control that is no button by role (a link, a bare span, a button in
 * a cross-origin frame): `locate(page)` finds it; it reads as `label` in
 * test names and messages.
 */
const sendBy = (label, locate) => Object.assign(locate, { toString: () => label });

/**
 * The third blind round (specs/unseen3-*.spec.mjs): real editor packages not
 * in the suite (EasyMDE on CodeMirror 5, Summernote lite, Trumbowyg,
 * Milkdown) and site-like shapes not built before (a cross-origin iframe, an
 * EditContext div, a thread of reply boxes, implicit form submission, a
 * textarea re-created on every keystroke, a link or a bare span as the send
 * control, site send shortcuts, a hidden mirror textarea, a box moved between
 * containers, <details>, paste taken over by the page). `button` may be a
 * sendBy(label, locate) for a send control that is no role=button; `keys`
 * maps a send key of the scenarios to the page's own (how → key).
 */
export const UNSEEN3_EDITORS = {
  easymde: {
    label: 'EasyMDE (CodeMirror 5, hidden textarea input)', editor: (p) => p.locator('.EasyMDEContainer .CodeMirror'),
    limits: {
      redact: 'CodeMirror 5 types through a hidden textarea that holds the current line only and reads what changes in it as typing at its own cursor: the masked value is added at the caret, the IBAN stays (Ace, on the same pattern, takes the edit)',
      pasteEnter: 'CodeMirror 5 moves a paste from its hidden textarea into its document on its next poll and empties the textarea: an Enter right after the paste finds neither',
      linesAbove: 'CodeMirror 5\'s hidden textarea holds the current line only: a finding on another line is not seen',
      highlight: 'CodeMirror 5 lays its scrollbars out again at odd moments (it hides the unused one by a style change of its own), often while the highlight is drawn on a strict-CSP page, so its markup is not the same before and after; the highlight itself is drawn',
    },
  },
  summernote: {
    label: 'Summernote lite (jQuery)', editor: (p) => p.locator('.note-editable[contenteditable=true]'),
    limits: { redact: 'Summernote records an undo step only from its own key, paste and API paths: an edit through the browser\'s input path joins the step of the last word typed, so Ctrl+Z brings the IBAN back without that word (as Squire)' },
  },
  trumbowyg: { label: 'Trumbowyg (jQuery)', editor: (p) => p.locator('.trumbowyg-editor[contenteditable=true]') },
  milkdown: { label: 'Milkdown (CommonMark preset)', editor: (p) => p.locator('#editor .ProseMirror[contenteditable=true]') },
  xorigin: {
    label: 'a chat box and its Send button in a CROSS-ORIGIN iframe (localhost in a 127.0.0.1 page)',
    editor: (p) => p.frameLocator('#chat-frame').locator('#editor'),
    button: sendBy('Send', (p) => p.frameLocator('#chat-frame').getByRole('button', { name: 'Send', exact: true })),
  },
  editcontext: { label: 'a <div> on the EditContext API (no contenteditable, text drawn by the page)', editor: (p) => p.locator('#editor') },
  thread: { label: 'the middle one of three reply boxes in a thread (Reply to Ben)', editor: (p) => p.locator('#reply-ben'), button: 'Reply to Ben' },
  // The browser submits a one-line form on Enter, not on Ctrl+Enter: Enter stands in for it.
  'implicit-submit': { label: 'an <input> in a <form> sent by implicit submission (no key handler)', editor: (p) => p.locator('#editor'), keys: { 'Control+Enter': 'Enter' } },
  rekey: { label: 'a React textarea re-created (key change) on every keystroke (Send button)', editor: (p) => p.locator('#editor'), button: 'Send' },
  'link-send': { label: 'a contenteditable sent by an <a href="#">Send</a>', editor: (p) => p.locator('#editor'), button: sendBy('the Send link', (p) => p.getByRole('link', { name: 'Send', exact: true })) },
  'span-send': { label: 'a textarea sent by a bare <span>Post</span> with a click handler', editor: (p) => p.locator('#editor'), button: sendBy('the Post span', (p) => p.locator('#post-span')) },
  shortcut: { label: 'a textarea with site send shortcuts (Alt+S, Ctrl+Shift+Enter)', editor: (p) => p.locator('#editor') },
  mirror: { label: 'a contenteditable mirrored into a hidden textarea that is sent', editor: (p) => p.locator('#editor') },
  reparent: { label: 'a contenteditable moved into another container while typing', editor: (p) => p.locator('#editor') },
  details: { label: 'a textarea in <details> opened by its <summary>', editor: (p) => p.locator('details[open] #editor'), open: (p) => p.getByText('Write a reply').click() },
  'paste-exec': { label: 'a contenteditable whose page pastes by execCommand(insertText)', editor: (p) => p.locator('#editor') },
};

/** Pages of the third round run only by focused tests (a paste the browser's undo does not see). */
export const UNSEEN3_OTHER = {
  'paste-build': { label: 'a contenteditable whose page builds pasted text into the DOM itself', editor: (p) => p.locator('#editor') },
};

/** `n` clean lines, for multi-line drafts under a finding. */
export const cleanLines = (n) => Array.from({ length: n }, (_, i) => `clean line ${i + 1} of the notes`);

/** node:test options for scenario `key` on editor `ed`: a `todo` with the reason when it is a known limit. */
export const known = (ed, key) => (ed.limits?.[key] ? { todo: ed.limits[key] } : {});

/** Pages of single specs, not run through every scenario. */
export const OTHER_EDITORS = {
  mail: { label: 'a mail composer (recipients well above the body)', editor: (p) => p.locator('#editor') },
  channels: { label: 'a team chat with a channel tree beside the composer', editor: (p) => p.locator('#editor') },
};

/** Any fixture editor by page name: the suite's, the unseen ones and the others. */
export const editorFor = (name) => EDITORS[name] ?? UNSEEN_EDITORS[name] ?? UNSEEN2_EDITORS[name] ?? UNSEEN3_EDITORS[name] ?? UNSEEN3_OTHER[name] ?? OTHER_EDITORS[name];

/**
 * The frame whose window holds the composer: the page itself, or the
 * cross-origin frame it names in window.__composer.remote (a page cannot
 * read a cross-origin frame's state; the harness can).
 */
export async function composerFrame(page) {
  const remote = await page.evaluate(() => window.__composer?.remote ?? null);
  return (remote && page.frames().find((f) => f.url().includes(remote))) || page.mainFrame();
}

/** What the page sent so far. */
export const sent = async (page) => (await composerFrame(page)).evaluate(() => (window.__sent ?? []).map((s) => s.replace(/\u00a0/g, ' ')));

/**
 * The editor's text as its own model holds it. A contenteditable keeps a
 * typed space as U+00A0 next to the caret; that is the browser's, so it
 * reads as a space here.
 */
export const text = async (page) => (await composerFrame(page)).evaluate(() => window.__composer.text().replace(/\u00a0/g, ' '));

/** The editor element's markup (and value for form fields), to prove nobody rewrote it. */
export const markup = async (page) => (await composerFrame(page)).evaluate(() => {
  const el = window.__composer.element();
  return { html: el.innerHTML, value: el.value ?? null, marks: el.querySelectorAll('[data-cg], composeguard-ui, mark').length };
});

/**
 * The editor's markup once the editor has finished rendering it: editors
 * that render from their own model (Trix, Slate) update the DOM a frame or
 * more after the model, so two reads two frames apart must agree.
 */
export async function settledMarkup(page) {
  let last = await markup(page);
  for (let i = 0; i < 50; i += 1) {
    // Two frames, then a pause: some editors finish their own layout on a
    // timer (CodeMirror 5 hides its unused scrollbar a moment after typing).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
    const now = await markup(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** The editor's box in top-level viewport coordinates. */
export const editorRect = async (page) => {
  const frame = await composerFrame(page);
  const r = await frame.evaluate(rectIn);
  if (frame === page.mainFrame()) return r;
  // A cross-origin frame: add its place in the page.
  const off = await page.evaluate(() => {
    const f = window.__composer.frameElement();
    const b = f.getBoundingClientRect();
    return { left: b.left + f.clientLeft, top: b.top + f.clientTop };
  });
  return { ...r, left: r.left + off.left, top: r.top + off.top };
};

function rectIn() {
  const el = window.__composer.element();
  const r = (el.ownerDocument.body === el && el.ownerDocument.defaultView.frameElement)
    ? el.ownerDocument.defaultView.frameElement.getBoundingClientRect()
    : el.getBoundingClientRect();
  let { left, top } = r;
  // An element inside a frame (not the frame's body): add the frames' offsets.
  if (el.ownerDocument.body !== el) {
    for (let w = el.ownerDocument.defaultView; w !== w.top && w.frameElement; w = w.parent) {
      const f = w.frameElement.getBoundingClientRect();
      left += f.left + w.frameElement.clientLeft;
      top += f.top + w.frameElement.clientTop;
    }
  }
  return { left, top, width: r.width, height: r.height };
}

/**
 * True when keyboard focus is inside the editor: follows activeElement
 * through open shadow roots and same-origin frames, as a person's caret does
 * (a page whose editor is in a closed shadow root hands that root over).
 */
export const editorHasFocus = async (page) => (await composerFrame(page)).evaluate(() => {
  const el = window.__composer.element();
  let a = document.activeElement;
  for (;;) {
    if (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    // A closed shadow root: only the page that made it can hand it over.
    else if (a && window.__composer.closedRoot?.(a)?.activeElement) a = window.__composer.closedRoot(a).activeElement;
    else if (a?.tagName === 'IFRAME' && a.contentDocument?.activeElement) a = a.contentDocument.activeElement;
    else break;
  }
  return !!a && (a === el || el.contains(a)) && el.ownerDocument.hasFocus();
});
