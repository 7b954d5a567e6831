//! `secret_jwt`: JSON Web Tokens whose header decodes to JSON with an alg.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_jwt",
    category: Category::Secret,
    description: "JSON Web Tokens whose header decodes to JSON with an alg.",
    priority: 97,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
