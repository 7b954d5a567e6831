// Every scenario on every fixture editor, pages served with
// `script-src 'self'; object-src 'none'`, which forbids WebAssembly in the
// content script (PLATFORM-NOTES): the extension must fall back, not fail open.
import { editorScenarios } from './scenarios.mjs';

editorScenarios({ strict: true });
