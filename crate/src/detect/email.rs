//! `email`: E-mail addresses.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "email",
    category: Category::Personal,
    description: "E-mail addresses.",
    priority: 60,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
