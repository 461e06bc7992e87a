//! Reusable parts of the screens (GOV.UK pattern names where there is one). A widget reads the
//! session through `use_app()` and changes it only by dispatching an `Action`; it never knows
//! which screen it is on (widgets do not import `screens`).

mod back_link;
mod contact;
mod continue_button;
mod danger;
mod error_summary;
mod footer;
mod header;
mod step_heading;

pub use back_link::BackLink;
pub use contact::{BestContacts, Contact};
pub use continue_button::{continue_button, continue_submit};
pub use danger::{ConfrontWarning, DangerBanner};
pub use error_summary::ErrorSummary;
pub use footer::Footer;
pub use header::Header;
pub use step_heading::step_heading;
