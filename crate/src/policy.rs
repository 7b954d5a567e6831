//! The organisation's policy: parse, then validate, then compile.
//!
//! A policy is a versioned JSON document, the same one the extension reads
//! from managed storage. Every valid part loads; every invalid part is
//! reported with its JSON path and left out, so a typo never switches
//! protection off. See `docs/policy.md` for the format.

use std::collections::BTreeMap;

use regex_lite::Regex;
use serde_json::{Map, Value};

use crate::detect::builtin_rule;
use crate::error::{Error, PolicyError};
use crate::{Action, Category};

/// The policy format version this build understands.
pub const POLICY_VERSION: u64 = 1;

/// A compiled policy. `Policy::default()` is the default rule pack with the
/// default actions.
#[derive(Clone, Debug, Default)]
pub struct Policy {
    pub(crate) defaults: RuleSettings,
    pub(crate) builtin: BTreeMap<String, RuleSettings>,
    pub(crate) custom: Vec<CustomRule>,
    pub(crate) allow: Allowlist,
    pub(crate) internal_domains: Vec<String>,
    pub(crate) customer_numbers: Option<CustomerNumbers>,
    /// Link to the organisation's guideline, shown with every warning.
    pub guideline_url: Option<String>,
}

/// The rule id of customer-number matches.
pub const CUSTOMER_NUMBER_RULE: &str = "customer_number";

/// The organisation's customer numbers, known only as salted SHA-256
/// hashes: the policy never carries a number in clear.
#[derive(Clone, Debug)]
pub(crate) struct CustomerNumbers {
    pub salt: String,
    pub hashes: std::collections::HashSet<[u8; 32]>,
    pub pattern: Option<Regex>,
    pub settings: RuleSettings,
}

impl CustomerNumbers {
    /// True when `value`, normalised, hashes to a listed number.
    pub fn contains(&self, value: &str) -> bool {
        self.hashes.contains(&customer_hash(&self.salt, value))
    }
}

/// SHA-256 of the salt followed by the number without spaces, dots,
/// dashes and slashes, in upper case: how `composeguard policy hash`
/// computes the list.
pub fn customer_hash(salt: &str, value: &str) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(salt.as_bytes());
    for c in value
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '/'))
    {
        let mut buf = [0u8; 4];
        hasher.update(c.to_ascii_uppercase().encode_utf8(&mut buf).as_bytes());
    }
    hasher.finalize().into()
}

/// Lowercase hex of a hash.
pub fn to_hex(hash: &[u8; 32]) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// How one rule behaves: on/off, action, threshold and site scope.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RuleSettings {
    pub action: Action,
    pub min_confidence: f32,
    pub sites: Vec<String>,
    pub exclude_sites: Vec<String>,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings {
            action: Action::Warn,
            min_confidence: 0.5,
            sites: Vec::new(),
            exclude_sites: Vec::new(),
        }
    }
}

impl RuleSettings {
    /// True when the rule runs on `host` (every host when `None`).
    pub fn applies_to(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return true };
        let host = host.to_ascii_lowercase();
        let included = self.sites.is_empty() || self.sites.iter().any(|p| host_matches(p, &host));
        included && !self.exclude_sites.iter().any(|p| host_matches(p, &host))
    }
}

/// `*.example.com` matches example.com and its subdomains; `example.com`
/// matches itself and `www.example.com`; `*` matches every host.
pub(crate) fn host_matches(pattern: &str, host: &str) -> bool {
    if pattern == "*" {
        return true;
    }
    let (domain, subdomains) = match pattern.strip_prefix("*.") {
        Some(domain) => (domain, true),
        None => (pattern, false),
    };
    host == domain
        || (subdomains
            && host.ends_with(domain)
            && host[..host.len() - domain.len()].ends_with('.'))
        || (!subdomains && host.strip_prefix("www.") == Some(domain))
}

/// Values and patterns that are never reported.
#[derive(Clone, Debug, Default)]
pub(crate) struct Allowlist {
    pub values: Vec<String>,
    pub patterns: Vec<Regex>,
}

impl Allowlist {
    /// True when `value` is listed exactly (ignoring case and spaces) or a
    /// pattern matches all of it.
    pub fn allows(&self, value: &str) -> bool {
        // Every candidate passes here; most policies list no values, so
        // skip building the squashed key (issue 2).
        let listed = !self.values.is_empty() && {
            let key = squash(value);
            self.values.contains(&key)
        };
        listed || self.patterns.iter().any(|p| full_match(p, value))
    }
}

/// Lowercase without whitespace: how allowlisted values are compared.
pub(crate) fn squash(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn full_match(re: &Regex, value: &str) -> bool {
    re.find(value)
        .is_some_and(|m| m.start() == 0 && m.end() == value.len())
}

/// A rule the organisation wrote.
#[derive(Clone, Debug)]
pub(crate) struct CustomRule {
    pub id: String,
    pub category: Category,
    pub description: String,
    pub regex: Regex,
    pub keywords: Vec<String>,
    pub context: Vec<String>,
    pub context_window: usize,
    pub confidence: f32,
    pub allow: Allowlist,
    pub settings: RuleSettings,
    pub messages: BTreeMap<String, String>,
    pub examples_match: Vec<(String, Option<String>)>,
    pub examples_ignore: Vec<String>,
}

impl Policy {
    /// Parses a policy strictly.
    ///
    /// # Errors
    /// Fails when the document is not JSON or when any part is invalid; the
    /// error lists every invalid part with its path.
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        let (policy, errors) = Policy::parse(json);
        if errors.is_empty() {
            Ok(policy)
        } else {
            Err(Error::policy(errors))
        }
    }

    /// Parses a policy leniently: every valid part loads, the defaults fill
    /// the rest, and each invalid part comes back as an error with its path.
    pub fn parse(json: &str) -> (Policy, Vec<PolicyError>) {
        match serde_json::from_str::<Value>(json) {
            Ok(value) => Policy::from_value(&value),
            Err(e) => (
                Policy::default(),
                vec![PolicyError::new("$", format!("not valid JSON: {e}"))],
            ),
        }
    }

    /// Like [`Policy::parse`], for an already parsed JSON value.
    pub fn from_value(value: &Value) -> (Policy, Vec<PolicyError>) {
        let mut cx = Cx::default();
        let mut policy = Policy::default();
        match value.as_object() {
            Some(root) => read_root(&mut cx, root, &mut policy),
            None => cx.error("$", "a policy is a JSON object"),
        }
        (policy, cx.errors)
    }

    /// The settings in force for a rule id, built-in or custom.
    pub(crate) fn settings(&self, rule: &str) -> &RuleSettings {
        self.builtin.get(rule).unwrap_or(&self.defaults)
    }

    /// The action in force for a rule id.
    pub fn action(&self, rule: &str) -> Action {
        match self.custom.iter().find(|c| c.id == rule) {
            Some(custom) => custom.settings.action,
            None => self.settings(rule).action,
        }
    }
}

/// A custom rule's own examples, for `composeguard rules test`.
#[derive(Debug)]
pub struct RuleExamples<'a> {
    /// The rule id.
    pub id: &'a str,
    /// Texts that must match, each with the value it must report if given.
    pub matches: &'a [(String, Option<String>)],
    /// Texts that must not match.
    pub ignores: &'a [String],
}

/// One rule as the policy has it in force: for listings and the options page.
#[derive(Clone, Debug, serde::Serialize)]
pub struct RuleView {
    /// Stable rule id.
    pub id: String,
    /// The kind of data.
    pub category: Category,
    /// What the rule finds.
    pub description: String,
    /// The action in force.
    pub action: Action,
    /// The confidence threshold in force.
    pub min_confidence: f32,
    /// Host patterns the rule is limited to; empty for every site.
    pub sites: Vec<String>,
    /// True for the organisation's own rules.
    pub custom: bool,
    /// The organisation's message per language code, for custom rules.
    pub messages: BTreeMap<String, String>,
}

impl Policy {
    /// The examples of every custom rule.
    pub fn custom_examples(&self) -> impl Iterator<Item = RuleExamples<'_>> {
        self.custom.iter().map(|c| RuleExamples {
            id: &c.id,
            matches: &c.examples_match,
            ignores: &c.examples_ignore,
        })
    }

    /// Every rule, built-in then custom, with the settings in force.
    pub fn rules(&self) -> Vec<RuleView> {
        let builtin = crate::detect::builtin_rules().map(|r| {
            let s = self.settings(r.id);
            RuleView {
                id: r.id.to_owned(),
                category: r.category,
                description: r.description.to_owned(),
                action: s.action,
                min_confidence: s.min_confidence,
                sites: s.sites.clone(),
                custom: false,
                messages: BTreeMap::new(),
            }
        });
        let customer = self.customer_numbers.iter().map(|c| RuleView {
            id: CUSTOMER_NUMBER_RULE.to_owned(),
            category: Category::Confidential,
            description: format!(
                "The organisation's customer numbers ({} listed as salted hashes).",
                c.hashes.len()
            ),
            action: c.settings.action,
            min_confidence: c.settings.min_confidence,
            sites: c.settings.sites.clone(),
            custom: true,
            messages: BTreeMap::new(),
        });
        let custom = self.custom.iter().map(|c| RuleView {
            id: c.id.clone(),
            category: c.category,
            description: c.description.clone(),
            action: c.settings.action,
            min_confidence: c.settings.min_confidence,
            sites: c.settings.sites.clone(),
            custom: true,
            messages: c.messages.clone(),
        });
        builtin.chain(custom).chain(customer).collect()
    }
}

/// Collects errors while walking the document.
#[derive(Default)]
struct Cx {
    errors: Vec<PolicyError>,
}

impl Cx {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(PolicyError::new(path, message));
    }

    fn string_list(&mut self, path: &str, value: &Value) -> Vec<String> {
        let Some(items) = value.as_array() else {
            self.error(path, "expected a list of strings");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_str() {
                Some(s) => out.push(s.to_owned()),
                None => self.error(format!("{path}[{i}]"), "expected a string"),
            }
        }
        out
    }

    fn regex(&mut self, path: &str, pattern: &str) -> Option<Regex> {
        match Regex::new(pattern) {
            Ok(re) => Some(re),
            Err(e) => {
                self.error(path, regex_message(&e.to_string()));
                None
            }
        }
    }

    fn regex_list(&mut self, path: &str, value: &Value) -> Vec<Regex> {
        let patterns = self.string_list(path, value);
        let mut out = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            out.extend(self.regex(&format!("{path}[{i}]"), p));
        }
        out
    }
}

/// regex-lite's error text on one lowercase line.
fn regex_message(raw: &str) -> String {
    let line = raw
        .lines()
        .rev()
        .find(|l| l.starts_with("error:"))
        .unwrap_or(raw);
    line.trim_start_matches("error:").trim().to_lowercase()
}

fn read_root(cx: &mut Cx, root: &Map<String, Value>, policy: &mut Policy) {
    for (key, value) in root {
        match key.as_str() {
            "version" => read_version(cx, value),
            "defaults" => {
                policy.defaults = read_settings(cx, "defaults", value, &RuleSettings::default());
            }
            "rules" | "allowlist" | "internal_domains" | "guideline_url" | "customer_numbers" => {}
            // Keys read by the extension only; checked here so the CLI's
            // `policy check` validates the whole document.
            "sites" => read_sites(cx, value),
            "audit" => read_audit(cx, value),
            "allow_user_pause" | "show_highlights" => {
                if !value.is_boolean() {
                    cx.error(key.as_str(), "expected true or false");
                }
            }
            "$schema" | "description" => {}
            other => cx.error(other, "unknown key"),
        }
    }
    // Read after "defaults" so rules inherit the organisation's defaults.
    if let Some(value) = root.get("rules") {
        read_rules(cx, value, policy);
    }
    if let Some(value) = root.get("allowlist") {
        policy.allow = read_allowlist(cx, "allowlist", value);
    }
    if let Some(value) = root.get("internal_domains") {
        policy.internal_domains = read_domains(cx, value);
    }
    if let Some(value) = root.get("customer_numbers") {
        policy.customer_numbers = read_customer_numbers(cx, value, &policy.defaults);
    }
    if let Some(value) = root.get("guideline_url") {
        policy.guideline_url = read_https_url(cx, "guideline_url", value);
    }
}

fn read_customer_numbers(
    cx: &mut Cx,
    value: &Value,
    defaults: &RuleSettings,
) -> Option<CustomerNumbers> {
    let path = "customer_numbers";
    let Some(obj) = value.as_object() else {
        cx.error(path, "expected an object with salt and sha256");
        return None;
    };
    let before = cx.errors.len();
    let salt = match obj.get("salt").and_then(Value::as_str) {
        Some(s) if s.len() >= 16 => s.to_owned(),
        _ => {
            cx.error(
                format!("{path}.salt"),
                "required: a random string of at least 16 characters",
            );
            String::new()
        }
    };
    let mut numbers = CustomerNumbers {
        salt,
        hashes: Default::default(),
        pattern: None,
        settings: RuleSettings {
            action: Action::Block,
            ..defaults.clone()
        },
    };
    for (key, v) in obj {
        let sub = format!("{path}.{key}");
        match key.as_str() {
            "salt" => {}
            "sha256" => {
                for (i, hex) in cx.string_list(&sub, v).iter().enumerate() {
                    match from_hex(&hex.to_ascii_lowercase()) {
                        Some(hash) => {
                            numbers.hashes.insert(hash);
                        }
                        None => cx.error(format!("{sub}[{i}]"), "expected 64 hex digits"),
                    }
                }
            }
            "pattern" => match v.as_str() {
                Some(p) => numbers.pattern = cx.regex(&sub, p),
                None => cx.error(sub, "expected a regular expression"),
            },
            _ => {
                if !read_setting(cx, path, key, v, &mut numbers.settings) {
                    cx.error(sub, "unknown key");
                }
            }
        }
    }
    (cx.errors.len() == before).then_some(numbers)
}

fn read_version(cx: &mut Cx, value: &Value) {
    match value.as_u64() {
        Some(POLICY_VERSION) => {}
        Some(v) => cx.error(
            "version",
            format!("version {v} is not supported; this build reads version {POLICY_VERSION}"),
        ),
        None => cx.error("version", "expected a whole number"),
    }
}

fn read_https_url(cx: &mut Cx, path: &str, value: &Value) -> Option<String> {
    match value.as_str() {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Some(url.to_owned())
        }
        _ => {
            cx.error(path, "expected an http(s) URL");
            None
        }
    }
}

fn read_sites(cx: &mut Cx, value: &Value) {
    let Some(obj) = value.as_object() else {
        cx.error("sites", "expected an object with include and exclude lists");
        return;
    };
    for (key, list) in obj {
        match key.as_str() {
            "include" | "exclude" => {
                let path = format!("sites.{key}");
                for (i, p) in cx.string_list(&path, list).iter().enumerate() {
                    check_host_pattern(cx, &format!("{path}[{i}]"), p);
                }
            }
            other => cx.error(format!("sites.{other}"), "unknown key"),
        }
    }
}

fn read_audit(cx: &mut Cx, value: &Value) {
    let Some(obj) = value.as_object() else {
        cx.error("audit", "expected an object");
        return;
    };
    for (key, v) in obj {
        let path = format!("audit.{key}");
        match key.as_str() {
            "endpoint" => {
                if !v
                    .as_str()
                    .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"))
                {
                    cx.error(path, "expected an http(s) URL");
                }
            }
            "min_action" => {
                if v.as_str().and_then(Action::from_name).is_none() {
                    cx.error(path, "expected one of off, notify, warn, justify, block");
                }
            }
            "include_host" => {
                if !v.is_boolean() {
                    cx.error(path, "expected true or false");
                }
            }
            _ => cx.error(path, "unknown key"),
        }
    }
}

fn check_host_pattern(cx: &mut Cx, path: &str, pattern: &str) -> bool {
    let rest = pattern.strip_prefix("*.").unwrap_or(pattern);
    let ok = pattern == "*"
        || (!rest.is_empty()
            && rest.split('.').all(|label| {
                !label.is_empty()
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            }));
    if !ok {
        cx.error(
            path,
            format!("'{pattern}' is not a host name pattern (example.com or *.example.com)"),
        );
    }
    ok
}

fn read_domains(cx: &mut Cx, value: &Value) -> Vec<String> {
    let list = cx.string_list("internal_domains", value);
    let mut out = Vec::new();
    for (i, d) in list.iter().enumerate() {
        let d = d
            .trim_start_matches("*.")
            .trim_start_matches('.')
            .to_ascii_lowercase();
        if check_host_pattern(cx, &format!("internal_domains[{i}]"), &d) {
            out.push(d);
        }
    }
    out
}

fn read_allowlist(cx: &mut Cx, path: &str, value: &Value) -> Allowlist {
    let mut allow = Allowlist::default();
    let Some(obj) = value.as_object() else {
        cx.error(path, "expected an object with values and patterns");
        return allow;
    };
    for (key, v) in obj {
        let sub = format!("{path}.{key}");
        match key.as_str() {
            "values" => allow.values = cx.string_list(&sub, v).iter().map(|s| squash(s)).collect(),
            "patterns" => allow.patterns = cx.regex_list(&sub, v),
            _ => cx.error(sub, "unknown key"),
        }
    }
    allow
}

fn read_action(cx: &mut Cx, path: &str, value: &Value) -> Option<Action> {
    let parsed = value.as_str().and_then(Action::from_name);
    if parsed.is_none() {
        cx.error(path, "expected one of off, notify, warn, justify, block");
    }
    parsed
}

fn read_confidence(cx: &mut Cx, path: &str, value: &Value) -> Option<f32> {
    match value.as_f64() {
        Some(c) if (0.0..=1.0).contains(&c) => Some(c as f32),
        _ => {
            cx.error(path, "expected a number from 0 to 1");
            None
        }
    }
}

/// Settings keys shared by built-in and custom rules; false for other keys.
fn read_setting(cx: &mut Cx, path: &str, key: &str, value: &Value, s: &mut RuleSettings) -> bool {
    let sub = format!("{path}.{key}");
    match key {
        "enabled" => match value.as_bool() {
            Some(false) => s.action = Action::Off,
            Some(true) => {}
            None => cx.error(sub, "expected true or false"),
        },
        "action" => {
            if let Some(a) = read_action(cx, &sub, value) {
                s.action = a;
            }
        }
        "min_confidence" => {
            if let Some(c) = read_confidence(cx, &sub, value) {
                s.min_confidence = c;
            }
        }
        "sites" | "exclude_sites" => {
            let mut list = Vec::new();
            for (i, p) in cx.string_list(&sub, value).into_iter().enumerate() {
                if check_host_pattern(cx, &format!("{sub}[{i}]"), &p) {
                    list.push(p.to_ascii_lowercase());
                }
            }
            if key == "sites" {
                s.sites = list;
            } else {
                s.exclude_sites = list;
            }
        }
        _ => return false,
    }
    true
}

fn read_settings(cx: &mut Cx, path: &str, value: &Value, base: &RuleSettings) -> RuleSettings {
    let mut s = base.clone();
    let Some(obj) = value.as_object() else {
        cx.error(path, "expected an object");
        return s;
    };
    // `enabled: false` wins over an action given beside it.
    let mut keys: Vec<_> = obj.iter().collect();
    let enabled = |k: &String| k.as_str() == "enabled";
    crate::detect::util::sort_stable_by(&mut keys, |a, b| enabled(a.0).cmp(&enabled(b.0)));
    for (key, v) in keys {
        if !read_setting(cx, path, key, v, &mut s) {
            cx.error(format!("{path}.{key}"), "unknown key");
        }
    }
    s
}

fn read_rules(cx: &mut Cx, value: &Value, policy: &mut Policy) {
    let Some(obj) = value.as_object() else {
        cx.error("rules", "expected an object of rule ids");
        return;
    };
    for (id, v) in obj {
        if id == "custom" {
            continue;
        }
        let path = format!("rules.{id}");
        if builtin_rule(id).is_none() {
            cx.error(path, "unknown rule id (see `composeguard rules list`)");
            continue;
        }
        let settings = read_settings(cx, &path, v, &policy.defaults);
        policy.builtin.insert(id.clone(), settings);
    }
    if let Some(list) = obj.get("custom") {
        read_custom_rules(cx, list, policy);
    }
}

fn read_custom_rules(cx: &mut Cx, value: &Value, policy: &mut Policy) {
    let Some(items) = value.as_array() else {
        cx.error("rules.custom", "expected a list of rules");
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let path = format!("rules.custom[{i}]");
        if let Some(rule) = read_custom_rule(cx, &path, item, &policy.defaults) {
            let taken = builtin_rule(&rule.id).is_some()
                || rule.id == CUSTOMER_NUMBER_RULE
                || policy.custom.iter().any(|c| c.id == rule.id);
            if taken {
                cx.error(
                    format!("{path}.id"),
                    format!("rule id '{}' is already taken", rule.id),
                );
            } else {
                policy.custom.push(rule);
            }
        }
    }
}

fn read_custom_rule(
    cx: &mut Cx,
    path: &str,
    value: &Value,
    defaults: &RuleSettings,
) -> Option<CustomRule> {
    let Some(obj) = value.as_object() else {
        cx.error(path, "expected an object");
        return None;
    };
    let before = cx.errors.len();
    let id = read_custom_id(cx, path, obj.get("id"));
    let regex = match obj.get("pattern").and_then(Value::as_str) {
        Some(p) => cx.regex(&format!("{path}.pattern"), p),
        None => {
            cx.error(format!("{path}.pattern"), "required: a regular expression");
            None
        }
    };
    let mut rule = CustomRule {
        id: id.unwrap_or_default(),
        category: Category::Confidential,
        description: String::new(),
        regex: regex.unwrap_or_else(|| Regex::new("$^").expect("constant pattern compiles")),
        keywords: Vec::new(),
        context: Vec::new(),
        context_window: 60,
        confidence: 0.9,
        allow: Allowlist::default(),
        settings: defaults.clone(),
        messages: BTreeMap::new(),
        examples_match: Vec::new(),
        examples_ignore: Vec::new(),
    };
    for (key, v) in obj {
        read_custom_key(cx, path, key, v, &mut rule);
    }
    (cx.errors.len() == before).then_some(rule)
}

fn read_custom_id(cx: &mut Cx, path: &str, value: Option<&Value>) -> Option<String> {
    let id = value.and_then(Value::as_str);
    let valid = id.is_some_and(|id| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && id.as_bytes()[0].is_ascii_lowercase()
    });
    if !valid {
        cx.error(
            format!("{path}.id"),
            "required: a snake_case id such as acme_project_code",
        );
    }
    id.filter(|_| valid).map(str::to_owned)
}

fn read_custom_key(cx: &mut Cx, path: &str, key: &str, v: &Value, rule: &mut CustomRule) {
    let sub = format!("{path}.{key}");
    match key {
        "id" | "pattern" => {}
        "category" => match v.as_str().and_then(Category::from_name) {
            Some(c) => rule.category = c,
            None => cx.error(sub, "expected one of personal, secret, confidential"),
        },
        "description" => match v.as_str() {
            Some(d) => rule.description = d.to_owned(),
            None => cx.error(sub, "expected a string"),
        },
        "keywords" => rule.keywords = lower_list(cx, &sub, v),
        "context" => rule.context = lower_list(cx, &sub, v),
        "context_window" => match v.as_u64() {
            Some(n) if n <= 1000 => rule.context_window = n as usize,
            _ => cx.error(sub, "expected a whole number of characters up to 1000"),
        },
        "confidence" => {
            if let Some(c) = read_confidence(cx, &sub, v) {
                rule.confidence = c;
            }
        }
        "allow" => rule.allow = read_allowlist(cx, &sub, v),
        "message" => rule.messages = read_messages(cx, &sub, v),
        "examples" => read_examples(cx, &sub, v, rule),
        _ => {
            if !read_setting(cx, path, key, v, &mut rule.settings) {
                cx.error(sub, "unknown key");
            }
        }
    }
}

fn lower_list(cx: &mut Cx, path: &str, v: &Value) -> Vec<String> {
    cx.string_list(path, v)
        .iter()
        .map(|s| s.to_lowercase())
        .collect()
}

fn read_messages(cx: &mut Cx, path: &str, v: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    match v {
        Value::String(s) => {
            out.insert("en".to_owned(), s.clone());
        }
        Value::Object(obj) => {
            for (lang, text) in obj {
                match text.as_str() {
                    Some(t) => {
                        out.insert(lang.clone(), t.to_owned());
                    }
                    None => cx.error(format!("{path}.{lang}"), "expected a string"),
                }
            }
        }
        _ => cx.error(path, "expected a string or an object of language codes"),
    }
    out
}

fn read_examples(cx: &mut Cx, path: &str, v: &Value, rule: &mut CustomRule) {
    let Some(obj) = v.as_object() else {
        cx.error(path, "expected an object with match and ignore lists");
        return;
    };
    for (key, list) in obj {
        let sub = format!("{path}.{key}");
        match key.as_str() {
            "match" => rule.examples_match = read_match_examples(cx, &sub, list),
            "ignore" => rule.examples_ignore = cx.string_list(&sub, list),
            _ => cx.error(sub, "unknown key"),
        }
    }
}

/// A match example is a text, or `{"text": …, "value": …}` with the value
/// the rule must report.
fn read_match_examples(cx: &mut Cx, path: &str, v: &Value) -> Vec<(String, Option<String>)> {
    let Some(items) = v.as_array() else {
        cx.error(path, "expected a list");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::String(text) => out.push((text.clone(), None)),
            Value::Object(o) => match (o.get("text").and_then(Value::as_str), o.get("value")) {
                (Some(text), None) => out.push((text.to_owned(), None)),
                (Some(text), Some(Value::String(value))) => {
                    out.push((text.to_owned(), Some(value.clone())))
                }
                _ => cx.error(
                    format!("{path}[{i}]"),
                    "expected {\"text\": …, \"value\": …}",
                ),
            },
            _ => cx.error(
                format!("{path}[{i}]"),
                "expected a string or {\"text\": …, \"value\": …}",
            ),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(json: &str) -> Vec<String> {
        Policy::parse(json)
            .1
            .into_iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn an_empty_object_is_the_default_policy() {
        assert!(Policy::parse("{}").1.is_empty());
    }

    #[test]
    fn a_broken_custom_pattern_is_reported_with_its_path() {
        let errors = paths(
            r#"{"rules":{"custom":[{"id":"a","pattern":"x"},{"id":"b","pattern":"x"},{"id":"c","pattern":"(ab"}]}}"#,
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("rules.custom[2].pattern: "),
            "{errors:?}"
        );
    }

    #[test]
    fn every_invalid_part_is_reported_and_valid_parts_still_load() {
        let (policy, errors) = Policy::parse(
            r#"{"version":1,"rules":{"ibna":{"action":"block"},"iban":{"action":"block"},"email":{"action":"loud"}},"bogus":1}"#,
        );
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert!(
            paths.contains(&"rules.ibna")
                && paths.contains(&"rules.email.action")
                && paths.contains(&"bogus")
        );
        assert_eq!(policy.action("iban"), Action::Block);
        assert_eq!(policy.action("email"), Action::Warn);
    }

    #[test]
    fn a_custom_rule_cannot_take_a_builtin_id() {
        let errors = paths(r#"{"rules":{"custom":[{"id":"iban","pattern":"x"}]}}"#);
        assert_eq!(
            errors,
            ["rules.custom[0].id: rule id 'iban' is already taken"]
        );
    }

    #[test]
    fn customer_numbers_load_from_hashes_and_reject_a_short_salt() {
        let hash = to_hex(&customer_hash("0123456789abcdef", "12-345-678"));
        let json =
            format!(r#"{{"customer_numbers":{{"salt":"0123456789abcdef","sha256":["{hash}"]}}}}"#);
        let (policy, errors) = Policy::parse(&json);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(policy
            .customer_numbers
            .as_ref()
            .is_some_and(|c| c.contains("12345678")));
        let errors = paths(r#"{"customer_numbers":{"salt":"short","sha256":["zz"]}}"#);
        assert_eq!(errors.len(), 2, "{errors:?}");
    }

    #[test]
    fn host_patterns_cover_subdomains_only_with_a_star() {
        assert!(host_matches("*.x.com", "x.com"));
        assert!(host_matches("*.x.com", "a.b.x.com"));
        assert!(!host_matches("*.x.com", "evilx.com"));
        assert!(host_matches("x.com", "www.x.com"));
        assert!(!host_matches("x.com", "a.x.com"));
    }
}
