//! Input echoed back to a person (in an error message or a notice): cut short, and with
//! control characters replaced, so a hostile value cannot forge extra lines.

/// At most `max` characters of `text`, controls as U+FFFD, and `...` when cut.
pub fn shown(text: &str, max: usize) -> String {
    shown_with(text, max, '\u{FFFD}')
}

/// [`shown`] with controls as `control` (the JavaScript API's messages write `?`).
pub fn shown_with(text: &str, max: usize, control: char) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| if c.is_control() { control } else { c })
        .collect();
    if text.chars().nth(max).is_some() {
        out.push_str("...");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_and_replaces_controls() {
        assert_eq!(shown("a\nb", 10), "a\u{FFFD}b");
        assert_eq!(shown("abcd", 4), "abcd");
        assert_eq!(shown("abcde", 4), "abcd...");
    }
}
