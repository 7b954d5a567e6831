//! The JavaScript binding: converts types and errors, nothing else.
//!
//! Offsets cross this boundary as UTF-16 code units, what the DOM uses.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{mask, Category, Policy, PolicyError, Utf16Cursor, Utf16Index};

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
/// `s`), start, end (UTF-16 offsets), confidence, reason, action (indices
/// into `s`), messages (index into `m`, or -1). Written piece by piece: a
/// derived form measured 4 KB larger in the module. It reads the findings
/// themselves, not [`crate::JsonFinding`]s, and writes numbers without
/// `core::fmt`: the copies of each rule id and reason and the formatting
/// machinery took about 5 % of a scan in Node (issue 3).
fn packed_json<'a>(
    text: &str,
    findings: &'a [crate::Finding],
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
    // Findings are sorted and never overlap, so their offsets increase.
    let mut cursor = Utf16Cursor::new(text);
    for f in findings {
        let message = messages_of(&f.rule).map(|m| {
            let at = messages.iter().position(|&known| std::ptr::eq(known, m));
            at.unwrap_or_else(|| {
                messages.push(m);
                messages.len() - 1
            })
        });
        let (start, end) = (cursor.to_utf16(f.span.start), cursor.to_utf16(f.span.end));
        let fields = [index(&f.rule), index(f.category.as_str()), start, end];
        for n in fields {
            push_number(&mut numbers, n);
        }
        push_thousandths(&mut numbers, f64::from(f.confidence));
        push_number(&mut numbers, index(&f.reason));
        push_number(&mut numbers, index(f.action.as_str()));
        match message {
            Some(m) => push_number(&mut numbers, m),
            None => numbers.push_str(",-1"),
        }
    }
    let mut json = String::from("{\"s\":");
    json.push_str(&serde_json::to_string(&strings)?);
    json.push_str(",\"m\":");
    json.push_str(&serde_json::to_string(&messages)?);
    json.push_str(",\"f\":[");
    // Each number was written after a comma; the array starts without one.
    json.push_str(numbers.strip_prefix(',').unwrap_or(&numbers));
    json.push_str("]}");
    Ok(json)
}

/// Appends `,` and `n` in decimal.
fn push_number(out: &mut String, n: usize) {
    out.push(',');
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        // A remainder below 10 is one ASCII digit.
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// Appends `,` and `value` (a confidence in 0..=1) rounded to three
/// decimals, written as serde_json writes such a number ("0.9", "0.905",
/// "1.0"), without its float formatter: that shortest-digits printer and
/// its tables weigh about 10 KB of the module (issue 2: size), and a value
/// rounded to thousandths needs no search for the shortest digits. Both
/// texts parse to the same number, because the rounded value is the double
/// nearest to its thousandths. Rounds like [`crate::to_json_findings`].
fn push_thousandths(out: &mut String, value: f64) {
    // Confidences lie in 0..=1, so the cast neither wraps nor truncates.
    let n = (value * 1000.0).round() as usize;
    push_number(out, n / 1000);
    out.push('.');
    let frac = [n % 1000 / 100, n % 100 / 10, n % 10];
    let mut len = 3;
    while len > 1 && frac[len - 1] == 0 {
        len -= 1;
    }
    for d in &frac[..len] {
        // A digit below 10 is one ASCII digit.
        out.push(char::from(b'0' + *d as u8));
    }
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
        packed_json(text, &findings, |rule| {
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
