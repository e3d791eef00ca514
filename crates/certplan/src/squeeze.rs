//! Pasted error text in the form the lookup compares: what consoles and ticket systems
//! do to a message taken out, so that only the message's own characters are left.
//!
//! The squeezed form drops every whitespace character (line breaks included, so a word
//! the console broke in two is whole again), zero-width characters and terminal colour
//! codes; folds ASCII letters to lower case, typographic quotes and dashes to their
//! ASCII forms, and every run of digits to one `0` (versions, IP addresses, ports and
//! timestamps differ from site to site, their shape does not). PowerShell's wrapper
//! lines under an error (`At C:\...:1234 char:5`, the `+ ~~~~` underline, `+
//! CategoryInfo`, `+ FullyQualifiedErrorId`) repeat or cut the message, so they are
//! kept apart: after the message text, behind a separator, where they still name the
//! command that failed but never complete a message.
//!
//! Each squeezed byte remembers where its character starts in the pasted text, so a
//! match can be shown as the person pasted it.

/// Stands for any character that no signature holds (other scripts, symbols).
const OTHER: u8 = 0x80;

/// Ends the message text; what follows comes from PowerShell's wrapper lines.
const SEPARATOR: u8 = b'\n';

/// Pasted text, squeezed.
///
/// Invariant: `bytes` and `origin` have the same length; `bytes[..message_len]` holds
/// no [`SEPARATOR`].
pub(crate) struct Squeezed {
    /// The squeezed bytes: the message text, then the separator and the wrapper lines.
    pub bytes: Vec<u8>,
    /// For each squeezed byte, the byte offset in the pasted text of its character.
    pub origin: Vec<u32>,
    /// How many squeezed bytes come from the message text.
    pub message_len: usize,
}

impl Squeezed {
    /// Squeezes `text` (see the module docs).
    pub fn new(text: &str) -> Squeezed {
        let mut message = Builder::with_capacity(text.len());
        let mut wrappers = Builder::with_capacity(0);
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if is_wrapper(line) {
                wrappers.push_str(line, at);
            } else {
                message.push_str(line, at);
            }
            at += line.len();
        }
        let message_len = message.bytes.len();
        if !wrappers.bytes.is_empty() {
            message.bytes.push(SEPARATOR);
            message.origin.push(text.len() as u32);
            message.bytes.append(&mut wrappers.bytes);
            message.origin.append(&mut wrappers.origin);
        }
        Squeezed {
            bytes: message.bytes,
            origin: message.origin,
            message_len,
        }
    }

    /// The pasted text behind squeezed bytes `start..end` (`end > start`), from the
    /// first character to the end of the last (a run of digits to its last digit).
    pub fn original<'a>(&self, text: &'a str, start: usize, end: usize) -> &'a str {
        let from = self.origin[start] as usize;
        let last = self.origin[end - 1] as usize;
        let tail = &text[last..];
        let mut to = last + tail.chars().next().map_or(0, char::len_utf8);
        if self.bytes[end - 1] == b'0' {
            let digits = tail
                .find(|c: char| !c.is_ascii_digit() && !c.is_whitespace())
                .unwrap_or(tail.len());
            to = last + tail[..digits].trim_end().len();
        }
        &text[from..to]
    }
}

/// A signature or a part of one, squeezed as pasted text is.
pub(crate) fn squeeze(text: &str) -> Vec<u8> {
    let mut out = Builder::with_capacity(text.len());
    out.push_str(text, 0);
    out.bytes
}

/// PowerShell's lines under an error message: the script position and the `+` lines.
fn is_wrapper(line: &str) -> bool {
    let line = line.trim_start();
    match line.strip_prefix('+') {
        Some(rest) => rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '~'),
        None => line.starts_with("At ") && line.as_bytes().windows(5).any(|w| w == b"char:"),
    }
}

struct Builder {
    bytes: Vec<u8>,
    origin: Vec<u32>,
    /// Inside a terminal escape sequence (`ESC [ ... final`).
    escape: bool,
}

impl Builder {
    fn with_capacity(capacity: usize) -> Builder {
        Builder {
            bytes: Vec::with_capacity(capacity),
            origin: Vec::with_capacity(capacity),
            escape: false,
        }
    }

    fn push_str(&mut self, text: &str, offset: usize) {
        for (at, c) in text.char_indices() {
            if self.escape {
                // Parameters and intermediates end at a final byte `@`..`~`.
                self.escape = !('@'..='~').contains(&c) || c == '[';
                continue;
            }
            let byte = match c {
                '\u{1b}' => {
                    self.escape = true;
                    continue;
                }
                '0'..='9' if self.bytes.last() == Some(&b'0') => continue,
                '0'..='9' => b'0',
                'A'..='Z' | 'a'..='z' => c.to_ascii_lowercase() as u8,
                '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' => b'\'',
                '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => b'"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => b'-',
                '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => continue,
                c if c.is_whitespace() || c.is_control() => continue,
                c if c.is_ascii() => c as u8,
                _ => OTHER,
            };
            self.bytes.push(byte);
            self.origin.push((offset + at) as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squeezed(text: &str) -> String {
        let s = Squeezed::new(text);
        String::from_utf8_lossy(&s.bytes).into_owned()
    }

    #[test]
    fn whitespace_case_quotes_and_digits_fold_away() {
        assert_eq!(
            squeezed("Certificate has ex\r\n  pired: \u{201c}Expired\u{201d}"),
            "certificatehasexpired:\"expired\""
        );
        assert_eq!(squeezed("version 1.0.3.10818"), "version0.0.0.0");
        assert_eq!(squeezed("10.64.\n92.14"), "0.0.0.0");
        assert_eq!(squeezed("a\u{200b}b\u{a0}c\u{2013}d\u{2019}"), "abc-d'");
        assert_eq!(squeezed("\u{1b}[31;1mred\u{1b}[0m!"), "red!");
        assert_eq!(squeezed("\u{0}x\u{7f}y\u{e9}"), "xy\u{fffd}");
    }

    #[test]
    fn wrapper_lines_go_behind_the_message() {
        let text = "Get-AksHciCluster : boom\r\nAt C:\\Program Files\\AksHci.psm1:1234 char:5\n+     throw $_\n+     ~~~~~~~~\n    + CategoryInfo          : NotSpecified\n    + FullyQualifiedErrorId : x,Get-AksHciCluster\nnext";
        let s = Squeezed::new(text);
        let message = String::from_utf8_lossy(&s.bytes[..s.message_len]);
        assert_eq!(message, "get-akshcicluster:boomnext");
        assert_eq!(s.bytes[s.message_len], SEPARATOR);
        assert!(s.bytes[s.message_len..].ends_with(b"x,get-akshcicluster"));
        assert!(!is_wrapper("+1 more"));
        assert!(!is_wrapper("At least one"));
        assert!(is_wrapper("At line:1 char:1"));
    }

    #[test]
    fn originals_are_the_pasted_characters() {
        let text = "x: current time 2022-07-26T12:\n24:15Z is after";
        let s = Squeezed::new(text);
        let start = s.bytes.iter().position(|&b| b == b'c').unwrap();
        let end = s.bytes.iter().rposition(|&b| b == b'z').unwrap() + 1;
        assert_eq!(
            s.original(text, start, end),
            "current time 2022-07-26T12:\n24:15Z"
        );
        let digits = s.bytes.iter().position(|&b| b == b'0').unwrap();
        assert_eq!(s.original(text, digits, digits + 1), "2022");
        assert_eq!(s.original(text, start, digits + 1), "current time 2022");
    }
}
