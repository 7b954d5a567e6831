/**
 * The content script's controller: finds the compose box being written in,
 * scans it (debounced while typing, synchronously at send time), draws
 * highlights, and holds back a send that would leak data until the user
 * decides in the dialog.
 *
 * Every listener goes through `this.on()` (the window's through `listen()`)
 * so `destroy()` removes all of them
 * (Bitwarden `bootstrap-autofill.ts`).
 */
import { CS, HOLDING, send } from '../shared/messages.js';
import { onPolicyInputsChanged, readCachedPolicy } from '../shared/storage.js';
import { ruleName } from '../shared/i18n.js';
import { deepActiveElement, Editor, editorElementFromNode, editorElementFromPath, eventPath, isBlockEditor, isField } from './editables.js';
import { buttonFromPath, editorNear, isSendButton, maySend } from './send-buttons.js';
import { guardOf, hostGuard } from './key.js';
import { pickerOpen } from './pickers.js';
import { RemoteScanner } from './remote.js';
import { loadScannerModule } from './scanner.js';
import { warmUp } from '../shared/warmup.js';
import { strictest, Ui } from './ui.js';

/** Quiet time after the last keystroke before a live scan (the send-time scan never waits). */
const DEBOUNCE_MS = 30;
const MAX_DEBOUNCE_MS = 1000;
/** From this length on, the live scan rescans only the edited part of the draft (the send-time scan is always whole). */
const LONG_DRAFT = 4000;
/**
 * Under the asm.js engine (a strict page CSP), live scans and paste notices
 * that read at least this many characters go to the service worker's wasm
 * (content/remote.js): below it the asm.js engine takes under a millisecond,
 * about what the round trip costs.
 */
const REMOTE_MIN = 2000;
/** Failed worker scans in a row after which this page scans only locally. */
const REMOTE_FAILURES = 3;
/** Context kept around an edit when only that part is rescanned (context words, multi-line values). */
const MARGIN = 600;
/** Distance kept between a window's edge and any finding near it. */
const CONTEXT = 120;
/** When a field's text is looked at again after a send with findings (recheckAfterSend). */
const RECHECK_AFTER_SEND_MS = [50, 400, 1500, 4000];
/** Rules whose value is a phrase, not data: the dialog shows it as it is (it names nothing secret). */
const PHRASE_RULES = new Set(['customer_relationship', 'classification_marker']);
/** Elements that may be compose boxes: when the page has one, the engine loads in idle time. */
const EDITABLES = 'textarea, input:not([type]), input[type=text], [contenteditable]:not([contenteditable=false])';
/** Events from ComposeGuard's own UI that the page must not see. */
const SHIELDED = ['keyup', 'keypress', 'beforeinput', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'focusout', 'dblclick', 'contextmenu', 'copy', 'cut', 'wheel', 'touchstart', 'touchend'];
const PASSIVE = new Set(['wheel', 'touchstart', 'touchend']);

export class Guard {
  constructor() {
    this.alive = true;
    this.offs = [];
    /** Removes the window's listeners (listen). */
    this.windowOffs = [];
    this.editor = null;
    this.findings = [];
    this.scanner = null;
    this.module = null;
    this.policy = null;
    this.engine = null;
    this.pending = null;
    this.bypass = null;
    this.pressHeld = null;
    this.releasing = false;
    this.ui = null;
    this.scanTimer = null;
    this.frame = 0;
    this.reported = '';
    this.roots = new WeakSet();
    this.resizeObserver = null;
    this.editorObserver = null;
    this.domObserver = null;
    /** Removes the `textupdate` listener of the watched EditContext editor (observe). */
    this.contextOff = null;
  }

  /** Adds a listener that `destroy()` removes. */
  on(target, type, fn, options = true) {
    target.addEventListener(type, fn, options);
    this.offs.push(() => target.removeEventListener(type, fn, options));
  }

  /** The capture listeners on the window; again after document.open() erased them (see start). */
  listen() {
    for (const off of this.windowOffs.splice(0)) off();
    const on = (type, fn, options = true) => {
      window.addEventListener(type, fn, options);
      this.windowOffs.push(() => window.removeEventListener(type, fn, options));
    };
    on('keydown', (e) => this.onKeyDown(e));
    on('pointerdown', (e) => this.onPress(e));
    on('pointerup', (e) => this.onRelease(e));
    on('click', (e) => this.onClick(e));
    on('submit', (e) => this.onSubmit(e));
    on('input', (e) => this.onInput(e));
    on('paste', (e) => this.onPaste(e));
    on('focusin', (e) => this.onFocusIn(e));
    for (const type of SHIELDED) {
      // Scrolling-related listeners stay passive: they never cancel anything.
      on(type, (e) => this.shield(e), PASSIVE.has(type) ? { capture: true, passive: true } : true);
    }
    on('scroll', () => this.scheduleDraw(), { capture: true, passive: true });
    on('resize', () => this.scheduleDraw(), { passive: true });
  }

  /** Registers the capture listeners; cheap (≤ 20 ms budget, nothing is loaded here). */
  start() {
    this.listen();
    // document.open() (a page filling an about:blank frame with
    // document.write, as chat widgets do) erases every listener of the
    // document, its nodes and its window, ours too, and the parser then
    // inserts a new <html>. Observers survive it: one on the document's own
    // children sees the new <html>, and the listeners are added again.
    let html = document.documentElement;
    const reopened = new MutationObserver(() => {
      if (!document.documentElement || document.documentElement === html) return;
      html = document.documentElement;
      this.listen();
      // Our UI's host went with the old <html>, its listeners erased too.
      this.ui?.destroy();
      this.ui = null;
    });
    reopened.observe(document, { childList: true });
    this.offs.push(() => reopened.disconnect());
    this.offs.push(onPolicyInputsChanged(() => this.refreshPolicy()));
    const onMessage = (msg) => {
      if (msg?.type === 'bg-cs-policy-changed') this.refreshPolicy();
    };
    chrome.runtime.onMessage.addListener(onMessage);
    this.offs.push(() => chrome.runtime.onMessage.removeListener(onMessage));
    // A box focused before this script ran (autofocus, restored tab); and
    // when the page has a compose box, the engine loads in idle time after
    // the page's own start, so that it is ready before the first Enter
    // (nothing is loaded synchronously here: the start budget is 20 ms).
    const late = () => {
      if (!this.alive) return;
      const el = editorElementFromNode(deepActiveElement());
      if (el) this.attach(el);
      else afterIdle(() => { if (this.alive && !this.engine && hasEditable(document)) this.ensureEngine(); });
    };
    if (document.readyState === 'loading') this.on(document, 'DOMContentLoaded', late, { once: true });
    else late();
  }

  destroy() {
    if (!this.alive) return;
    this.alive = false;
    for (const off of this.offs.splice(0)) off();
    for (const off of this.windowOffs.splice(0)) off();
    clearTimeout(this.scanTimer);
    cancelAnimationFrame(this.frame);
    this.resizeObserver?.disconnect();
    this.editorObserver?.disconnect();
    this.domObserver?.disconnect();
    this.contextOff?.();
    this.ui?.destroy();
    this.scanner?.free?.();
    this.scanner = null;
    this.remote?.drop(new Error('stopped'));
    this.remote = null;
    this.editor = null;
    this.pending = null;
  }

  // ---- events -------------------------------------------------------------

  /**
   * Events inside our own UI are handled here and stopped, so the page's
   * shortcuts, focus traps and click-outside handlers never see them.
   * Default actions (typing in the reason box, focusing a button) still run.
   */
  shield(event) {
    if (!this.ui || !this.ui.owns(event)) return false;
    this.ui.handle(event);
    event.stopImmediatePropagation();
    return true;
  }

  onFocusIn(event) {
    if (this.shield(event)) return;
    const el = editorElementFromPath(eventPath(event));
    if (el) this.attach(el);
  }

  onInput(event) {
    if (this.shield(event)) return;
    const path = eventPath(event);
    // Typing in the watched box (every keystroke): no element checks again.
    const current = this.editor?.el;
    const el = current && (path[0] === current || (!this.editor.field && path.includes(current)))
      ? current : editorElementFromPath(path);
    if (!el) return;
    if (el !== this.editor?.el) this.attach(el);
    this.scheduleScan();
  }

  onKeyDown(event) {
    if (this.shield(event)) return;
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key !== 'Enter') {
      this.onShortcut(event);
      return;
    }
    // Shift+Enter and Alt+Enter insert a line break on every site;
    // Ctrl+Shift+Enter is Ctrl+Enter, a send, where a site takes it.
    if (event.altKey || (event.shiftKey && !event.ctrlKey && !event.metaKey)) return;
    const path = eventPath(event);
    const el = editorElementFromPath(path);
    if (!el) return;
    // Enter in an open mention or emoji pop-up picks an item: no send.
    if (!event.ctrlKey && !event.metaKey && pickerOpen(el)) return;
    this.considerSend(event, el, { kind: 'key', target: path[0], init: keyInit(event) });
  }

  /**
   * A send by a site's own shortcut (Alt+S in web mail), where the page
   * declares it the standard way: `aria-keyshortcuts` on a send button near
   * the box, or on the box itself. ARIA means the latter as a shortcut to
   * the box, but pages put their send keys there too; pressed while in the
   * box, a shortcut that only focuses it does nothing, so holding it with
   * findings in the draft costs a needless dialog at worst, while a send
   * missed would leak. Only keys with Ctrl, Alt or Meta are looked at.
   */
  onShortcut(event) {
    if (!(event.ctrlKey || event.altKey || event.metaKey) || MODIFIER_KEYS.has(event.key)) return;
    const path = eventPath(event);
    const el = editorElementFromPath(path);
    if (!el) return;
    const declared = [el, ...el.ownerDocument.querySelectorAll('[aria-keyshortcuts]')].slice(0, 50)
      .filter((d) => d === el || (buttonFromPath([d]) === d && isSendButton(d, el)));
    if (!declared.some((d) => matchesShortcut(event, d.getAttribute('aria-keyshortcuts')))) return;
    this.considerSend(event, el, { kind: 'key', target: path[0], init: keyInit(event) });
  }

  /**
   * A press of the main mouse button (or a touch, or a pen) on a send
   * button: some sites send on `pointerdown` or `mousedown`, before any
   * click. When the send would be held, the press is held from the site
   * (and with it the `mousedown` and `mouseup` the browser derives from it)
   * and the decision waits for the click: a dialog opened under the
   * pressed pointer would take the release, and a click, on one of its own
   * buttons.
   */
  onPress(event) {
    this.pressHeld = null;
    if (event.button !== 0 || this.releasing || this.ui?.owns(event)) return;
    const target = this.sendButtonTarget(event);
    if (!target || !(target.owner.pending || target.owner.wouldHold(target.el))) return;
    hold(event);
    this.pressHeld = target.button;
  }

  /** The release of a held press reaches no site handler either. */
  onRelease(event) {
    if (this.pressHeld && eventPath(event).includes(this.pressHeld)) hold(event);
  }

  onClick(event) {
    if (this.shield(event)) return;
    const target = this.sendButtonTarget(event);
    const pressed = target && this.pressHeld === target.button;
    this.pressHeld = null;
    if (!target) return;
    target.owner.considerSend(event, target.el, { kind: pressed ? 'press' : 'click', button: target.button });
    // Held at the press but let through now (sent anyway meanwhile): the
    // site gets the press it missed before this click reaches it.
    if (pressed && !event.defaultPrevented) replayPress(target.button, { click: false });
  }

  /** The send button an event is on and the editor it sends, with that editor's guard; or null. */
  sendButtonTarget(event) {
    const button = buttonFromPath(eventPath(event));
    if (!button || !maySend(button)) return null;
    const current = this.editor?.el?.isConnected ? this.editor.el : null;
    const writing = current && hasText(current) ? current : null;
    const el = editorNear(button, editorWithText, (doc) => guardOf(doc.defaultView)?.editor?.el, writing) ?? current;
    if (!el || !isSendButton(button, el, () => soleDraft(el))) return null;
    // An editor in a same-origin iframe belongs to that frame's guard: it
    // has the scanner warm and the editor's state.
    const owner = el.ownerDocument === document ? this : guardOf(el.ownerDocument.defaultView);
    return owner ? { button, el, owner } : null;
  }

  onSubmit(event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    let el = this.editor?.el;
    if (!el?.isConnected || !form.contains(el)) {
      el = [...form.querySelectorAll('textarea, input, [contenteditable]')]
        .find((c) => editorElementFromNode(c) === c && hasText(c));
    }
    if (!el) return;
    this.considerSend(event, el, { kind: 'submit', form, submitter: event.submitter ?? null });
  }

  onPaste(event) {
    if (this.shield(event)) return;
    const el = editorElementFromPath(eventPath(event));
    const pasted = event.clipboardData?.getData('text/plain');
    if (!el || !pasted) return;
    if (el !== this.editor?.el) this.attach(el);
    const notice = (found) => {
      if (!found.length || !this.alive) return;
      const names = [...new Set(found.map((f) => ruleName(f.rule, this.rules.get(f.rule)?.description)))];
      this.uiNow().pasteNotice(names, el);
      this.audit('pasted', found);
    };
    const notify = () => {
      if (!this.scanner || !this.watched) return;
      // A long paste under the asm.js engine: the worker scans it, the paste goes on at once.
      if (this.remoteWorthIt(null, pasted)) {
        this.scanRemotely(pasted).then(notice, () => {
          if (this.alive && this.scanner) notice(this.scan(pasted));
        });
      } else notice(this.scan(pasted));
    };
    if (this.scanner) notify();
    else this.ensureEngine().then(notify);
    this.scheduleScan();
  }

  // ---- editors ------------------------------------------------------------

  /** Starts watching the compose box `el`; loads the engine on first use. */
  attach(el) {
    if (this.editor?.el === el) return;
    this.resizeObserver?.disconnect();
    this.editorObserver?.disconnect();
    this.editor = new Editor(el);
    this.findings = [];
    this.scannedText = null;
    this.observe(el);
    // As a live scan: a long draft under the asm.js engine goes to the worker.
    if (this.scanner) this.scanNow(true);
    // The engine starts loading right after the event that attached the
    // box, off its path (a send before it is ready starts it at once).
    else if (!this.engine) afterIdle(() => { if (this.alive) this.ensureEngine(); }, 0);
  }

  observe(el) {
    this.resizeObserver ??= new ResizeObserver(() => this.scheduleDraw());
    this.resizeObserver.observe(el);
    this.contextOff?.();
    this.contextOff = null;
    const context = this.editor?.el === el ? this.editor.context : null;
    if (context) {
      // Typing into an EditContext editor fires no `input`: the browser
      // reports it to the page in `textupdate` (a page that draws on a
      // canvas changes no DOM either).
      const typed = () => { if (this.editor?.context === context) this.scheduleScan(); };
      context.addEventListener('textupdate', typed);
      this.contextOff = () => context.removeEventListener('textupdate', typed);
    }
    if (!isField(el)) {
      // Sites change a rich editor's DOM without input events (a mention
      // resolving, a draft restored, an SPA re-render).
      // Typing also fires `input`, which has already scheduled the scan:
      // only changes that come without one schedule it here.
      this.editorObserver ??= new MutationObserver(() => {
        if (this.editor) this.editor.stale = true;
        if (this.scanTimer === null) this.scheduleScan();
      });
      this.editorObserver.observe(el, { childList: true, subtree: true, characterData: true });
    }
    this.domObserver ??= new MutationObserver((records) => this.onDomChange(records));
    const root = el.getRootNode();
    if (!this.roots.has(root)) {
      this.roots.add(root);
      this.domObserver.observe(root, { childList: true, subtree: true });
      // `submit` is not composed: a form inside a shadow root never reaches window.
      if (root instanceof ShadowRoot) this.on(root, 'submit', (e) => this.onSubmit(e));
    }
  }

  /** The watched editor was removed or replaced (SPAs re-render): drop its overlay. */
  onDomChange(records) {
    if (this.editor && !this.editor.el.isConnected) {
      this.editor = null;
      this.findings = [];
      this.ui?.clear();
      this.report();
      const el = editorElementFromNode(deepActiveElement());
      if (el) this.attach(el);
    }
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.shadowRoot && !this.roots.has(n.shadowRoot)) {
          this.roots.add(n.shadowRoot);
          this.on(n.shadowRoot, 'submit', (e) => this.onSubmit(e));
        }
      }
    }
  }

  // ---- engine -------------------------------------------------------------

  get watched() {
    return this.policy?.watched === true;
  }

  /**
   * Loads the scanner once and builds it at once with the policy at hand:
   * the worker's answer when it came already, else the copy in local
   * storage (the last managed document and the user's settings), else the
   * defaults. The worker's answer (managed storage can take seconds after a
   * browser start) replaces it when it comes and differs. So clean text is
   * never held waiting for the policy.
   */
  ensureEngine() {
    if (this.engine) return this.engine;
    this.askPolicy();
    const cached = readCachedPolicy(frameHost()).catch(() => null);
    this.engine = Promise.all([loadScannerModule(), cached])
      .then(([module, provisional]) => {
        this.module = module;
        this.policy ??= provisional ?? defaultPolicy();
        this.buildScanner();
      })
      .catch((e) => {
        this.engineError = String(e);
        this.engine = null;
        if (!chrome.runtime?.id) this.destroy();
      });
    return this.engine;
  }

  /** Asks the worker for the effective policy; swaps it in when it differs from the one in use. */
  askPolicy() {
    const ask = send(CS.GET_POLICY).then((policy) => {
      if (!this.alive || ask !== this.policyRequest) return;
      const old = this.policy;
      this.policy = policy;
      if (old && old.policy === policy.policy && old.watched === policy.watched && old.host === policy.host) return;
      this.buildScanner();
      if (!this.watched) this.ui?.clear();
    }).catch(() => {
      if (!chrome.runtime?.id) this.destroy();
    });
    this.policyRequest = ask;
    return ask;
  }

  buildScanner() {
    if (!this.module || !this.policy || !this.alive) return;
    this.scanner?.free?.();
    this.scanner = new this.module.Scanner(this.policy.policy);
    this.warm();
    this.guideline = this.scanner.guidelineUrl() ?? null;
    this.rules = new Map(this.scanner.rules().map((r) => [r.id, r]));
    this.findings = [];
    this.reported = '';
    // What was typed while the engine loaded is scanned now, not at the
    // next keystroke: the focused box, also when it was never attached.
    const focused = editorElementFromNode(deepActiveElement());
    if (focused && focused !== this.editor?.el) this.attach(focused);
    else this.scanNow(true);
  }

  /**
   * Once per loaded module, in idle time: warms its code up (V8 compiles it
   * lazily and optimises it only after it has run a while; shared/warmup.js)
   * so that a first paste or send does not pay for that. Under the asm.js
   * engine, also opens the port to the service worker, which then warms its
   * own wasm before the first long text arrives.
   */
  warm() {
    const module = this.module;
    if (module.warmed) return;
    module.warmed = true;
    // Whichever scanner is current (the policy may replace it meanwhile):
    // they all run the module's one code.
    warmUp((text) => this.scanner.scan(text), {
      alive: () => this.alive && Boolean(this.scanner),
      idle: (fn) => afterIdle(fn),
      done: () => { module.scanned = true; },
    });
    if (module.engine === 'asm' && (this.remoteFailures ?? 0) < REMOTE_FAILURES) {
      this.remote ??= new RemoteScanner(module.unpack);
      try {
        this.remote.connect();
      } catch {
        // the extension went away; scans say so when they run
      }
    }
  }

  /** The policy changed (admin push, options page, pause): reload it. */
  refreshPolicy() {
    if (!this.engine || !this.alive) return undefined;
    return this.askPolicy();
  }

  /** Findings in `text` that the policy does not switch off. */
  scan(text) {
    return this.scanner.scan(text, this.policy.host).filter((f) => f.action !== 'off');
  }

  /**
   * The same findings as `scan(text)`, from the service worker's wasm (same
   * policy document; the worker takes the host from the sender). Rejects
   * when the worker cannot answer; after REMOTE_FAILURES in a row this page
   * stops asking.
   */
  scanRemotely(text) {
    this.remote ??= new RemoteScanner(this.module.unpack);
    return this.remote.scan(this.policy.policy, text).then((all) => {
      this.remoteFailures = 0;
      return all.filter((f) => f.action !== 'off');
    }, (error) => {
      this.remoteFailures = (this.remoteFailures ?? 0) + 1;
      if (!chrome.runtime?.id) this.destroy();
      throw error;
    });
  }

  /**
   * Whether a scan that may wait should go to the worker: only under the
   * asm.js engine, and only when it reads REMOTE_MIN characters or more (a
   * paste, a new long draft, a big edit of one; typing in a long draft
   * rescans a small window locally).
   */
  remoteWorthIt(before, text) {
    if (this.module?.engine !== 'asm' || text.length < REMOTE_MIN) return false;
    if ((this.remoteFailures ?? 0) >= REMOTE_FAILURES) return false;
    if (before === null || text.length < LONG_DRAFT) return true;
    const { start, endNew } = changed(before, text);
    return endNew - start + 2 * MARGIN >= REMOTE_MIN;
  }

  /**
   * A live scan after a quiet moment. The wait grows with what the last scan
   * cost (ten times it, up to a second), so that a long draft on a page that
   * forces the slower asm.js engine never takes more than a tenth of the
   * main thread while someone types. The send-time scan never waits.
   */
  scheduleScan() {
    // Nothing is read or scanned here: this runs on every keystroke.
    clearTimeout(this.scanTimer);
    const wait = Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, 10 * this.expectedScanCost()));
    this.scanTimer = setTimeout(() => {
      this.scanTimer = null;
      if (!this.alive) return;
      // A keystroke is waiting: it goes first, the scan waits for the next quiet moment.
      if (navigator.scheduling?.isInputPending?.()) this.scheduleScan();
      else this.scanNow(true);
    }, wait);
  }

  /**
   * What the next scan will likely cost (ms): the least of the last three.
   * The first scans after the engine loads run before the JavaScript engine
   * has optimised the scanner and cost several times more; taking the least
   * lets the wait shrink as soon as scans get fast, while one slow scan (a
   * long paste) still lengthens it for the next two.
   */
  expectedScanCost() {
    return this.scanCosts?.length ? Math.min(...this.scanCosts) : 0;
  }

  /**
   * Scans the current editor now; returns `{ text, findings }`. `live`: the
   * debounced scan while typing, which for a long draft rescans only the
   * edited part (plus context) and keeps the other findings, and under the
   * asm.js engine sends a long text to the worker (`local` keeps it here);
   * a send, the dialog and a new scanner always scan the whole text, here
   * and at once.
   */
  scanNow(live = false, { local = false } = {}) {
    clearTimeout(this.scanTimer);
    this.scanTimer = null;
    const editor = this.editor;
    if (!editor || !this.scanner || !this.watched || !editor.el.isConnected) {
      this.scannedText = null;
      if (this.findings.length) {
        this.findings = [];
        this.scheduleDraw();
        this.report();
      }
      return { text: '', findings: [] };
    }
    const text = editor.read();
    let findings = this.findings;
    const before = this.scannedBy === this.scanner ? this.scannedText : null;
    // The same text with the same scanner has the same findings: a send
    // right after the live scan costs nothing, even for a long draft.
    if (text !== this.scannedText || this.scannedBy !== this.scanner || !(this.exact || live)) {
      if (live && !local && this.remoteWorthIt(before, text)) {
        this.liveScanRemotely(text);
        return { text, findings };
      }
      const t0 = performance.now();
      const partial = live && before !== null && text.length >= LONG_DRAFT;
      findings = partial ? this.rescanEdit(before, this.findings, text) : this.scan(text);
      // The first scan with a newly loaded module also compiles the code it
      // runs (V8 compiles wasm lazily, 5-15 ms): its cost would stretch the
      // wait before the next live scans to over 100 ms.
      if (this.module.scanned) this.scanCosts = [performance.now() - t0, ...(this.scanCosts ?? []).slice(0, 2)];
      this.module.scanned = true;
      this.exact = !partial;
      this.scannedText = text;
      this.scannedBy = this.scanner;
    }
    return this.show(text, findings, before, live);
  }

  /**
   * A live scan by the worker. Its findings are shown only if the editor
   * still holds the same text under the same scanner when they come back
   * (typing on has scheduled the next scan already); if the worker fails,
   * the scan runs here.
   */
  liveScanRemotely(text) {
    const { scanner, editor } = this;
    const ticket = (this.remoteTicket ?? 0) + 1;
    this.remoteTicket = ticket;
    const current = () => this.alive && ticket === this.remoteTicket && scanner === this.scanner
      && editor === this.editor && editor.el.isConnected;
    this.scanRemotely(text).then((findings) => {
      if (!current() || editor.read() !== text) return;
      const before = this.scannedBy === scanner ? this.scannedText : null;
      this.exact = true;
      this.scannedText = text;
      this.scannedBy = scanner;
      this.show(text, findings, before, true);
    }, () => {
      if (current()) this.scanNow(true, { local: true });
    });
  }

  /** Makes `findings` (of `text`; `before` the text of the last scan) the current ones and draws them. */
  show(text, findings, before, live) {
    if (this.bypass && this.bypass.text !== text) this.bypass = null;
    const moved = !sameSpans(this.findings, findings, before, text);
    this.findings = findings;
    // The text the highlights are laid out in: kept while the findings
    // stand where they were, so a redraw meanwhile lays nothing out again.
    if (moved) this.findingsText = text;
    // Unchanged findings over unchanged text (typing after the last one)
    // stay where they are drawn; scroll, resize and ResizeObserver redraw.
    // After a live scan the highlights are drawn at once, in the same task:
    // waiting for the next animation frame would only add to the time until
    // they show, and the layout they read is needed for that frame anyway.
    if (moved && live) this.drawNow();
    else if (moved || !this.ui) this.scheduleDraw();
    this.report();
    return { text, findings };
  }

  /**
   * Findings of `text` from those of `old` (its last scan): only the part
   * that changed, widened by MARGIN characters of context, to white space,
   * and over any finding it cuts, is scanned again; findings before it are
   * kept, findings after it are shifted.
   */
  rescanEdit(old, oldFindings, text) {
    const { start, endOld, endNew } = changed(old, text);
    const delta = text.length - old.length;
    let from = toSpace(text, Math.max(0, start - MARGIN), -1);
    let toOld = toSpace(old, Math.min(old.length, endOld + MARGIN), 1);
    // No finding may sit on or near an edge: its context words ("born
    // on", "Mr.") must stay inside the window with it.
    for (let moved = true; moved;) {
      moved = false;
      for (const f of oldFindings) {
        if (from > 0 && f.end > from - CONTEXT && f.start < from + CONTEXT) {
          from = toSpace(text, Math.max(0, Math.min(from, f.start) - CONTEXT), -1);
          moved = true;
        }
        if (toOld < old.length && f.start < toOld + CONTEXT && f.end > toOld - CONTEXT) {
          toOld = toSpace(old, Math.min(old.length, Math.max(toOld, f.end) + CONTEXT), 1);
          moved = true;
        }
      }
    }
    const to = Math.min(text.length, toOld + delta);
    if (to < endNew || from > start) return this.scan(text);
    const kept = oldFindings.filter((f) => f.end <= from);
    const inside = this.scan(text.slice(from, to)).map((f) => ({ ...f, start: f.start + from, end: f.end + from }));
    const after = oldFindings.filter((f) => f.start >= toOld).map((f) => ({ ...f, start: f.start + delta, end: f.end + delta }));
    return kept.concat(inside, after);
  }

  // ---- drawing ------------------------------------------------------------

  uiNow() {
    this.ui ??= new Ui(document);
    return this.ui;
  }

  scheduleDraw() {
    if (this.frame || (!this.findings.length && !this.ui)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  /** Draws the highlights and badge of the current findings (or clears them). */
  drawNow() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.alive) return;
    if (!this.findings.length) {
      this.ui?.clear();
      return;
    }
    // A fresh offset table for the ranges when the nodes of the last read
    // are gone. Typing changes text nodes in place, and the findings'
    // offsets belong to the last scan's text anyway; a redraw for a scroll
    // between keystrokes then reads nothing (a long draft costs 0.5 ms).
    if (this.editor?.field === false && this.editor.stale && !this.editor.nodesConnected()) this.editor.read();
    this.uiNow().draw(this.editor, this.findings, this.findingsText, () => this.review());
  }

  /** Tells the worker the counts per rule (never text) for the badge and popup. */
  report() {
    const counts = {};
    for (const f of this.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    const focused = Boolean(this.editor);
    const key = JSON.stringify([counts, focused]);
    if (key === this.reported) return;
    this.reported = key;
    send(CS.FINDINGS, { counts, focused }).catch(() => {
      if (!chrome.runtime?.id) this.destroy();
    });
  }

  // ---- sending ------------------------------------------------------------

  /**
   * The moment of sending: scan synchronously and hold the event back
   * (before the site's own handler: our window capture listener runs first)
   * only when the text has findings that warn, justify or block. Clean text
   * always goes through untouched.
   */
  considerSend(event, el, how) {
    if (this.releasing) {
      this.takeBypass(el);
      return;
    }
    if (this.pending) {
      hold(event);
      return;
    }
    if (el !== this.editor?.el) this.attach(el);
    const editor = this.editor;
    if (!hasText(el)) return;
    if (this.policy && !this.watched) return;
    if (!this.scanner) {
      if (this.engineError) return; // never stand in the user's way because we failed
      hold(event);
      this.pending = { editor, how, selection: editor.saveSelection() };
      this.ensureEngine().then(() => this.decideHeld());
      return;
    }
    const { text, findings } = this.scanNow();
    if (!findings.some((f) => HOLDING.has(f.action))) {
      if (findings.length) this.recheckAfterSend(editor);
      return;
    }
    if (this.takeBypass(el, text)) {
      this.recheckAfterSend(editor);
      return;
    }
    hold(event);
    this.pending = { editor, how, selection: editor.saveSelection() };
    this.openDialog(true);
  }

  /** Whether a send from `el` now would be held (what considerSend decides, without holding). */
  wouldHold(el) {
    if (el !== this.editor?.el) this.attach(el);
    if (!hasText(el) || (this.policy && !this.watched)) return false;
    if (!this.scanner) return !this.engineError;
    const { text, findings } = this.scanNow();
    if (!findings.some((f) => HOLDING.has(f.action))) return false;
    return !(this.bypass?.el === el && this.bypass.text === text);
  }

  /** A send held while the scanner was loading: decide now. */
  decideHeld() {
    const p = this.pending;
    if (!p || !this.alive) return;
    const { findings } = this.scanner && this.watched ? this.scanNow() : { findings: [] };
    if (findings.some((f) => HOLDING.has(f.action))) this.openDialog(true);
    else this.release(p);
  }

  /** One-shot: the exact text the user chose to send anyway goes through once. */
  takeBypass(el, text = this.editor?.el === el ? this.editor.read() : null) {
    const b = this.bypass;
    if (!b || b.el !== el || b.text !== text) return false;
    this.bypass = null;
    return true;
  }

  /** Lets the held send go through exactly once, by the path it came. */
  release(p) {
    this.pending = null;
    const editor = p.editor;
    this.bypass = { el: editor.el, text: editor.read() };
    if (p.how.kind === 'key') editor.restoreSelection(p.selection);
    this.releasing = true;
    try {
      if (p.how.kind === 'key') redispatchKey(editor, p.how);
      else if (p.how.kind === 'press') replayPress(p.how.button);
      else if (p.how.kind === 'click') p.how.button.click();
      else p.how.form.requestSubmit(p.how.submitter?.form === p.how.form ? p.how.submitter : undefined);
    } finally {
      this.releasing = false;
    }
    this.recheckAfterSend(editor);
  }

  /**
   * A send with findings went out: the page empties its box now or after
   * its server answers. A form field emptied by setting `value` fires no
   * event, and the highlights and the badge would stay over the empty box
   * until the next keystroke; a rich editor's observer sees its change. So
   * a field's text is looked at again a few times in the next seconds.
   */
  recheckAfterSend(editor) {
    if (!editor.field) return;
    for (const ms of RECHECK_AFTER_SEND_MS) {
      setTimeout(() => {
        if (this.alive && this.editor === editor && !this.pending && editor.el.value !== this.scannedText) this.scanNow(true);
      }, ms);
    }
  }

  // ---- dialog -------------------------------------------------------------

  /** The badge was clicked: the same dialog, without a held send. */
  review() {
    if (!this.findings.length || this.pending) return;
    this.reviewSelection = this.editor?.saveSelection();
    this.openDialog(false);
  }

  openDialog(sending) {
    const { text, findings } = this.scanNow();
    const shown = sending ? findings.filter((f) => HOLDING.has(f.action)).concat(findings.filter((f) => !HOLDING.has(f.action))) : findings;
    const model = {
      sending,
      action: strictest(sending ? findings.filter((f) => HOLDING.has(f.action)) : findings),
      guideline: safeUrl(this.guideline),
      findings: shown.map((f) => {
        const rule = this.rules.get(f.rule) ?? {};
        // A phrase (a customer relationship, a classification marking)
        // confirms something, it is not a value to hide: masked, it would
        // tell the user nothing. Identifiers and secrets stay masked.
        const masked = PHRASE_RULES.has(f.rule) ? text.slice(f.start, f.end) : this.scanner.mask(text, f);
        return { ...f, masked, description: rule.custom ? rule.description : undefined, messages: f.messages ?? rule.messages };
      }),
    };
    // In a same-origin iframe the dialog opens in the topmost same-origin
    // frame: an editor's iframe is often too small to hold it.
    this.dialogUi = hostGuard(this).uiNow();
    this.dialogUi.openDialog(model, {
      edit: () => this.onEdit(),
      redact: () => this.onRedact(),
      sendAnyway: (justified) => this.onSendAnyway(justified),
      close: () => this.onClose(),
    }, this.editor?.el);
    if (sending) this.audit(model.action === 'block' ? 'blocked' : 'held', findings);
  }

  onEdit() {
    const first = this.findings.find((f) => HOLDING.has(f.action)) ?? this.findings[0];
    this.dialogUi?.closeDialog();
    if (this.pending) this.audit('edited', this.findings);
    this.pending = null;
    if (this.editor && first) {
      this.editor.read();
      this.editor.select(first.start, first.end);
    }
  }

  onClose() {
    this.dialogUi?.closeDialog();
    const p = this.pending;
    this.pending = null;
    if (p) {
      this.audit('dismissed', this.findings);
      p.editor.restoreSelection(p.selection);
    } else this.editor?.restoreSelection(this.reviewSelection);
  }

  onSendAnyway(justified) {
    const p = this.pending;
    this.dialogUi?.closeDialog();
    if (!p) return;
    this.audit('sent-anyway', this.findings, justified);
    this.release(p);
  }

  /**
   * Replaces every finding with its masked value through the editor's own
   * input path, last first so earlier offsets stay valid, one edit at a
   * time (each resolves once the editor shows it, see Editable.replace), so
   * that editors that re-render asynchronously are read afresh. Then the
   * held send goes out if nothing that holds remains.
   */
  async onRedact() {
    const p = this.pending;
    const editor = this.editor;
    this.dialogUi?.closeDialog();
    if (!editor) return;
    const text = editor.read();
    const findings = this.scan(text).sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const f of findings) {
      // Overlapping findings (a custom rule over a built-in one) are one edit.
      if (f.end > limit) continue;
      limit = f.start;
      const masked = this.scanner.mask(text, f);
      // Resolves once the editor shows the edit, so the next edit and the
      // check below read the edited text.
      await editor.replace(f.start, f.end, masked);
      if (!this.alive) return;
    }
    this.audit('redacted', findings);
    const after = this.scanNow();
    if (!p) return;
    if (after.findings.some((f) => HOLDING.has(f.action))) {
      this.pending = p;
      this.openDialog(true);
    } else this.release(p);
  }

  /** Reports rule ids and actions (never text) for the organisation's audit trail. */
  audit(outcome, findings, justified = false) {
    const list = findings.map((f) => ({ rule: f.rule, action: f.action }));
    if (!list.length) return;
    send(CS.AUDIT, { outcome, findings: list, justified }).catch(() => {});
  }
}

// ---- helpers ---------------------------------------------------------------

/** The frame's host as the worker names it (about:blank frames: their creator's). */
function frameHost() {
  try {
    return new URL(self.origin).hostname.toLowerCase() || location.hostname;
  } catch {
    return location.hostname;
  }
}

function defaultPolicy() {
  const host = frameHost();
  return { policy: '{"version":1}', host, watched: Boolean(host), provisional: true };
}

/** Runs `fn` in an idle period (at most `timeout` ms later), off the event that asked. */
function afterIdle(fn, timeout = 500) {
  if (typeof requestIdleCallback === 'function' && timeout > 0) requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 0);
}

/** True when the document holds a compose box (one query; login and search fields do not count). */
function hasEditable(doc) {
  const candidates = doc.querySelectorAll(EDITABLES);
  for (let i = 0; i < candidates.length && i < 50; i++) {
    if (editorElementFromNode(candidates[i])) return true;
  }
  return false;
}

/** The edited part: `[start, endOld)` of `a` became `[start, endNew)` of `b`. */
function changed(a, b) {
  const n = Math.min(a.length, b.length);
  let start = 0;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < n - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { start, endOld: a.length - tail, endNew: b.length - tail };
}

/** Moves `i` in direction `dir` (at most 200 characters) to white space, so no word is cut. */
function toSpace(text, i, dir) {
  let j = i;
  for (let k = 0; k < 200; k++) {
    if (j <= 0 || j >= text.length) return Math.max(0, Math.min(text.length, j));
    const c = dir < 0 ? text.charCodeAt(j - 1) : text.charCodeAt(j);
    if (c === 32 || c === 10 || c === 9 || c === 13) return j;
    j += dir;
  }
  return j;
}

/** True when `b` has the same findings as `a` at the same offsets and the text up to them is unchanged. */
function sameSpans(a, b, textA, textB) {
  if (a.length !== b.length || textA == null) return false;
  let end = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.rule !== y.rule || x.start !== y.start || x.end !== y.end || x.action !== y.action) return false;
    end = Math.max(end, y.end);
  }
  // Text after the last finding cannot move it; text before it can.
  return textA.length >= end && textB.length >= end && textA.slice(0, end) === textB.slice(0, end);
}

/**
 * A held press on a send button, replayed: the pointer and mouse events of
 * a press and release on the button's centre, then (unless `click` is
 * false) its click, which also submits a form. Whether the site sends on
 * the press or on the click, it sends once.
 */
function replayPress(button, { click = true } = {}) {
  const r = button.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, button: 0, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  const view = button.ownerDocument.defaultView;
  button.dispatchEvent(new view.PointerEvent('pointerdown', { ...at, buttons: 1, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  button.dispatchEvent(new view.MouseEvent('mousedown', { ...at, buttons: 1 }));
  button.dispatchEvent(new view.PointerEvent('pointerup', { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  button.dispatchEvent(new view.MouseEvent('mouseup', at));
  if (click) button.click();
}

function hold(event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * The editor `el` is, or is a block of, when it holds text; else null.
 * Nested editable elements inside an editor are not editors of their own.
 */
function editorWithText(el) {
  const editor = isBlockEditor(el) ? el : editorElementFromNode(el);
  // A block's editor is its container; an element inside a rich editor is no editor.
  const own = editor === el || (isBlockEditor(editor) && editor.contains(el));
  return own && hasText(editor) ? editor : null;
}

/** True when `el` is the only box with text in its document (the first 200 boxes looked at). */
function soleDraft(el) {
  const boxes = el.ownerDocument.querySelectorAll(EDITABLES);
  for (let i = 0; i < boxes.length && i < 200; i++) {
    const editor = editorWithText(boxes[i]);
    if (editor && editor !== el) return false;
  }
  return true;
}

function hasText(el) {
  const text = isField(el) ? el.value : el.textContent;
  return Boolean(text && text.trim());
}

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph']);

/**
 * True when the key event is one of `shortcuts`, an `aria-keyshortcuts`
 * value: space-separated, each modifiers and a key joined by "+"
 * ("Alt+S Control+Shift+Enter"). Letters are matched by the key's place on
 * the keyboard too, as Alt can change what a key types.
 */
export function matchesShortcut(event, shortcuts) {
  for (const shortcut of (shortcuts ?? '').split(/\s+/)) {
    const parts = shortcut.split('+').filter(Boolean);
    const key = parts.pop();
    if (!key) continue;
    const mods = new Set(parts.map((m) => m.toLowerCase()));
    if (mods.has('control') !== event.ctrlKey || mods.has('alt') !== event.altKey
      || mods.has('shift') !== event.shiftKey || mods.has('meta') !== event.metaKey) continue;
    const letter = /^[a-z]$/i.test(key) && event.code === `Key${key.toUpperCase()}`;
    if (letter || event.key.toLowerCase() === key.toLowerCase()) return true;
  }
  return false;
}

function keyInit(e) {
  return {
    key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, charCode: e.charCode, location: e.location,
    ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
  };
}

/**
 * Replays a held Enter: keydown (and keypress) on the element that got it.
 * When no page handler takes it (no preventDefault), do what the browser
 * would have done, since a synthetic event has no default action: in an
 * input, implicit submission; in a textarea or rich editor, first the
 * `beforeinput` the browser fires for the line break (editors such as
 * CKEditor 5 act on it, not on the keydown: there the app's send listens
 * to it), and if no handler takes that either, the line break itself.
 */
function redispatchKey(editor, how) {
  const target = how.target?.isConnected ? how.target : editor.el;
  const init = { ...how.init, bubbles: true, cancelable: true, composed: true, view: window };
  const taken = !target.dispatchEvent(new KeyboardEvent('keydown', init));
  const pressTaken = taken || !target.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
  if (pressTaken || init.ctrlKey || init.metaKey) return;
  const el = editor.el;
  if (el.localName === 'input') {
    el.form?.requestSubmit();
    return;
  }
  const field = el.localName === 'textarea';
  const inputType = field ? 'insertLineBreak' : 'insertParagraph';
  const before = new InputEvent('beforeinput', {
    inputType, bubbles: true, cancelable: true, composed: true, view: window, targetRanges: field ? [] : selectionRanges(el),
  });
  if (!el.dispatchEvent(before)) return;
  if (field) el.ownerDocument.execCommand('insertText', false, '\n');
  else el.ownerDocument.execCommand(inputType);
}

/** The selection inside `el` as the static ranges a real `beforeinput` carries. */
function selectionRanges(el) {
  const root = el.getRootNode();
  const selection = (root.getSelection ? root : el.ownerDocument).getSelection();
  if (!selection?.rangeCount) return [];
  const r = selection.getRangeAt(0);
  if (!el.contains(r.startContainer)) return [];
  return [new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset })];
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
