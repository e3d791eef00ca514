//! A command on its own line, in monospace, with its Copy button.

use yew::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::render_count;
use crate::state::CopyTarget;

/// A word longer than this may be wider than the line: its command can scroll, so the
/// keyboard must be able to reach it to scroll it.
const LONG_WORD: usize = 40;

/// The command and what its button copies.
#[derive(Properties, PartialEq)]
pub struct CommandLineProps {
    /// The command, ready to paste.
    pub command: AttrValue,
    /// What the button copies (the same command, from the plan).
    pub target: CopyTarget,
    /// The button's accessible name: "Copy" alone does not say which command.
    pub aria_label: AttrValue,
    /// While its button confirms: whether the copy worked.
    pub copied: Option<bool>,
    /// "Copy".
    pub oncopy: Callback<CopyTarget>,
}

/// `<code>` and Copy, side by side (stacked on narrow screens). A line wraps only at a
/// space: never after a parameter's hyphen or inside a name, which a person retyping it
/// would get wrong. A word a browser could break inside is a span that never breaks; the
/// others stay text (a long plan has hundreds of them). A word wider than the line
/// scrolls instead.
#[component]
pub fn CommandLine(props: &CommandLineProps) -> Html {
    render_count::rendered("CommandLine");
    let scrolls = props.command.split(' ').any(|word| word.len() > LONG_WORD);
    html! {
        <div class="command-line">
            <code class="command" tabindex={scrolls.then_some("0")}>
                { for props.command.split(' ').enumerate().map(|(index, word)| html! {
                    <>
                        if index > 0 {{" "}}
                        if breaks_inside(word) {
                            <span class="word">{word.to_owned()}</span>
                        } else {
                            {word.to_owned()}
                        }
                    </>
                }) }
            </code>
            <CopyButton
                target={props.target}
                label="Copy"
                aria_label={props.aria_label.clone()}
                copied={props.copied}
                oncopy={props.oncopy.clone()}
            />
        </div>
    }
}

/// Whether a browser may break a line inside `word`: after a hyphen, a slash, a pipe, a
/// bracket and the like. Letters, digits, quotes and the punctuation that binds to them
/// (`.`, `,`, `:`, `_`, `$`) never break.
fn breaks_inside(word: &str) -> bool {
    word.chars()
        .any(|c| !(c.is_ascii_alphanumeric() || "'\"._:,$".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_a_line_could_break_inside_are_kept_whole() {
        for word in [
            "'prod1'",
            "$env:Name,",
            "Repair-MocLogin",
            "-Name",
            "a/b",
            "x|y",
            "{0}",
            "(x)",
        ] {
            let whole = word.starts_with(['\'', '$']);
            assert_eq!(breaks_inside(word), !whole, "{word}");
        }
    }
}
