//! The whole page, as the build prerenders it into index.html.

pub mod fix_table;
pub mod footer;
pub mod help;
pub mod impact_table;
pub mod javascript_notice;
pub mod masthead;
pub mod query_notice;
pub mod reference;
pub mod row_head;
pub mod table_frame;

use yew::prelude::*;

use crate::components::page::footer::Footer;
use crate::components::page::help::Help;
use crate::components::page::javascript_notice::JavaScriptNotice;
use crate::components::page::masthead::Masthead;
use crate::components::page::reference::Reference;
use crate::components::planner::Planner;

/// The id of the element the app takes over (see `main.rs`).
pub const PLANNER_ID: &str = "planner";

/// Everything a visitor sees before any script runs. Only the planner inside
/// [`PLANNER_ID`] is taken over by the app; the rest stays as the build wrote it.
#[component]
pub fn Page() -> Html {
    html! {
        <div class="app">
            <Masthead />
            <JavaScriptNotice />
            <div id={PLANNER_ID}><Planner /></div>
            <Help />
            <Reference />
            <Footer />
        </div>
    }
}
