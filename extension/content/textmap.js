/**
 * Reads a rich editor's text the way the user sees it and maps offsets in
 * that text back to DOM positions.
 *
 * The text is built by one walk over the editor's nodes (cheaper than
 * `innerText`, which forces layout, and it yields the offset table at the
 * same time): text nodes as they are, a paragraph or block boundary as one
 * "\n", `<br>` as "\n" except the trailing `<br>` editors keep in a block so
 * it has height (Lexical, ProseMirror, the browser's own empty `<div><br></div>`),
 * images by their `alt` (emoji on X and Facebook), mentions and
 * `contenteditable=false` islands as the text they show.
 *
 * Offsets are UTF-16 code units, like the scanner's.
 */

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'input', 'select', 'button', 'svg']);
const SPACE = /[ \t\n\r\f]+/g;

/**
 * A segment of the text: a text node (`node`, with `map` from text offset
 * to node offset when whitespace was collapsed) or an atom element such as
 * an emoji `<img>` (`el`).
 * @typedef {{start: number, end: number, node?: Text, el?: Element, map?: number[]}} Segment
 */

/**
 * Reads `host`'s text; returns `{ text, segments }`. With `blocks` (the
 * editing hosts of a block editor, in order), reads those only, each its
 * own paragraph: the rest of the container is the editor's toolbars.
 */
export function readRich(host, blocks = null) {
  const style = blocks?.[0] ?? host;
  const ws = style.ownerDocument.defaultView?.getComputedStyle(style).whiteSpace ?? 'pre-wrap';
  const w = new Walker(!/^(pre|break-spaces)/.test(ws));
  if (!blocks) w.walk(host);
  for (const block of blocks ?? []) {
    w.softBreak = w.length > 0;
    w.walk(block);
    w.softBreak = w.length > 0;
  }
  return { text: w.parts.join(''), segments: w.segments };
}

class Walker {
  constructor(collapse) {
    this.collapse = collapse;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.softBreak = false;
    this.lastChar = '';
  }

  walk(parent) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) this.text(node);
      else if (node.nodeType === 1) this.element(node);
    }
  }

  element(el) {
    const name = el.localName;
    if (SKIP.has(name) || el.hidden) return;
    if (name === 'br') return this.br(el);
    if (name === 'img') return this.atom(el, el.alt || '');
    const block = BLOCKS.has(name);
    if (block) this.softBreak = this.length > 0;
    this.walk(el.shadowRoot ?? el);
    if (block) this.softBreak = this.length > 0;
  }

  /** A `<br>` ends a line, unless it only gives an empty line its height. */
  br(el) {
    const lineEmpty = this.length === 0 || this.softBreak || this.lastChar === '\n';
    if (isTrailing(el) && !lineEmpty) return;
    this.push('\n');
  }

  text(node) {
    let data = node.data;
    if (!data) return;
    let map;
    if (this.collapse) {
      ({ data, map } = collapseSpaces(data, this.lastChar === ' ' || this.lastChar === '\n' || this.length === 0 || this.softBreak));
      if (!data) return;
    }
    this.flush();
    this.segments.push({ start: this.length, end: this.length + data.length, node, map });
    this.append(data);
  }

  atom(el, text) {
    if (!text) return;
    this.flush();
    this.segments.push({ start: this.length, end: this.length + text.length, el });
    this.append(text);
  }

  push(s) {
    this.flush();
    this.append(s);
  }

  flush() {
    if (this.softBreak) {
      this.softBreak = false;
      this.append('\n');
    }
  }

  append(s) {
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1];
  }
}

/** True when nothing visible follows `br` inside its block. */
function isTrailing(br) {
  for (let n = br; n; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 ? s.data.length > 0 : s.nodeType === 1) return false;
    }
    if (n.parentNode && (BLOCKS.has(n.parentNode.localName) || n.parentNode.isContentEditable === false)) return true;
    if (n.parentNode?.nodeType !== 1) return true;
  }
  return true;
}

/** Collapses runs of white space like CSS `white-space: normal`; keeps a map to node offsets. */
function collapseSpaces(data, atLineStart) {
  const map = [];
  let out = '';
  let i = 0;
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(data); m; m = SPACE.exec(data)) {
    for (; i < m.index; i++) {
      map.push(i);
      out += data[i];
    }
    if (!(atLineStart && out.length === 0)) {
      map.push(m.index);
      out += ' ';
    }
    i = m.index + m[0].length;
  }
  for (; i < data.length; i++) {
    map.push(i);
    out += data[i];
  }
  map.push(data.length);
  return { data: out, map };
}

/**
 * The DOM position of a text offset. `side` decides at a segment boundary:
 * a range start goes to the next segment, a range end to the previous.
 * @returns {{node: Node, offset: number} | null}
 */
export function domPosition(segments, offset, side) {
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (side === 'end') {
    // The last segment that starts before the offset.
    while (best > 0 && segments[best].start >= offset) best--;
    const seg = segments[best];
    if (!seg) return null;
    return at(seg, Math.min(offset, seg.end), 'end');
  }
  let seg = segments[best];
  if (!seg || offset >= seg.end) seg = segments[best + 1];
  if (!seg) return null;
  return at(seg, Math.max(offset, seg.start), 'start');
}

function at(seg, offset, side) {
  if (seg.el) {
    const parent = seg.el.parentNode;
    const index = Array.prototype.indexOf.call(parent.childNodes, seg.el);
    const after = side === 'end' ? offset > seg.start : offset >= seg.end;
    return { node: parent, offset: after ? index + 1 : index };
  }
  const local = offset - seg.start;
  return { node: seg.node, offset: seg.map ? seg.map[local] : local };
}

/** A DOM Range over text offsets `[start, end)`, or null. */
export function rangeFor(segments, start, end) {
  const a = domPosition(segments, start, 'start');
  const b = domPosition(segments, end, 'end');
  if (!a || !b) return null;
  const range = new Range();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
