//! Adapters for the browser: the only code that touches `web-sys`.

pub mod clipboard;
pub mod files;
pub mod history;
pub mod locale;
pub mod page;
pub mod service_worker;
pub mod storage;
