//! `classification_marker`: Confidential, internal and official-use markings in all supported languages.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "classification_marker",
    category: Category::Confidential,
    description: "Confidential, internal and official-use markings in all supported languages.",
    priority: 52,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
