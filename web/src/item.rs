//! The runbook's items: the way down before a planned shutdown, powering on, the checks
//! before the first step, then the fix steps.

use certplan::{Check, Plan, Remedy, Step};

/// The runbook's lists, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "Before you shut down": the way down before a planned shutdown.
    PowerOff,
    /// "Power on": bringing the deployment back.
    PowerOn,
    /// "Before you start": the checks before the first step.
    Checks,
    /// The fix steps.
    Steps,
}

impl Part {
    /// Every list, in page order.
    pub const ALL: [Part; 4] = [Part::PowerOff, Part::PowerOn, Part::Checks, Part::Steps];

    /// The item at `index` (0-based) of this list.
    pub fn item(self, index: usize) -> Item {
        Item { part: self, index }
    }

    /// This list's items in `plan`, in order.
    pub fn items(self, plan: &Plan) -> impl Iterator<Item = Item> {
        let count = match self {
            Part::Steps => plan.steps.len(),
            _ => self.checks(plan).len(),
        };
        (0..count).map(move |index| self.item(index))
    }

    /// The list's checks in `plan`; none for the steps, which are not checks.
    fn checks(self, plan: &Plan) -> &[Check] {
        match self {
            Part::PowerOff => &plan.power_off,
            Part::PowerOn => &plan.power_on,
            Part::Checks => &plan.checks,
            Part::Steps => &[],
        }
    }

    /// The word the list's ids are made of: the `step` of `step:<command>` (a mark) and
    /// of `fails-step-2` (a disclosure).
    pub fn slug(self) -> &'static str {
        match self {
            Part::PowerOff => "power-off",
            Part::PowerOn => "power-on",
            Part::Checks => "check",
            Part::Steps => "step",
        }
    }

    /// What one item is called in the names of its controls ("Done: power-on item 2").
    pub fn noun(self) -> &'static str {
        match self {
            Part::PowerOff => "shutdown item",
            Part::PowerOn => "power-on item",
            Part::Checks => "check",
            Part::Steps => "step",
        }
    }
}

/// One item of the runbook: a check, a power-on or shutdown item, or a fix step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// The list it is in.
    pub part: Part,
    /// Its position there (0-based).
    pub index: usize,
}

impl Item {
    /// Its number as the page shows it (1-based).
    pub fn number(self) -> usize {
        self.index + 1
    }

    /// The item's command in this plan; `None` when the plan has no such item.
    pub fn command(self, plan: &Plan) -> Option<&str> {
        let command = match self.step(plan) {
            Some(step) => &step.command,
            None => &self.check(plan)?.command,
        };
        Some(command)
    }

    /// The check, power-on or shutdown item; `None` for a step, or when the plan has no
    /// such item.
    pub fn check(self, plan: &Plan) -> Option<&Check> {
        self.part.checks(plan).get(self.index)
    }

    /// The fix step; `None` for a check, or when the plan has no such step.
    pub fn step(self, plan: &Plan) -> Option<&Step> {
        match self.part {
            Part::Steps => plan.steps.get(self.index),
            _ => None,
        }
    }

    /// What to do when the item fails (empty when the plan has no such item).
    pub fn remedies(self, plan: &Plan) -> &[Remedy] {
        let remedies = match self.step(plan) {
            Some(step) => Some(&step.if_fails),
            None => self.check(plan).map(|check| &check.if_fails),
        };
        remedies.map_or(&[], Vec::as_slice)
    }

    /// The name the item's progress is stored by: its kind and its command, so a mark
    /// follows the step when it moves. `None` when the plan has no such item.
    pub fn id(self, plan: &Plan) -> Option<String> {
        self.command(plan).map(|command| self.id_for(command))
    }

    /// The item's id when its command is `command`.
    pub fn id_for(self, command: &str) -> String {
        [self.part.slug(), ":", command].concat()
    }
}

#[cfg(test)]
mod tests {
    use certplan::{ClusterInput, PlanInput};

    use super::*;

    fn plan() -> Plan {
        certplan::plan(&PlanInput {
            shutdown: Some("2026-01-01".into()),
            today: Some("2026-03-01".into()),
            clusters: vec![ClusterInput::new("prod1")],
            ..PlanInput::default()
        })
        .unwrap()
    }

    #[test]
    fn items_are_known_by_kind_and_command() {
        let plan = plan();
        let (step, check) = (&plan.steps[1], &plan.checks[0]);
        assert_eq!(
            Part::Steps.item(1).command(&plan),
            Some(step.command.as_str())
        );
        assert_eq!(
            Part::Steps.item(1).id(&plan),
            Some(["step:", &step.command].concat())
        );
        assert_eq!(
            Part::Checks.item(0).id(&plan),
            Some(["check:", &check.command].concat())
        );
        assert_eq!(
            Part::Steps.item(1).remedies(&plan),
            step.if_fails.as_slice()
        );
        assert_eq!(
            Part::Checks.item(0).remedies(&plan),
            check.if_fails.as_slice()
        );
        assert_eq!(Part::Checks.item(0).check(&plan), Some(check));
        assert_eq!(Part::Steps.item(1).check(&plan), None);
    }

    #[test]
    fn power_items_are_known_by_their_own_kind() {
        let plan = plan();
        assert_eq!(plan.power_on.len(), 4);
        assert_eq!(Part::PowerOn.item(1).command(&plan), Some("Start-Cluster"));
        assert_eq!(
            Part::PowerOn.item(1).id(&plan).as_deref(),
            Some("power-on:Start-Cluster")
        );
        // Pressing the power button has no command, and still its own id.
        assert_eq!(
            Part::PowerOn.item(0).id(&plan).as_deref(),
            Some("power-on:")
        );
        assert_eq!(
            Part::PowerOn.item(3).remedies(&plan),
            plan.power_on[3].if_fails.as_slice()
        );
        assert_eq!(Part::PowerOff.item(0).command(&plan), None);
    }

    #[test]
    fn an_item_the_plan_lacks_has_nothing() {
        let plan = plan();
        for item in [
            Part::Steps.item(plan.steps.len()),
            Part::Checks.item(plan.checks.len()),
        ] {
            assert_eq!(item.command(&plan), None);
            assert_eq!(item.id(&plan), None);
            assert!(item.remedies(&plan).is_empty());
        }
    }
}
