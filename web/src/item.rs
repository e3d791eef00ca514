//! The runbook's items: the way down before a planned shutdown, powering on, the checks
//! before the first step, then the fix steps.

use certplan::{Check, Plan, Remedy};

/// A check or a fix step, as the runbook numbers them (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A "Before you shut down" item.
    PowerOff(usize),
    /// A "Power on" item.
    PowerOn(usize),
    /// A "Before you start" check.
    Check(usize),
    /// A fix step.
    Step(usize),
}

impl Item {
    /// The item's command in this plan; `None` when the plan has no such item.
    pub fn command(self, plan: &Plan) -> Option<&str> {
        let command = match self {
            Item::PowerOff(index) => &plan.power_off.get(index)?.command,
            Item::PowerOn(index) => &plan.power_on.get(index)?.command,
            Item::Check(index) => &plan.checks.get(index)?.command,
            Item::Step(index) => &plan.steps.get(index)?.command,
        };
        Some(command)
    }

    /// The check, power-on or shutdown item; `None` for a step, or when the plan has no
    /// such item.
    pub fn check(self, plan: &Plan) -> Option<&Check> {
        match self {
            Item::PowerOff(index) => plan.power_off.get(index),
            Item::PowerOn(index) => plan.power_on.get(index),
            Item::Check(index) => plan.checks.get(index),
            Item::Step(_) => None,
        }
    }

    /// What to do when the item fails (empty when the plan has no such item).
    pub fn remedies(self, plan: &Plan) -> &[Remedy] {
        let remedies = match self {
            Item::PowerOff(index) => plan.power_off.get(index).map(|c| &c.if_fails),
            Item::PowerOn(index) => plan.power_on.get(index).map(|c| &c.if_fails),
            Item::Check(index) => plan.checks.get(index).map(|c| &c.if_fails),
            Item::Step(index) => plan.steps.get(index).map(|s| &s.if_fails),
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
        let kind = match self {
            Item::PowerOff(_) => "power-off:",
            Item::PowerOn(_) => "power-on:",
            Item::Check(_) => "check:",
            Item::Step(_) => "step:",
        };
        [kind, command].concat()
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
        assert_eq!(Item::Step(1).command(&plan), Some(step.command.as_str()));
        assert_eq!(
            Item::Step(1).id(&plan),
            Some(["step:", &step.command].concat())
        );
        assert_eq!(
            Item::Check(0).id(&plan),
            Some(["check:", &check.command].concat())
        );
        assert_eq!(Item::Step(1).remedies(&plan), step.if_fails.as_slice());
        assert_eq!(Item::Check(0).remedies(&plan), check.if_fails.as_slice());
        assert_eq!(Item::Check(0).check(&plan), Some(check));
        assert_eq!(Item::Step(1).check(&plan), None);
    }

    #[test]
    fn power_items_are_known_by_their_own_kind() {
        let plan = plan();
        assert_eq!(plan.power_on.len(), 4);
        assert_eq!(Item::PowerOn(1).command(&plan), Some("Start-Cluster"));
        assert_eq!(
            Item::PowerOn(1).id(&plan).as_deref(),
            Some("power-on:Start-Cluster")
        );
        // Pressing the power button has no command, and still its own id.
        assert_eq!(Item::PowerOn(0).id(&plan).as_deref(), Some("power-on:"));
        assert_eq!(
            Item::PowerOn(3).remedies(&plan),
            plan.power_on[3].if_fails.as_slice()
        );
        assert_eq!(Item::PowerOff(0).command(&plan), None);
    }

    #[test]
    fn an_item_the_plan_lacks_has_nothing() {
        let plan = plan();
        for item in [Item::Step(plan.steps.len()), Item::Check(plan.checks.len())] {
            assert_eq!(item.command(&plan), None);
            assert_eq!(item.id(&plan), None);
            assert!(item.remedies(&plan).is_empty());
        }
    }
}
