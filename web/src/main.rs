//! Mounts the planner into the page's body.

// SAFETY: talc's wasm allocator skips locking, which is sound only single-threaded;
// this build has no threads (wasm32-unknown-unknown without the atomics feature).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    yew::Renderer::<certplan_web::App>::new().render();
}
