//! `de_tax_id`: German tax identification numbers (Steuer-ID) with valid digit rules and ISO 7064 check digit.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "de_tax_id",
    category: Category::Personal,
    description: "German tax identification numbers (Steuer-ID) with valid digit rules and ISO 7064 check digit.",
    priority: 85,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
