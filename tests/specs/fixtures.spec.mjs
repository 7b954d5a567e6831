// The fixture pages themselves, WITHOUT the extension: every page sends clean
// text on each of its send paths, under the plain and the strict CSP, and a
// clipboard paste lands in every editor. When an extension scenario fails,
// this tells a fixture bug from an extension bug.
import { after, before, describe } from 'node:test';
import { startSession } from '../lib/session.mjs';
import { EDITORS } from '../lib/editors.mjs';
import { sendPathsWork } from './without-extension.mjs';

let session;
before(async () => { session = await startSession({ extension: false }); });
after(async () => { await session?.close(); });

for (const strict of [false, true]) {
  for (const [name, ed] of Object.entries(EDITORS)) {
    describe(`without the extension, ${ed.label} on a ${strict ? 'strict-CSP' : 'plain'} page`, () => {
      sendPathsWork(() => session, name, ed, strict);
    });
  }
}
