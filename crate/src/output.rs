//! Findings as the CLI and the wasm binding print them: UTF-16 offsets.

use serde::{Deserialize, Serialize};

use crate::{Action, Category, Finding, Utf16Cursor};

/// A finding with offsets in UTF-16 code units of the scanned text, end
/// exclusive: what the DOM and JSON consumers need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JsonFinding {
    /// Stable rule id.
    pub rule: String,
    /// The kind of data.
    pub category: Category,
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// How sure the rule is, rounded to three decimals.
    pub confidence: f64,
    /// A short reason a person understands.
    pub reason: String,
    /// The action the policy sets; left out where the caller does not ask.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub action: Option<Action>,
}

/// Converts findings of `text` to UTF-16 offsets.
pub fn to_json_findings(text: &str, findings: &[Finding], with_action: bool) -> Vec<JsonFinding> {
    // Findings are sorted and never overlap, so their offsets increase.
    let mut cursor = Utf16Cursor::new(text);
    findings
        .iter()
        .map(|f| JsonFinding {
            rule: f.rule.clone(),
            category: f.category,
            start: cursor.to_utf16(f.span.start),
            end: cursor.to_utf16(f.span.end),
            confidence: (f64::from(f.confidence) * 1000.0).round() / 1000.0,
            reason: f.reason.clone(),
            action: with_action.then_some(f.action),
        })
        .collect()
}
