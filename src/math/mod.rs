//! The pure math of the lesson (std only): softmax and its stable relatives, temperature, top-k /
//! top-p sampling, entropy, cross-entropy and its gradients, a seeded PRNG, attention rows, a large
//! synthetic vocabulary and a tiny trainable bigram model.
//!
//! Shared conventions (each function's doc states its own edge cases):
//! - natural logs; losses and entropies in nats unless a name says bits;
//! - softmax always subtracts the max logit first; cross-entropy is `logsumexp(z) - z_c`;
//! - a NaN logit counts as `-inf`; all `-inf`/NaN -> uniform; `+inf` logits share the mass;
//! - temperature `<= 0` or NaN means the `T -> 0` limit (arg-max, ties shared);
//! - nothing here panics: empty slices, out-of-range indices and huge sizes all return documented
//!   values.

mod attention;
mod bigram;
mod filter;
mod grad;
mod info;
mod lesson;
mod logprobs;
mod loss;
mod naive;
mod pipeline;
mod rank;
mod ranked;
mod rng;
mod sigmoid;
mod soft_targets;
mod softmax;
mod tokenize;
mod vocab;

pub use attention::{
    attention_scale, attention_scores, attention_weights, dot_product_scores,
    dot_product_scores_at, future_weight, mean_row_max, MaskMode, MAX_KEY_DIM,
};
pub use bigram::{
    BigramModel, CORPUS_SENTENCES, MAX_TRAIN_SENTENCES, MAX_TRAIN_STEPS, VALIDATION_SENTENCES,
};
pub use filter::{min_p_mask, nucleus_size, top_k_mask, top_p_mask, CUMULATIVE_SLACK};
pub use grad::{
    finite_difference_grad, grad_logits, gradient_step, softmax_twice_grad, softmax_vjp,
    squared_error, squared_error_grad_logits,
};
pub use info::{
    effective_choices, entropy, entropy_bits, nats_to_bits, perplexity, perplexity_of_prob,
};
pub use lesson::{argmax, plain_normalise, ModelSizes};
pub use logprobs::{fit_to_range, listed_mass, logits_from_probs, mean_surprisal};
pub use loss::{
    cross_entropy, cross_entropy_probs, cross_entropy_soft, cross_entropy_terms, masked_mean,
    mean_cross_entropy, neg_log, one_hot, row_losses, softmax_twice_loss,
};
pub use naive::{
    exp_overflow_limit, naive_neg_log_softmax, naive_softmax, naive_softmax_f32, naive_softmax_f64,
    neg_log_softmax, overflow_offset, Precision, LN_F32_MAX, LN_F64_MAX,
};
pub use pipeline::{
    sampling_distribution, sampling_distribution_temperature_last, sampling_pipeline,
    SamplingStages,
};
pub use rank::{sorted_cumulative, top_n_indices};
pub use ranked::{descending_order, log_spaced_ranks, RankedToken, RankedView, RankedVocab};
pub use rng::{draw_counts, draw_samples, sample_index, tally_draws, Cdf, Rng, Tally, MAX_DRAWS};
pub use sigmoid::{sigmoid, sigmoid_all};
pub use soft_targets::{
    distillation_grad, distillation_loss, smoothed_target, smoothing_logit_gap, soft_cross_entropy,
    soft_cross_entropy_terms, softened_kl,
};
pub use softmax::{
    apply_temperature, exp_terms, log_softmax, logsumexp, shifted_exp_terms, softmax, softmax_t,
};
pub use tokenize::{dictionary_order, lower, tokenize, Vocab, END_TOKEN, START_TOKEN};
pub use vocab::{summarize_vocab, zipf_logits, VocabSummary, MAX_VOCAB, ZIPF_EXPONENT};
