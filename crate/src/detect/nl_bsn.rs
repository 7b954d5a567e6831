//! `nl_bsn`: Dutch citizen service numbers (BSN) passing the 11-test, near a context word.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "nl_bsn",
    category: Category::Personal,
    description: "Dutch citizen service numbers (BSN) passing the 11-test, near a context word.",
    priority: 80,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
