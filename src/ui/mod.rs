//! The Yew interface: [`state`] holds the one reducer, [`app`] wires browser effects
//! (title, `<html lang>`, history, quick exit), and [`components`] are small views.

pub mod app;
pub mod boot;
pub mod components;
pub mod dom;
pub mod embed;
pub mod packs;
pub mod state;
