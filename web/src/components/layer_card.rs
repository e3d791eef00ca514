//! One certificate layer's verdict: Impacted / Not impacted, and why.

use certplan::{Layer, Note};
use yew::Html;

use crate::markup::{push_text, raw};

/// The card of layer `name` ("MOC" or "Kubernetes"; `about` says what it is), with
/// the notes that belong on it. The verdict is spelled out and carries a symbol, so
/// it never relies on colour.
pub fn layer_card(name: &'static str, about: &'static str, layer: &Layer, notes: &[Note]) -> Html {
    let mut out = String::with_capacity(512);
    push_layer_card(&mut out, name, about, layer, notes);
    raw(out)
}

/// [`layer_card`] as markup (see [`crate::markup`]): it has no inputs or buttons.
pub fn push_layer_card(
    out: &mut String,
    name: &'static str,
    about: &'static str,
    layer: &Layer,
    notes: &[Note],
) {
    let (class, symbol, verdict) = if layer.impacted {
        ("card impacted", "!", "Impacted")
    } else {
        ("card ok", "\u{2713}", "Not impacted")
    };
    for part in [
        "<article class=\"",
        class,
        "\" aria-labelledby=\"layer-",
        name,
        "\"><h3 id=\"layer-",
        name,
        "\">",
        name,
        "<span class=\"about\">",
        about,
        "</span></h3><p class=\"verdict\"><span class=\"symbol\" aria-hidden=\"true\">",
        symbol,
        "</span>",
        verdict,
        "</p><p class=\"reason\">",
    ] {
        out.push_str(part);
    }
    push_text(out, &layer.reason);
    out.push_str("</p>");
    for note in notes {
        out.push_str("<p class=\"note ");
        out.push_str(note.code.as_str());
        out.push_str("\">");
        push_text(out, &note.text);
        out.push_str("</p>");
    }
    out.push_str("</article>");
}
