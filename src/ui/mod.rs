//! The Yew interface: [`state`] adapts the domain's session reducer to Yew, [`app`] is the root
//! component, [`hooks`] its effects (title, `<html lang>`, history, focus, colours) and
//! [`quick_exit`] every way out; [`screens`] are the steps and [`widgets`] their shared parts.

pub mod app;
pub mod boot;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod packs;
pub mod quick_exit;
pub mod screens;
pub mod state;
pub mod widgets;
