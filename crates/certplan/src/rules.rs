//! The rules: from checked input to verdicts, notes and steps.
//!
//! Texts are joined with `concat` rather than `format!`, which would pull core's
//! formatting machinery into the web app's wasm (about 1 KB brotli of a 60 KB budget).

use chrono::{Days, NaiveDate};

use crate::checks;
use crate::date;
use crate::error::{Error, ErrorKind};
use crate::field::Field;
use crate::input::{check_cluster_count, PlanInput, MAX_CLUSTERS};
use crate::names;
use crate::output::{Layer, Layers, Note, NoteCode, Plan, ShutdownRow, Step, StepLayer, UpdateRow};
use crate::policy;
use crate::power;
use crate::powershell;
use crate::remedies;
use crate::script::{self, ScriptFacts};
use crate::tables::{
    Command, FIX_LOAD_BALANCER, FIX_MANAGEMENT, FIX_TABLE, FIX_TARGET, REFRESH_CREDENTIAL,
};

/// The shutdown length, in days, from which MOC is impacted.
///
/// Microsoft's table has two rows, "less than 30 days" and "more than 30 days", and says
/// nothing about exactly 30. We treat 30 as "more than 30": running the MOC fix when it
/// was not needed is a harmless rotation of tokens and certificates, while skipping it
/// when it was needed leaves every cluster unable to talk to MOC. The plan says so in a
/// [`NoteCode::Exactly30Days`] note, so the choice is never hidden.
pub const MOC_IMPACT_DAYS: i64 = 30;

/// A last update at most this many days ago matches "updated within 90 days".
pub const UPDATE_WINDOW_DAYS: i64 = 90;

/// Past this many days since the last update, the overview page's advice applies.
pub const UPDATE_ADVICE_DAYS: i64 = 60;

/// Input that passed every check.
struct Checked<'a> {
    shutdown: Option<NaiveDate>,
    restart: Option<NaiveDate>,
    last_update: Option<NaiveDate>,
    today: NaiveDate,
    clusters: Vec<(&'a str, bool)>,
}

/// Every problem with the input, in form order (dates first, then clusters). Empty when
/// [`plan`] succeeds. Forms use this to mark each bad field at once; [`plan`] reports the
/// first.
///
/// # Errors
/// It returns them rather than failing; each is one of:
/// - [`ErrorKind::NotADate`] on a date field that is not a `YYYY-MM-DD` calendar date;
/// - [`ErrorKind::ShutdownMissing`] on [`Field::Shutdown`]: a power-on date without one;
/// - [`ErrorKind::RestartBeforeShutdown`] on [`Field::Restart`];
/// - [`ErrorKind::UpdateInFuture`] on [`Field::LastUpdate`]: after today;
/// - [`ErrorKind::TodayMissing`] on [`Field::Today`];
/// - [`ErrorKind::TooManyClusters`] on [`Field::Clusters`] (over [`MAX_CLUSTERS`]; the
///   names are then not read);
/// - [`ErrorKind::EmptyName`], [`ErrorKind::NameCharacter`], [`ErrorKind::NameTooLong`]
///   or [`ErrorKind::DuplicateName`] on [`Field::ClusterName`].
pub fn check(input: &PlanInput) -> Vec<Error> {
    match checked(input) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

/// Plans the certificate fix for `input`.
///
/// Never panics.
///
/// # Errors
/// The first problem [`check`] finds, when the input is bad.
pub fn plan(input: &PlanInput) -> Result<Plan, Error> {
    plan_or_errors(input).map_err(|mut errors| errors.swap_remove(0))
}

/// [`plan`] and [`check`] at once: the plan, or every problem with the input (never
/// none). A form that marks each bad field calls this instead of [`check`] then [`plan`],
/// so the input is checked once. Never panics.
///
/// # Errors
/// Every problem [`check`] finds, in its order, when the input is bad.
pub fn plan_or_errors(input: &PlanInput) -> Result<Plan, Vec<Error>> {
    checked(input).map(|input| build(&input))
}

fn checked(input: &PlanInput) -> Result<Checked<'_>, Vec<Error>> {
    let mut errors = Vec::new();
    let mut date = |field: Field, value: &Option<String>| {
        date::parse_optional(field, value.as_deref()).unwrap_or_else(|e| {
            errors.push(e);
            None
        })
    };
    let shutdown = date(Field::Shutdown, &input.shutdown);
    let restart = date(Field::Restart, &input.restart);
    let last_update = date(Field::LastUpdate, &input.last_update);
    let today = date(Field::Today, &input.today);
    let today_given = input.today.as_deref().is_some_and(|t| !t.trim().is_empty());

    if let (Some(restart), None) = (restart, shutdown) {
        if input
            .shutdown
            .as_deref()
            .is_none_or(|s| s.trim().is_empty())
        {
            errors.push(Error::new(
                Field::Shutdown,
                ErrorKind::ShutdownMissing { restart },
            ));
        }
    }
    if let (Some(shutdown), Some(restart)) = (shutdown, restart) {
        if restart < shutdown {
            errors.push(Error::new(
                Field::Restart,
                ErrorKind::RestartBeforeShutdown { shutdown, restart },
            ));
        }
    }
    if let (Some(update), Some(today)) = (last_update, today) {
        if update > today {
            errors.push(Error::new(
                Field::LastUpdate,
                ErrorKind::UpdateInFuture {
                    last_update: update,
                    today,
                },
            ));
        }
    }
    if !today_given {
        errors.push(Error::new(Field::Today, ErrorKind::TodayMissing));
    }

    // Over the cap, the names are not read: the list is refused as a whole, and checking
    // each name against all the others would take minutes for a million of them.
    let mut clusters: Vec<(&str, bool)> =
        Vec::with_capacity(input.clusters.len().min(MAX_CLUSTERS));
    match check_cluster_count(input.clusters.len()) {
        Err(e) => errors.push(e),
        Ok(()) => {
            for (index, cluster) in input.clusters.iter().enumerate() {
                if let Err(e) = names::check(index, &cluster.name) {
                    errors.push(e);
                } else if let Some(first) = clusters
                    .iter()
                    .position(|(seen, _)| seen.eq_ignore_ascii_case(&cluster.name))
                {
                    errors.push(names::duplicate(index, &cluster.name, first));
                }
                clusters.push((&cluster.name, cluster.load_balancer));
            }
        }
    }

    match (errors.is_empty(), today) {
        (true, Some(today)) => Ok(Checked {
            shutdown,
            restart,
            last_update,
            today,
            clusters,
        }),
        _ => Err(errors),
    }
}

fn build(input: &Checked<'_>) -> Plan {
    let mut notes = Vec::new();
    let shutdown = input.shutdown.map(|shutdown| {
        // Still off: plan for powering on today, or on the shutdown day itself when the
        // shutdown is still ahead.
        let restart = input.restart.unwrap_or(input.today.max(shutdown));
        let days = date::days_between(shutdown, restart);
        if input.restart.is_none() {
            notes.push(still_off_note(shutdown, input.today));
        }
        if days == MOC_IMPACT_DAYS {
            notes.push(Note::new(
                NoteCode::Exactly30Days,
                "Powered off exactly 30 days. Microsoft's table covers less than 30 and more than 30 days only; this plan treats 30 days as more than 30, because an unneeded MOC fix is a harmless rotation while a skipped one leaves the clusters broken.".into(),
            ));
        }
        notes.extend(policy::shutdown_notes(days));
        let row = if days < MOC_IMPACT_DAYS {
            ShutdownRow::LessThan30Days
        } else {
            ShutdownRow::MoreThan30Days
        };
        (days, row, shutdown, restart)
    });
    // A power-on still ahead (planned, or a shutdown not yet begun) is told as a plan.
    let planned = shutdown.is_some_and(|(_, _, from, to)| from > input.today || to > input.today);
    let update = input.last_update.map(|update| {
        let age = date::days_between(update, input.today);
        if age > UPDATE_ADVICE_DAYS {
            notes.push(Note::new(
                NoteCode::UpdateAdvice,
                [
                    "Last updated ",
                    &days_ago(age),
                    ". Advice, not an impact: Microsoft recommends updating within 60 days of a new release, and each update renews the certificates for another 90 days.",
                ]
                .concat(),
            ));
        }
        let row = if age <= UPDATE_WINDOW_DAYS {
            UpdateRow::Within90Days
        } else {
            UpdateRow::NotWithin90Days
        };
        (age, row)
    });

    let shutdown_row = shutdown.map(|(_, row, _, _)| row.row());
    let update_row = update.map(|(_, row)| row.row());
    let moc_impacted =
        shutdown_row.is_some_and(|r| r.moc_impacted) || update_row.is_some_and(|r| r.moc_impacted);
    let kubernetes_impacted = shutdown_row.is_some_and(|r| r.kubernetes_impacted)
        || update_row.is_some_and(|r| r.kubernetes_impacted);

    let layers = Layers {
        moc: Layer {
            impacted: moc_impacted,
            reason: reason(
                LayerName::Moc,
                moc_impacted,
                shutdown.map(|s| s.0),
                planned,
                update,
            ),
        },
        kubernetes: Layer {
            impacted: kubernetes_impacted,
            reason: reason(
                LayerName::Kubernetes,
                kubernetes_impacted,
                shutdown.map(|s| s.0),
                planned,
                update,
            ),
        },
    };

    if (moc_impacted || kubernetes_impacted) && input.clusters.is_empty() {
        notes.push(Note::new(
            NoteCode::NoClusters,
            if moc_impacted {
                "No workload clusters listed: add each one to get its fix commands. Only the management cluster fix is shown."
            } else {
                "No workload clusters listed: add each one to get its fix commands. Until then there is no command to run."
            }
            .into(),
        ));
    }
    // One note for every such name: twenty `prod-weu-NN` clusters are one remark, not twenty.
    let styled: Vec<&str> = input
        .clusters
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| names::draws_warning(name))
        .collect();
    if !styled.is_empty() {
        let mut text = String::from(if styled.len() == 1 {
            "Cluster name "
        } else {
            "Cluster names "
        });
        for (index, name) in styled.iter().enumerate() {
            if index > 0 {
                text.push_str(", ");
            }
            text.push('"');
            text.push_str(name);
            text.push('"');
        }
        text.push_str(if styled.len() == 1 {
            " has a hyphen or capital letter, which Microsoft's New-AksHciCluster docs warn against. The commands work for an existing cluster: check the name matches Get-AksHciCluster exactly."
        } else {
            " have a hyphen or capital letter, which Microsoft's New-AksHciCluster docs warn against. The commands work for existing clusters: check each name matches Get-AksHciCluster exactly."
        });
        notes.push(Note::new(NoteCode::ClusterNameStyle, text));
    }

    notes.extend(policy::platform_notes(input.today));

    let steps = steps(moc_impacted, kubernetes_impacted, &input.clusters);
    // Still off, or back today or later: the night starts with powering on. A shutdown
    // today or later also gets the way down.
    let back_later = input
        .shutdown
        .is_some_and(|_| input.restart.is_none_or(|restart| restart >= input.today));
    let power_off = if input
        .shutdown
        .is_some_and(|shutdown| shutdown >= input.today)
    {
        power::items(&power::POWER_OFF)
    } else {
        Vec::new()
    };
    let checks = if steps.is_empty() {
        Vec::new()
    } else {
        checks::checks(&input.clusters)
    };
    Plan {
        shutdown_days: shutdown.map(|s| s.0),
        update_age_days: update.map(|u| u.0),
        shutdown_row: shutdown.map(|s| s.1),
        update_row: update.map(|u| u.1),
        layers,
        steps,
        notes,
        checks,
        power_on: if back_later {
            power::items(&power::POWER_ON)
        } else {
            Vec::new()
        },
        power_off,
        facts: ScriptFacts {
            today: input.today,
            night: shutdown.map(|(_, _, from, to)| (from, to)),
            still_off: input.restart.is_none(),
            clusters: input
                .clusters
                .iter()
                .map(|(name, _)| (*name).to_owned())
                .collect(),
        },
    }
}

/// The steps in the seed's order, extended: management MOC fix, every kubelet fix, every
/// cloud fix (with the load balancer patch the seed's ordered list forgets), then a
/// kubeconfig refresh per cluster.
fn steps(moc: bool, kubernetes: bool, clusters: &[(&str, bool)]) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut push = |command: &Command, cluster: Option<&str>, layer: StepLayer, purpose: String| {
        let command = powershell::render(command, cluster);
        let kind = script::step_kind(layer, cluster.is_some());
        steps.push(Step {
            if_fails: remedies::render(kind, &command, cluster),
            command,
            cluster: cluster.map(str::to_owned),
            layer,
            purpose,
        });
    };
    let fix = |row: usize, moc_column: bool| {
        let row = &FIX_TABLE.rows[row];
        let command = if moc_column { row.moc } else { row.kubernetes };
        command.expect("the fix table has a command in every cell the rules read")
    };
    if moc {
        push(
            &fix(FIX_MANAGEMENT, true),
            None,
            StepLayer::Moc,
            "Renew the management cluster's MOC certificates and tokens first: every workload cluster fix needs a working MOC (fix table, Management cluster).".into(),
        );
    }
    if kubernetes {
        for (name, _) in clusters {
            push(
                &fix(FIX_TARGET, false),
                Some(name),
                StepLayer::Kubernetes,
                [
                    "Renew the Kubernetes control plane certificates of cluster ",
                    name,
                    " (fix table, Target cluster, Kubernetes column).",
                ]
                .concat(),
            );
        }
    }
    if moc {
        for (name, load_balancer) in clusters {
            let (row, purpose) = if *load_balancer {
                (
                    FIX_LOAD_BALANCER,
                    [
                        "Renew the MOC certificates of cluster ",
                        name,
                        " and patch its load balancer (fix table, Load balancer).",
                    ]
                    .concat(),
                )
            } else {
                (
                    FIX_TARGET,
                    [
                        "Renew the MOC certificates of cluster ",
                        name,
                        " (fix table, Target cluster, MOC column).",
                    ]
                    .concat(),
                )
            };
            push(&fix(row, true), Some(name), StepLayer::Moc, purpose);
        }
    }
    if kubernetes {
        for (name, _) in clusters {
            push(
                &REFRESH_CREDENTIAL,
                Some(name),
                StepLayer::Verify,
                [
                    "Refresh the kubeconfig of cluster ",
                    name,
                    " and check it answers: run kubectl get nodes right after (known-issues page, after a kubelet fix).",
                ]
                .concat(),
            );
        }
    }
    steps
}

#[derive(Clone, Copy)]
enum LayerName {
    Moc,
    Kubernetes,
}

/// The layer's verdict in words; `planned` when the power-on is still ahead, which is
/// told in the future tense: nothing has expired yet.
fn reason(
    layer: LayerName,
    impacted: bool,
    shutdown_days: Option<i64>,
    planned: bool,
    update: Option<(i64, UpdateRow)>,
) -> String {
    let tense = |past: &'static str, future: &'static str| if planned { future } else { past };
    let mut out = match shutdown_days {
        None => "No shutdown entered, so no shutdown row applies.".to_string(),
        Some(days) => {
            let length = match days.cmp(&MOC_IMPACT_DAYS) {
                core::cmp::Ordering::Less => "less than 30 days",
                core::cmp::Ordering::Equal => "exactly 30 days, treated as more than 30 days",
                core::cmp::Ordering::Greater => "more than 30 days",
            };
            let outcome = match layer {
                LayerName::Moc if days < MOC_IMPACT_DAYS => tense(
                    ", so MOC certificates are still valid.",
                    ", so MOC certificates will still be valid.",
                ),
                LayerName::Moc if days == MOC_IMPACT_DAYS => tense(
                    ", so MOC certificates need renewal.",
                    ", so MOC certificates will need renewal.",
                ),
                LayerName::Moc => tense(
                    ", so MOC certificates have expired.",
                    ", so MOC certificates will have expired.",
                ),
                LayerName::Kubernetes => tense(
                    ", and the short-lived Kubernetes certificates missed their renewals.",
                    ", and the short-lived Kubernetes certificates will miss their renewals.",
                ),
            };
            [
                tense("Powered off ", "Will be powered off "),
                &day_count(days),
                ": ",
                length,
                outcome,
            ]
            .concat()
        }
    };
    if let Some((age, row)) = update {
        for part in [
            " Last updated ",
            &days_ago(age),
            " (",
            match row {
                UpdateRow::Within90Days => "within 90 days",
                UpdateRow::NotWithin90Days => "not within 90 days",
            },
            "): updates do not impact certificates.",
        ] {
            out.push_str(part);
        }
    }
    if !impacted && shutdown_days.is_none() && update.is_none() {
        out.push_str(" Nothing to fix.");
    }
    out
}

pub(crate) fn day_count(days: i64) -> String {
    if days == 1 {
        "1 day".into()
    } else {
        [&days.to_string(), " days"].concat()
    }
}

fn days_ago(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "1 day ago".into(),
        n => [&n.to_string(), " days ago"].concat(),
    }
}

fn still_off_note(shutdown: NaiveDate, today: NaiveDate) -> Note {
    // The MOC certificates survive a shutdown of less than 30 days: power-on on day 29.
    let last_safe = shutdown
        .checked_add_days(Days::new(29))
        .map(date::format)
        .unwrap_or_default();
    if shutdown > today {
        return Note::new(
            NoteCode::FutureShutdown,
            [
                "The shutdown is still ahead: this plan is for powering on the same day. Power on by ",
                &last_safe,
                " to keep MOC certificates unaffected.",
            ]
            .concat(),
        );
    }
    let today_text = date::format(today);
    let text = if date::days_between(shutdown, today) < MOC_IMPACT_DAYS {
        [
            "Still powered off: this plan is for powering on today, ",
            &today_text,
            ". Power on by ",
            &last_safe,
            " to keep MOC certificates unaffected.",
        ]
    } else {
        [
            "Still powered off: this plan is for powering on today, ",
            &today_text,
            ". The last day to power on with MOC certificates unaffected was ",
            &last_safe,
            ".",
        ]
    }
    .concat();
    Note::new(NoteCode::StillOff, text)
}
