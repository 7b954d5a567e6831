/**
 * Content script entry (bundled into one classic script by build.mjs).
 * Idempotent: a second injection into the same frame finds the running
 * guard and does nothing; a guard orphaned by an extension update destroys
 * itself and a fresh one starts.
 */
import { Guard } from './guard.js';
import { GUARD_KEY as KEY } from './key.js';

function bootstrap() {
  const running = globalThis[KEY];
  if (running?.alive) {
    if (chrome.runtime?.id) return running;
    running.destroy();
  }
  const guard = new Guard();
  guard.start();
  globalThis[KEY] = guard;
  return guard;
}

bootstrap();
