//! The runbook's progress: which checks and steps the person has marked done.
//!
//! Progress is stored per plan, and a plan is its link: it is stored under the link's
//! query (without today, so the same link tomorrow finds it again). Each item is known
//! by its kind and command, not by its position, so a step that moves (a cluster added
//! above it, a still-off plan crossing 30 days) keeps its mark, and a step that goes away
//! takes its mark with it. A mark belongs to its step, not to the link: when an edit
//! makes a new link (the power-on date entered once the clusters are up), the marks of
//! the steps still in the plan come along ([`Progress::carry`]).

use std::collections::BTreeSet;

use certplan::{query, PlanInput};

/// Where each plan's progress is stored: this prefix, then the plan's query.
const KEY_PREFIX: &str = "certplan-progress";

/// The items marked done for one plan.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    /// The storage key of the plan it belongs to; empty until one is loaded.
    pub key: String,
    done: BTreeSet<String>,
}

impl Progress {
    /// The storage key of the plan for `input`.
    pub fn key(input: &PlanInput) -> String {
        [KEY_PREFIX, &query::to_query(input, query::Mode::default())].concat()
    }

    /// The progress stored under `key`, from the stored text (one item id a line).
    pub fn restore(key: String, stored: Option<String>) -> Self {
        let done = stored
            .iter()
            .flat_map(|text| text.lines())
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        Progress { key, done }
    }

    /// The text to store: one item id a line; `None` when nothing is done, so that an
    /// untouched plan leaves nothing behind.
    pub fn stored(&self) -> Option<String> {
        (!self.done.is_empty()).then(|| {
            let ids: Vec<&str> = self.done.iter().map(String::as_str).collect();
            ids.join("\n")
        })
    }

    /// This progress with the marks of `previous` (another plan's) whose items are in
    /// this plan too, `ids`: a mark stays on its step whatever else changed.
    pub fn carry(mut self, previous: &Progress, ids: &[String]) -> Self {
        let kept = previous.done.iter().filter(|id| ids.contains(id));
        self.done.extend(kept.cloned());
        self
    }

    /// Whether the item is marked done.
    pub fn is_done(&self, id: &str) -> bool {
        self.done.contains(id)
    }

    /// Marks an item done or not.
    pub fn set(&mut self, id: String, done: bool) {
        if done {
            self.done.insert(id);
        } else {
            self.done.remove(&id);
        }
    }

    /// Whether anything is marked done.
    pub fn any(&self) -> bool {
        !self.done.is_empty()
    }

    /// Unmarks everything.
    pub fn clear(&mut self) {
        self.done.clear();
    }
}

#[cfg(test)]
mod tests {
    use certplan::ClusterInput;

    use super::*;

    fn input(today: &str) -> PlanInput {
        PlanInput {
            shutdown: Some("2026-01-01".into()),
            today: Some(today.into()),
            clusters: vec![ClusterInput::new("prod1")],
            ..PlanInput::default()
        }
    }

    #[test]
    fn a_plan_is_its_link_whatever_the_day() {
        let key = Progress::key(&input("2026-01-20"));
        assert_eq!(key, "certplan-progress?shutdown=2026-01-01&cluster=prod1");
        assert_eq!(key, Progress::key(&input("2026-03-01")));
        let mut other = input("2026-01-20");
        other.clusters.push(ClusterInput::new("edge2"));
        assert_ne!(key, Progress::key(&other));
    }

    #[test]
    fn marks_follow_their_steps_to_a_new_link() {
        let mut before = Progress::restore("a".into(), None);
        before.set("step:kept".into(), true);
        before.set("step:gone".into(), true);
        let ids = ["step:kept".to_owned(), "step:new".to_owned()];
        let after = Progress::restore("b".into(), Some("step:stored".into())).carry(&before, &ids);
        assert_eq!(after.key, "b");
        assert_eq!(after.stored().as_deref(), Some("step:kept\nstep:stored"));
    }

    #[test]
    fn progress_survives_storage_and_leaves_nothing_when_clear() {
        let mut progress = Progress::restore("k".into(), None);
        assert_eq!(progress.stored(), None);
        progress.set("step:b".into(), true);
        progress.set("check:a".into(), true);
        progress.set("step:c".into(), true);
        progress.set("step:c".into(), false);
        assert!(progress.any() && progress.is_done("step:b") && !progress.is_done("step:c"));
        let stored = progress.stored();
        assert_eq!(stored.as_deref(), Some("check:a\nstep:b"));
        let restored = Progress::restore("k".into(), stored);
        assert_eq!(restored, progress);
        progress.clear();
        assert!(!progress.any());
        assert_eq!(progress.stored(), None);
        let blank_lines = Progress::restore("k".into(), Some("\n\nstep:x\n".into()));
        assert_eq!(blank_lines.stored().as_deref(), Some("step:x"));
    }
}
