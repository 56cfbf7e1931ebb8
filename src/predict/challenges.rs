//! The challenges: in each section, a goal reached by moving the lesson's own controls (LESSON.md,
//! "Predict first"). Each check reads the live settings and, once the goal is met, gives the
//! numbers that meet it, for the card to say.

use crate::math::{self, MaskMode};
use crate::params::{Params, Section};
use crate::sections::attention::model::attention;
use crate::sections::pitfalls::model::temperature_change;
use crate::sections::training::model::Run;
use std::cell::Cell;

/// What the lesson shows now: its settings, and the facts a section knows that the address does
/// not hold (the training loop's step, whether it runs), as `name=value` pairs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Live {
    /// Every setting, as the address has it.
    pub params: Params,
    /// A section's own facts.
    pub facts: Vec<(String, f64)>,
}

impl Live {
    /// `params` with the facts of `facts`, a query such as `steps=120&running=0` (a pair that is
    /// not a name and a finite number is left out).
    ///
    /// ```
    /// use softmax_lab::params::Params;
    /// use softmax_lab::predict::Live;
    /// let live = Live::new(Params::default(), "steps=120&running=0&bad=x");
    /// assert_eq!(live.fact("steps"), Some(120.0));
    /// assert_eq!(live.fact("bad"), None);
    /// ```
    pub fn new(params: Params, facts: &str) -> Self {
        let facts = facts
            .split('&')
            .filter_map(|pair| {
                let (name, value) = pair.split_once('=')?;
                let value = crate::number::parse_decimal(value).filter(|v| v.is_finite())?;
                Some((name.to_string(), value))
            })
            .collect();
        Live { params, facts }
    }

    /// The fact called `name`, if the section gave it.
    pub fn fact(&self, name: &str) -> Option<f64> {
        self.facts.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
    }
}

/// One goal to reach with the lesson's controls.
#[derive(Clone, Copy, Debug)]
pub struct Challenge {
    /// Its name: the text file's keys start with it, progress is kept under it.
    pub id: &'static str,
    /// The section it is in.
    pub section: Section,
    /// The id of the card whose controls reach it; the challenge stands at its foot.
    pub card: &'static str,
    /// `Some(numbers that meet it)` once the live state meets the goal, else `None`.
    pub goal: fn(&Live) -> Option<Vec<f64>>,
}

/// Two values equal as the page writes them with three decimals.
fn shown_equal(a: f64, b: f64) -> bool {
    (a - b).abs() < 5e-4
}

/// Steps within which stopping counts as stopping at the validation minimum.
pub const STOP_WITHIN: usize = 50;

/// The settings a training run depends on: seed, training sentences, the learning rate's bits.
type RunKey = (u64, u64, u64);

thread_local! {
    /// The last settings [`validation_minimum`] ran, and its answer: a whole run takes a tenth
    /// of a second, and the check asks again after every click.
    static MINIMUM: Cell<Option<(RunKey, usize)>> = const { Cell::new(None) };
}

/// The step where a whole training run at `p`'s settings (seed, sentences, learning rate) has
/// its lowest validation loss.
pub fn validation_minimum(p: &Params) -> usize {
    let key = (p.seed, p.train, p.lr.to_bits());
    if let Some((k, step)) = MINIMUM.get() {
        if k == key {
            return step;
        }
    }
    let mut r = Run::new(p.seed, p.train as usize);
    while !r.finished() {
        r.step(p.lr);
    }
    let step = r
        .history()
        .iter()
        .enumerate()
        .min_by(|a, b| a.1 .1.total_cmp(&b.1 .1))
        .map_or(0, |(i, _)| i);
    MINIMUM.set(Some((key, step)));
    step
}

/// The first token whose probability the naive softmax of `z + c` (in `p`'s precision) gives as
/// exactly 0, so that its loss −ln p is infinite, with its loss from log-softmax: a finite
/// logsumexp(z + c) − (z_i + c).
///
/// ```
/// use softmax_lab::math::Precision;
/// use softmax_lab::params::Params;
/// use softmax_lab::predict::infinite_naive_loss;
/// let mut p = Params::default();
/// assert_eq!(infinite_naive_loss(&p), None);
/// (p.offset, p.float) = (88.0, Precision::F32);
/// // e^(90) and e^(89) overflow in f32; bird's e^(88.5) fits, but the sum does not.
/// let (bird, loss) = infinite_naive_loss(&p).unwrap();
/// assert_eq!(bird, 2);
/// assert!((loss - 1.9952).abs() < 1e-3);
/// ```
pub fn infinite_naive_loss(p: &Params) -> Option<(usize, f64)> {
    let z: Vec<f64> = p.logits.iter().map(|x| x + p.offset).collect();
    let i = math::naive_softmax(&z, p.float)
        .iter()
        .position(|&q| q == 0.0)?;
    Some((i, -math::log_softmax(&z)[i]))
}

/// The first row of attention weights, at `p`'s settings, whose words in the softmax (all but
/// those masked with −∞; two at least) share its weight equally as the table writes it: `(row,
/// each one's weight, how many)`.
pub fn uniform_row(p: &Params) -> Option<(usize, f64, usize)> {
    let a = attention(p.dk, p.scale, p.mask, p.seed, p.query);
    a.weights.iter().enumerate().find_map(|(i, row)| {
        let seen: Vec<f64> = (0..row.len())
            .filter(|&j| !(p.mask == MaskMode::NegInf && a.masked[i][j]))
            .map(|j| row[j])
            .collect();
        let share = 1.0 / seen.len() as f64;
        (seen.len() >= 2 && seen.iter().all(|&w| shown_equal(w, share))).then_some((
            i,
            share,
            seen.len(),
        ))
    })
}

/// The smallest change in a probability that a bar chart shows: a hundredth of its height.
pub const VISIBLE_CHANGE: f64 = 0.01;

/// The challenges, in page order.
pub const CHALLENGES: [Challenge; 8] = [
    // 1. Two tokens at exactly 40 % each: numbers [p of one, p of the other].
    Challenge {
        id: "softmax-forty",
        section: Section::Softmax,
        card: "playground",
        goal: |live| {
            let p = math::softmax(&live.params.logits);
            let at: Vec<f64> = p.iter().copied().filter(|&x| shown_equal(x, 0.4)).collect();
            (at.len() >= 2).then(|| at[..2].to_vec())
        },
    },
    // 2. Exactly three tokens kept by top-p alone (T = 1, top-k and min-p off): numbers [top-p,
    // the kept tokens' probability].
    Challenge {
        id: "sampling-three",
        section: Section::Sampling,
        card: "sampling-controls",
        goal: |live| {
            let p = &live.params;
            let alone = (p.temperature - 1.0).abs() < 1e-9 && p.top_k == 0 && p.min_p == 0.0;
            let s = math::sampling_pipeline(&p.logits, p.temperature, 0, p.top_p, 0.0);
            let kept: Vec<usize> = (0..s.kept_by_top_p.len())
                .filter(|&i| s.kept_by_top_p[i])
                .collect();
            let mass: f64 = kept.iter().map(|&i| s.before_top_p[i]).sum();
            (alone && kept.len() == 3).then(|| vec![p.top_p, mass])
        },
    },
    // 3. A loss under 0.1 nats: numbers [p of the right token, the loss].
    Challenge {
        id: "loss-under",
        section: Section::Loss,
        card: "confidence",
        goal: |live| {
            let p = live.params.p_true;
            let loss = math::neg_log(p);
            (loss < 0.1).then(|| vec![p, loss])
        },
    },
    // 4. The right word's gradient at −0.50 as the bars' table writes it with two decimals (a
    // step's size is a learning rate in hundredths, which rarely lands on three): numbers [the
    // gradient, its p].
    Challenge {
        id: "gradients-half",
        section: Section::Gradients,
        card: "gradient-step",
        goal: |live| {
            let p = &live.params;
            let g = *math::grad_logits(&p.logits, p.target).get(p.target)?;
            ((g + 0.5).abs() < 5e-3).then(|| vec![g, g + 1.0])
        },
    },
    // 5. Training paused within STOP_WITHIN steps of the validation minimum: numbers [the step
    // it stopped at, the step of the minimum]. Facts: `steps`, `running` (1 while it runs).
    Challenge {
        id: "training-stop",
        section: Section::Training,
        card: "train-loop",
        goal: |live| {
            let steps = live.fact("steps")? as usize;
            if live.fact("running")? != 0.0 || steps == 0 {
                return None;
            }
            let best = validation_minimum(&live.params);
            (steps.abs_diff(best) <= STOP_WITHIN).then(|| vec![steps as f64, best as f64])
        },
    },
    // 6. The naive formula's loss infinite from finite logits, log-softmax's finite beside it:
    // numbers [c, the token, its loss from log-softmax].
    Challenge {
        id: "stability-infinite",
        section: Section::Stability,
        card: "push-logits",
        goal: |live| {
            let (i, loss) = infinite_naive_loss(&live.params)?;
            Some(vec![live.params.offset, i as f64, loss])
        },
    },
    // 7. One row of attention weights uniform: numbers [the row, each weight, how many].
    Challenge {
        id: "attention-uniform",
        section: Section::Attention,
        card: "raw-scores",
        goal: |live| {
            let (row, share, seen) = uniform_row(&live.params)?;
            Some(vec![row as f64, share, seen as f64])
        },
    },
    // 8. The pitfalls card's temperature moved before softmax, and far enough from 1 that the
    // bars move visibly: numbers [T, the largest change].
    Challenge {
        id: "pitfalls-before",
        section: Section::Pitfalls,
        card: "temperature-after",
        goal: |live| {
            let p = &live.params;
            let change = temperature_change(&p.logits, p.temperature);
            (p.t_logits && change >= VISIBLE_CHANGE).then(|| vec![p.temperature, change])
        },
    },
];

/// The challenge called `id`.
///
/// ```
/// use softmax_lab::predict::challenge;
/// assert!(challenge("loss-under").is_some());
/// ```
pub fn challenge(id: &str) -> Option<&'static Challenge> {
    CHALLENGES.iter().find(|c| c.id == id)
}
