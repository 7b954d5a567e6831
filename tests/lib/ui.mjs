// The extension's UI lives in a CLOSED shadow root under <composeguard-ui>,
// out of reach of page scripts and Playwright locators. The tests reach it
// as a DevTools client can: DOM.getDocument({pierce: true}) walks closed
// shadow roots and same-origin frames; elements are found by their data-cg
// attribute (docs/architecture.md), resolved to JS objects and inspected or
// clicked with real mouse input.
import { until } from './poll.mjs';

const GROUP = 'composeguard-tests';

/** Visits a CDP DOM node tree: children, shadow roots and frame documents. */
function* walk(node) {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  if (node.contentDocument) yield* walk(node.contentDocument);
}

function attributes(node) {
  const out = {};
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) out[a[i]] = a[i + 1];
  return out;
}

// Runs in the page on one element: what a person would see of it, and where
// its centre is in top-level viewport coordinates (adding iframe offsets).
function describe() {
  const el = this;
  const r = el.getBoundingClientRect();
  const visible = el.isConnected && r.width > 0 && r.height > 0
    && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const hit = el.getRootNode().elementFromPoint?.(cx, cy);
  let x = cx;
  let y = cy;
  let rect = { left: r.left, top: r.top, width: r.width, height: r.height };
  for (let w = el.ownerDocument.defaultView; w && w !== w.top && w.frameElement;) {
    const f = w.frameElement.getBoundingClientRect();
    x += f.left + w.frameElement.clientLeft;
    y += f.top + w.frameElement.clientTop;
    rect = { ...rect, left: rect.left + f.left + w.frameElement.clientLeft, top: rect.top + f.top + w.frameElement.clientTop };
    w = w.parent;
  }
  return {
    visible,
    hittable: visible && !!hit && (hit === el || el.contains(hit)),
    text: (el.innerText ?? el.textContent ?? '').trim(),
    x, y, rect,
    focused: el.getRootNode().activeElement === el,
  };
}

/** A handle on the extension's UI in one page (and its same-origin frames). */
export class ExtensionUI {
  static async attach(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Runtime.enable');
    return new ExtensionUI(page, cdp);
  }

  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
    /** Frame → its own CDP session (an out-of-process, cross-origin frame) or null. */
    this.frameSessions = new Map();
  }

  /**
   * The CDP sessions to search, each with the offset of its viewport in the
   * page's: the page's (which pierces same-origin frames), then one per
   * out-of-process (cross-origin) frame, which the page's DOM does not hold.
   */
  async sessions() {
    const out = [{ cdp: this.cdp, dx: 0, dy: 0 }];
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame() || frame.isDetached()) continue;
      if (!this.frameSessions.has(frame)) {
        let cdp = null;
        try {
          cdp = await this.page.context().newCDPSession(frame);
          await cdp.send('DOM.enable');
          await cdp.send('Runtime.enable');
        } catch {
          cdp = null; // In the page's process: the page's session sees it.
        }
        this.frameSessions.set(frame, cdp);
      }
      const cdp = this.frameSessions.get(frame);
      if (!cdp) continue;
      try {
        const el = await frame.frameElement();
        const box = await el.boundingBox();
        const [cl, ct] = await el.evaluate((f) => [f.clientLeft, f.clientTop]);
        if (box) out.push({ cdp, dx: box.x + cl, dy: box.y + ct });
      } catch {
        // The frame went away.
      }
    }
    return out;
  }

  /** Every element with data-cg=kind, described: [{kind, attrs, visible, text, x, y, rect}]. */
  async all(kind) {
    const out = [];
    for (const { cdp, dx, dy } of await this.sessions()) {
      let root;
      try {
        ({ root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }));
      } catch {
        continue;
      }
      const found = [];
      for (const node of walk(root)) {
        const attrs = attributes(node);
        if (node.nodeType === 1 && attrs['data-cg'] === kind) found.push({ node, attrs });
      }
      for (const { node, attrs } of found) {
        try {
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId, objectGroup: GROUP });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId, functionDeclaration: describe.toString(), returnByValue: true,
          });
          const v = result.value;
          out.push({ kind, attrs, ...v, x: v.x + dx, y: v.y + dy, rect: { ...v.rect, left: v.rect.left + dx, top: v.rect.top + dy } });
        } catch {
          // The node went away between the snapshot and the call: skip it.
        }
      }
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => {});
    }
    return out;
  }

  /** The visible elements of one kind. */
  async visible(kind) {
    return (await this.all(kind)).filter((e) => e.visible);
  }

  /** The open dialog ({attrs, text, …}) or null. */
  async dialog() {
    return (await this.visible('dialog'))[0] ?? null;
  }

  /** Waits for the warning dialog and resolves to it. */
  async waitForDialog(timeout = 5000) {
    return until(() => this.dialog(), { timeout, message: 'the ComposeGuard dialog to be shown' });
  }

  /** Waits until no dialog is visible. */
  async waitForNoDialog(timeout = 5000) {
    await until(async () => (await this.dialog()) === null, { timeout, message: 'the ComposeGuard dialog to close' });
  }

  /** The findings the dialog lists: [{rule, text}]. */
  async findings() {
    return (await this.visible('finding')).map((f) => ({ rule: f.attrs['data-rule'], text: f.text }));
  }

  /** The highlights drawn over the page: [{rule, rect}]. */
  async highlights() {
    return (await this.visible('highlight')).map((h) => ({ rule: h.attrs['data-rule'], rect: h.rect }));
  }

  /** Waits until a visible highlight for `rule` is drawn and resolves to it. */
  async waitForHighlight(rule, timeout = 5000) {
    return until(async () => (await this.highlights()).find((h) => h.rule === rule),
      { timeout, message: `a highlight with data-rule=${rule}` });
  }

  /** True when a visible element of the kind exists (e.g. 'send-anyway'). */
  async has(kind) {
    return (await this.visible(kind)).length > 0;
  }

  /** Waits for a visible element of the kind and resolves to it. */
  async waitFor(kind, timeout = 5000) {
    return until(async () => (await this.visible(kind))[0], { timeout, message: `a visible [data-cg=${kind}]` });
  }

  /**
   * Clicks the visible element with data-cg=kind with the real mouse, after
   * scrolling it into view as a person (and Playwright's own click) would.
   */
  async click(kind, timeout = 5000) {
    const target = await until(async () => {
      const all = await this.visible(kind);
      const hit = all.find((e) => e.hittable);
      if (!hit && all.length) await this.call(kind, function scroll() { this.scrollIntoView({ block: 'nearest', inline: 'nearest' }); });
      return hit;
    }, { timeout, message: `[data-cg=${kind}] to be visible and not covered` });
    await this.page.mouse.click(target.x, target.y);
  }

  /** Runs `fn` with `this` bound to each visible element of the kind. */
  async call(kind, fn) {
    for (const { cdp } of await this.sessions()) {
      let root;
      try {
        ({ root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }));
      } catch {
        continue;
      }
      for (const node of walk(root)) {
        if (node.nodeType !== 1 || attributes(node)['data-cg'] !== kind) continue;
        try {
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId, objectGroup: GROUP });
          await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn.toString() });
        } catch {
          // Gone meanwhile.
        }
      }
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => {});
    }
  }

  async dispose() {
    for (const cdp of this.frameSessions.values()) await cdp?.detach().catch(() => {});
    await this.cdp.detach().catch(() => {});
  }
}
