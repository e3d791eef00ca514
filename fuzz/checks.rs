// The checks of the fuzz targets, in one place: included (`include!`) by
// fuzz/fuzz_targets/*.rs and by crates/certplan/tests/fuzz_regressions.rs, which replays
// the saved inputs on every `cargo test`. Each check panics on a broken promise, which
// is what libFuzzer and the test harness both report.

/// `certplan::query::parse` over a query string. Beyond "never panics", the promises the
/// page relies on: bounded lists, no `today` from a link, and that whatever the parser
/// accepts survives a round trip through `to_query` unchanged and is something `plan`
/// answers without panicking.
#[allow(dead_code)]
fn check_query(text: &str) {
    use certplan::query::{parse, to_query, MAX_CLUSTERS, MAX_REPORTED};

    let query = parse(text);
    assert!(query.ignored.len() <= MAX_REPORTED);
    assert!(query.ignored_count >= query.ignored.len());
    assert!(query.input.clusters.len() <= MAX_CLUSTERS);
    assert_eq!(query.input.today, None, "a link must never set today");

    let written = to_query(&query.input, query.mode);
    let again = parse(&written);
    assert_eq!(again.input, query.input, "round trip through {written:?}");
    assert_eq!(again.mode, query.mode, "round trip through {written:?}");
    assert!(
        again.ignored.is_empty(),
        "{written:?} drops {:?}",
        again.ignored
    );

    let mut input = query.input;
    input.today = Some("2026-11-26".into());
    // Err is fine (e.g. power-on before shutdown); a panic is the finding.
    let _ = certplan::plan(&input);
}

/// The embedders' path: JSON bytes into `PlanInput`, then `plan`. Beyond "never
/// panics": `plan` fails exactly when `check` reports a problem, and then with the first
/// of them; every plan keeps the output contract (ASCII commands and script, the name on
/// every cluster command, serializable to JSON).
#[allow(dead_code)]
fn check_plan_json(data: &[u8]) {
    let Ok(input) = serde_json::from_slice::<certplan::PlanInput>(data) else {
        return;
    };
    let problems = certplan::check(&input);
    match certplan::plan(&input) {
        Ok(plan) => {
            assert!(problems.is_empty(), "planned despite {problems:?}");
            assert!(plan.script().is_ascii(), "non-ASCII script");
            for step in &plan.steps {
                assert!(step.command.is_ascii(), "non-ASCII {:?}", step.command);
                if let Some(cluster) = &step.cluster {
                    assert!(
                        step.command.contains(&format!("-Name '{cluster}'")),
                        "{:?} does not name {cluster}",
                        step.command
                    );
                }
            }
            assert!(serde_json::to_vec(&plan).is_ok());
        }
        Err(error) => {
            assert_eq!(problems.first(), Some(&error), "plan and check disagree");
            assert!(!error.message().is_empty());
        }
    }
}

/// `certplan::lookup::find_remedies` over any pasted text (the bytes as the browser hands
/// them over: invalid UTF-8 replaced). Beyond "never panics": with a valid plan it
/// answers, every match's `matched` is a part of the text and its remedy is one the plan
/// knows, no two matches are the same remedy, and every command without a placeholder is
/// ASCII.
#[allow(dead_code)]
fn check_lookup(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let input = certplan::PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-01".into()),
        clusters: vec![
            certplan::ClusterInput::new("prod1"),
            certplan::ClusterInput::with_load_balancer("edge2"),
        ],
        ..certplan::PlanInput::default()
    };
    let found = certplan::lookup::find_remedies(&text, &input).expect("a valid input answers");
    for (n, m) in found.iter().enumerate() {
        assert!(text.contains(m.matched.as_str()), "{:?} is not in the text", m.matched);
        assert!(!m.matched.is_empty());
        assert!(
            found[..n].iter().all(|other| other.remedy.id != m.remedy.id),
            "{} twice",
            m.remedy.id
        );
        for command in &m.remedy.commands {
            assert!(
                certplan::lookup::has_placeholder(command) || command.is_ascii(),
                "{command:?}"
            );
        }
    }
}
