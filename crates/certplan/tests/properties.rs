//! Properties of `plan` over arbitrary input, checked against a small model of the rules
//! written here from design.md (its own calendar arithmetic, its own date and name
//! checks), not from the crate's code.

mod common;

use certplan::{check, plan, ClusterInput, NoteCode, Plan, PlanInput, ShutdownRow, StepLayer};
use proptest::prelude::*;

// ---- The model -------------------------------------------------------------------

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = (if y >= 0 { y } else { y - 399 }) / 400;
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`], as `YYYY-MM-DD`.
fn civil(z: i64) -> String {
    let z = z + 719_468;
    let era = (if z >= 0 { z } else { z - 146_096 }) / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// A model date: absent, a day number, or bad.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Date {
    Absent,
    Day(i64),
    Bad,
}

fn model_date(value: &Option<String>) -> Date {
    let Some(text) = value.as_deref().map(str::trim) else {
        return Date::Absent;
    };
    if text.is_empty() {
        return Date::Absent;
    }
    let b = text.as_bytes();
    let digits = [0, 1, 2, 3, 5, 6, 8, 9];
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits.iter().all(|&i| b[i].is_ascii_digit())
    {
        return Date::Bad;
    }
    let n = |r: std::ops::Range<usize>| text[r].parse::<i64>().unwrap();
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    let month_days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => return Date::Bad,
    };
    if d < 1 || d > month_days {
        return Date::Bad;
    }
    Date::Day(days_from_civil(y, m, d))
}

fn model_name_ok(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Whether the model accepts the input (design.md: dates, relations, names).
fn model_accepts(input: &PlanInput) -> bool {
    let shutdown = model_date(&input.shutdown);
    let restart = model_date(&input.restart);
    let update = model_date(&input.last_update);
    let today = model_date(&input.today);
    let dates = [shutdown, restart, update, today];
    if dates.contains(&Date::Bad) || today == Date::Absent {
        return false;
    }
    if restart != Date::Absent && shutdown == Date::Absent {
        return false;
    }
    if let (Date::Day(s), Date::Day(r)) = (shutdown, restart) {
        if r < s {
            return false;
        }
    }
    if let (Date::Day(u), Date::Day(t)) = (update, today) {
        if u > t {
            return false;
        }
    }
    let names: Vec<String> = input
        .clusters
        .iter()
        .map(|c| c.name.to_ascii_lowercase())
        .collect();
    let unique = names
        .iter()
        .enumerate()
        .all(|(i, n)| !names[..i].contains(n));
    unique && input.clusters.iter().all(|c| model_name_ok(&c.name))
}

// ---- Strategies ------------------------------------------------------------------

/// Around 2026, where the interesting spans are.
const BASE: i64 = 20_454; // 2026-01-01

fn day_string(day: i64) -> String {
    civil(day)
}

/// Date text: mostly real dates near BASE, plus impossible, extreme and garbage ones.
fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (-400i64..400).prop_map(|o| day_string(BASE + o)),
        1 => (0i64..=9999, 0i64..=13, 0i64..=32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        1 => prop_oneof![Just("0000-01-01".to_string()), Just("9999-12-31".to_string()),
                         Just("2026-02-29".to_string()), Just("2024-02-29".to_string())],
        1 => (-40i64..40).prop_map(|o| format!(" {} ", day_string(BASE + o))),
        1 => "[0-9/ T:-]{0,12}",
        1 => "\\PC{0,12}",
        1 => Just(String::new()),
    ]
}

fn optional_date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![1 => Just(None), 3 => date_text().prop_map(Some)]
}

const HOSTILE: &[&str] = &[
    "",
    " ",
    "prod'1",
    "prod\"1",
    "\u{2018}x",
    "x\u{2019}",
    "\u{201A}",
    "\u{201B}",
    "\u{201C}x\u{201D}",
    ";",
    "$(calc)",
    "`",
    "\n",
    "\r",
    "\t",
    "a b",
    " a",
    "a ",
    "\u{0}",
    "caf\u{e9}",
    "\u{2013}x",
    "-fixCloudCredentials",
    "-",
    "--",
    "-Name",
];

fn cluster_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-zA-Z0-9][a-zA-Z0-9-]{0,20}",
        2 => "[a-cA-C]{1,2}",
        1 => "[a-z0-9-]{60,66}",
        1 => proptest::sample::select(HOSTILE).prop_map(str::to_string),
        1 => "\\PC{0,10}",
        1 => any::<String>(),
    ]
}

fn clusters() -> impl Strategy<Value = Vec<ClusterInput>> {
    prop::collection::vec(
        (cluster_name(), any::<bool>()).prop_map(|(name, load_balancer)| ClusterInput {
            name,
            load_balancer,
        }),
        0..14,
    )
}

/// Input that is mostly valid, so that most cases reach a plan.
fn input() -> impl Strategy<Value = PlanInput> {
    let related = (
        -60i64..60,
        prop::option::of(-5i64..70),
        prop::option::of(-10i64..150),
        prop_oneof![9 => (0i64..100).prop_map(Some), 1 => Just(None)],
    )
        .prop_map(|(shutdown, span, age, today)| {
            let today = today.map(|t| BASE + t);
            let shutdown_day = BASE + shutdown;
            PlanInput {
                shutdown: Some(day_string(shutdown_day)),
                restart: span.map(|s| day_string(shutdown_day + s)),
                last_update: age.map(|a| day_string(today.unwrap_or(BASE) - a)),
                today: today.map(day_string),
                clusters: Vec::new(),
            }
        });
    let arbitrary = (
        optional_date(),
        optional_date(),
        optional_date(),
        optional_date(),
    )
        .prop_map(|(shutdown, restart, last_update, today)| PlanInput {
            shutdown,
            restart,
            last_update,
            today,
            clusters: Vec::new(),
        });
    let valid_clusters = prop::collection::vec(
        ("[a-z][a-z0-9]{0,6}", any::<bool>()).prop_map(|(name, load_balancer)| ClusterInput {
            name,
            load_balancer,
        }),
        0..14,
    );
    (
        prop_oneof![3 => related, 1 => arbitrary],
        prop_oneof![2 => valid_clusters, 1 => clusters()],
    )
        .prop_map(|(mut input, clusters)| {
            input.clusters = clusters;
            input
        })
}

// ---- Helpers ---------------------------------------------------------------------

/// The single-quoted `-Name` value of a command, if any.
fn name_arg(command: &str) -> Option<&str> {
    let rest = command.split_once(" -Name '")?.1;
    Some(rest.split_once('\'')?.0)
}

fn has_note(plan: &Plan, code: NoteCode) -> bool {
    plan.notes.iter().any(|n| n.code == code)
}

// ---- Properties ------------------------------------------------------------------

proptest! {
    /// `check` and `plan` agree, and both agree with the model of what is valid.
    #[test]
    fn check_and_plan_agree_with_the_model(input in input()) {
        let errors = check(&input);
        let result = plan(&input);
        prop_assert_eq!(errors.is_empty(), result.is_ok());
        prop_assert_eq!(result.is_ok(), model_accepts(&input), "errors {:?}", errors);
        if let Err(err) = &result {
            prop_assert_eq!(Some(err), errors.first());
            let message = err.to_string();
            prop_assert!(!message.is_empty());
            prop_assert!(!message.contains('\n'));
        }
    }

    /// Days, rows and impacts follow the rules: MOC exactly when shutdownDays >= 30,
    /// Kubernetes whenever there was a shutdown, the update table never.
    #[test]
    fn verdicts_follow_the_rules(input in input()) {
        let Ok(plan) = plan(&input) else { return Ok(()) };
        let Date::Day(today) = model_date(&input.today) else { unreachable!() };
        let days = match (model_date(&input.shutdown), model_date(&input.restart)) {
            (Date::Day(s), Date::Day(r)) => Some(r - s),
            (Date::Day(s), _) => Some(today.max(s) - s),
            _ => None,
        };
        prop_assert_eq!(plan.shutdown_days, days);
        prop_assert_eq!(plan.layers.moc.impacted, plan.shutdown_days.is_some_and(|d| d >= 30));
        prop_assert_eq!(plan.layers.kubernetes.impacted, plan.shutdown_days.is_some());
        prop_assert_eq!(
            plan.shutdown_row,
            days.map(|d| if d < 30 { ShutdownRow::LessThan30Days } else { ShutdownRow::MoreThan30Days })
        );
        prop_assert_eq!(has_note(&plan, NoteCode::Exactly30Days), days == Some(30));

        let age = match model_date(&input.last_update) {
            Date::Day(u) => Some(today - u),
            _ => None,
        };
        prop_assert_eq!(plan.update_age_days, age);
        prop_assert_eq!(plan.update_row.is_some(), age.is_some());
        if let Some(row) = plan.update_row {
            let json = serde_json::to_value(row).unwrap();
            let wanted = if age.unwrap() <= 90 { "within-90-days" } else { "not-within-90-days" };
            prop_assert_eq!(json, serde_json::json!(wanted));
        }
        prop_assert_eq!(has_note(&plan, NoteCode::UpdateAdvice), age.is_some_and(|a| a > 60));
    }

    /// Without a power-on date, a note gives the last safe day, shutdown + 29.
    #[test]
    fn still_off_names_the_last_safe_day(input in input()) {
        let Ok(plan) = plan(&input) else { return Ok(()) };
        let still_off = plan.notes.iter().find(|n| {
            n.code == NoteCode::StillOff || n.code == NoteCode::FutureShutdown
        });
        match (model_date(&input.shutdown), model_date(&input.restart)) {
            (Date::Day(s), Date::Absent) => {
                let note = still_off.expect("a still-off or future-shutdown note");
                let Date::Day(today) = model_date(&input.today) else { unreachable!() };
                let code = if s > today { NoteCode::FutureShutdown } else { NoteCode::StillOff };
                prop_assert_eq!(note.code, code);
                prop_assert!(note.text.contains(&civil(s + 29)), "{}", note.text);
            }
            _ => prop_assert!(still_off.is_none()),
        }
    }

    /// Steps: seed order, one fix of each kind per listed cluster, names only from the
    /// list, load balancers patched, ASCII everywhere, and the script runs the same
    /// commands.
    #[test]
    fn steps_keep_the_seed_order(input in input()) {
        let Ok(plan) = plan(&input) else { return Ok(()) };
        let (moc, kubernetes) = (plan.layers.moc.impacted, plan.layers.kubernetes.impacted);
        let names: Vec<&str> = input.clusters.iter().map(|c| c.name.as_str()).collect();

        // Layer sequence: moc-mgmt? kubernetes* moc* verify*
        let rank = |s: &certplan::Step| match (s.layer, s.cluster.is_some()) {
            (StepLayer::Moc, false) => 0,
            (StepLayer::Kubernetes, true) => 1,
            (StepLayer::Moc, true) => 2,
            (StepLayer::Verify, true) => 3,
            _ => 99,
        };
        let ranks: Vec<i32> = plan.steps.iter().map(rank).collect();
        prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{:?}", ranks);
        prop_assert!(!ranks.contains(&99), "{:?}", ranks);
        prop_assert!(ranks.iter().filter(|r| **r == 0).count() <= 1);

        let of = |rank_wanted: i32| -> Vec<&certplan::Step> {
            plan.steps.iter().filter(|s| rank(s) == rank_wanted).collect()
        };
        prop_assert_eq!(of(0).len(), usize::from(moc));
        if moc {
            prop_assert_eq!(&of(0)[0].command, "Update-AksHciCertificates");
        }
        for (rank_wanted, impacted) in [(1, kubernetes), (2, moc), (3, kubernetes)] {
            let clusters: Vec<&str> = of(rank_wanted)
                .iter()
                .map(|s| s.cluster.as_deref().unwrap())
                .collect();
            let wanted: Vec<&str> = if impacted { names.clone() } else { Vec::new() };
            prop_assert_eq!(clusters, wanted, "rank {}", rank_wanted);
        }
        for step in of(1) {
            let c = step.cluster.as_deref().unwrap();
            prop_assert_eq!(
                &step.command,
                &format!("Update-AksHciClusterCertificates -Name '{c}' -fixKubeletCredentials")
            );
        }
        for step in of(2) {
            let c = step.cluster.as_deref().unwrap();
            let lb = input.clusters.iter().find(|x| x.name == c).unwrap().load_balancer;
            let switches = if lb { "-patchLoadBalancer -fixCloudCredentials" } else { "-fixCloudCredentials" };
            prop_assert_eq!(
                &step.command,
                &format!("Update-AksHciClusterCertificates -Name '{c}' {switches}")
            );
        }
        for step in of(3) {
            let c = step.cluster.as_deref().unwrap();
            prop_assert_eq!(&step.command, &format!("Get-AksHciCredential -Name '{c}'"));
        }

        for step in &plan.steps {
            prop_assert!(step.command.is_ascii(), "{:?}", step.command);
            prop_assert!(!step.command.contains(['\n', '\r', '\u{2013}']), "{:?}", step.command);
            match name_arg(&step.command) {
                Some(name) => {
                    prop_assert!(names.contains(&name), "{} not listed", name);
                    prop_assert_eq!(step.cluster.as_deref(), Some(name));
                }
                None => prop_assert_eq!(step.cluster.as_deref(), None),
            }
        }
        let script = plan.script();
        prop_assert!(script.is_ascii());
        // The fixes are the script's only lines that start with a fix cmdlet, each in
        // its step's `-From` block.
        let code = common::script_fixes(&script);
        let commands: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
        prop_assert_eq!(code, commands);
    }

    /// Notes about the cluster list: one style note naming every hyphenated or
    /// capitalised name, and a no-clusters note exactly when something is impacted but
    /// nothing is listed.
    #[test]
    fn cluster_notes(input in input()) {
        let Ok(plan) = plan(&input) else { return Ok(()) };
        let styled: Vec<&str> = input
            .clusters
            .iter()
            .map(|c| c.name.as_str())
            .filter(|n| n.contains('-') || n.chars().any(|c| c.is_ascii_uppercase()))
            .collect();
        let notes = common::note_texts(&plan, NoteCode::ClusterNameStyle);
        prop_assert_eq!(notes.len(), usize::from(!styled.is_empty()));
        for name in &styled {
            let quoted = format!("\"{name}\"");
            prop_assert!(notes[0].contains(&quoted), "{} not in {:?}", name, notes);
        }
        prop_assert_eq!(
            has_note(&plan, NoteCode::NoClusters),
            input.clusters.is_empty() && (plan.layers.moc.impacted || plan.layers.kubernetes.impacted)
        );
    }
}

// ---- The model's own calendar is checked against known dates ----------------------

#[test]
fn model_calendar_knows_known_dates() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(civil(BASE), "2026-01-01");
    assert_eq!(
        days_from_civil(2024, 3, 2) - days_from_civil(2024, 2, 1),
        30
    );
    assert_eq!(
        days_from_civil(2025, 3, 2) - days_from_civil(2025, 2, 1),
        29
    );
    assert_eq!(civil(days_from_civil(2024, 2, 29)), "2024-02-29");
    assert_eq!(civil(days_from_civil(0, 1, 1)), "0000-01-01");
    assert_eq!(civil(days_from_civil(9999, 12, 31) + 29), "10000-01-29");
    assert_eq!(model_date(&Some("2026-02-29".into())), Date::Bad);
    assert_eq!(model_date(&Some(" ".into())), Date::Absent);
}
