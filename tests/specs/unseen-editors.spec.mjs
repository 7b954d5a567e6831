// Every editor scenario (scenarios.mjs) on pages written WITHOUT looking at
// how the extension attaches: more real editor packages (CodeMirror 6,
// Editor.js, Jodit, Toast UI Editor, Ace, Medium Editor) and site-like
// composer shapes (nested open shadow roots, a messenger with a
// <div role=button aria-label=Send> and a window-level key listener, a React
// textarea re-mounted after each send, a composer in a focus-trapping modal,
// an editor in a srcdoc iframe). Plain and strict CSP, one browser at a time.
// specs/unseen-fixtures.spec.mjs checks the same pages without the extension.
import { describe } from 'node:test';
import { editorScenarios } from './scenarios.mjs';
import { UNSEEN_EDITORS } from '../lib/editors.mjs';

describe('unseen editors, plain pages', () => editorScenarios({ strict: false, editors: UNSEEN_EDITORS }));
describe('unseen editors, strict-CSP pages', () => editorScenarios({ strict: true, editors: UNSEEN_EDITORS }));
