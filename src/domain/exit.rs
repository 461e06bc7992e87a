//! The "press Shift three times" quick-exit shortcut, as a small state machine without any web
//! dependency: the UI feeds it key events with a timestamp in milliseconds.
//!
//! - Left and right Shift both count (we look at the key, not the physical code).
//! - A Shift that was used together with another key (Shift+A) does not count, and any other key
//!   resets the count.
//! - The three presses must fall within `WINDOW_MS` of the first one.

pub const WINDOW_MS: f64 = 5000.0;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShiftTracker {
    presses: u8,
    first_at: f64,
    /// Another key went down since the last Shift went down.
    combined: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftEvent {
    /// Nothing to announce.
    None,
    /// Shift counted: this many presses so far (1 or 2).
    Counted(u8),
    /// Third press within the window: leave now.
    Exit,
}

impl ShiftTracker {
    pub fn key_down(&mut self, key: &str) {
        if key == "Shift" {
            self.combined = false;
        } else {
            self.combined = true;
            self.presses = 0;
        }
    }

    pub fn key_up(&mut self, key: &str, now_ms: f64) -> ShiftEvent {
        if key != "Shift" {
            return ShiftEvent::None;
        }
        if self.combined {
            self.combined = false;
            return ShiftEvent::None;
        }
        if self.presses == 0 || now_ms - self.first_at > WINDOW_MS {
            self.presses = 1;
            self.first_at = now_ms;
        } else {
            self.presses += 1;
        }
        if self.presses >= 3 {
            *self = ShiftTracker::default();
            ShiftEvent::Exit
        } else {
            ShiftEvent::Counted(self.presses)
        }
    }

    /// Presses counted so far (for the indicator lights); 0 once the window has passed.
    pub fn presses(&self, now_ms: f64) -> u8 {
        if now_ms - self.first_at > WINDOW_MS {
            0
        } else {
            self.presses
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy)]
    enum K {
        Down(&'static str),
        Up(&'static str, f64),
    }
    use K::*;

    fn run(keys: &[K]) -> Vec<ShiftEvent> {
        let mut t = ShiftTracker::default();
        let mut out = vec![];
        for k in keys {
            match k {
                Down(key) => t.key_down(key),
                Up(key, at) => out.push(t.key_up(key, *at)),
            }
        }
        out
    }

    fn shift(at: f64) -> [K; 2] {
        [Down("Shift"), Up("Shift", at)]
    }

    #[test]
    fn table() {
        let exit = ShiftEvent::Exit;
        let cases: Vec<(&str, Vec<K>, Option<ShiftEvent>)> = vec![
            (
                "three quick presses exit",
                [shift(0.0), shift(300.0), shift(600.0)].concat(),
                Some(exit),
            ),
            (
                "within 5 s exits",
                [shift(0.0), shift(2000.0), shift(4900.0)].concat(),
                Some(exit),
            ),
            (
                "too slow restarts the count",
                [shift(0.0), shift(2000.0), shift(5200.0)].concat(),
                Some(ShiftEvent::Counted(1)),
            ),
            (
                "shift used with another key does not count",
                vec![
                    Down("Shift"),
                    Down("A"),
                    Up("A", 10.0),
                    Up("Shift", 20.0),
                    Down("Shift"),
                    Down("B"),
                    Up("B", 30.0),
                    Up("Shift", 40.0),
                    Down("Shift"),
                    Down("C"),
                    Up("C", 50.0),
                    Up("Shift", 60.0),
                ],
                Some(ShiftEvent::None),
            ),
            (
                "another key resets the count",
                [
                    &shift(0.0)[..],
                    &shift(100.0)[..],
                    &[Down("x"), Up("x", 150.0)][..],
                    &shift(200.0)[..],
                ]
                .concat(),
                Some(ShiftEvent::Counted(1)),
            ),
        ];
        for (name, keys, want) in cases {
            assert_eq!(run(&keys).last().copied(), want, "{name}");
        }
    }

    #[test]
    fn counts_one_two_then_exit() {
        let evs = run(&[shift(0.0), shift(10.0), shift(20.0)].concat());
        assert_eq!(
            evs,
            vec![
                ShiftEvent::Counted(1),
                ShiftEvent::Counted(2),
                ShiftEvent::Exit
            ]
        );
    }
}
