//! A memo whose reactive machinery is shared by every value type.
//!
//! Leptos compiles its memo code (recompute, compare, track, read) once per value type. Each
//! section's model is a type of its own, and each such copy cost about 470 B of gzip in the
//! wasm. [`Derived`] keeps its value behind one type-erased `Memo<Shared>`, so all of them use a
//! single copy; only the comparison and the read stay typed.

use leptos::prelude::*;
use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

/// A value of any type, compared by that type's `PartialEq`.
#[derive(Clone)]
pub struct Shared {
    value: Arc<dyn Any + Send + Sync>,
    same: fn(&Shared, &Shared) -> bool,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        (self.same)(self, other)
    }
}

/// Whether both hold a `T` and the two are equal.
fn same<T: PartialEq + 'static>(a: &Shared, b: &Shared) -> bool {
    a.value.downcast_ref::<T>() == b.value.downcast_ref::<T>()
}

/// A derived value, recomputed when what it reads changes and passed on only when it differs
/// (a `Memo<T>` in behaviour). `Copy`, like every Leptos handle.
pub struct Derived<T> {
    memo: Memo<Shared>,
    ty: PhantomData<fn() -> T>,
}

impl<T> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Derived<T> {}

impl<T: PartialEq + Send + Sync + 'static> Derived<T> {
    /// Derives a value from the signals `compute` reads.
    pub fn new(compute: impl Fn() -> T + Send + Sync + 'static) -> Self {
        Derived {
            memo: Memo::new(move |_| Shared {
                value: Arc::new(compute()),
                same: same::<T>,
            }),
            ty: PhantomData,
        }
    }
}

impl<T: 'static> Derived<T> {
    /// The value, as `f` sees it; the caller tracks it.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with(|s| f(s.get()))
    }

    /// The value, as `f` sees it, without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with_untracked(|s| f(s.get()))
    }

    /// A copy of the value; the caller tracks it.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.with(T::clone)
    }

    /// The type-erased memo underneath, for code that only stores and compares the value (a
    /// chart's canvas), so that code is compiled once for every type.
    pub fn erased(self) -> Memo<Shared> {
        self.memo
    }

    /// A copy of the value, without tracking it.
    pub fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        self.with_untracked(T::clone)
    }
}

impl Shared {
    /// The value as the `T` it was made from (the caller knows it: a [`Derived<T>`]'s value is
    /// always a `T`).
    pub fn get<T: 'static>(&self) -> &T {
        match self.value.downcast_ref::<T>() {
            Some(v) => v,
            None => unreachable!("a Derived<T> holds a T"),
        }
    }
}
