// A real managed policy for Debian's Chromium: a JSON file in
// /etc/chromium/policies/managed/ that Chromium reads at start and hands to
// the extension as chrome.storage.managed (PLATFORM-NOTES). Removed after use.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
export const POLICY_FILE = path.join(POLICY_DIR, 'composeguard-test.json');

/** Writes `doc` (a ComposeGuard policy document) as the extension's managed policy. */
export function installPolicy(extensionId, doc) {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: doc } } }, null, 2));
  } catch (e) {
    throw new Error(`cannot write the managed policy ${POLICY_FILE} (${e.code ?? e.message}): the policy tests need root`);
  }
}

/** Removes the test policy file. */
export function removePolicy() {
  rmSync(POLICY_FILE, { force: true });
}
