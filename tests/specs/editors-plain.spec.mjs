// Every scenario on every fixture editor, pages served without a CSP.
import { editorScenarios } from './scenarios.mjs';

editorScenarios({ strict: false });
