//! `customer_relationship`: Phrases that confirm someone is a client (bank-client secrecy).

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "customer_relationship",
    category: Category::Confidential,
    description: "Phrases that confirm someone is a client (bank-client secrecy).",
    priority: 51,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
