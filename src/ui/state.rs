//! The Yew side of the session: the state machine itself is `domain::session` (plain Rust,
//! tested natively); here it only becomes Yew's reducer, with the generated content tables.

use std::rc::Rc;

use yew::Reducible;

use crate::content::TABLES;
pub use crate::domain::session::{
    Action, Info, Path, Position, Presets, Problem, Screen, Session as State,
};

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(&TABLES, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
