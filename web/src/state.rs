//! The form's state: what the user typed, as typed, and the actions that change it.
//!
//! Values stay strings exactly as the inputs hold them, so a half-typed name is kept
//! and reported by the core's `check` instead of being silently dropped.
//!
//! `State::default()` is the page as prerendered: nothing entered. The app's first
//! render is that state with the dates typed before it ran ([`State::before_start`]),
//! so it matches the prerendered HTML it takes over and leaves the fields as they
//! are; then [`Action::Start`] brings in the link.

use std::rc::Rc;

use certplan::paste::{self, Format};
use certplan::query::{self, Ignored, Query, Theme};
use certplan::{ClusterInput, Plan, PlanInput};
use yew::Reducible;

use crate::item::Item;
use crate::progress::Progress;

/// One workload cluster row of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterRow {
    /// Stable key for the row, so removing one row keeps focus and typing in the others.
    pub id: u32,
    /// The name as typed.
    pub name: String,
    /// The "Load balancer" checkbox.
    pub load_balancer: bool,
    /// Added with "Add cluster" (not from the link), so its name field takes focus
    /// when it appears.
    pub added: bool,
    /// Added with "Add cluster" and not yet left: an empty name is not an error until
    /// the person leaves the field empty.
    pub fresh: bool,
}

/// What a date field holds, beyond its value (a browser reports a half-typed or
/// impossible date as no value at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStatus {
    /// The value is the whole story: a date, or empty.
    #[default]
    Complete,
    /// Being typed: the field has the focus and holds an incomplete date, or a year of
    /// fewer than four digits (typing 2026 passes through 0002, 0020 and 0202). No
    /// verdict and no error until it is complete or left.
    Typing,
    /// Left holding an incomplete or impossible date (`validity.badInput`): an error.
    Bad,
}

/// Everything the page shows is derived from this.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    /// "Shutdown date" as typed (`YYYY-MM-DD` or empty).
    pub shutdown: String,
    /// "Power-on date"; empty means still off.
    pub restart: String,
    /// "Last update date".
    pub last_update: String,
    /// What each date field holds beyond its value, in [`DateField::ALL`] order.
    pub date_status: [DateStatus; 3],
    /// The workload clusters, in the order their fixes run.
    pub clusters: Vec<ClusterRow>,
    /// The browser's local date when the page opened.
    pub today: String,
    /// Compact mode for iframes (`?embed=1`).
    pub embed: bool,
    /// Compact mode's colours (`theme=`), until the host page says otherwise.
    pub theme: Theme,
    /// Link parameters that were dropped on load, shown once as a notice.
    pub ignored: Vec<Ignored>,
    /// How many were dropped in all.
    pub ignored_count: usize,
    /// The link's clusters beyond the plan's limit, named in the notice (and left in the
    /// paste box).
    pub not_taken: Vec<String>,
    /// The person changed something since the start: until then the address keeps what
    /// the link said, even what the planner could not use.
    pub edited: bool,
    /// The last copy and whether it worked, shown on its button until it clears.
    pub copied: Option<(CopyTarget, bool)>,
    /// [`Action::Start`] happened: the state is the visitor's, not the prerendered page's.
    pub started: bool,
    /// "Paste cluster names" as typed.
    pub paste: String,
    /// What the last "Add these clusters" did, shown until the next paste.
    pub pasted: Option<PasteReport>,
    /// The checks and steps marked done, for the plan they belong to.
    pub progress: Progress,
    /// The marks "Clear progress" took away, until "Undo clear" or another mark.
    pub cleared: Option<Progress>,
    next_id: u32,
}

/// What "Add these clusters" did with the pasted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasteReport {
    /// How the text was read.
    pub format: Format,
    /// Rows added, each with its name as read.
    pub added: usize,
    /// Of those, the rows whose name has a problem (marked on the row).
    pub flagged: usize,
    /// Names beyond the plan's cluster limit: not added, and the text stays in the box.
    pub not_taken: usize,
    /// Names already listed: not added again.
    pub already_listed: usize,
    /// The number of the first row added (1-based), where the new rows start.
    pub first_row: usize,
}

/// What the app starts from, read from the page when it takes over.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Start {
    /// The URL's query, with its `?` (empty when there is none).
    pub query: String,
    /// The browser's local date, `YYYY-MM-DD`.
    pub today: String,
    /// What the visitor typed into the prerendered date fields before the app ran.
    pub typed: Vec<(DateField, String)>,
}

/// What a copy button copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyTarget {
    /// "Copy link": the page's address.
    Link,
    /// "Copy all": every command.
    All,
    /// "Copy" on a runbook item's command: a step, a check, a power-on or shutdown item.
    Item(Item),
    /// "Copy" on a command of a remedy.
    Remedy(RemedyCommand),
    /// "Copy" on command N of the pasted error's match M: `Found(M, N)`.
    Found(usize, usize),
}

/// One command of one remedy of a check or step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemedyCommand {
    /// The check or step the remedy is for.
    pub item: Item,
    /// Which of its remedies (0-based).
    pub remedy: usize,
    /// Which of the remedy's commands (0-based).
    pub command: usize,
}

impl CopyTarget {
    /// The runbook item whose button (or whose remedy's button) it is; `None` for the
    /// link, "Copy all" and a pasted error's match.
    pub fn item(self) -> Option<Item> {
        match self {
            CopyTarget::Link | CopyTarget::All | CopyTarget::Found(..) => None,
            CopyTarget::Item(item) => Some(item),
            CopyTarget::Remedy(at) => Some(at.item),
        }
    }

    /// The text a copy button puts on the clipboard, from the plan; `None` for the link
    /// (the page's address is the browser's), for a pasted error's match (the lookup
    /// holds it) and for a target the plan lacks.
    pub fn text(self, plan: &Plan) -> Option<String> {
        match self {
            CopyTarget::Link | CopyTarget::Found(..) => None,
            CopyTarget::All => {
                let commands: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
                Some(commands.join("\n"))
            }
            CopyTarget::Item(item) => item.command(plan).map(str::to_owned),
            CopyTarget::Remedy(at) => at
                .item
                .remedies(plan)
                .get(at.remedy)
                .and_then(|remedy| remedy.commands.get(at.command))
                .cloned(),
        }
    }
}

/// What the user can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The app took over the page: the link's input, with what was typed before.
    Start(Start),
    /// A date field changed or was left: its value, and what else it holds.
    SetDate(DateField, String, DateStatus),
    /// "Add cluster".
    AddCluster,
    /// "Remove" on the row with this id.
    RemoveCluster(u32),
    /// A cluster name changed.
    SetClusterName(u32, String),
    /// The person left the name field of the row with this id.
    LeftClusterName(u32),
    /// A "Load balancer" checkbox changed.
    SetLoadBalancer(u32, bool),
    /// The notice about ignored link parameters was dismissed.
    DismissIgnored,
    /// A copy finished: whether it worked.
    Copied(CopyTarget, bool),
    /// The copy confirmation's time is up.
    CopyCleared,
    /// "Paste cluster names" changed.
    SetPaste(String),
    /// "Add these clusters": a row for each pasted name.
    AddPasted,
    /// A "Done" checkbox changed: the item's id in the plan, and whether it is done.
    SetDone(String, bool),
    /// "Clear progress".
    ClearProgress,
    /// "Undo clear": the marks back as they were.
    UndoClear,
    /// The progress stored for the current plan, read when the plan's link changed.
    ProgressLoaded(Progress),
}

/// The three date inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// "Shutdown date".
    Shutdown,
    /// "Power-on date".
    Restart,
    /// "Last update date".
    LastUpdate,
}

impl DateField {
    /// Its place in [`DateField::ALL`].
    pub const fn index(self) -> usize {
        match self {
            DateField::Shutdown => 0,
            DateField::Restart => 1,
            DateField::LastUpdate => 2,
        }
    }

    /// All three, in form order.
    pub const ALL: [DateField; 3] = [
        DateField::Shutdown,
        DateField::Restart,
        DateField::LastUpdate,
    ];

    /// The input's visible label (a contract: tests find inputs by it).
    pub const fn label(self) -> &'static str {
        match self {
            DateField::Shutdown => "Shutdown date",
            DateField::Restart => "Power-on date",
            DateField::LastUpdate => "Last update date",
        }
    }

    /// The input's id: the core's field path (`certplan::Field`'s text).
    pub const fn field(self) -> &'static str {
        match self {
            DateField::Shutdown => "shutdown",
            DateField::Restart => "restart",
            DateField::LastUpdate => "lastUpdate",
        }
    }
}

/// The core's field for the date input.
impl From<DateField> for certplan::Field {
    fn from(field: DateField) -> Self {
        match field {
            DateField::Shutdown => certplan::Field::Shutdown,
            DateField::Restart => certplan::Field::Restart,
            DateField::LastUpdate => certplan::Field::LastUpdate,
        }
    }
}

impl State {
    /// The state a link describes, planned for `today`.
    pub fn from_query(query: Query, today: String) -> Self {
        let mut state = State {
            shutdown: query.input.shutdown.unwrap_or_default(),
            restart: query.input.restart.unwrap_or_default(),
            last_update: query.input.last_update.unwrap_or_default(),
            today,
            embed: query.mode.embed,
            theme: query.mode.theme,
            ignored: query.ignored,
            ignored_count: query.ignored_count,
            paste: query.not_taken.join("\n"),
            not_taken: query.not_taken,
            ..State::default()
        };
        for cluster in query.input.clusters {
            state.push_cluster(cluster.name, cluster.load_balancer, false);
        }
        state
    }

    /// The prerendered page's state with the dates the visitor typed into it: what the
    /// fields hold when the app takes over, so its first render keeps them as they are
    /// (setting a date input to a different value would reset what is being typed).
    pub fn before_start(typed: &[(DateField, String)]) -> Self {
        let mut state = State::default();
        for (field, value) in typed {
            *state.date_mut(*field) = value.clone();
        }
        state
    }

    /// The state the page starts with: the link's, except that a date typed before the
    /// app ran wins over the link's (it is the visitor's latest word, and the field
    /// showed it, so the address follows it).
    pub fn start(start: Start) -> Self {
        let mut state = State::from_query(query::parse(&start.query), start.today);
        for (field, value) in start.typed {
            if !value.is_empty() && value != state.date(field) {
                *state.date_mut(field) = value;
                state.edited = true;
            }
        }
        state.started = true;
        state
    }

    /// How the page shows the plan, as the link says it.
    pub fn mode(&self) -> query::Mode {
        query::Mode {
            embed: self.embed,
            theme: self.theme,
        }
    }

    /// The core's input. Blank dates are `None`; every cluster row is included, even
    /// an empty one, so the core can point at it.
    pub fn input(&self) -> PlanInput {
        let date = |text: &str| (!text.is_empty()).then(|| text.to_owned());
        PlanInput {
            shutdown: date(&self.shutdown),
            restart: date(&self.restart),
            last_update: date(&self.last_update),
            today: date(&self.today),
            clusters: self
                .clusters
                .iter()
                .map(|c| ClusterInput {
                    name: c.name.clone(),
                    load_balancer: c.load_balancer,
                })
                .collect(),
        }
    }

    /// The value of a date field.
    pub fn date(&self, field: DateField) -> &str {
        match field {
            DateField::Shutdown => &self.shutdown,
            DateField::Restart => &self.restart,
            DateField::LastUpdate => &self.last_update,
        }
    }

    fn date_mut(&mut self, field: DateField) -> &mut String {
        match field {
            DateField::Shutdown => &mut self.shutdown,
            DateField::Restart => &mut self.restart,
            DateField::LastUpdate => &mut self.last_update,
        }
    }

    fn push_cluster(&mut self, name: String, load_balancer: bool, added: bool) {
        self.clusters.push(ClusterRow {
            id: self.next_id,
            name,
            load_balancer,
            added,
            fresh: added,
        });
        self.next_id += 1;
    }

    /// A row for every name in the paste box not already listed, each checked like a
    /// typed one: a bad name is added and marked, never dropped. The box empties once
    /// every name has a row; names beyond the cluster limit stay in it.
    fn add_pasted(&mut self) {
        let pasted = paste::parse(&self.paste, &self.input().clusters);
        let flagged = pasted.names.iter().filter(|n| n.problem.is_some()).count();
        self.pasted = Some(PasteReport {
            format: pasted.format,
            added: pasted.names.len(),
            flagged,
            not_taken: pasted.not_taken,
            already_listed: pasted.already_listed,
            first_row: self.clusters.len() + 1,
        });
        for name in pasted.names {
            self.push_cluster(name.name, false, false);
        }
        if pasted.not_taken == 0 {
            self.paste.clear();
        }
    }

    fn cluster(&mut self, id: u32) -> Option<&mut ClusterRow> {
        self.clusters.iter_mut().find(|c| c.id == id)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        // What the person changes, not what they pass through (tabbing across a field).
        let before = (!matches!(action, Action::Start(_))).then(|| state.input());
        match action {
            // Once only: a second start would throw away what was entered since.
            Action::Start(start) if !state.started => state = State::start(start),
            Action::Start(_) => {}
            Action::SetDate(field, value, status) => {
                *state.date_mut(field) = value;
                state.date_status[field.index()] = status;
            }
            Action::AddCluster => state.push_cluster(String::new(), false, true),
            Action::LeftClusterName(id) => {
                if let Some(row) = state.cluster(id) {
                    row.fresh = false;
                }
            }
            Action::RemoveCluster(id) => state.clusters.retain(|c| c.id != id),
            Action::SetClusterName(id, name) => {
                if let Some(row) = state.cluster(id) {
                    row.name = name;
                }
            }
            Action::SetLoadBalancer(id, on) => {
                if let Some(row) = state.cluster(id) {
                    row.load_balancer = on;
                }
            }
            Action::DismissIgnored => {
                state.ignored.clear();
                state.ignored_count = 0;
                state.not_taken.clear();
            }
            Action::Copied(target, ok) => state.copied = Some((target, ok)),
            Action::CopyCleared => state.copied = None,
            Action::SetPaste(text) => state.paste = text,
            Action::AddPasted => state.add_pasted(),
            Action::SetDone(id, done) => {
                state.cleared = None;
                state.progress.set(id, done);
            }
            Action::ClearProgress => {
                if state.progress.any() {
                    state.cleared = Some(state.progress.clone());
                    state.progress.clear();
                }
            }
            Action::UndoClear => {
                if let Some(cleared) = state.cleared.take() {
                    if cleared.key == state.progress.key {
                        state.progress = cleared;
                    }
                }
            }
            Action::ProgressLoaded(progress) => {
                state.cleared = None;
                state.progress = progress;
            }
        }
        if before.is_some_and(|before| before != state.input()) {
            state.edited = true;
        }
        Rc::new(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::Part;

    fn reduce(state: State, actions: impl IntoIterator<Item = Action>) -> State {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        Rc::unwrap_or_clone(state)
    }

    #[test]
    fn a_link_becomes_the_form_and_back() {
        let link =
            "?shutdown=2026-01-01&lastUpdate=2025-12-01&cluster=prod1&cluster=edge2:lb&embed=1&theme=dark";
        let state = State::from_query(query::parse(link), "2026-03-01".into());
        assert_eq!(state.restart, "");
        assert!(state.embed);
        assert_eq!(state.theme, Theme::Dark);
        let input = state.input();
        assert_eq!(input.today.as_deref(), Some("2026-03-01"));
        assert_eq!(input.restart, None);
        assert_eq!(query::to_query(&input, state.mode()), link);
    }

    #[test]
    fn rows_keep_their_ids_when_others_go() {
        let state = reduce(
            State::default(),
            [
                Action::AddCluster,
                Action::AddCluster,
                Action::AddCluster,
                Action::SetClusterName(2, "c".into()),
                Action::RemoveCluster(0),
                Action::SetLoadBalancer(2, true),
                Action::SetClusterName(9, "ignored".into()),
                Action::AddCluster,
            ],
        );
        let rows: Vec<(u32, &str, bool)> = state
            .clusters
            .iter()
            .map(|c| (c.id, c.name.as_str(), c.load_balancer))
            .collect();
        assert_eq!(rows, [(1, "", false), (2, "c", true), (3, "", false)]);
    }

    #[test]
    fn the_prerendered_page_is_the_state_before_start() {
        // The app's first render must match the prerendered HTML: nothing entered, no
        // date known, nothing to put in the URL.
        let state = State::default();
        assert!(!state.started && state.clusters.is_empty() && state.today.is_empty());
        assert_eq!(state.input(), PlanInput::default());
    }

    #[test]
    fn before_the_start_the_fields_keep_what_was_typed_and_nothing_else_changes() {
        let typed = [(DateField::Restart, "2026-03-01".to_owned())];
        let state = State::before_start(&typed);
        assert_eq!(state.restart, "2026-03-01");
        let pristine = State {
            restart: String::new(),
            ..state.clone()
        };
        assert_eq!(pristine, State::default());
    }

    #[test]
    fn start_takes_the_link_and_keeps_what_was_typed_before() {
        let start = Start {
            query: "?shutdown=2026-01-01&restart=2026-02-01&cluster=prod1".into(),
            today: "2026-03-01".into(),
            typed: vec![
                (DateField::Shutdown, "2025-12-24".into()),
                (DateField::Restart, String::new()),
                (DateField::LastUpdate, "2025-11-30".into()),
            ],
        };
        let state = reduce(State::default(), [Action::Start(start)]);
        assert!(state.started);
        assert_eq!(state.shutdown, "2025-12-24", "typed wins over the link");
        assert_eq!(
            state.restart, "2026-02-01",
            "an empty field leaves the link's"
        );
        assert_eq!(state.last_update, "2025-11-30");
        assert_eq!(state.today, "2026-03-01");
        assert!(state.edited, "the address follows what was typed");
        let names: Vec<(&str, bool)> = state
            .clusters
            .iter()
            .map(|c| (c.name.as_str(), c.added))
            .collect();
        assert_eq!(
            names,
            [("prod1", false)],
            "rows from the link take no focus"
        );
    }

    #[test]
    fn a_second_start_changes_nothing() {
        let first = Start {
            query: "?shutdown=2026-01-01".into(),
            ..Start::default()
        };
        let state = reduce(
            State::default(),
            [
                Action::Start(first.clone()),
                Action::AddCluster,
                Action::Start(first),
            ],
        );
        assert_eq!(state.clusters.len(), 1);
        assert!(state.clusters[0].added, "a row added by hand takes focus");
    }

    #[test]
    fn half_typed_input_reaches_the_core_as_typed() {
        let state = reduce(
            State::default(),
            [
                Action::SetDate(
                    DateField::Restart,
                    "2026-03-01".into(),
                    DateStatus::Complete,
                ),
                Action::AddCluster,
                Action::SetClusterName(0, "a b".into()),
            ],
        );
        let input = state.input();
        assert_eq!(input.restart.as_deref(), Some("2026-03-01"));
        assert_eq!(input.shutdown, None);
        assert_eq!(input.clusters[0].name, "a b");
    }

    #[test]
    fn a_link_loses_no_cluster_and_keeps_its_address_until_an_edit() {
        let mut link: String = "?shutdown=2026-10-01&cluster=prod1:LB&cluster=web.shop".into();
        for i in 3..=51 {
            link.push_str(&format!("&cluster=wl{i}"));
        }
        let start = Start {
            query: link,
            today: "2026-12-06".into(),
            typed: Vec::new(),
        };
        let state = reduce(State::default(), [Action::Start(start)]);
        assert_eq!(state.clusters.len(), certplan::MAX_CLUSTERS);
        assert_eq!(
            (
                state.clusters[0].name.as_str(),
                state.clusters[0].load_balancer
            ),
            ("prod1", true)
        );
        assert_eq!(
            state.clusters[1].name, "web.shop",
            "kept, for the core to mark"
        );
        assert_eq!(state.not_taken, ["wl51"]);
        assert_eq!(state.paste, "wl51", "left in the paste box");
        assert!(!state.edited, "the address stays the link as sent");
        let dismissed = reduce(state.clone(), [Action::DismissIgnored]);
        assert!(!dismissed.edited && dismissed.not_taken.is_empty());
        let passed = reduce(
            state.clone(),
            [Action::SetDate(
                DateField::Shutdown,
                "2026-10-01".into(),
                DateStatus::Complete,
            )],
        );
        assert!(!passed.edited, "leaving a field unchanged is no edit");
        assert!(reduce(state, [Action::SetLoadBalancer(1, true)]).edited);
    }

    #[test]
    fn dismissing_the_notice_forgets_the_ignored_parameters() {
        let state = State::from_query(query::parse("?x=1"), String::new());
        assert_eq!(state.ignored_count, 1);
        let state = reduce(state, [Action::DismissIgnored]);
        assert!(state.ignored.is_empty() && state.ignored_count == 0);
    }

    #[test]
    fn one_copy_confirmation_at_a_time() {
        let state = reduce(
            State::default(),
            [
                Action::Copied(CopyTarget::Item(Part::Steps.item(1)), true),
                Action::Copied(CopyTarget::All, false),
            ],
        );
        assert_eq!(state.copied, Some((CopyTarget::All, false)));
        assert_eq!(reduce(state, [Action::CopyCleared]).copied, None);
    }

    fn started() -> State {
        let start = Start {
            today: "2026-03-01".into(),
            ..Start::default()
        };
        reduce(State::default(), [Action::Start(start)])
    }

    #[test]
    fn pasted_names_become_rows_with_their_problems_kept() {
        let state = reduce(
            started(),
            [
                Action::AddCluster,
                Action::SetClusterName(0, "prod1".into()),
                Action::SetPaste("edge2, bad_name\nPROD1 edge2".into()),
                Action::AddPasted,
            ],
        );
        let names: Vec<&str> = state.clusters.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["prod1", "edge2", "bad_name"]);
        assert!(state.clusters[1..]
            .iter()
            .all(|c| !c.added && !c.load_balancer));
        let report = state.pasted.unwrap();
        assert_eq!(
            (
                report.added,
                report.flagged,
                report.not_taken,
                report.already_listed
            ),
            (2, 1, 0, 2)
        );
        assert_eq!(report.first_row, 2);
        assert_eq!(report.format, Format::Words);
        assert_eq!(state.paste, "", "every name has its row");
        // The rows are the form's: the core marks each bad one as it does typed names.
        let errors = certplan::check(&state.input());
        let fields: Vec<&certplan::Field> = errors.iter().map(|e| e.field()).collect();
        assert_eq!(fields, [&certplan::Field::ClusterName(2)]);
        // The same paste again adds nothing, and says so.
        let again = reduce(
            state,
            [
                Action::SetPaste("edge2, bad_name\nPROD1 edge2".into()),
                Action::AddPasted,
            ],
        );
        assert_eq!(again.clusters.len(), 3);
        let report = again.pasted.unwrap();
        assert_eq!((report.added, report.already_listed), (0, 4));
    }

    #[test]
    fn names_beyond_the_limit_stay_in_the_box() {
        let names: Vec<String> = (0..certplan::MAX_CLUSTERS + 2)
            .map(|i| format!("c{i}"))
            .collect();
        let text = names.join("\n");
        let state = reduce(
            started(),
            [Action::SetPaste(text.clone()), Action::AddPasted],
        );
        assert_eq!(state.clusters.len(), certplan::MAX_CLUSTERS);
        assert_eq!(state.pasted.unwrap().not_taken, 2);
        assert_eq!(state.paste, text);
        let empty = reduce(started(), [Action::AddPasted]);
        assert_eq!(empty.pasted.unwrap().added, 0);
        assert!(empty.clusters.is_empty());
    }

    #[test]
    fn progress_is_marked_cleared_and_replaced_by_the_next_plans() {
        let state = reduce(
            started(),
            [
                Action::ProgressLoaded(Progress::restore("a".into(), Some("step:x".into()))),
                Action::SetDone("step:y".into(), true),
                Action::SetDone("step:x".into(), false),
            ],
        );
        assert_eq!(state.progress.key, "a");
        assert_eq!(state.progress.stored().as_deref(), Some("step:y"));
        let cleared = reduce(state.clone(), [Action::ClearProgress]);
        assert!(!cleared.progress.any());
        assert_eq!(cleared.progress.key, "a", "clearing keeps the plan");
        let undone = reduce(cleared.clone(), [Action::UndoClear]);
        assert_eq!(
            undone.progress, state.progress,
            "undo brings the marks back"
        );
        assert_eq!(undone.cleared, None);
        let marked = reduce(
            cleared,
            [Action::SetDone("step:z".into(), true), Action::UndoClear],
        );
        assert_eq!(
            marked.progress.stored().as_deref(),
            Some("step:z"),
            "a new mark ends the undo"
        );
        let next = reduce(
            state,
            [Action::ProgressLoaded(Progress::restore("b".into(), None))],
        );
        assert_eq!(next.progress, Progress::restore("b".into(), None));
    }

    #[test]
    fn each_copy_target_copies_its_own_text() {
        let input = PlanInput {
            shutdown: Some("2026-01-01".into()),
            today: Some("2026-03-01".into()),
            clusters: vec![ClusterInput::new("prod1")],
            ..PlanInput::default()
        };
        let plan = certplan::plan(&input).unwrap();
        let all: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
        assert_eq!(CopyTarget::All.text(&plan), Some(all.join("\n")));
        assert_eq!(
            CopyTarget::Item(Part::Steps.item(1)).text(&plan),
            Some(plan.steps[1].command.clone())
        );
        assert_eq!(
            CopyTarget::Item(Part::Checks.item(0)).text(&plan),
            Some(plan.checks[0].command.clone())
        );
        assert_eq!(CopyTarget::Link.text(&plan), None);
        let (step, remedy) = plan
            .steps
            .iter()
            .enumerate()
            .find_map(|(i, s)| {
                s.if_fails
                    .iter()
                    .position(|r| r.commands.len() > 1)
                    .map(|r| (i, r))
            })
            .expect("a remedy with two commands");
        let second = RemedyCommand {
            item: Part::Steps.item(step),
            remedy,
            command: 1,
        };
        let expected = plan.steps[step].if_fails[remedy].commands[1].clone();
        assert_eq!(CopyTarget::Remedy(second).text(&plan), Some(expected));
        let missing = RemedyCommand {
            command: 9,
            ..second
        };
        assert_eq!(CopyTarget::Remedy(missing).text(&plan), None);
        assert_eq!(CopyTarget::Item(Part::Steps.item(99)).text(&plan), None);
        // Each button belongs to its item, so only that item re-renders to confirm.
        assert_eq!(
            CopyTarget::Remedy(second).item(),
            Some(Part::Steps.item(step))
        );
        assert_eq!(
            CopyTarget::Item(Part::Checks.item(0)).item(),
            Some(Part::Checks.item(0))
        );
        assert_eq!(CopyTarget::All.item(), None);
    }
}
