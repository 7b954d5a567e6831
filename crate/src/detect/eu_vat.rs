//! `eu_vat`: EU VAT identification numbers with the country's format and checksum.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "eu_vat",
    category: Category::Personal,
    description: "EU VAT identification numbers with the country's format and checksum.",
    priority: 94,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
