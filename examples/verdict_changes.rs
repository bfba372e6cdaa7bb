//! Counts the answer sets whose verdict changed with the rules of issue 20, against the rules
//! before it (stop 17: size points large 8/20 and enterprise 8/24, and every organisation of 250
//! people or more told it needs both, whatever its scores): `cargo run --example verdict_changes`.

use std::collections::BTreeMap;

use cto_or_cio::core::questionnaire::{Profile, Question, Size};
use cto_or_cio::core::verdict::{answer_points, recommend, scores, Verdict, NEED};

/// The verdict under the rules before issue 20.
fn previous_verdict(p: &Profile) -> Verdict {
    if p.size >= Size::Large {
        return Verdict::Both;
    }
    let (cto, cio) = scores(p);
    match (cto >= NEED, cio >= NEED) {
        (true, true) if p.size == Size::Medium => Verdict::Both,
        (true, true) => Verdict::Combined,
        (true, false) => Verdict::Cto,
        (false, true) if p.size == Size::Micro => Verdict::Combined,
        (false, true) => Verdict::Cio,
        (false, false) => Verdict::Combined,
    }
}

fn main() {
    let mut changed: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    let mut total = 0;
    for p in Profile::all() {
        let rec = recommend(&p);
        let before = previous_verdict(&p);
        total += 1;
        if before != rec.verdict {
            let size = Question::Size.choices()[p.size as usize].id;
            *changed
                .entry((size, before.id(), rec.verdict.id()))
                .or_default() += 1;
        }
    }
    let count: usize = changed.values().sum();
    println!("{count} of {total} answer sets changed verdict");
    for ((size, before, after), n) in changed {
        println!("  {size}: {before} -> {after}: {n}");
    }
    let large = answer_points(Question::Size, Size::Large as usize);
    let enterprise = answer_points(Question::Size, Size::Enterprise as usize);
    println!("size points now: large {large:?}, enterprise {enterprise:?} (CTO, CIO)");
}
