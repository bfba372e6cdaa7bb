//! Two things happen before the crate compiles:
//!
//! - `cfg(split)` is set for release builds for the browser: only those are split into chunks
//!   (`src/ui/later.rs`, `scripts/wasm-link`). Debug builds, `trunk serve` and the tests stay in
//!   one piece, so the dev loop needs none of the release tooling.
//! - The message ids are made from the English locale file, `locales/en.json`: one variant of
//!   `Msg` per key (`result.next.title` → `Msg::ResultNextTitle`), so a message the code names
//!   and the file lacks does not compile. Keys under `boot.` are the page's own, read by the
//!   loader before the app arrives (scripts/post-build.mjs), and get no variant.

use std::fmt::Write as _;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(split)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales/en.json");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo::rustc-cfg=split");
    }
    if let Err(why) = messages() {
        // A broken locale file must stop the build, with the reason.
        panic!("locales/en.json: {why}");
    }
}

fn messages() -> Result<(), String> {
    let text = std::fs::read_to_string("locales/en.json").map_err(|e| e.to_string())?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let object = json.as_object().ok_or("not a JSON object")?;
    let mut keys: Vec<&str> = object
        .keys()
        .map(String::as_str)
        .filter(|k| !k.starts_with("boot."))
        .collect();
    keys.sort_unstable();
    let mut variants = Vec::new();
    for key in &keys {
        if !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
        {
            return Err(format!("key “{key}”: use a-z, 0-9, `_` and `.`"));
        }
        let variant: String = key
            .split(['.', '_'])
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map_or(String::new(), |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect();
        if variants.contains(&variant) {
            return Err(format!("key “{key}” names the same message as another"));
        }
        variants.push(variant);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// Every message the app shows: a key of the locale files (`locales/*.json`), made into a\n\
         /// variant by `build.rs`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         #[repr(u16)]\n\
         pub enum Msg {{"
    );
    for variant in &variants {
        let _ = writeln!(out, "    {variant},");
    }
    let _ = writeln!(out, "}}\n\nimpl Msg {{");
    let _ = writeln!(out, "    pub const COUNT: usize = {};", keys.len());
    let _ = writeln!(out, "    /// Every message, in the order of its key.");
    let _ = writeln!(out, "    pub const ALL: [Msg; {}] = [", keys.len());
    for variant in &variants {
        let _ = writeln!(out, "        Msg::{variant},");
    }
    let _ = writeln!(out, "    ];\n}}\n");
    // The keys themselves stay out of release builds for the browser: the locale files it
    // fetches hold their texts in this order (scripts/post-build.mjs writes them so).
    let _ = writeln!(
        out,
        "/// The keys, sorted, in the order of [`Msg`]'s variants."
    );
    let _ = writeln!(
        out,
        "#[cfg(any(not(target_arch = \"wasm32\"), debug_assertions))]\n\
         pub const KEYS: [&str; {}] = [",
        keys.len()
    );
    for key in &keys {
        let _ = writeln!(out, "    {key:?},");
    }
    let _ = writeln!(out, "];\n");
    // A sector's terms (`term.<sector>.<name>`, else `term.<name>`) by name, without the keys.
    let _ = writeln!(
        out,
        "/// The message for the term `name` of `sector` (an `industry` option id), or the general\n\
         /// term.\npub fn term(sector: Option<&str>, name: &str) -> Option<Msg> {{\n    \
         match (sector, name) {{"
    );
    for (key, variant) in keys.iter().zip(&variants) {
        let parts: Vec<&str> = key.split('.').collect();
        if let ["term", sector, name] = parts[..] {
            let _ = writeln!(
                out,
                "        (Some({sector:?}), {name:?}) => Some(Msg::{variant}),"
            );
        }
    }
    for (key, variant) in keys.iter().zip(&variants) {
        let parts: Vec<&str> = key.split('.').collect();
        if let ["term", name] = parts[..] {
            let _ = writeln!(out, "        (_, {name:?}) => Some(Msg::{variant}),");
        }
    }
    let _ = writeln!(out, "        _ => None,\n    }}\n}}");
    let dir = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    std::fs::write(format!("{dir}/msg.rs"), out).map_err(|e| e.to_string())
}
