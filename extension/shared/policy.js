/**
 * The policy document as the extension handles it: the built-in rule ids,
 * host patterns, and the effective policy assembled from the organisation's
 * (managed) document and the user's own settings.
 *
 * The scanner validates and compiles the document (crate/src/policy.rs);
 * this module only merges and scopes it, so the two never disagree on what
 * a rule does.
 */

/** Built-in rule ids, stable (PRODUCT.md); custom rules add their own. */
export const RULE_IDS = Object.freeze([
  'email', 'phone', 'iban', 'payment_card', 'bic', 'ch_ahv', 'ch_uid', 'de_tax_id',
  'de_svnr', 'at_svnr', 'nl_bsn', 'cz_birth_number', 'cz_ico', 'eu_vat', 'passport_mrz',
  'date_of_birth', 'postal_address', 'person_name', 'ip_address',
  'secret_aws_key', 'secret_github_token', 'secret_slack_token', 'secret_google_api_key',
  'secret_private_key', 'secret_jwt', 'secret_password_assignment', 'secret_generic_high_entropy',
  'classification_marker', 'customer_relationship', 'internal_url',
]);

/** The policy format version this build reads (crate POLICY_VERSION). */
export const POLICY_VERSION = 1;

/**
 * `*.example.com` matches example.com and its subdomains; `example.com`
 * matches itself and `www.example.com`; `*` matches every host. The same
 * rule as `host_matches` in crate/src/policy.rs.
 */
export function hostMatches(pattern, host) {
  if (typeof pattern !== 'string' || typeof host !== 'string') return false;
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) {
    const domain = p.slice(2);
    return h === domain || h.endsWith(`.${domain}`);
  }
  return h === p || h === `www.${p}`;
}

/** True when the policy's `sites` scope covers `host`. */
export function siteInScope(policy, host) {
  const sites = isObject(policy.sites) ? policy.sites : {};
  const include = Array.isArray(sites.include) ? sites.include : [];
  const exclude = Array.isArray(sites.exclude) ? sites.exclude : [];
  const included = include.length === 0 || include.some((p) => hostMatches(p, host));
  return included && !exclude.some((p) => hostMatches(p, host));
}

/**
 * Whether ComposeGuard runs on `host` for this effective policy and the
 * user's paused sites (the worker's answer to `cs-bg-get-policy`; the
 * content script uses the same function on its cached copy while the
 * worker has not answered yet).
 */
export function watchedState(policy, settings, host) {
  const allowPause = pauseAllowed(policy);
  const paused = allowPause && settings.paused.some((p) => hostMatches(p, host));
  const scope = /^(chrome|edge|about|moz)-?/.test(host) ? false : siteInScope(policy, host);
  return { watched: Boolean(host) && scope && !paused, paused, allowPause, inScope: scope };
}

/** True unless the organisation set `allow_user_pause: false`. */
export function pauseAllowed(policy) {
  return policy.allow_user_pause !== false;
}

export function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Merges the organisation's document over the user's settings. Objects
 * merge key by key, everything else is replaced: a managed value always
 * wins. Returns the effective document and the dotted paths the
 * organisation fixed (shown as locked in the options page).
 *
 * @param {object} managed the managed-storage document (may be `{}`)
 * @param {{rules: Object<string, {action: string}>}} settings the user's settings
 */
export function effectivePolicy(managed, settings) {
  const user = { version: POLICY_VERSION, rules: {} };
  for (const [id, s] of Object.entries(settings.rules)) user.rules[id] = { action: s.action };
  const locked = [];
  const policy = merge(user, managed, '', locked);
  policy.version = POLICY_VERSION;
  return { policy, locked };
}

function merge(base, over, prefix, locked) {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value) && isObject(out[key])) {
      out[key] = merge(out[key], value, path, locked);
    } else {
      out[key] = value;
      locked.push(path);
    }
    if (isObject(value) && !isObject(base[key])) collectPaths(value, path, locked);
  }
  return out;
}

function collectPaths(value, prefix, locked) {
  for (const [key, v] of Object.entries(value)) {
    const path = `${prefix}.${key}`;
    locked.push(path);
    if (isObject(v)) collectPaths(v, path, locked);
  }
}

/** True when the organisation fixed a rule's behaviour (action or on/off). */
export function ruleLocked(locked, id) {
  return locked.some((p) => p === `rules.${id}` || p === `rules.${id}.action` || p === `rules.${id}.enabled`);
}
