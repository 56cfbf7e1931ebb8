//! Softmax Lab: an interactive lesson on softmax, temperature, top-p sampling and cross-entropy.
//!
//! The pure math lives in [`math`] (std only); everything else renders it.

pub mod math;
