//! What each part of the runbook is called on the page: its section's id, heading, hint
//! and source, for the section itself and for "Jump to".

use certplan::sources::{self, Source};

use crate::components::runbook::jump_to::JumpLink;
use crate::item::Part;

/// A part's section, as the page names it.
pub struct Frame {
    /// The section's id, when it has one (the power sections: "Jump to" leads there).
    pub id: Option<&'static str>,
    /// The section's classes.
    pub class: &'static str,
    /// The heading's id, which names the section.
    pub heading_id: &'static str,
    /// The heading.
    pub title: &'static str,
    /// What to do with the items, under the heading.
    pub hint: &'static str,
    /// The Microsoft page the items come from, when the section names one.
    pub source: Option<&'static Source>,
}

impl Frame {
    /// The part's "Jump to" link: to its section, or to its heading.
    pub fn jump_link(&self) -> JumpLink {
        JumpLink {
            id: self.id.unwrap_or(self.heading_id),
            label: self.title,
        }
    }
}

/// The section of `part`.
pub fn frame(part: Part) -> Frame {
    match part {
        Part::PowerOff => Frame {
            id: Some("power-off"),
            class: "steps power",
            heading_id: "power-off-title",
            title: "Before you shut down",
            hint: "The documented way down, on the shutdown day: stop the cluster, then the \
                   machines. Add the last safe power-on day to your calendar above.",
            source: Some(&sources::STOP_CLUSTER),
        },
        Part::PowerOn => Frame {
            id: Some("power-on"),
            class: "steps power",
            heading_id: "power-on-title",
            title: "Power on",
            hint: "Before anything else, on the day the clusters come back: the nodes, the \
                   cluster service, then the control plane VMs. The downloaded script checks \
                   the nodes and the control plane VMs itself, and stops when one is not up.",
            source: Some(&sources::START_CLUSTER),
        },
        Part::Checks => Frame {
            id: None,
            class: "steps checks",
            heading_id: "checks-title",
            title: "Before you start",
            hint: "Run these first, in the same elevated PowerShell session on a node, and \
                   compare each answer with the healthy one. The downloaded script runs those \
                   it can by itself, and stops when one fails.",
            source: None,
        },
        Part::Steps => Frame {
            id: None,
            class: "steps",
            heading_id: "steps-title",
            title: "Fix commands",
            hint: "Run in an elevated PowerShell session on a node of the Azure Stack HCI / \
                   Windows Server cluster, one at a time; each must finish before the next. \
                   Tick Done as you go: the marks stay in this browser for this plan's link.",
            source: None,
        },
    }
}
