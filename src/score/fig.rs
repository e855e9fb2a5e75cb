//! An optional figure in eight bytes.

use std::fmt;

/// A figure that may be absent, in eight bytes where `Option<f64>` takes sixteen: the scores of
/// a 10,000-unit campaign hold some 1.5 million indicator rows of eleven figures each, and every
/// one of them stays in memory for the whole build (and twice in `serve`).
///
/// Absent is a NaN with a payload of its own. Arithmetic never makes it: a NaN result carries
/// the payload of a NaN operand or the default one, and `get` never hands this one out.
#[derive(Clone, Copy)]
pub struct Fig(f64);

const ABSENT: u64 = 0x7ff8_5ace_5e77_0000;

impl Fig {
    pub const NONE: Fig = Fig(f64::from_bits(ABSENT));

    pub fn get(self) -> Option<f64> {
        (self.0.to_bits() != ABSENT).then_some(self.0)
    }

    pub fn is_some(self) -> bool {
        self.get().is_some()
    }

    pub fn is_none(self) -> bool {
        self.get().is_none()
    }
}

impl From<Option<f64>> for Fig {
    fn from(v: Option<f64>) -> Fig {
        v.map_or(Fig::NONE, Fig)
    }
}

impl From<f64> for Fig {
    fn from(v: f64) -> Fig {
        Fig(v)
    }
}

impl PartialEq for Fig {
    /// As `Option<f64>` compares: absent equals absent, NaN equals nothing.
    fn eq(&self, other: &Fig) -> bool {
        self.get() == other.get()
    }
}

impl serde::Serialize for Fig {
    /// As the `Option<f64>` it stands for.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(s)
    }
}

impl fmt::Debug for Fig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::Fig;

    #[test]
    fn keeps_every_figure_and_absence() {
        for v in [
            0.0,
            -0.0,
            1.5,
            -3.25,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
        ] {
            assert_eq!(Fig::from(v).get().map(f64::to_bits), Some(v.to_bits()));
        }
        assert_eq!(Fig::from(None).get(), None);
        assert!(Fig::NONE.is_none());
        assert!(Fig::from(Some(2.0)).is_some());
    }

    #[test]
    fn a_computed_nan_is_a_figure_not_an_absence() {
        let zero = std::hint::black_box(0.0_f64);
        let nan = zero / zero;
        assert!(Fig::from(nan).get().is_some_and(f64::is_nan));
        assert!(Fig::from(f64::NAN).is_some());
        // NaN arithmetic on a real NaN never yields the absent payload.
        assert!(Fig::from(f64::NAN * 2.0 + 1.0).is_some());
    }

    #[test]
    fn compares_as_an_option() {
        assert_eq!(Fig::from(1.0), Fig::from(Some(1.0)));
        assert_eq!(Fig::NONE, Fig::from(None));
        assert_ne!(Fig::NONE, Fig::from(0.0));
        assert_ne!(Fig::from(f64::NAN), Fig::from(f64::NAN));
        assert_eq!(std::mem::size_of::<Fig>(), 8);
        // What the kept rows are made of: four figures and two benchmarks of a figure and a
        // trend, the trend's spare values telling a missing benchmark.
        assert_eq!(
            std::mem::size_of::<Option<super::super::StoredBenchmark>>(),
            16
        );
        assert_eq!(std::mem::size_of::<super::super::StoredFigures>(), 64);
    }
}
