//! `secret_generic_high_entropy`: High-entropy tokens assigned to a key or near a secret word, with charset and entropy checks.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_generic_high_entropy",
    category: Category::Secret,
    description: "High-entropy tokens assigned to a key or near a secret word, with charset and entropy checks.",
    priority: 40,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
