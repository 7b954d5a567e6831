//! `iban`: International bank account numbers of every IBAN country, length and mod-97 checked.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "iban",
    category: Category::Personal,
    description: "International bank account numbers of every IBAN country, length and mod-97 checked.",
    priority: 95,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
