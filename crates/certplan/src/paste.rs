//! Many clusters at once: reads pasted text into cluster names, each with the check a
//! typed name gets.
//!
//! The text can be names separated by line breaks, commas or spaces, or what
//! `Get-AksHciCluster` prints: its default list (`Name : mycluster`, one block per
//! cluster, as Microsoft's reference and quickstart show it) or a table with a `Name`
//! column (`Get-AksHciCluster | Format-Table`). In a list or a table only the names
//! are read; everything else the command prints is not a name.
//!
//! Pasting is idempotent: a name already listed (in the form, or earlier in the paste;
//! names compare without regard to case, as the plan compares them) is not added again,
//! only counted in [`Pasted::already_listed`], so the same output pasted twice changes
//! nothing. Nothing else is dropped silently: every other name read comes back with its
//! problem, if any (the same [`Error`] a typed row gets), and names beyond the
//! [`MAX_CLUSTERS`] rows a plan takes are counted in [`Pasted::not_taken`].
//!
//! # Example: a name list with a typo and a repeat
//! ```
//! use certplan::{paste, ClusterInput, ErrorCode, Field};
//!
//! let pasted = paste::parse("prod1, edge2\nedge_3 PROD1 lab", &[ClusterInput::new("lab")]);
//! let names: Vec<&str> = pasted.names.iter().map(|n| n.name.as_str()).collect();
//! assert_eq!(names, ["prod1", "edge2", "edge_3"]);
//! assert_eq!(pasted.already_listed, 2, "PROD1 and lab");
//! assert_eq!(pasted.names[0].problem, None);
//! let typo = pasted.names[2].problem.as_ref().unwrap();
//! assert_eq!(typo.code(), ErrorCode::InvalidClusterName);
//! assert_eq!(*typo.field(), Field::ClusterName(3));
//! ```
//!
//! # Example: what Get-AksHciCluster prints
//! ```
//! use certplan::paste::{self, Format};
//!
//! let output = "ProvisioningState     : provisioned\n\
//!               KubernetesVersion     : v1.20.7\n\
//!               Name                  : mycluster\n";
//! let pasted = paste::parse(output, &[]);
//! assert_eq!(pasted.format, Format::List);
//! assert_eq!(pasted.names.len(), 1);
//! assert_eq!(pasted.names[0].name, "mycluster");
//! ```

use crate::error::Error;
use crate::input::{ClusterInput, MAX_CLUSTERS};
use crate::names;

/// What a paste held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    /// How the text was read.
    pub format: Format,
    /// The names read, in order, as many as the form has rows left for.
    pub names: Vec<PastedName>,
    /// Names read beyond the [`MAX_CLUSTERS`] rows a plan takes: not added, only counted.
    pub not_taken: usize,
    /// Names already listed, in the form or earlier in the paste: not added again.
    pub already_listed: usize,
}

/// How pasted text was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Names separated by line breaks, commas or spaces.
    Words,
    /// `Get-AksHciCluster`'s list output: the value of each `Name :` line.
    List,
    /// A table with a `Name` column over a line of dashes (`Format-Table` output).
    Table,
}

/// One name from a paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedName {
    /// The name as pasted (surrounding quotes removed).
    pub name: String,
    /// Why it cannot be planned as it is; `None` for a good name. The field is the row it
    /// becomes, `clusters[N].name`, counting the rows already in the form.
    pub problem: Option<Error>,
}

/// Reads `text` into names for rows after `existing` (the rows already in the form, whose
/// names are not added again). Never fails; see the module docs.
pub fn parse(text: &str, existing: &[ClusterInput]) -> Pasted {
    let (format, tokens) = match list_names(text) {
        Some(names) => (Format::List, names),
        None => match table_names(text) {
            Some(names) => (Format::Table, names),
            None => (Format::Words, words(text)),
        },
    };
    let room = MAX_CLUSTERS.saturating_sub(existing.len());
    let mut seen: Vec<&str> = existing.iter().map(|c| c.name.as_str()).collect();
    let mut names = Vec::new();
    let (mut not_taken, mut already_listed) = (0, 0);
    for token in tokens {
        let name = unquote(token);
        if seen.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            already_listed += 1;
            continue;
        }
        if names.len() == room {
            not_taken += 1;
            continue;
        }
        let index = existing.len() + names.len();
        seen.push(name);
        names.push(PastedName {
            name: name.to_owned(),
            problem: names::check(index, name).err(),
        });
    }
    Pasted {
        format,
        names,
        not_taken,
        already_listed,
    }
}

/// Names separated by whitespace or commas.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The values of `Name : value` lines, when there is at least one.
fn list_names(text: &str) -> Option<Vec<&str>> {
    let names: Vec<&str> = text
        .lines()
        .filter_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case("name")
                .then(|| value.trim())
        })
        .collect();
    (!names.is_empty()).then_some(names)
}

/// The `Name` column of each table in `text`: a header line with a `Name` heading, a line
/// of dashes under it, then rows up to the next blank line. The dashes give the column's
/// width, as Format-Table draws them.
fn table_names(text: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut names = Vec::new();
    let mut found = false;
    let mut column: Option<(usize, usize)> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            column = None;
            continue;
        }
        if let Some(span) = lines.get(i + 1).and_then(|under| name_column(line, under)) {
            column = Some(span);
            found = true;
            continue;
        }
        match column {
            Some(_) if is_rule(line) => {}
            Some((start, end)) => {
                let cell = cell(line, start, end).trim();
                if !cell.is_empty() {
                    names.push(cell);
                }
            }
            None => {}
        }
    }
    found.then_some(names)
}

/// Whether `line` is a table's rule: dashes and spaces, at least one dash.
fn is_rule(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| c == '-' || c == ' ')
}

/// The character span of the `Name` column when `header` has that heading and `under`
/// is a rule with a run of dashes starting at the same column: from that run to the
/// next one, so a value wider than its dashes is still read whole.
fn name_column(header: &str, under: &str) -> Option<(usize, usize)> {
    if !is_rule(under) {
        return None;
    }
    let header: Vec<char> = header.chars().collect();
    let rule: Vec<char> = under.chars().collect();
    let runs: Vec<usize> = (0..rule.len())
        .filter(|&i| rule[i] == '-' && (i == 0 || rule[i - 1] == ' '))
        .collect();
    runs.iter().enumerate().find_map(|(n, &start)| {
        let end = runs.get(n + 1).copied().unwrap_or(usize::MAX);
        let heading: String = header.iter().skip(start).take(end - start).collect();
        heading
            .trim()
            .eq_ignore_ascii_case("name")
            .then_some((start, end))
    })
}

/// Characters `start..end` of `line` (fewer when the line is shorter).
fn cell(line: &str, start: usize, end: usize) -> &str {
    let mut indices = line.char_indices().map(|(i, _)| i).chain([line.len()]);
    let from = indices.clone().nth(start).unwrap_or(line.len());
    let to = indices.nth(end).unwrap_or(line.len());
    &line[from..to.max(from)]
}

/// `'prod1'` or `"prod1"` as `prod1`; anything else as it is.
fn unquote(token: &str) -> &str {
    for quote in ['\'', '"'] {
        if let Some(inner) = token
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
        {
            return inner;
        }
    }
    token
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Field};

    fn names(pasted: &Pasted) -> Vec<&str> {
        pasted.names.iter().map(|n| n.name.as_str()).collect()
    }

    fn problems(pasted: &Pasted) -> Vec<Option<ErrorCode>> {
        pasted
            .names
            .iter()
            .map(|n| n.problem.as_ref().map(Error::code))
            .collect()
    }

    #[test]
    fn separators_are_line_breaks_commas_and_spaces() {
        let pasted = parse("a1\r\nb2,c3 d4\t e5,,\n\n'f6' \"g7\"", &[]);
        assert_eq!(pasted.format, Format::Words);
        assert_eq!(names(&pasted), ["a1", "b2", "c3", "d4", "e5", "f6", "g7"]);
        assert!(pasted.names.iter().all(|n| n.problem.is_none()));
        assert_eq!(pasted.not_taken, 0);
        assert_eq!(parse("  \n, ,", &[]).names, []);
    }

    #[test]
    fn bad_names_are_kept_with_their_problem_and_listed_names_not_repeated() {
        let existing = [ClusterInput::new("Prod1")];
        let pasted = parse("prod1 ok-2 a;b ok-2 'x", &existing);
        assert_eq!(names(&pasted), ["ok-2", "a;b", "'x"]);
        assert_eq!(pasted.already_listed, 2);
        assert_eq!(
            problems(&pasted),
            [
                None,
                Some(ErrorCode::InvalidClusterName),
                Some(ErrorCode::InvalidClusterName),
            ]
        );
        let messages: Vec<String> = pasted
            .names
            .iter()
            .filter_map(|n| n.problem.as_ref().map(Error::to_string))
            .collect();
        assert_eq!(
            messages,
            [
                "Cluster 3: the name contains a semicolon (;); use only letters A-Z, digits and hyphens.",
                "Cluster 4: the name contains a single quote ('); use only letters A-Z, digits and hyphens.",
            ]
        );
        let fields: Vec<&Field> = pasted
            .names
            .iter()
            .filter_map(|n| n.problem.as_ref().map(Error::field))
            .collect();
        assert_eq!(fields, [&Field::ClusterName(2), &Field::ClusterName(3)]);
    }

    #[test]
    fn the_same_paste_twice_adds_nothing_the_second_time() {
        let text = "Name : prod-weu-01\nName : prod-weu-02\nName : a_b\n";
        let first = parse(text, &[]);
        assert_eq!(first.names.len(), 3);
        let rows: Vec<ClusterInput> = first
            .names
            .iter()
            .map(|n| ClusterInput::new(n.name.clone()))
            .collect();
        let second = parse(text, &rows);
        assert!(second.names.is_empty());
        assert_eq!(
            second.already_listed, 3,
            "invalid names too: they have their row"
        );
        assert_eq!(second.not_taken, 0);
    }

    #[test]
    fn the_cap_counts_what_it_cannot_take() {
        let text: Vec<String> = (0..MAX_CLUSTERS + 7).map(|i| format!("c{i}")).collect();
        let pasted = parse(&text.join("\n"), &[]);
        assert_eq!(pasted.names.len(), MAX_CLUSTERS);
        assert_eq!(pasted.not_taken, 7);
        assert_eq!(pasted.names[MAX_CLUSTERS - 1].name, "c49");

        let existing: Vec<ClusterInput> = (0..48)
            .map(|i| ClusterInput::new(format!("e{i}")))
            .collect();
        let pasted = parse("a b c", &existing);
        assert_eq!(names(&pasted), ["a", "b"]);
        assert_eq!(pasted.not_taken, 1);

        let full: Vec<ClusterInput> = (0..MAX_CLUSTERS)
            .map(|i| ClusterInput::new(format!("e{i}")))
            .collect();
        let pasted = parse("a", &full);
        assert!(pasted.names.is_empty());
        assert_eq!(pasted.not_taken, 1);
        let over: Vec<ClusterInput> = (0..MAX_CLUSTERS + 2)
            .map(|i| ClusterInput::new(format!("e{i}")))
            .collect();
        assert_eq!(parse("a b", &over).not_taken, 2);
    }

    #[test]
    fn reads_the_list_get_akshcicluster_prints() {
        // Two blocks, as the quickstart and the reference page print them.
        let output = "PS C:\\> Get-AksHciCluster\n\n\
            ProvisioningState     : provisioned\n\
            KubernetesVersion     : v1.20.7\n\
            NodePools             : linuxnodepool\n\
            Name                  : mycluster\n\n\
            ProvisioningState :     provisioned\n\
            AutoScalerProfileName:  myAutoScalerProfile\n\
            ControlPlaneVmSize :    Standard_A4_v2\n\
            Name :                  my-workload-cluster\n";
        let pasted = parse(output, &[]);
        assert_eq!(pasted.format, Format::List);
        assert_eq!(names(&pasted), ["mycluster", "my-workload-cluster"]);
        // An empty Name value is still a row, marked invalid.
        let pasted = parse("Name :\n", &[]);
        assert_eq!(problems(&pasted), [Some(ErrorCode::InvalidClusterName)]);
    }

    #[test]
    fn reads_the_name_column_of_a_table() {
        let output = "\n\
            ProvisioningState KubernetesVersion NodePools     Name                ControlPlaneNodeCount\n\
            ----------------- ----------------- ---------     ----                ---------------------\n\
            provisioned       v1.20.7           linuxnodepool mycluster                               1\n\
            provisioned       v1.21.2           win, lin      my-workload-cluster                     3\n\
            \n\
            PS C:\\> next\n";
        let pasted = parse(output, &[]);
        assert_eq!(pasted.format, Format::Table);
        assert_eq!(names(&pasted), ["mycluster", "my-workload-cluster"]);
        // Name as the first or the last column, and a truncated value kept as pasted.
        let output = "Name   Status\n----   ------\nab...  ok\nlong\n";
        assert_eq!(names(&parse(output, &[])), ["ab...", "long"]);
        let output = "Status Name\n------ ----\nok     edge2\n";
        assert_eq!(names(&parse(output, &[])), ["edge2"]);
    }

    #[test]
    fn text_that_only_looks_like_a_table_is_words() {
        let pasted = parse("Name\nprod1\n-- notes --", &[]);
        assert_eq!(pasted.format, Format::Words);
        assert_eq!(names(&pasted), ["Name", "prod1", "--", "notes"]);
        assert_eq!(pasted.already_listed, 1, "the second --");
        // A rule under another heading does not make a Name column.
        let pasted = parse("Cluster\n-------\nprod1", &[]);
        assert_eq!(pasted.format, Format::Words);
    }

    proptest::proptest! {
        /// Whatever the text: no panic, nothing beyond the cap, every word accounted for,
        /// and every name without a problem is one a plan accepts.
        #[test]
        fn every_token_is_a_row_or_counted(text in ".{0,400}", existing in 0usize..55) {
            let rows: Vec<ClusterInput> = (0..existing).map(|i| ClusterInput::new(format!("row{i}"))).collect();
            let pasted = parse(&text, &rows);
            proptest::prop_assert!(pasted.names.len() <= MAX_CLUSTERS.saturating_sub(existing));
            if pasted.format == Format::Words {
                proptest::prop_assert_eq!(
                    pasted.names.len() + pasted.not_taken + pasted.already_listed,
                    words(&text).len()
                );
            }
            for (i, name) in pasted.names.iter().enumerate() {
                let checked = names::check(existing + i, &name.name);
                if name.problem.is_none() {
                    proptest::prop_assert!(checked.is_ok(), "{:?}", name);
                }
            }
        }
    }

    #[test]
    fn cells_are_cut_by_characters() {
        assert_eq!(cell("h\u{e9}llo world", 1, 5), "\u{e9}llo");
        assert_eq!(cell("ab", 1, 9), "b");
        assert_eq!(cell("ab", 5, 9), "");
    }
}
