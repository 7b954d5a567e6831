//! `payment_card`: Payment card numbers with a known issuer range and a valid Luhn digit.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "payment_card",
    category: Category::Personal,
    description: "Payment card numbers with a known issuer range and a valid Luhn digit.",
    priority: 90,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
