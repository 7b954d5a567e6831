//! `passport_mrz`: Machine-readable zones of passports and ID cards with valid ICAO 9303 check digits.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "passport_mrz",
    category: Category::Personal,
    description: "Machine-readable zones of passports and ID cards with valid ICAO 9303 check digits.",
    priority: 99,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
