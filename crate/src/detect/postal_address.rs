//! `postal_address`: Postal addresses: a street with a number, a postcode with a town.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "postal_address",
    category: Category::Personal,
    description: "Postal addresses: a street with a number, a postcode with a town.",
    priority: 45,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
