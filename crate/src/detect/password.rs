//! `secret_password_assignment`: Values assigned to a password-like key in any supported language.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_password_assignment",
    category: Category::Secret,
    description: "Values assigned to a password-like key in any supported language.",
    priority: 87,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
