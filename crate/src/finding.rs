//! What a scan reports.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// The kind of data a rule protects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Data about a person: identifiers, contact data, names.
    Personal,
    /// Credentials: keys, tokens, passwords.
    Secret,
    /// Company or official material: markings, client relationships, internal links.
    Confidential,
}

impl Category {
    /// The lowercase name used in policies and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Personal => "personal",
            Category::Secret => "secret",
            Category::Confidential => "confidential",
        }
    }

    /// The category with this lowercase name.
    pub fn from_name(name: &str) -> Option<Category> {
        [Category::Personal, Category::Secret, Category::Confidential]
            .into_iter()
            .find(|c| c.as_str() == name)
    }
}

/// What the extension does when a rule fires; ordered from mildest to strictest.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The rule is switched off.
    Off,
    /// Show a notice, never hold the send.
    Notify,
    /// Hold the send; the user may send anyway.
    #[default]
    Warn,
    /// Hold the send; the user may send anyway after giving a reason.
    Justify,
    /// Hold the send; it cannot go out as it is.
    Block,
}

impl Action {
    /// The lowercase name used in policies and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Off => "off",
            Action::Notify => "notify",
            Action::Warn => "warn",
            Action::Justify => "justify",
            Action::Block => "block",
        }
    }

    /// The action with this lowercase name.
    pub fn from_name(name: &str) -> Option<Action> {
        [
            Action::Off,
            Action::Notify,
            Action::Warn,
            Action::Justify,
            Action::Block,
        ]
        .into_iter()
        .find(|a| a.as_str() == name)
    }
}

/// One piece of sensitive data found in a text.
///
/// `span` is in UTF-8 byte offsets of the scanned text, on char boundaries.
/// `Display` and `Debug` never show the value itself.
#[derive(Clone, PartialEq)]
pub struct Finding {
    /// Stable rule id, such as `iban` or a custom rule's id.
    pub rule: String,
    /// The kind of data.
    pub category: Category,
    /// Byte range of the value in the scanned text, end exclusive.
    pub span: Range<usize>,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
    /// A short reason a person understands, such as "IBAN checksum valid".
    pub reason: String,
    /// What the policy says to do.
    pub action: Action,
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("rule", &self.rule)
            .field("category", &self.category)
            .field("span", &self.span)
            .field("confidence", &self.confidence)
            .field("reason", &self.reason)
            .field("action", &self.action)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}) at {}..{}: {}",
            self.rule,
            self.category.as_str(),
            self.span.start,
            self.span.end,
            self.reason
        )
    }
}
