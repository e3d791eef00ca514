//! The plan derived from the form: the core's plan, every field error, or nothing yet.

use std::rc::Rc;

use certplan::{Error, ErrorKind, Field, Plan, PlanInput};

use crate::shared::Shared;
use crate::state::{DateField, DateStatus, State};

/// All the outcome depends on, read from the state: the planner keeps its outcome until
/// this changes, so what leaves the input alone (the paste box, a Done mark, a copy, a
/// notice dismissed) never plans again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The app has started.
    pub started: bool,
    /// What each date field holds beyond its value.
    pub date_status: [DateStatus; 3],
    /// The core's input, every row included.
    pub input: Rc<PlanInput>,
    /// For each row: added with "Add cluster", not yet left, and still empty.
    pub fresh: Vec<bool>,
}

impl Asked {
    /// What the state asks of the core.
    pub fn of(state: &State) -> Self {
        Asked {
            started: state.started,
            date_status: state.date_status,
            input: Rc::new(state.input()),
            fresh: state
                .clusters
                .iter()
                .map(|row| row.fresh && row.name.is_empty())
                .collect(),
        }
    }
}

/// What the results side shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The app has not started: the page as prerendered, which judges nothing (it does
    /// not even know today's date).
    Pending,
    /// A date is being typed: no verdict on half a date.
    Typing(DateField),
    /// The input is valid: the core's plan, shared by the components that show it.
    Planned(Shared<Plan>),
    /// The input is not: every problem at once, so each field can be marked.
    Invalid(Vec<Error>),
}

impl Outcome {
    /// Asks the core about the state's input; never panics.
    ///
    /// A date field left with an incomplete or impossible date is an error of its own
    /// (its value reads as empty, which would plan as "no date"). A row just added with
    /// "Add cluster" and not yet left is not an error for being empty: it is left out
    /// until the person leaves it.
    pub fn of(asked: &Asked) -> Self {
        if !asked.started {
            return Outcome::Pending;
        }
        let status = |field: DateField| asked.date_status[field.index()];
        if let Some(field) = DateField::ALL
            .into_iter()
            .find(|f| status(*f) == DateStatus::Typing)
        {
            return Outcome::Typing(field);
        }
        let fresh = |index: usize| asked.fresh.get(index).copied().unwrap_or(false);
        let mut errors: Vec<Error> = DateField::ALL
            .into_iter()
            .filter(|f| status(*f) == DateStatus::Bad)
            .map(bad_date)
            .collect();
        let bad_fields: Vec<Field> = errors.iter().map(|e| e.field().clone()).collect();
        errors.extend(certplan::check(&asked.input).into_iter().filter(|e| {
            !bad_fields.contains(e.field()) && !e.field().cluster().is_some_and(fresh)
        }));
        if !errors.is_empty() {
            return Outcome::Invalid(errors);
        }
        let mut input = PlanInput::clone(&asked.input);
        let mut index = 0;
        input.clusters.retain(|_| {
            index += 1;
            !fresh(index - 1)
        });
        match certplan::plan(&input) {
            Ok(plan) => Outcome::Planned(Shared::new(plan)),
            Err(error) => Outcome::Invalid(vec![error]),
        }
    }

    /// The field errors (empty unless invalid).
    pub fn errors(&self) -> &[Error] {
        match self {
            Outcome::Invalid(errors) => errors,
            Outcome::Pending | Outcome::Typing(_) | Outcome::Planned(_) => &[],
        }
    }

    /// The plan, when there is one.
    pub fn plan(&self) -> Option<&Plan> {
        match self {
            Outcome::Planned(plan) => Some(plan),
            Outcome::Pending | Outcome::Typing(_) | Outcome::Invalid(_) => None,
        }
    }
}

/// The error of a date field left incomplete or impossible.
fn bad_date(field: DateField) -> Error {
    Error::new(field.into(), ErrorKind::IncompleteDate)
}

#[cfg(test)]
mod tests {
    use yew::Reducible;

    use super::*;
    use crate::state::{Action, Start};

    fn outcome(state: &State) -> Outcome {
        Outcome::of(&Asked::of(state))
    }

    fn started(query: &str) -> Rc<State> {
        let start = Start {
            query: query.into(),
            today: "2026-12-06".into(),
            typed: Vec::new(),
        };
        Rc::new(State::default()).reduce(Action::Start(start))
    }

    #[test]
    fn only_a_change_of_the_input_asks_again() {
        let state = started("?shutdown=2026-10-01&cluster=prod1");
        let asked = Asked::of(&state);
        let id = "step:Update-AksHciCertificates".to_owned();
        for action in [
            Action::SetPaste("edge2".into()),
            Action::SetDone(id, true),
            Action::Copied(crate::state::CopyTarget::All, true),
            Action::DismissIgnored,
            Action::LeftClusterName(0),
        ] {
            let after = state.clone().reduce(action.clone());
            assert_eq!(Asked::of(&after), asked, "{action:?} plans again");
        }
        for action in [
            Action::AddCluster,
            Action::SetClusterName(0, "prod2".into()),
            Action::SetDate(DateField::Restart, String::new(), DateStatus::Bad),
        ] {
            let after = state.clone().reduce(action.clone());
            assert_ne!(Asked::of(&after), asked, "{action:?} keeps the plan");
        }
    }

    #[test]
    fn a_date_being_typed_has_no_verdict_and_no_error() {
        let state = started("?shutdown=2026-10-01&cluster=prod1").reduce(Action::SetDate(
            DateField::Restart,
            "0202-11-28".into(),
            DateStatus::Typing,
        ));
        assert_eq!(outcome(&state), Outcome::Typing(DateField::Restart));
        let left = state.reduce(Action::SetDate(
            DateField::Restart,
            "2026-11-28".into(),
            DateStatus::Complete,
        ));
        assert_eq!(left.restart, "2026-11-28");
        assert!(outcome(&left).plan().is_some());
    }

    #[test]
    fn an_impossible_date_is_an_error_not_still_off() {
        let state = started("?shutdown=2026-10-01&cluster=prod1").reduce(Action::SetDate(
            DateField::Restart,
            String::new(),
            DateStatus::Bad,
        ));
        let outcome = outcome(&state);
        assert_eq!(outcome.plan(), None, "no verdict on an empty value");
        let errors = outcome.errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(*errors[0].field(), Field::Restart);
        assert_eq!(
            errors[0].to_string(),
            "Power-on date is incomplete or not a real date (such as February 30): complete or correct it, or clear it."
        );
    }

    #[test]
    fn a_new_empty_row_is_no_error_until_left_empty() {
        let state = started("?shutdown=2026-10-01&cluster=prod1").reduce(Action::AddCluster);
        let plan = outcome(&state);
        let plan = plan.plan().expect("the plan stays");
        assert!(plan.steps.iter().all(|s| s.cluster.as_deref() != Some("")));
        let left = state.reduce(Action::LeftClusterName(1));
        let errors = outcome(&left).errors().to_vec();
        assert_eq!(errors.len(), 1);
        assert_eq!(*errors[0].field(), Field::ClusterName(1));
    }
}
