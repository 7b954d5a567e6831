//! `date_of_birth`: Dates near a birth context word.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "date_of_birth",
    category: Category::Personal,
    description: "Dates near a birth context word.",
    priority: 50,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
