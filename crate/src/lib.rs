//! ComposeGuard's scanner: finds personal data, data under a secrecy duty,
//! confidential material and credentials in text before it is posted.
//!
//! What it detects is the default rule pack in [`builtin_rules`]: checksummed
//! identifiers (IBAN, payment cards, AHV, VAT numbers, MRZ …) reported only
//! when the checksum validates, contact data, vendor secrets, classification
//! markers, phrases that confirm a client relationship, and internal URLs.
//! A [`Policy`] switches and tunes the rules and adds the organisation's own.
//!
//! What it never does: touch the network, log, or keep the text. A
//! [`Finding`]'s `Display` and `Debug` never print the value.
//!
//! # Example
//! ```
//! use composeguard::{scan, Policy};
//! let text = "Please pay to CH93 0076 2011 6238 5295 7";
//! let findings = scan(text, &Policy::default());
//! assert_eq!(findings[0].rule, "iban");
//! assert_eq!(&text[findings[0].span.clone()], "CH93 0076 2011 6238 5295 7");
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod detect;
mod engine;
mod error;
mod examples;
mod finding;
mod output;
mod policy;
mod redact;
mod text;
mod utf16;
#[cfg(feature = "wasm")]
pub mod wasm_api;

pub use detect::{builtin_rule, builtin_rules, RuleSpec};
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub use engine::detector_costs;
pub use engine::{scan, Scanner};
pub use error::{Error, PolicyError};
pub use examples::{run_examples, ExampleFailure, ExampleReport, MIN_EXAMPLES};
pub use finding::{Action, Category, Finding};
pub use output::{to_json_findings, JsonFinding};
pub use policy::{
    customer_hash, to_hex, Policy, RuleExamples, RuleView, CUSTOMER_NUMBER_RULE, POLICY_VERSION,
};
pub use redact::{mask, redact};
pub use utf16::{Utf16Cursor, Utf16Index};
