//! Gives the app's wasm imports short names, in the wasm and in its JS glue alike.
//!
//! wasm-bindgen names each import after the JS it binds plus a 16-digit hash
//! (`__wbg_setattribute_2a8f...`) in a module named after the glue file, and writes
//! every name twice: in the wasm's import section and as a key in the glue. Over a
//! hundred such names are close to 2 KB of the first visit after brotli, for nothing a
//! user sees. A name is renamed only where the glue holds it exactly once (the key the
//! wasm is linked by); anything else is left as it was.

use crate::cmd::Result;

/// Renames the imports of `wasm` (module and field names) and rewrites `glue` to match.
pub fn rename(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let imports = import_section(wasm)?;
    let mut entries = Vec::new();
    let mut at = imports.start;
    let count = leb(wasm, &mut at)?;
    for _ in 0..count {
        let module = bytes(wasm, &mut at)?.range;
        let field = bytes(wasm, &mut at)?.range;
        let description = at;
        skip_description(wasm, &mut at)?;
        entries.push((module, field, description..at));
    }
    let text = |range: &std::ops::Range<usize>| {
        std::str::from_utf8(&wasm[range.clone()]).map_err(|e| e.to_string())
    };
    let mut glue = glue.to_string();
    let mut counter = 0;
    let mut renamed: Vec<(String, String)> = Vec::new();
    let mut section = Vec::new();
    write_leb(&mut section, count);
    for (module, field, description) in &entries {
        for name in [text(module)?, text(field)?] {
            let known = renamed.iter().any(|(old, _)| old == name);
            if !known && occurrences(&glue, name) == 1 {
                let new = short_name(&mut counter, &glue);
                glue = replace_word(&glue, name, &new);
                renamed.push((name.to_string(), new));
            }
            let written = renamed
                .iter()
                .find(|(old, _)| old == name)
                .map_or(name, |(_, new)| new.as_str());
            write_leb(&mut section, written.len() as u32);
            section.extend_from_slice(written.as_bytes());
        }
        section.extend_from_slice(&wasm[description.clone()]);
    }
    let mut out = Vec::with_capacity(wasm.len());
    out.extend_from_slice(&wasm[..imports.header]);
    write_leb(&mut out, section.len() as u32);
    out.extend_from_slice(&section);
    out.extend_from_slice(&wasm[imports.end..]);
    Ok((out, glue))
}

/// Where the import section is: its id byte, its content start and end.
struct Section {
    header: usize,
    start: usize,
    end: usize,
}

fn import_section(wasm: &[u8]) -> Result<Section> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0") {
        return Err("not a wasm module (version 1)".into());
    }
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let header = at + 1;
        at = header;
        let size = leb(wasm, &mut at)? as usize;
        let end = at
            .checked_add(size)
            .filter(|&end| end <= wasm.len())
            .ok_or("truncated section")?;
        if id == 2 {
            return Ok(Section {
                header,
                start: at,
                end,
            });
        }
        at = end;
    }
    Err("the wasm has no import section".into())
}

/// A length-prefixed byte string.
struct Bytes {
    range: std::ops::Range<usize>,
}

fn bytes(wasm: &[u8], at: &mut usize) -> Result<Bytes> {
    let length = leb(wasm, at)? as usize;
    let start = *at;
    *at = start
        .checked_add(length)
        .filter(|&end| end <= wasm.len())
        .ok_or("truncated name")?;
    Ok(Bytes { range: start..*at })
}

/// Skips an import's description: function, table, memory, global or tag.
fn skip_description(wasm: &[u8], at: &mut usize) -> Result {
    let kind = *wasm.get(*at).ok_or("truncated import")?;
    *at += 1;
    match kind {
        0 => leb(wasm, at).map(drop),
        1 => {
            *at += 1; // reference type
            limits(wasm, at)
        }
        2 => limits(wasm, at),
        3 => {
            *at += 2; // value type, mutability
            Ok(())
        }
        4 => {
            *at += 1; // attribute
            leb(wasm, at).map(drop)
        }
        other => Err(format!("unknown import kind {other}")),
    }
}

fn limits(wasm: &[u8], at: &mut usize) -> Result {
    let flags = *wasm.get(*at).ok_or("truncated limits")?;
    *at += 1;
    leb(wasm, at)?;
    if flags & 1 == 1 {
        leb(wasm, at)?;
    }
    Ok(())
}

fn leb(wasm: &[u8], at: &mut usize) -> Result<u32> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = *wasm.get(*at).ok_or("truncated number")?;
        *at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("number too long".into())
}

fn write_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$'
}

/// Where `word` stands in `text` as a whole identifier.
fn positions(text: &str, word: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(at + word.len()).copied();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
        .collect()
}

fn occurrences(text: &str, word: &str) -> usize {
    positions(text, word).len()
}

fn replace_word(text: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for at in positions(text, old) {
        out.push_str(&text[copied..at]);
        out.push_str(new);
        copied = at + old.len();
    }
    out.push_str(&text[copied..]);
    out
}

/// The next short name (`_0`, `_1`, ... `_z`, `_10`, ...) that the glue does not use yet.
fn short_name(counter: &mut u32, glue: &str) -> String {
    loop {
        let mut n = *counter;
        *counter += 1;
        let mut digits = Vec::new();
        loop {
            digits.push(char::from_digit(n % 36, 36).unwrap_or('0'));
            n /= 36;
            if n == 0 {
                break;
            }
        }
        let name: String = std::iter::once('_')
            .chain(digits.into_iter().rev())
            .collect();
        if occurrences(glue, &name) == 0 {
            return name;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and a memory: `wbg.__wbg_alert_0123`,
    /// `wbg.__wbg_log_4567` and `env.memory`.
    fn module() -> Vec<u8> {
        let mut imports = vec![3];
        for (module, field, description) in [
            ("wbg", "__wbg_alert_0123", &[0u8, 0][..]),
            ("env", "memory", &[2, 0, 1][..]),
            ("wbg", "__wbg_log_4567", &[0, 0][..]),
        ] {
            imports.push(module.len() as u8);
            imports.extend_from_slice(module.as_bytes());
            imports.push(field.len() as u8);
            imports.extend_from_slice(field.as_bytes());
            imports.extend_from_slice(description);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]); // type section: () -> ()
        wasm.push(2);
        wasm.push(imports.len() as u8);
        wasm.extend_from_slice(&imports);
        wasm.extend_from_slice(&[0, 3, 1, b'x', 7]); // a custom section after it
        wasm
    }

    #[test]
    fn renames_in_both_places_and_keeps_the_rest() {
        let glue = "i={\"wbg\":{__wbg_alert_0123:function(){},__wbg_log_4567:f}};var _0=1;";
        let (wasm, glue) = rename(&module(), glue).unwrap();
        assert_eq!(glue, "i={\"_1\":{_2:function(){},_3:f}};var _0=1;");
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("_1") && text.contains("_2") && text.contains("memory"));
        assert!(!text.contains("__wbg_"));
        assert!(
            wasm.ends_with(&[0, 3, 1, b'x', 7]),
            "sections after imports are kept"
        );
        let section = import_section(&wasm).unwrap();
        assert_eq!(
            section.end,
            wasm.len() - 5,
            "the section size was rewritten"
        );
    }

    #[test]
    fn leaves_names_the_glue_does_not_hold_exactly_once() {
        let glue = "i.wbg.__wbg_alert_0123=a;i.wbg.__wbg_alert_0123=b;i.wbg.wbg=1;";
        let (wasm, out) = rename(&module(), glue).unwrap();
        assert_eq!(out, glue);
        assert_eq!(wasm, module(), "nothing renamed: the same bytes");
    }

    #[test]
    fn numbers_round_trip() {
        for value in [0, 1, 127, 128, 300, 70_000, u32::MAX] {
            let mut out = Vec::new();
            write_leb(&mut out, value);
            assert_eq!(leb(&out, &mut 0), Ok(value));
        }
    }
}
