//! Reading what the measuring programs write: one record a line, fields separated by
//! tabs, the first field the kind (see tests/bench/common.mjs).
//!
//! `samples <name> <v1 v2 ...>` raw samples; `value <name> <text>` a single value; any
//! other kind is a row kept in order (Lighthouse scores and audits).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::cmd::Result;

/// Everything one or more result files said.
#[derive(Debug, Default)]
pub struct Records {
    pub samples: BTreeMap<String, Vec<f64>>,
    pub values: BTreeMap<String, String>,
    pub rows: Vec<Vec<String>>,
}

impl Records {
    /// Reads a result file.
    pub fn read(path: &Path) -> Result<Records> {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut records = Records::default();
        records
            .add(&text)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(records)
    }

    /// Adds the records of `text`.
    pub fn add(&mut self, text: &str) -> Result {
        for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["samples", name, values] => {
                    let parsed = values
                        .split_whitespace()
                        .map(|v| v.parse::<f64>().unwrap_or(f64::NAN))
                        .collect();
                    self.samples.insert((*name).to_owned(), parsed);
                }
                ["value", name, value] => {
                    self.values.insert((*name).to_owned(), (*value).to_owned());
                }
                ["samples" | "value", ..] => {
                    return Err(format!("line {}: malformed record {line:?}", number + 1))
                }
                _ => self
                    .rows
                    .push(fields.iter().map(|f| (*f).to_owned()).collect()),
            }
        }
        Ok(())
    }

    /// Merges another file's records into these.
    pub fn merge(&mut self, other: Records) {
        self.samples.extend(other.samples);
        self.values.extend(other.values);
        self.rows.extend(other.rows);
    }

    /// The samples of `name`; empty when the file had none.
    pub fn samples(&self, name: &str) -> &[f64] {
        self.samples.get(name).map_or(&[], Vec::as_slice)
    }

    /// The value of `name`, or "?" when it is missing.
    pub fn value(&self, name: &str) -> &str {
        self.values.get(name).map_or("?", String::as_str)
    }

    /// Rows of `kind`, without the kind field.
    pub fn rows<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a [String]> + 'a {
        self.rows
            .iter()
            .filter(move |row| row.first().is_some_and(|k| k == kind))
            .map(|row| &row[1..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_kind() {
        let mut r = Records::default();
        r.add("samples\tload_ms\t1.5 2 x\nvalue\tnode\tv20\n\nscore\tmobile\tseo\t100\n")
            .unwrap();
        assert_eq!(r.samples("load_ms")[..2], [1.5, 2.0]);
        assert!(r.samples("load_ms")[2].is_nan());
        assert_eq!(r.value("node"), "v20");
        assert_eq!(r.value("missing"), "?");
        let rows: Vec<_> = r.rows("score").collect();
        assert_eq!(rows, [["mobile", "seo", "100"]]);
        assert!(r.add("value\tonly-a-name").is_err());
    }
}
