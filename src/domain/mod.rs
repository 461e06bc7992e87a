//! The domain core: indicators, assessment, islands, routing, locale choice, options and the
//! quick-exit shortcut. Plain Rust with no web dependency, so it runs and is tested natively.

pub mod assessment;
pub mod exit;
pub mod locale;
pub mod model;
pub mod options;
pub mod routing;
pub mod training;
