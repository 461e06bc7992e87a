//! The "press Shift three times" quick-exit shortcut, as a small state machine without any web
//! dependency: the UI feeds it key events and timer ticks with a time in milliseconds.
//!
//! The rule (the GOV.UK "Exit this page" pattern), shared with the host script `www/embed.js`
//! and proven for both by one table of key sequences, `exit_cases.json`:
//! - Only Shift on its own counts: left and right Shift alike (we look at the key, not the
//!   physical code). A Shift that was held while another key went down (Shift+A, Shift+Tab)
//!   does not count, whichever key is released first.
//! - Three presses exit. Each press restarts a window of `WINDOW_MS`: a press counts only if it
//!   comes less than `WINDOW_MS` after the previous one. When the window passes, the count
//!   expires (the UI's timer calls [`ShiftRule::tick`] and announces it).
//! - Any other key resets the count (announced as a reset when there was a count).

pub const WINDOW_MS: f64 = 5000.0;

/// Presses needed to exit.
pub const PRESSES: u8 = 3;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShiftRule {
    presses: u8,
    last_at: f64,
    /// Shift is down now.
    shift_down: bool,
    /// No other key went down since Shift went down.
    alone: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftEvent {
    /// Nothing to announce.
    None,
    /// Shift counted: this many presses so far (1 or 2).
    Counted(u8),
    /// Third press within the window: leave now.
    Exit,
    /// Another key ended a count.
    Reset,
    /// The window passed after the last press; the count is back to zero.
    Expired,
}

impl ShiftRule {
    /// Drops a count whose window has passed (its expiry was or will be announced by `tick`).
    fn lapse(&mut self, now_ms: f64) {
        if self.presses > 0 && now_ms - self.last_at >= WINDOW_MS {
            self.presses = 0;
        }
    }

    /// Any other key: ends a count.
    fn other_key(&mut self) -> ShiftEvent {
        if self.shift_down {
            self.alone = false;
        }
        if self.presses > 0 {
            self.presses = 0;
            ShiftEvent::Reset
        } else {
            ShiftEvent::None
        }
    }

    pub fn key_down(&mut self, key: &str, now_ms: f64) -> ShiftEvent {
        self.lapse(now_ms);
        if key != "Shift" {
            return self.other_key();
        }
        // A held Shift repeats its keydown: only the first one starts a press.
        if !self.shift_down {
            self.shift_down = true;
            self.alone = true;
        }
        ShiftEvent::None
    }

    pub fn key_up(&mut self, key: &str, now_ms: f64) -> ShiftEvent {
        self.lapse(now_ms);
        if key != "Shift" {
            return self.other_key();
        }
        let counts = self.shift_down && self.alone;
        self.shift_down = false;
        self.alone = false;
        if !counts {
            return ShiftEvent::None;
        }
        self.presses += 1;
        self.last_at = now_ms;
        if self.presses >= PRESSES {
            self.presses = 0;
            ShiftEvent::Exit
        } else {
            ShiftEvent::Counted(self.presses)
        }
    }

    /// The window timer: call it `WINDOW_MS` after each counted press.
    pub fn tick(&mut self, now_ms: f64) -> ShiftEvent {
        if self.presses > 0 && now_ms - self.last_at >= WINDOW_MS {
            self.presses = 0;
            ShiftEvent::Expired
        } else {
            ShiftEvent::None
        }
    }
}

/// The shared table of key sequences, also run against `www/embed.js`.
#[cfg(test)]
pub const CASES: &str = include_str!("exit_cases.json");

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(e: ShiftEvent) -> String {
        match e {
            ShiftEvent::None => "none".into(),
            ShiftEvent::Counted(n) => format!("counted:{n}"),
            ShiftEvent::Exit => "exit".into(),
            ShiftEvent::Reset => "reset".into(),
            ShiftEvent::Expired => "expired".into(),
        }
    }

    #[test]
    fn shared_table() {
        let table: serde_json::Value = serde_json::from_str(CASES).expect("exit_cases.json");
        let cases = table["cases"].as_array().expect("cases");
        assert!(cases.len() >= 10, "the table lost its cases");
        for case in cases {
            let name = case["name"].as_str().expect("name");
            let mut rule = ShiftRule::default();
            let got: Vec<String> = case["steps"]
                .as_array()
                .expect("steps")
                .iter()
                .map(|s| {
                    let (ev, key, at) = (
                        s[0].as_str().expect("event"),
                        s[1].as_str().expect("key"),
                        s[2].as_f64().expect("time"),
                    );
                    outcome(match ev {
                        "down" => rule.key_down(key, at),
                        "up" => rule.key_up(key, at),
                        "tick" => rule.tick(at),
                        other => panic!("{name}: unknown event {other}"),
                    })
                })
                .collect();
            let want: Vec<&str> = case["want"]
                .as_array()
                .expect("want")
                .iter()
                .map(|w| w.as_str().expect("outcome"))
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }
}
