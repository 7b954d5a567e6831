//! The JavaScript binding: converts types and errors, nothing else.
//!
//! Offsets cross this boundary as UTF-16 code units, what the DOM uses.

use std::fmt::Write;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{mask, to_json_findings, Category, Policy, PolicyError, Utf16Index};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
export interface Finding {
  rule: string;
  category: "personal" | "secret" | "confidential";
  start: number; // UTF-16 code units
  end: number;   // exclusive
  confidence: number;
  reason: string;
  action: "off" | "notify" | "warn" | "justify" | "block";
  messages?: Record<string, string>;
}
export interface PolicyErrorInfo { path: string; message: string; }
"#;

/// A scanner built once from a policy document.
#[wasm_bindgen]
pub struct Scanner {
    inner: crate::Scanner,
    errors: Vec<PolicyError>,
}

#[derive(Serialize)]
struct JsPolicyError<'a> {
    path: &'a str,
    message: &'a str,
}

#[wasm_bindgen(module = "/wasm/unpack.js")]
extern "C" {
    /// Turns [`Packed`] JSON into the finding objects of the `Finding` type.
    fn unpack(packed: &str) -> JsValue;
}

/// Findings as `wasm/unpack.js` reads them: `{"s": [...], "m": [...], "f":
/// [...]}`, each string once in `s`, each custom rule's messages once in
/// `m`, and per finding eight numbers in `f`: rule, category (indices into
/// `s`), start, end, confidence, reason, action (indices into `s`),
/// messages (index into `m`, or -1). Written piece by piece: a derived
/// form measured 4 KB larger in the module.
fn packed_json<'a>(
    findings: &'a [crate::JsonFinding],
    messages_of: impl Fn(&str) -> Option<&'a std::collections::BTreeMap<String, String>>,
) -> Result<String, serde_json::Error> {
    let mut strings: Vec<&'a str> = Vec::new();
    let mut messages: Vec<&'a std::collections::BTreeMap<String, String>> = Vec::new();
    let mut numbers = String::with_capacity(findings.len() * 24);
    let mut index = |value: &'a str| {
        strings.iter().position(|&s| s == value).unwrap_or_else(|| {
            strings.push(value);
            strings.len() - 1
        })
    };
    for f in findings {
        let message = messages_of(&f.rule).map_or(-1, |m| {
            let at = messages.iter().position(|&known| std::ptr::eq(known, m));
            at.unwrap_or_else(|| {
                messages.push(m);
                messages.len() - 1
            }) as i64
        });
        let action = f.action.unwrap_or_default().as_str();
        let (rule, category) = (index(&f.rule), index(f.category.as_str()));
        let (reason, action) = (index(&f.reason), index(action));
        let confidence = thousandths(f.confidence);
        let sep = if numbers.is_empty() { "" } else { "," };
        // Writing to a String cannot fail.
        let _ = write!(
            numbers,
            "{sep}{rule},{category},{},{},{confidence},{reason},{action},{message}",
            f.start, f.end
        );
    }
    let mut json = String::from("{\"s\":");
    json.push_str(&serde_json::to_string(&strings)?);
    json.push_str(",\"m\":");
    json.push_str(&serde_json::to_string(&messages)?);
    json.push_str(",\"f\":[");
    json.push_str(&numbers);
    json.push_str("]}");
    Ok(json)
}

/// `value`, a number already rounded to three decimals (0.9, 0.905, 1),
/// written as JSON the way serde_json writes it ("0.9", "0.905", "1.0"),
/// without its float formatter: that shortest-digits printer and its
/// tables weigh about 10 KB of the module (issue 2: size), and a value
/// rounded to thousandths needs no search for the shortest digits. Both
/// texts parse to the same number, because the value is the double nearest
/// to its thousandths.
fn thousandths(value: f64) -> String {
    // Confidences lie in 0..=1, so the cast neither wraps nor truncates.
    let n = (value * 1000.0).round() as u64;
    let (whole, mut frac) = (n / 1000, format!("{:03}", n % 1000));
    while frac.len() > 1 && frac.ends_with('0') {
        frac.pop();
    }
    format!("{whole}.{frac}")
}

/// What `redact` and `mask` read of a finding.
struct JsSpan {
    start: usize,
    end: usize,
    category: Category,
}

impl JsSpan {
    /// Reads `{start, end, category?}`; read by hand rather than derived,
    /// because serde's derived errors pull float formatting (14 KB) into
    /// the module (issue 2: size).
    fn read(value: &serde_json::Value, what: &str) -> Result<JsSpan, JsError> {
        let offset = |key: &str| {
            value
                .get(key)
                .and_then(serde_json::Value::as_u64)
                .ok_or_else(|| {
                    JsError::new(&format!(
                        "{what}.{key}: expected a whole number of UTF-16 units"
                    ))
                })
        };
        let category = match value.get("category") {
            None | Some(serde_json::Value::Null) => Category::Personal,
            Some(c) => c.as_str().and_then(Category::from_name).ok_or_else(|| {
                JsError::new(&format!(
                    "{what}.category: expected one of personal, secret, confidential"
                ))
            })?,
        };
        Ok(JsSpan {
            start: offset("start")? as usize,
            end: offset("end")? as usize,
            category,
        })
    }
}

// Values cross as JSON through the engine's own JSON.parse/stringify: the
// module stays smaller than with serde-wasm-bindgen, which measured larger
// and no faster for these small, flat objects.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("internal: JSON.parse failed"))
}

fn from_js(value: JsValue, what: &str) -> Result<serde_json::Value, JsError> {
    let json = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("{what}: expected a plain object")))?;
    serde_json::from_str(&json).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

#[wasm_bindgen]
impl Scanner {
    /// Builds a scanner from a policy JSON string (empty or absent: the
    /// defaults). Never throws for invalid parts: they are left out and
    /// listed by `policyErrors()`.
    #[wasm_bindgen(constructor)]
    pub fn new(policy_json: Option<String>) -> Scanner {
        #[cfg(target_arch = "wasm32")]
        console_error_panic_hook::set_once();
        let (policy, errors) = match policy_json.as_deref().map(str::trim) {
            None | Some("") => (Policy::default(), Vec::new()),
            Some(json) => Policy::parse(json),
        };
        Scanner {
            inner: crate::Scanner::new(policy),
            errors,
        }
    }

    /// Builds a scanner, throwing an Error that lists every invalid part of
    /// the policy, one `path: message` per line.
    pub fn strict(policy_json: &str) -> Result<Scanner, JsError> {
        let policy = Policy::from_json(policy_json).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Scanner {
            inner: crate::Scanner::new(policy),
            errors: Vec::new(),
        })
    }

    /// The invalid parts of the policy: `[{path, message}]`.
    #[wasm_bindgen(js_name = policyErrors)]
    pub fn policy_errors(&self) -> Result<JsValue, JsError> {
        let list: Vec<_> = self
            .errors
            .iter()
            .map(|e| JsPolicyError {
                path: &e.path,
                message: &e.message,
            })
            .collect();
        to_js(&list)
    }

    /// Scans `text` as typed on `host` (every rule when absent); offsets are
    /// UTF-16 code units.
    ///
    /// The findings cross the boundary packed, as one JSON text of a string
    /// table and a flat array of numbers, and become objects in JavaScript
    /// (`wasm/unpack.js`): for a 64 KB paste with a thousand findings that
    /// costs a quarter of what parsing them as objects did (issue 3).
    pub fn scan(&self, text: &str, host: Option<String>) -> Result<JsValue, JsError> {
        Ok(unpack(&self.scan_packed(text, host)?))
    }

    /// The findings of [`Scanner::scan`] as packed JSON, which the glue's
    /// `unpack` turns into them: what the service worker sends a content
    /// script, since a message of a thousand finding objects cost over a
    /// millisecond to clone.
    #[wasm_bindgen(js_name = scanPacked)]
    pub fn scan_packed(&self, text: &str, host: Option<String>) -> Result<String, JsError> {
        let findings = self.inner.scan_on(text, host.as_deref());
        let custom = self.inner.policy().rules();
        let findings = to_json_findings(text, &findings, true);
        packed_json(&findings, |rule| {
            custom
                .iter()
                .find(|r| r.custom && r.id == rule)
                .map(|r| &r.messages)
                .filter(|m| !m.is_empty())
        })
        .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Returns `text` with each finding (`[{start, end, category}]`, UTF-16)
    /// masked, keeping the value's shape visible.
    pub fn redact(&self, text: &str, findings: JsValue) -> Result<String, JsError> {
        let list = from_js(findings, "findings")?;
        let list = list
            .as_array()
            .ok_or_else(|| JsError::new("findings: expected an array"))?;
        let spans = list
            .iter()
            .enumerate()
            .map(|(i, f)| JsSpan::read(f, &format!("findings[{i}]")))
            .collect::<Result<Vec<_>, _>>()?;
        let index = Utf16Index::new(text);
        let mut spans: Vec<_> = spans
            .into_iter()
            .map(|s| (index.to_utf8(s.start), index.to_utf8(s.end), s.category))
            .filter(|(start, end, _)| start < end)
            .collect();
        crate::detect::util::sort_stable_by(&mut spans, |a, b| a.0.cmp(&b.0));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, category) in spans {
            if start >= at {
                out.push_str(&text[at..start]);
                out.push_str(&mask(&text[start..end], category));
                at = end;
            }
        }
        out.push_str(&text[at..]);
        Ok(out)
    }

    /// The masked value of one finding (`{start, end, category}`, UTF-16).
    pub fn mask(&self, text: &str, finding: JsValue) -> Result<String, JsError> {
        let span = JsSpan::read(&from_js(finding, "finding")?, "finding")?;
        let index = Utf16Index::new(text);
        let (start, end) = (index.to_utf8(span.start), index.to_utf8(span.end));
        if start >= end {
            return Err(JsError::new("finding: empty or reversed span"));
        }
        Ok(mask(&text[start..end], span.category))
    }

    /// Every rule with the settings in force.
    pub fn rules(&self) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct JsRule<'a> {
            id: &'a str,
            category: Category,
            description: &'a str,
            action: crate::Action,
            /// A placeholder, replaced by the real number below.
            min_confidence: u8,
            sites: &'a [String],
            custom: bool,
            messages: &'a std::collections::BTreeMap<String, String>,
        }
        let rules = self.inner.policy().rules();
        let list: Vec<_> = rules
            .iter()
            .map(|r| JsRule {
                id: &r.id,
                category: r.category,
                description: &r.description,
                action: r.action,
                min_confidence: 0,
                sites: &r.sites,
                custom: r.custom,
                messages: &r.messages,
            })
            .collect();
        // `minConfidence` is set on the parsed objects as a JS number rather
        // than serialised: serialising an f64 links serde_json's float
        // formatter into the module (see `thousandths`). Setting the
        // placeholder's key keeps its place among the keys.
        let list = to_js(&list)?;
        let key = JsValue::from_str("minConfidence");
        for (i, r) in (0u32..).zip(rules.iter()) {
            let min = (f64::from(r.min_confidence) * 1000.0).round() / 1000.0;
            let rule = js_sys::Reflect::get_u32(&list, i)
                .map_err(|_| JsError::new("internal: rules list"))?;
            js_sys::Reflect::set(&rule, &key, &JsValue::from_f64(min))
                .map_err(|_| JsError::new("internal: rules list"))?;
        }
        Ok(list)
    }

    /// The organisation's guideline link, if the policy has one.
    #[wasm_bindgen(js_name = guidelineUrl)]
    pub fn guideline_url(&self) -> Option<String> {
        self.inner.policy().guideline_url.clone()
    }
}

/// The scanner's version, for the options page and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
