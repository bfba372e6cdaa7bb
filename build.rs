//! Sets `cfg(split)` for release builds for the browser: only those are split into chunks
//! (`src/ui/later.rs`, `scripts/wasm-link`). Debug builds, `trunk serve` and the tests stay in
//! one piece, so the dev loop needs none of the release tooling.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(split)");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo::rustc-cfg=split");
    }
}
