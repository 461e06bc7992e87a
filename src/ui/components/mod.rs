//! Small view components. Each reads the state through `use_app()` and changes it only by
//! dispatching an `Action`.

mod about;
mod checklist;
mod contact;
mod header;
mod print;
mod question;
mod result;
mod screens;
mod start;
mod training;
mod why;

pub use about::Footer;
pub use header::Header;
pub use screens::Screens;
