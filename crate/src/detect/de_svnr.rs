//! `de_svnr`: German pension insurance numbers (Rentenversicherungsnummer) with a valid date and check digit.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "de_svnr",
    category: Category::Personal,
    description: "German pension insurance numbers (Rentenversicherungsnummer) with a valid date and check digit.",
    priority: 88,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
