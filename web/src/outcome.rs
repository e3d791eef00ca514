//! The plan derived from the form: either the core's plan or every field error.

use certplan::{Error, Plan, PlanInput};

/// What the results side shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The input is valid: the core's plan.
    Planned(Plan),
    /// The input is not: every problem at once, so each field can be marked.
    Invalid(Vec<Error>),
}

impl Outcome {
    /// Asks the core; never panics.
    pub fn of(input: &PlanInput) -> Self {
        match certplan::plan(input) {
            Ok(plan) => Outcome::Planned(plan),
            Err(_) => Outcome::Invalid(certplan::check(input)),
        }
    }

    /// The field errors (empty when planned).
    pub fn errors(&self) -> &[Error] {
        match self {
            Outcome::Planned(_) => &[],
            Outcome::Invalid(errors) => errors,
        }
    }
}
