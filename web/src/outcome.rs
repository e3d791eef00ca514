//! The plan derived from the form: the core's plan, every field error, or nothing yet.

use certplan::{Error, Plan};

use crate::state::State;

/// What the results side shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The app has not started: the page as prerendered, which judges nothing (it does
    /// not even know today's date).
    Pending,
    /// The input is valid: the core's plan (boxed: it is far larger than the errors).
    Planned(Box<Plan>),
    /// The input is not: every problem at once, so each field can be marked.
    Invalid(Vec<Error>),
}

impl Outcome {
    /// Asks the core about the state's input; never panics.
    pub fn of(state: &State) -> Self {
        if !state.started {
            return Outcome::Pending;
        }
        let input = state.input();
        match certplan::plan(&input) {
            Ok(plan) => Outcome::Planned(Box::new(plan)),
            Err(_) => Outcome::Invalid(certplan::check(&input)),
        }
    }

    /// The field errors (empty unless invalid).
    pub fn errors(&self) -> &[Error] {
        match self {
            Outcome::Invalid(errors) => errors,
            Outcome::Pending | Outcome::Planned(_) => &[],
        }
    }

    /// The plan, when there is one.
    pub fn plan(&self) -> Option<&Plan> {
        match self {
            Outcome::Planned(plan) => Some(plan),
            Outcome::Pending | Outcome::Invalid(_) => None,
        }
    }
}
