/**
 * Localised strings from `_locales/<lang>/messages.json` (chrome.i18n), with
 * a readable fallback so a missing key never shows an empty label.
 */

/** The message for `key`, or `fallback` (default: the key) when missing. */
export function t(key, substitutions, fallback) {
  let text = '';
  try {
    text = chrome.i18n.getMessage(key, substitutions);
  } catch {
    text = '';
  }
  return text || (fallback ?? key);
}

/** The UI language, such as `de` (two letters). */
export function uiLanguage() {
  try {
    return chrome.i18n.getUILanguage().slice(0, 2).toLowerCase();
  } catch {
    return 'en';
  }
}

/** A rule's localised name; custom rules fall back to their description or id. */
export function ruleName(rule, description) {
  return t(`rule_${rule}`, undefined, description || rule);
}

/** What to do instead, for a rule; custom rules use the policy's message in the UI language. */
export function ruleAdvice(rule, category, messages) {
  if (messages && typeof messages === 'object') {
    const own = messages[uiLanguage()] ?? messages.en;
    if (typeof own === 'string' && own) return own;
  }
  return t(`advice_${rule}`, undefined, t(`advice_category_${category}`, undefined, ''));
}

/** Why a category matters, one sentence. */
export function categoryReason(category) {
  return t(`why_${category}`, undefined, '');
}

/** The localised name of an action. */
export function actionName(action) {
  return t(`action_${action}`, undefined, action);
}

/**
 * Fills `[data-i18n]` elements of an extension page with their message
 * (textContent only, never HTML) and `[data-i18n-aria]` with an aria-label.
 */
export function localizePage(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.documentElement.lang = uiLanguage();
}
