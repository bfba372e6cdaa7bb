//! Counts the answer combinations whose verdict changed with the rules of issue 13:
//! `cargo run --example verdict_changes`.

use std::collections::BTreeMap;

use cto_or_cio::core::questionnaire::Profile;
use cto_or_cio::core::questionnaire::Size;
use cto_or_cio::core::verdict::{recommend, Verdict, NEED};

/// The verdict rules before issue 13, on the same scores.
fn previous_verdict(size: Size, cto: u8, cio: u8) -> Verdict {
    if size >= Size::Large {
        return Verdict::Both;
    }
    match (cto >= NEED, cio >= NEED) {
        (true, true) if size == Size::Medium => Verdict::Both,
        (true, true) | (false, false) => Verdict::Combined,
        (true, false) => Verdict::Cto,
        (false, true) => Verdict::Cio,
    }
}

fn main() {
    let mut changed: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut total = 0;
    for p in Profile::all() {
        let rec = recommend(&p);
        let before = previous_verdict(p.size, rec.cto_score, rec.cio_score);
        total += 1;
        if before != rec.verdict {
            *changed.entry((before.id(), rec.verdict.id())).or_default() += 1;
        }
    }
    let count: usize = changed.values().sum();
    println!("{count} of {total} answer combinations changed verdict");
    for ((before, after), n) in changed {
        println!("  {before} -> {after}: {n}");
    }
}
