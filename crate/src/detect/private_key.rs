//! `secret_private_key`: PEM private key blocks, from the BEGIN line to the END line.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_private_key",
    category: Category::Secret,
    description: "PEM private key blocks, from the BEGIN line to the END line.",
    priority: 100,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
