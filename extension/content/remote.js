/**
 * Long texts scanned in the service worker, over one port (SCAN_PORT in
 * shared/messages.js).
 *
 * On a page whose CSP forbids WebAssembly in the content script's world,
 * the content script runs the scanner's JavaScript build, 10 to 15 times
 * slower than wasm: a 64 KB paste costs it 20 to 40 ms of the page's main
 * thread, several hundred before the JavaScript engine has optimised it.
 * The service worker runs real wasm whatever the page's CSP, off the page's
 * thread. So scans that may wait (the live scan, the paste notice) of long
 * texts go there; the decision at send time stays synchronous, in the
 * content script, and reuses a worker's result only for the same text.
 */
import { SCAN_PORT } from '../shared/messages.js';

export class RemoteScanner {
  /** @param {(packed: string) => object[]} unpack the scanner glue's `unpack` */
  constructor(unpack) {
    this.unpack = unpack;
    this.port = null;
    this.nextId = 1;
    /** @type {Map<number, {resolve: Function, reject: Function}>} */
    this.waiting = new Map();
    /** The policy document the worker has for this port. */
    this.sentPolicy = null;
  }

  /**
   * Resolves to the findings of `text` under the policy document `policy`
   * (the one the content script's own scanner was built from); rejects when
   * the worker cannot scan (stopped mid-way, extension reloaded), and the
   * caller then scans locally.
   */
  scan(policy, text) {
    return new Promise((resolve, reject) => {
      try {
        const port = this.connect();
        const id = this.nextId;
        this.nextId += 1;
        this.waiting.set(id, { resolve, reject });
        const msg = { id, text };
        if (policy !== this.sentPolicy) {
          msg.policy = policy;
          this.sentPolicy = policy;
        }
        port.postMessage(msg);
      } catch (error) {
        this.drop(error);
        reject(error);
      }
    });
  }

  connect() {
    if (this.port) return this.port;
    const port = chrome.runtime.connect({ name: SCAN_PORT });
    port.onMessage.addListener((msg) => {
      const waiter = this.waiting.get(msg?.id);
      if (!waiter) return;
      this.waiting.delete(msg.id);
      try {
        if (typeof msg.packed !== 'string') throw new Error(String(msg.error ?? 'no findings in the reply'));
        waiter.resolve(this.unpack(msg.packed));
      } catch (error) {
        waiter.reject(error);
      }
    });
    // The worker stopped (idle, updated) or the extension went away: every
    // open request fails, and the next scan connects again.
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.drop(new Error('the service worker disconnected'));
    });
    this.port = port;
    return port;
  }

  /** Fails every open request and forgets the port. */
  drop(error) {
    const port = this.port;
    this.port = null;
    this.sentPolicy = null;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
  }
}
