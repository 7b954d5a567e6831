//! `phone`: Phone numbers in national and international formats with valid numbering-plan lengths.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "phone",
    category: Category::Personal,
    description: "Phone numbers in national and international formats with valid numbering-plan lengths.",
    priority: 55,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
