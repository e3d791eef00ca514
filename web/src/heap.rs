//! The wasm heap: a free list per power-of-two size class, blocks carved from
//! `memory.grow`.
//!
//! A general allocator (dlmalloc, talc) splits and merges blocks; this page allocates
//! the same few sizes on every render, so reusing freed blocks of the same class is
//! enough, and it is a few hundred bytes of wasm instead of a few KB. A block is
//! aligned to its own size, so it suits any layout of its class; memory is never given
//! back to the browser, only reused.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// Bytes in a wasm page.
const PAGE: usize = 65_536;

/// Classes 2^0 .. 2^30 bytes: half of a 32-bit address space, so that twice a block's
/// size (see `alloc`) cannot overflow.
const CLASSES: usize = 31;

/// The allocator; `grow(pages)` adds pages to memory and returns the first new
/// address, or `None` when memory cannot grow.
pub struct Heap<G> {
    state: UnsafeCell<State>,
    grow: G,
}

struct State {
    /// The first free block of each class; a free block holds the address of the next.
    free: [*mut u8; CLASSES],
    /// Unused memory, from `next` to `end`.
    next: usize,
    end: usize,
}

impl<G> Heap<G> {
    /// An empty heap.
    pub const fn new(grow: G) -> Self {
        Heap {
            state: UnsafeCell::new(State {
                free: [ptr::null_mut(); CLASSES],
                next: 0,
                end: 0,
            }),
            grow,
        }
    }
}

// SAFETY: only sound single-threaded, which the wasm build is (no atomics feature).
unsafe impl<G> Sync for Heap<G> {}

/// The class of a layout: the smallest power of two holding its size and alignment,
/// and at least a pointer, which a free block stores.
fn class(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(size_of::<*mut u8>());
    (usize::BITS - (size - 1).leading_zeros()) as usize
}

unsafe impl<G: Fn(usize) -> Option<usize>> GlobalAlloc for Heap<G> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let class = class(layout);
        if class >= CLASSES {
            return ptr::null_mut();
        }
        // SAFETY: single-threaded, and no reference to the state outlives this call.
        let state = unsafe { &mut *self.state.get() };
        let head = state.free[class];
        if !head.is_null() {
            // SAFETY: a free block of this class starts with the next one's address.
            state.free[class] = unsafe { head.cast::<*mut u8>().read() };
            return head;
        }
        let size = 1usize << class;
        let mut start = (state.next + size - 1) & !(size - 1);
        if start.checked_add(size).is_none_or(|end| end > state.end) {
            // Twice the block: room for it whatever its alignment skips.
            let pages = (2 * size).div_ceil(PAGE);
            let Some(base) = (self.grow)(pages) else {
                return ptr::null_mut();
            };
            if base != state.end {
                // Not contiguous (the first call, or someone else grew memory).
                state.next = base;
            }
            let Some(end) = base.checked_add(pages * PAGE) else {
                return ptr::null_mut();
            };
            state.end = end;
            start = (state.next + size - 1) & !(size - 1);
        }
        state.next = start + size;
        start as *mut u8
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let class = class(layout);
        // SAFETY: single-threaded; the block is ours, of this class, and big enough
        // for an address.
        unsafe {
            let state = &mut *self.state.get();
            block.cast::<*mut u8>().write(state.free[class]);
            state.free[class] = block;
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` hold for the new layout too.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(new) == class(layout) {
            return block;
        }
        // SAFETY: as GlobalAlloc's own default: a new block, the old contents, the old
        // block freed.
        unsafe {
            let moved = self.alloc(new);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}

/// `memory.grow` on the module's memory.
#[cfg(target_arch = "wasm32")]
pub fn grow_memory(pages: usize) -> Option<usize> {
    let previous = core::arch::wasm32::memory_grow(0, pages);
    (previous != usize::MAX).then(|| previous * PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A heap over a leaked native buffer, grown a page count at a time.
    fn heap() -> Heap<impl Fn(usize) -> Option<usize>> {
        let arena: &'static mut [u8] = Box::leak(vec![0u8; 64 * PAGE].into_boxed_slice());
        let base = (arena.as_mut_ptr() as usize).next_multiple_of(PAGE);
        let used = Cell::new(0);
        Heap::new(move |pages: usize| {
            let start = base + used.get() * PAGE;
            used.set(used.get() + pages);
            (used.get() < 63).then_some(start)
        })
    }

    #[test]
    fn blocks_are_aligned_distinct_and_reused_by_class() {
        let heap = heap();
        let small = Layout::from_size_align(24, 8).unwrap();
        let wide = Layout::from_size_align(20, 32).unwrap();
        unsafe {
            let a = heap.alloc(small);
            let b = heap.alloc(small);
            let c = heap.alloc(wide);
            assert!([a, b, c].iter().all(|&p| (p as usize).is_multiple_of(32)));
            assert!(a != b && b != c && a != c);
            a.write_bytes(1, 24);
            b.write_bytes(2, 24);
            assert_eq!(a.add(23).read(), 1);
            heap.dealloc(b, small);
            // Same class (32 bytes): the freed block comes back, also for an alignment of 32.
            assert_eq!(heap.alloc(wide), b);
        }
    }

    #[test]
    fn realloc_keeps_contents_and_big_blocks_grow_memory() {
        let heap = heap();
        let layout = Layout::from_size_align(5, 1).unwrap();
        unsafe {
            let a = heap.alloc(layout);
            a.copy_from_nonoverlapping(b"hello".as_ptr(), 5);
            // Within the class (8 bytes): the same block.
            assert_eq!(heap.realloc(a, layout, 8), a);
            let big = heap.realloc(a, layout, 3 * PAGE);
            assert!(!big.is_null() && big != a);
            assert_eq!(std::slice::from_raw_parts(big, 5), b"hello");
            assert!(heap
                .alloc(Layout::from_size_align(100 * PAGE, 1).unwrap())
                .is_null());
        }
    }
}
