/**
 * Suggestion pop-ups (mentions, hashtags, emoji, slash commands): while one
 * is open at the caret, Enter picks the highlighted item instead of sending.
 * Holding that Enter as a send would show our dialog for a key press that
 * sends nothing, and its "Send anyway" would pick the item and send nothing
 * either. Only a pop-up the page shows to be one counts, since letting a
 * real send through unchecked is worse than a needless dialog:
 *
 * - the ARIA combobox pattern on the editor: `aria-expanded="true"` with an
 *   `aria-controls`/`aria-owns` list, or an `aria-activedescendant` (Lexical,
 *   Draft.js-based composers);
 * - or a listbox or menu with a selected option right at the caret: its edge
 *   within a line or two of the caret's line, over the caret's column, not
 *   wider or taller than a pop-up (a channel list or a settings menu
 *   elsewhere on the page is not).
 */
import { selectionAround } from './editables.js';

/** How far (px) from the caret's line a pop-up's edge may be. */
const NEAR = 48;
/** How far (px) left or right of the caret's column a pop-up may start or end. */
const SLACK = 40;
/** Larger than this (px), a list is part of the page, not a pop-up at the caret. */
const MAX_WIDTH = 640;
const MAX_HEIGHT = 480;

const LISTS = '[role=listbox], [role=menu], [role=grid], [role=tree]';
const SELECTED = '[role=option][aria-selected=true], [role=menuitem][aria-selected=true], [role=menuitem].selected, [role=option].selected, [role=gridcell][aria-selected=true], [role=treeitem][aria-selected=true]';

/** True when a suggestion pop-up is open at the caret of editor `el` (see above). */
export function pickerOpen(el) {
  if (comboboxOpen(el)) return true;
  const caret = caretRect(el);
  if (!caret) return false;
  const roots = new Set([el.ownerDocument, el.getRootNode()]);
  for (const root of roots) {
    for (const list of root.querySelectorAll(LISTS)) {
      if (el.contains(list) || !list.querySelector(SELECTED)) continue;
      if (atCaret(list.getBoundingClientRect(), caret)) return true;
    }
  }
  return false;
}

function comboboxOpen(el) {
  // The option or list must be on screen: a stale attribute pointing at a
  // hidden element must not let a send through.
  const shown = (id) => {
    const node = id && (el.getRootNode().getElementById?.(id) ?? el.ownerDocument.getElementById(id));
    return Boolean(node?.checkVisibility?.());
  };
  if (shown(el.getAttribute('aria-activedescendant'))) return true;
  if (el.getAttribute('aria-expanded') !== 'true') return false;
  return (el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns') ?? '').split(/\s+/).some(shown);
}

/** The caret's box in a rich editor, or the field's box for a form field. */
function caretRect(el) {
  if (el.localName === 'textarea' || el.localName === 'input') return el.getBoundingClientRect();
  const sel = selectionAround(el);
  if (!sel?.rangeCount) return null;
  const range = sel.getRangeAt(0);
  if (!el.contains(range.startContainer)) return null;
  const rects = range.getClientRects();
  const r = rects.length ? rects[rects.length - 1] : range.startContainer.parentElement?.getBoundingClientRect();
  return r && (r.height > 0 || r.width > 0) ? r : null;
}

function atCaret(list, caret) {
  if (list.width === 0 || list.height === 0 || list.width > MAX_WIDTH || list.height > MAX_HEIGHT) return false;
  const below = list.top >= caret.bottom - 4 && list.top - caret.bottom <= NEAR;
  const above = list.bottom <= caret.top + 4 && caret.top - list.bottom <= NEAR;
  // Over the caret's column: a pop-up opens where the caret is, a side bar
  // (a channel tree ending just above the composer) does not.
  const across = list.left <= caret.left + SLACK && list.right >= caret.left - SLACK;
  return (below || above) && across;
}
