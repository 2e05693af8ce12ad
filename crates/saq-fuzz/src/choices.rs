//! The choices of a case, read from its bytes.
//!
//! Every decision a target makes (which file to start from, which mutation, where, with what)
//! is a number read from the case's bytes, as the `arbitrary` crate does it. A coverage-guided
//! fuzzer that changes one byte changes one decision, so it can steer the mutations towards new
//! code; the bounded tests feed seeded random bytes. When the bytes run out every choice is 0,
//! which ends the list of mutations: any input, even an empty one, is a valid case.

/// A cursor over a case's bytes that hands out bounded numbers.
#[derive(Debug)]
pub struct Choices<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Choices<'a> {
    /// Choices read from `data`, first byte first.
    pub fn new(data: &'a [u8]) -> Self {
        Choices { data, at: 0 }
    }

    /// True when every byte has been used.
    pub fn is_empty(&self) -> bool {
        self.at >= self.data.len()
    }

    /// The next byte, or 0 when there is none.
    pub fn byte(&mut self) -> u8 {
        let byte = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        byte
    }

    /// A number in `0..n` (0 when `n` is 0 or 1): one byte for small ranges, four otherwise.
    pub fn below(&mut self, n: usize) -> usize {
        match n {
            0 | 1 => 0,
            2..=256 => usize::from(self.byte()) % n,
            _ => {
                let bytes = [self.byte(), self.byte(), self.byte(), self.byte()];
                u32::from_le_bytes(bytes) as usize % n
            }
        }
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// True with a chance of about `percent` in a hundred; false once the bytes run out.
    pub fn chance(&mut self, percent: u8) -> bool {
        99 - self.byte() % 100 < percent
    }

    /// One of `items` (which must not be empty).
    pub fn pick<'b, T>(&mut self, items: &'b [T]) -> &'b T {
        &items[self.below(items.len())]
    }

    /// All the bytes not used yet; none are left afterwards.
    pub fn rest(&mut self) -> &'a [u8] {
        let rest = self.data.get(self.at..).unwrap_or(&[]);
        self.at = self.data.len();
        rest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exhausted_choices_are_zero() {
        let mut choices = Choices::new(&[7]);
        assert_eq!(choices.below(5), 2);
        assert!(choices.is_empty());
        assert_eq!(choices.below(1000), 0);
        assert!(!choices.chance(99));
        assert!(choices.rest().is_empty());
    }

    #[test]
    fn bounds_hold() {
        let data: Vec<u8> = (0..=255).collect();
        let mut choices = Choices::new(&data);
        while !choices.is_empty() {
            assert!((3..=9).contains(&choices.between(3, 9)));
            assert!(choices.below(300) < 300);
        }
    }
}
