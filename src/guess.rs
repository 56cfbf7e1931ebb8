//! A student's committed guess, marked faintly on the chart that shows the answer.

/// A guess to mark on a chart: the bar `bar` of the chart whose `data-testid` is `chart`, at
/// `value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Guess {
    /// The chart's `data-testid` (`chart-probs`).
    pub chart: String,
    /// The bar the guess is about.
    pub bar: usize,
    /// The guessed value.
    pub value: f64,
}

impl Guess {
    /// `bars` with the guess as a faint ghost bar behind its bar, if it is about `chart`.
    pub fn mark(guess: Option<&Guess>, chart: &str, bars: &mut [crate::charts::BarDatum]) {
        if let Some(g) = guess.filter(|g| g.chart == chart) {
            if let Some(b) = bars.get_mut(g.bar) {
                b.ghost = Some(g.value);
            }
        }
    }
}

impl Guess {
    /// The guess as a prediction card hands it to the app: `chart bar value`.
    ///
    /// ```
    /// use softmax_lab::guess::Guess;
    /// let g = Guess { chart: "chart-probs".into(), bar: 0, value: 0.7 };
    /// assert_eq!(g.to_attribute(), "chart-probs 0 0.7");
    /// assert_eq!(Guess::parse(&g.to_attribute()), Some(g));
    /// ```
    pub fn to_attribute(&self) -> String {
        format!("{} {} {}", self.chart, self.bar, self.value)
    }

    /// A guess written by [`Guess::to_attribute`]; anything else (a missing part, a number that
    /// is not finite) is `None`.
    ///
    /// ```
    /// use softmax_lab::guess::Guess;
    /// assert_eq!(Guess::parse("chart-probs 0 NaN"), None);
    /// assert_eq!(Guess::parse(""), None);
    /// ```
    pub fn parse(text: &str) -> Option<Guess> {
        let mut parts = text.split(' ');
        let chart = parts.next().filter(|c| !c.is_empty())?.to_string();
        let bar = parts.next()?.parse().ok()?;
        let value = crate::number::parse_decimal(parts.next()?).filter(|v| v.is_finite())?;
        parts
            .next()
            .is_none()
            .then_some(Guess { chart, bar, value })
    }
}
