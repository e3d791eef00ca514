//! Mounts the planner into the page's body.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: certplan_web::heap::Heap<fn(usize) -> Option<usize>> =
    certplan_web::heap::Heap::new(certplan_web::heap::grow_memory);

fn main() {
    yew::Renderer::<certplan_web::App>::new().render();
}
