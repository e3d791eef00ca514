//! Cluster names that could break out of a PowerShell argument, or are just wrong, are
//! refused with a located error, so no command is ever rendered with them.

use certplan::{check, plan, ClusterInput, ErrorCode, Field, PlanInput, MAX_NAME_LEN};

/// Names the validator must refuse as `invalid-cluster-name`.
const INVALID: &[(&str, &str)] = &[
    ("ASCII single quote", "prod'1"),
    ("quote breakout", "x'; Remove-Item C:\\ -Recurse; '"),
    ("ASCII double quote", "prod\"1"),
    ("left single quotation mark U+2018", "prod\u{2018}1"),
    ("right single quotation mark U+2019", "prod\u{2019}1"),
    ("single low-9 quotation mark U+201A", "prod\u{201A}1"),
    (
        "single high-reversed-9 quotation mark U+201B",
        "prod\u{201B}1",
    ),
    ("left double quotation mark U+201C", "prod\u{201C}1"),
    ("right double quotation mark U+201D", "prod\u{201D}1"),
    ("semicolon", "prod1;calc"),
    ("subexpression", "$(calc)"),
    ("variable", "$env:USERNAME"),
    ("backtick", "prod`1"),
    ("newline", "prod1\ncalc"),
    ("carriage return", "prod1\rcalc"),
    ("CRLF at the end", "prod1\r\n"),
    ("tab", "prod\t1"),
    ("inner space", "prod 1"),
    ("leading space", " prod1"),
    ("trailing space", "prod1 "),
    ("only spaces", "   "),
    ("empty", ""),
    ("NUL", "prod\u{0}1"),
    ("non-ASCII letter e-acute", "caf\u{e9}"),
    ("Cyrillic", "\u{43f}\u{440}\u{43e}\u{434}"),
    ("CJK", "\u{540d}\u{524d}"),
    ("full-width letter", "\u{ff50}rod1"),
    ("en-dash inside", "prod\u{2013}1"),
    ("en-dash switch lookalike", "\u{2013}fixCloudCredentials"),
    ("em-dash", "prod\u{2014}1"),
    ("non-breaking space", "prod\u{a0}1"),
    ("zero-width space", "prod\u{200b}1"),
    ("pipe", "prod1|calc"),
    ("ampersand", "prod1&calc"),
    ("hash", "prod1#x"),
    ("at sign", "@(1)"),
    ("braces", "${x}"),
    ("dot", "prod.1"),
    ("underscore", "prod_1"),
    ("slash", "prod/1"),
    ("backslash", "prod\\1"),
    ("angle brackets", "<prod>"),
    ("parentheses", "prod(1)"),
    ("comma", "prod,1"),
    ("equals", "a=b"),
    (
        "64 characters",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl",
    ),
    (
        "64 characters with hyphens",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-0-1-2-3-4-56",
    ),
];

/// Dates that make both layers impacted, so a valid name would get four commands.
fn impacted(clusters: Vec<ClusterInput>) -> PlanInput {
    PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-01".into()),
        clusters,
        ..PlanInput::default()
    }
}

/// Clusters without a load balancer, named `names`.
fn named(names: &[&str]) -> Vec<ClusterInput> {
    names.iter().map(|name| ClusterInput::new(*name)).collect()
}

/// No shutdown: nothing impacted, yet names are still checked.
fn not_impacted(clusters: Vec<ClusterInput>) -> PlanInput {
    PlanInput {
        today: Some("2026-03-01".into()),
        clusters,
        ..PlanInput::default()
    }
}

/// Asserts `plan` refuses `input` with `code` at `clusters[index].name`, that `check`
/// reports the same error first, and that the message is one printable line.
fn assert_refused(what: &str, input: &PlanInput, code: ErrorCode, index: usize) {
    let err = match plan(input) {
        Ok(plan) => {
            let commands: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
            panic!("{what}: accepted, commands {commands:?}");
        }
        Err(err) => err,
    };
    assert_eq!(err.code(), code, "{what}: {err}");
    assert_eq!(*err.field(), Field::ClusterName(index), "{what}");
    assert_eq!(err.field().to_string(), format!("clusters[{index}].name"));
    assert_eq!(check(input).first(), Some(&err), "{what}");
    assert!(
        !err.to_string().chars().any(char::is_control),
        "{what}: the message carries a control character: {err:?}"
    );
    assert!(
        err.to_string()
            .starts_with(&format!("Cluster {}:", index + 1)),
        "{what}: the message does not say which cluster: {err}"
    );
}

#[test]
fn the_list_really_is_hostile() {
    // Guards the table itself: 64 means 64, and the valid neighbour is valid.
    assert_eq!(MAX_NAME_LEN, 63);
    for (what, name) in INVALID {
        if what.starts_with("64") {
            assert_eq!(name.len(), 64, "{what}");
        }
    }
    assert!(plan(&impacted(named(&["ok1"]))).is_ok());
}

#[test]
fn invalid_names_are_refused_alone() {
    for (what, name) in INVALID {
        assert_refused(
            what,
            &impacted(named(&[name])),
            ErrorCode::InvalidClusterName,
            0,
        );
    }
}

#[test]
fn invalid_names_are_refused_after_a_valid_one_with_a_load_balancer() {
    for (what, name) in INVALID {
        assert_refused(
            what,
            &impacted(vec![
                ClusterInput::new("ok1"),
                ClusterInput::new("ok2"),
                ClusterInput::with_load_balancer(*name),
            ]),
            ErrorCode::InvalidClusterName,
            2,
        );
    }
}

#[test]
fn invalid_names_are_refused_even_when_nothing_is_impacted() {
    for (what, name) in INVALID {
        assert_refused(
            what,
            &not_impacted(named(&["ok1", name])),
            ErrorCode::InvalidClusterName,
            1,
        );
    }
}

#[test]
fn every_bad_name_is_reported_by_check() {
    let names: Vec<&str> = INVALID.iter().map(|(_, name)| *name).collect();
    let errors = check(&impacted(named(&names)));
    let fields: Vec<String> = errors.iter().map(|e| e.field().to_string()).collect();
    let wanted: Vec<String> = (0..INVALID.len())
        .map(|i| format!("clusters[{i}].name"))
        .collect();
    assert_eq!(fields, wanted);
    assert!(errors
        .iter()
        .all(|e| e.code() == ErrorCode::InvalidClusterName));
}

#[test]
fn sixty_three_characters_are_accepted() {
    let name = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk";
    assert_eq!(name.len(), 63);
    let plan = plan(&impacted(named(&[name]))).unwrap();
    assert_eq!(
        plan.steps[1].command,
        "Update-AksHciClusterCertificates -Name 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk' -fixKubeletCredentials"
    );
}

#[test]
fn duplicates_are_refused_at_the_second_occurrence() {
    let cases: &[(&str, &[&str], usize)] = &[
        ("same name", &["prod1", "prod1"], 1),
        ("different case", &["prod1", "PROD1"], 1),
        ("mixed case with hyphen", &["My-Cluster", "my-cluster"], 1),
        ("after another cluster", &["a", "b", "A"], 2),
        ("third copy reported first at index 1", &["x", "X", "x"], 1),
    ];
    for (what, names, index) in cases {
        assert_refused(
            what,
            &impacted(named(names)),
            ErrorCode::DuplicateClusterName,
            *index,
        );
    }
}

#[test]
fn a_duplicate_differing_only_by_load_balancer_is_still_a_duplicate() {
    assert_refused(
        "load balancer flag differs",
        &impacted(vec![
            ClusterInput::new("edge"),
            ClusterInput::with_load_balancer("edge"),
        ]),
        ErrorCode::DuplicateClusterName,
        1,
    );
}

#[test]
fn the_duplicate_message_names_both_positions() {
    let err = plan(&impacted(named(&["a", "b", "B"]))).unwrap_err();
    assert!(err.to_string().contains("cluster 2"), "{err}");
    assert!(err.to_string().starts_with("Cluster 3:"), "{err}");
}

#[test]
fn names_that_differ_are_not_duplicates() {
    let plan = plan(&impacted(named(&["prod1", "prod10", "prod-1"]))).unwrap();
    let clusters: Vec<Option<&str>> = plan.steps.iter().map(|s| s.cluster.as_deref()).collect();
    assert_eq!(
        clusters,
        [
            None,
            Some("prod1"),
            Some("prod10"),
            Some("prod-1"),
            Some("prod1"),
            Some("prod10"),
            Some("prod-1"),
            Some("prod1"),
            Some("prod10"),
            Some("prod-1"),
        ]
    );
}
