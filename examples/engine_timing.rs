//! Times the engine over the whole answer space: `cargo run --release --example engine_timing`.
//! Used by `scripts/measure`; prints one line the script copies into its report.

use std::time::Instant;

use cto_or_cio::core::questionnaire::Profile;
use cto_or_cio::core::verdict::recommend;

fn main() {
    let started = Instant::now();
    let mut both = 0usize;
    let mut count = 0usize;
    for profile in Profile::all() {
        if recommend(&profile).verdict.id() == "both" {
            both += 1;
        }
        count += 1;
    }
    let elapsed = started.elapsed();
    println!(
        "engine: {count} answer combinations evaluated in {:.1} ms ({:.0} ns each; {both} need both)",
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1e9 / count as f64
    );
}
