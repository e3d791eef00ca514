//! Strings handed to JavaScript, each decoded once.
//!
//! Every string that crosses into JavaScript is decoded from the wasm memory (a
//! `TextDecoder` call), which was the largest single cost of `plan()`: a plan holds
//! hundreds of strings, most of them the same from call to call (the remedies' texts,
//! the commands, the sources). JavaScript strings are immutable values, so the same one
//! can stand in any number of answers: small direct-mapped caches keep the last string
//! seen in each slot with its JavaScript value, and a string found there crosses no more.
//! The core's fixed texts (`&'static str`) are known by their address, without reading
//! them; other strings by their content.

use std::borrow::Cow;
use std::cell::RefCell;

use wasm_bindgen::JsValue;

/// Slots of each cache (a power of two): the bench's plan has about 120 distinct fixed
/// texts and 100 others, few enough to rarely share a slot.
const SLOTS: usize = 2048;

/// Longer strings (the script) are decoded every time: they are seldom the same twice,
/// and each cached byte stays in memory.
const LONGEST: usize = 2048;

/// A string seen (its address and length for fixed texts), and its JavaScript value.
type Slot<K> = Option<(K, JsValue)>;

thread_local! {
    static FIXED: RefCell<Vec<Slot<(usize, usize)>>> = const { RefCell::new(Vec::new()) };
    static SEEN: RefCell<Vec<Slot<Box<str>>>> = const { RefCell::new(Vec::new()) };
}

/// `text`, one of the core's fixed texts, as a JavaScript string.
pub(crate) fn fixed(text: &'static str) -> JsValue {
    let key = (text.as_ptr() as usize, text.len());
    let slot = mix(key.0 as u64 ^ ((key.1 as u64) << 32));
    FIXED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.is_empty() {
            cache.resize_with(SLOTS, || None);
        }
        match &mut cache[slot] {
            Some((seen, value)) if *seen == key => value.clone(),
            entry => {
                let value = JsValue::from_str(text);
                *entry = Some((key, value.clone()));
                value
            }
        }
    })
}

/// `text` as a JavaScript string: [`fixed`] when it is a fixed text, else [`string`].
// The `Cow` itself, not a `&str`: whether it borrows says which cache to ask.
#[allow(clippy::ptr_arg)]
pub(crate) fn text(text: &Cow<'static, str>) -> JsValue {
    match text {
        Cow::Borrowed(text) => fixed(text),
        Cow::Owned(text) => string(text),
    }
}

/// `text` as a JavaScript string.
pub(crate) fn string(text: &str) -> JsValue {
    if text.len() > LONGEST {
        return JsValue::from_str(text);
    }
    let slot = hash(text.as_bytes());
    SEEN.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.is_empty() {
            cache.resize_with(SLOTS, || None);
        }
        match &mut cache[slot] {
            Some((seen, value)) if **seen == *text => value.clone(),
            entry => {
                let value = JsValue::from_str(text);
                *entry = Some((text.into(), value.clone()));
                value
            }
        }
    })
}

/// FxHash's multiplier.
const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The slot of `bytes`, hashed eight at a time.
fn hash(bytes: &[u8]) -> usize {
    let mut state = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut buffer = [0u8; 8];
        buffer.copy_from_slice(word);
        state = (state.rotate_left(5) ^ u64::from_le_bytes(buffer)).wrapping_mul(K);
    }
    for &byte in words.remainder() {
        state = (state.rotate_left(5) ^ u64::from(byte)).wrapping_mul(K);
    }
    mix(state)
}

/// The slot of a hash state.
fn mix(state: u64) -> usize {
    (state.wrapping_mul(K) >> 40) as usize & (SLOTS - 1)
}
