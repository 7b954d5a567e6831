//! `cz_ico`: Czech company identifiers (IČO) with a valid mod-11 check digit, near a context word.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "cz_ico",
    category: Category::Personal,
    description: "Czech company identifiers (IČO) with a valid mod-11 check digit, near a context word.",
    priority: 78,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
