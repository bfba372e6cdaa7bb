//! Two hiring kits side by side, a 300-person insurer's and a logistics firm's with otherwise the
//! same answers, and how many interview questions they share word for word:
//! `cargo run --example kits_side_by_side`.

use cto_or_cio::core::hiring::hiring_kit;
use cto_or_cio::core::locale::Catalogue;
use cto_or_cio::core::questionnaire::Profile;
use cto_or_cio::core::samples::{insurer, logistics_firm};
use cto_or_cio::core::verdict::recommend;

fn asks(p: &Profile, english: &Catalogue) -> Vec<(String, Vec<String>)> {
    hiring_kit(p, &recommend(p))
        .iter()
        .map(|kit| {
            let questions = kit
                .questions
                .iter()
                .map(|q| {
                    format!(
                        "{}\n      strong: {}",
                        q.ask.text(english, p.industry),
                        q.strong.text(english, p.industry)
                    )
                })
                .collect();
            (kit.title.text(english, p.industry), questions)
        })
        .collect()
}

fn main() {
    let english = Catalogue::english();
    let (a, b) = (
        asks(&insurer(), &english),
        asks(&logistics_firm(), &english),
    );
    for (name, kits) in [
        ("Insurer (300 people)", &a),
        ("Logistics firm (300 people)", &b),
    ] {
        println!("# {name}");
        for (title, questions) in kits {
            println!("\n## {title}");
            for (i, q) in questions.iter().enumerate() {
                println!("  {}. {q}", i + 1);
            }
        }
        println!();
    }
    for ((title, x), (_, y)) in a.iter().zip(&b) {
        let ask = |q: &String| q.lines().next().unwrap_or_default().to_owned();
        let shared = x
            .iter()
            .filter(|q| y.iter().any(|r| ask(r) == ask(q)))
            .count();
        println!(
            "{title}: {shared} of {} questions shared word for word",
            x.len()
        );
    }
}
