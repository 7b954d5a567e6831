//! `bic`: Bank identifier codes (BIC/SWIFT) with a valid structure and ISO country, near a banking word.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "bic",
    category: Category::Personal,
    description: "Bank identifier codes (BIC/SWIFT) with a valid structure and ISO country, near a banking word.",
    priority: 70,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
