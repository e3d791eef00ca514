//! Notes that belong to no single card: advice, missing clusters, name style.

use crate::markup::push_text;
use certplan::Note;

/// A plain list, as markup (see [`crate::markup`]); nothing when empty.
pub fn notes(out: &mut String, notes: &[Note]) {
    if notes.is_empty() {
        return;
    }
    out.push_str("<ul class=\"notes\">");
    for note in notes {
        out.push_str("<li class=\"");
        out.push_str(note.code.as_str());
        out.push_str("\">");
        push_text(out, &note.text);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}
