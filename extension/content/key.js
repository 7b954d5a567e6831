/**
 * Where a frame's guard lives: a property of the frame's isolated-world
 * global under a registered symbol. Same-origin frames share the isolated
 * world, so a guard in an iframe can reach its parent's (and the reverse).
 */
export const GUARD_KEY = Symbol.for('composeguard.guard');

/** The guard of the window `w` (another same-origin frame), or null. */
export function guardOf(w) {
  try {
    const g = w?.[GUARD_KEY];
    return g?.alive ? g : null;
  } catch {
    return null; // cross-origin
  }
}

/**
 * The guard of the topmost same-origin ancestor frame: dialogs of an editor
 * in a small iframe (TinyMCE style) open there, where there is room.
 */
export function hostGuard(self) {
  let host = self;
  let w = window;
  while (w !== w.parent) {
    const parent = guardOf(w.parent);
    if (!parent) break;
    host = parent;
    w = w.parent;
  }
  return host;
}
