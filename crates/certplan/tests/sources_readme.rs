//! The README's "Sources" section lists every page of `certplan::sources::ALL` with the
//! date the planner shows for it. Regenerate the block with `CERTPLAN_BLESS=1`.

use certplan::sources::{us_date, Source, ALL};

const START: &str = "<!-- sources:start -->\n";
const END: &str = "<!-- sources:end -->";

/// One table row per page, in the table's order, with the sections the planner links.
fn block() -> String {
    let mut pages: Vec<(&Source, Vec<&str>)> = Vec::new();
    for source in ALL {
        let anchor = source.url.split_once('#').map(|(_, a)| a);
        match pages.iter_mut().find(|(p, _)| p.page() == source.page()) {
            Some((_, anchors)) => anchors.extend(anchor),
            None => pages.push((source, anchor.into_iter().collect())),
        }
    }
    let mut out = String::from(START);
    out.push_str("| Page | Dated | Front matter | Sections linked |\n|---|---|---|---|\n");
    for (source, anchors) in pages {
        let front = match source.last_reviewed {
            Some(reviewed) => format!(
                "ms.date {}, ms.lastreviewed {}",
                us_date(source.ms_date),
                us_date(reviewed)
            ),
            None if source.site == "Microsoft Learn" => {
                format!("ms.date {}", us_date(source.ms_date))
            }
            None => format!("opened {}", us_date(source.ms_date)),
        };
        let sections: Vec<String> = anchors.iter().map(|a| format!("`#{a}`")).collect();
        out.push_str(&format!(
            "| {}: [{}]({}) | {} | {} | {} |\n",
            source.site,
            source.title.replace('[', "\\[").replace(']', "\\]"),
            source.page(),
            us_date(source.date()),
            front,
            if sections.is_empty() {
                "the whole page".to_string()
            } else {
                sections.join(", ")
            },
        ));
    }
    out.push_str(END);
    out
}

#[test]
fn the_readme_lists_every_source_with_its_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no {START:?} ... {END:?} block");
    };
    let wanted = block();
    if std::env::var_os("CERTPLAN_BLESS").is_some() {
        let updated = [&readme[..start], &wanted, &readme[end + END.len()..]].concat();
        std::fs::write(path, updated).unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end + END.len()],
        wanted,
        "README.md's Sources: run with CERTPLAN_BLESS=1 after a deliberate change"
    );
}
