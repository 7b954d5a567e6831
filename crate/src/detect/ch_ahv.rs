//! `ch_ahv`: Swiss social security numbers (AHV/AVS, 756) with a valid EAN-13 check digit.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "ch_ahv",
    category: Category::Personal,
    description: "Swiss social security numbers (AHV/AVS, 756) with a valid EAN-13 check digit.",
    priority: 96,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
