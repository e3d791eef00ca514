//! How many times each component rendered, for the tests that prove a change re-renders
//! only what it changed. Counted with the `render-count` feature only (the browser tests
//! turn it on); in the build, [`rendered`] is empty and compiles to nothing.

#[cfg(feature = "render-count")]
use std::cell::RefCell;
#[cfg(feature = "render-count")]
use std::collections::BTreeMap;

#[cfg(feature = "render-count")]
thread_local! {
    static COUNTS: RefCell<BTreeMap<&'static str, usize>> = const { RefCell::new(BTreeMap::new()) };
}

/// Counts one render of the component `name`.
#[inline(always)]
pub fn rendered(name: &'static str) {
    #[cfg(feature = "render-count")]
    COUNTS.with(|counts| *counts.borrow_mut().entry(name).or_default() += 1);
    #[cfg(not(feature = "render-count"))]
    let _ = name;
}

/// The renders counted since the last call, by component name, and starts counting anew.
#[cfg(feature = "render-count")]
pub fn take() -> BTreeMap<&'static str, usize> {
    COUNTS.with(|counts| std::mem::take(&mut *counts.borrow_mut()))
}
