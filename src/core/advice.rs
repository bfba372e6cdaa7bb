//! What a founder can act on: the roles tailored to the answers, whom they report to, what to do
//! next given today's leadership, what the roles must coordinate on, and which answers would
//! change the verdict.

use super::answers::{Answers, Profile};
use super::engine::{recommend, Recommendation, Verdict};
use super::questions::*;

/// A technology leadership role the company should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Cto,
    Cio,
    /// One leader covering both.
    Combined,
}

impl Role {
    pub const fn title(self) -> &'static str {
        match self {
            Role::Cto => "Chief Technology Officer (CTO)",
            Role::Cio => "Chief Information Officer (CIO)",
            Role::Combined => "One technology leader for both sides",
        }
    }

    pub const fn skills(self) -> &'static [&'static str] {
        match self {
            Role::Cto => &[
                "Deep technical knowledge in what you build",
                "Product sense and product management",
                "Vision for where technology is heading",
                "Working across design, marketing and sales",
                "Building platforms that scale",
            ],
            Role::Cio => &[
                "Strategy that ties IT to business goals",
                "Budgeting and managing vendors",
                "Leading IT teams and projects",
                "Risk management for data, systems and suppliers",
                "Knowledge of compliance and data governance",
            ],
            Role::Combined => &[
                "Hands-on technical depth to build the product",
                "Enough operations sense to run internal IT and vendors",
                "Judgement on security, risk and compliance",
                "Comfort with budgets at a small scale",
                "Knowing when to hand half the job to someone else",
            ],
        }
    }
}

/// One role, tailored to a company's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleBrief {
    pub role: Role,
    /// What the role would own here.
    pub owns: Vec<&'static str>,
    pub reports_to: &'static str,
    /// For a combined role: the signs that it is time to split it.
    pub split_when: Vec<&'static str>,
}

/// The roles a verdict calls for, tailored to the answers.
pub fn roles(p: &Profile, verdict: Verdict) -> Vec<RoleBrief> {
    let cto = || RoleBrief {
        role: Role::Cto,
        owns: cto_owns(p),
        reports_to: cto_reports_to(p),
        split_when: Vec::new(),
    };
    let cio = || RoleBrief {
        role: Role::Cio,
        owns: cio_owns(p),
        reports_to: cio_reports_to(p),
        split_when: Vec::new(),
    };
    match verdict {
        Verdict::Cto => vec![cto()],
        Verdict::Cio => vec![cio()],
        Verdict::Both => vec![cto(), cio()],
        Verdict::Combined => {
            let mut owns = cto_owns(p);
            owns.truncate(3);
            owns.extend(cio_owns(p).into_iter().take(3));
            vec![RoleBrief {
                role: Role::Combined,
                owns,
                reports_to: "The CEO, as in most small companies.",
                split_when: split_signs(p),
            }]
        }
    }
}

fn cto_owns(p: &Profile) -> Vec<&'static str> {
    let mut owns = vec![match (p.focus, p.industry) {
        (Focus::Product, _) => "The product's architecture and technical roadmap",
        (Focus::Channel, Industry::Retail) => "The online store, apps and checkout customers use",
        (Focus::Channel, Industry::Finance) => {
            "Customer apps and portals, built to meet financial rules"
        }
        (Focus::Channel, Industry::Healthcare) => {
            "Patient- and clinician-facing tools that respect health-data rules"
        }
        (Focus::Channel, _) => "The digital channels customers use: apps, portals, self-service",
        (Focus::Operations, _) => "Any customer-facing technology, as it grows from a side concern",
    }];
    owns.push(match p.engineering {
        Engineering::None => "Deciding what to build in-house, and hiring the first engineers",
        Engineering::Few => "Turning a small build crew into a team with sound practices",
        Engineering::Team | Engineering::Department => {
            "Leading the engineering teams: hiring, practices and delivery"
        }
    });
    if p.priority != Priority::Operations {
        owns.push("The new offerings planned for the next two years");
    }
    if p.stage == Stage::Scaling || p.size >= Size::Large {
        owns.push("Keeping the platform fast and reliable as customers grow");
    }
    if p.regulation == Regulation::Heavy {
        owns.push("Products that meet regulatory demands by design");
    }
    owns.push("Watching technology trends and deciding which to adopt");
    owns
}

fn cio_owns(p: &Profile) -> Vec<&'static str> {
    let mut owns = vec![match (p.systems, p.industry) {
        (Systems::Complex, Industry::Retail | Industry::Manufacturing) => {
            "Inventory, supply-chain and ERP systems"
        }
        (Systems::Complex, _) => "ERP and the core business systems across sites",
        (Systems::Moderate, _) => "The connected business systems and their integrations",
        (Systems::Simple, _) => "The cloud tools every team relies on",
    }];
    owns.push(match (p.regulation, p.industry) {
        (Regulation::Heavy, Industry::Finance) => {
            "Compliance, audits and the security of financial data"
        }
        (Regulation::Heavy, Industry::Healthcare) => {
            "Compliance and the privacy and security of health records"
        }
        (Regulation::Heavy, _) => "Compliance, audits and data security",
        (Regulation::Moderate, _) => "Data governance and privacy",
        (Regulation::Light, _) => "Internal security: accounts, devices and access",
    });
    if p.priority != Priority::Products {
        owns.push("Automation and internal digital transformation");
    }
    owns.push(if p.size >= Size::Medium {
        "The IT budget and vendor contracts"
    } else {
        "Choosing and managing software vendors"
    });
    owns.push("Making sure every department has the technology it needs");
    owns
}

fn cto_reports_to(p: &Profile) -> &'static str {
    if p.size >= Size::Large && p.focus == Focus::Product {
        "The CEO, or the head of a product division."
    } else {
        "The CEO."
    }
}

fn cio_reports_to(p: &Profile) -> &'static str {
    if p.priority == Priority::Operations && p.focus == Focus::Operations {
        "The CFO or COO: here IT mainly serves operational efficiency."
    } else {
        "The CEO."
    }
}

fn split_signs(p: &Profile) -> Vec<&'static str> {
    let mut signs = vec![
        "The leader spends most weeks on one side and the other is slipping",
        "Departments wait on IT while engineers wait on decisions",
    ];
    if p.size < Size::Medium {
        signs.push("Headcount passes 50 and teams want their own systems");
    }
    if p.regulation != Regulation::Light {
        signs.push("Auditors or regulators want a named owner for compliance");
    }
    if p.engineering <= Engineering::Few {
        signs.push("A second engineering team forms");
    }
    signs
}

/// What to do next, given the verdict and who leads technology today.
pub fn next_step(
    verdict: Verdict,
    today: Leadership,
    cto_score: u8,
    cio_score: u8,
) -> &'static str {
    use Leadership as L;
    use Verdict as V;
    match (verdict, today) {
        (V::Cto, L::None) => "Hire a CTO. Until you find one, a fractional CTO can set direction.",
        (V::Cto, L::ItManager) => "Hire a CTO; your IT manager keeps running internal tools.",
        (V::Cto, L::Cio) => "You have a CIO: hire a CTO next to own the product.",
        (V::Cto | V::Cio | V::Both, L::Both) | (V::Cto, L::Cto) | (V::Cio, L::Cio) => {
            "Your current setup fits."
        }
        (V::Cio, L::None) => "Hire a CIO, or a head of IT who can grow into the role.",
        (V::Cio, L::ItManager) => "Your IT manager could grow into the CIO role; otherwise hire a CIO above them.",
        (V::Cio, L::Cto) => "You have a CTO: hire a CIO next to run internal IT.",
        (V::Both, L::None) if cto_score >= cio_score => {
            "Hire both, starting with the CTO, where the need is greater."
        }
        (V::Both, L::None) => "Hire both, starting with the CIO, where the need is greater.",
        (V::Both, L::ItManager) => "Hire a CTO, and grow your IT manager into a CIO or hire one.",
        (V::Both, L::Cto) => "You have a CTO: hire a CIO next.",
        (V::Both, L::Cio) => "You have a CIO: hire a CTO next.",
        (V::Combined, L::None) => "Hire one technology leader who covers both sides.",
        (V::Combined, L::ItManager) => "Your IT manager can grow into a combined role, with support on the product side.",
        (V::Combined, L::Cto) => "Your CTO can cover both: add internal IT to their remit.",
        (V::Combined, L::Cio) => "Your CIO can cover both: add product technology to their remit.",
        (V::Combined, L::Both) => "Two executives is more than you need today; worthwhile only if you expect to grow into it soon.",
    }
}

/// A subject the two roles (or the two hats) must coordinate on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedGround {
    pub topic: &'static str,
    pub here: &'static str,
}

pub fn shared_ground(p: &Profile) -> Vec<SharedGround> {
    let mut ground = vec![SharedGround {
        topic: "Cybersecurity",
        here: if p.regulation == Regulation::Heavy {
            "One security front for regulated data: internal controls and audits on one side, secure products on the other."
        } else {
            "Internal systems and accounts on one side, the security of what customers use on the other."
        },
    }];
    ground.push(SharedGround {
        topic: "Data management",
        here: if p.focus == Focus::Operations {
            "Where data lives, who may see it, and how reports stay trustworthy."
        } else {
            "Storage, privacy and compliance on one side; product and customer analytics on the other."
        },
    });
    if p.priority != Priority::Products {
        ground.push(SharedGround {
            topic: "Digital transformation",
            here: "Automating internal processes while changing how products and services reach customers.",
        });
    }
    if p.priority != Priority::Operations {
        ground.push(SharedGround {
            topic: "Innovation strategy",
            here: "New technology tried on the product side must be supported by the internal infrastructure.",
        });
    }
    ground
}

/// A single answer that would change the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flip {
    pub question: Question,
    pub choice: usize,
    pub verdict: Verdict,
}

impl Flip {
    pub fn sentence(&self) -> String {
        format!(
            "{}: “{}” would make it {}.",
            self.question.topic(),
            self.question.choices()[self.choice].label,
            verdict_phrase(self.verdict)
        )
    }
}

/// A short phrase for a verdict inside a sentence.
pub const fn verdict_phrase(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Cto => "a CTO",
        Verdict::Cio => "a CIO",
        Verdict::Both => "both a CTO and a CIO",
        Verdict::Combined => "one leader for both",
    }
}

/// Every single-answer change that gives a different verdict, in questionnaire order.
pub fn flips(p: &Profile) -> Vec<Flip> {
    let now = recommend(p).verdict;
    let mut flips = Vec::new();
    for question in Question::ALL {
        for choice in 0..question.choices().len() {
            if choice == p.choice(question) {
                continue;
            }
            if let Some(other) = p.with(question, choice) {
                let verdict = recommend(&other).verdict;
                if verdict != now {
                    flips.push(Flip {
                        question,
                        choice,
                        verdict,
                    });
                }
            }
        }
    }
    flips
}

/// The verdict at each size band, every other answer kept.
pub fn roadmap(p: &Profile) -> Vec<(Size, Verdict)> {
    Size::ALL
        .iter()
        .map(|&size| (size, recommend(&Profile { size, ..*p }).verdict))
        .collect()
}

/// A Markdown summary to paste into an email or a document.
pub fn summary_markdown(answers: &Answers, rec: &Recommendation, link: &str) -> String {
    let Some(p) = answers.profile() else {
        return String::new();
    };
    let mut md = String::new();
    let name = match answers.company() {
        "" => String::new(),
        company => format!(" for {company}"),
    };
    md.push_str(&format!(
        "# Technology leadership{name}: {}\n\n",
        rec.verdict.headline()
    ));
    md.push_str(&format!("{}\n\n", rec.verdict.explanation()));
    md.push_str(&format!(
        "- CTO need: {}/100\n- CIO need: {}/100\n\n",
        rec.cto_score, rec.cio_score
    ));
    md.push_str("## Why\n\n");
    for c in rec.top_reasons(5) {
        md.push_str(&format!(
            "- {}: {} ({}) — {}\n",
            c.question.topic(),
            c.answer_label(),
            points(c.cto, c.cio),
            c.why
        ));
    }
    for brief in roles(&p, rec.verdict) {
        md.push_str(&format!("\n## {}\n\n", brief.role.title()));
        for item in &brief.owns {
            md.push_str(&format!("- {item}\n"));
        }
        md.push_str(&format!("\nReports to: {}\n", brief.reports_to));
    }
    md.push_str(&format!(
        "\n## Next step\n\n{}\n\nAnswers: {link}\n",
        next_step(rec.verdict, p.leadership, rec.cto_score, rec.cio_score)
    ));
    md
}

/// "+18 CIO", "+6 CTO · +14 CIO", or "no effect".
pub fn points(cto: u8, cio: u8) -> String {
    match (cto, cio) {
        (0, 0) => "no effect".into(),
        (cto, 0) => format!("+{cto} CTO"),
        (0, cio) => format!("+{cio} CIO"),
        (cto, cio) => format!("+{cto} CTO · +{cio} CIO"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(ids: [&str; 9]) -> Profile {
        Profile::from_ids(ids).expect("test ids are valid")
    }

    const MANUFACTURER: [&str; 9] = [
        "medium",
        "established",
        "manufacturing",
        "operations",
        "moderate",
        "complex",
        "few",
        "operations",
        "none",
    ];

    #[test]
    fn medium_manufacturer_flips_to_both_with_a_channel_focus_and_both_priorities() {
        let base = profile(MANUFACTURER);
        assert_eq!(recommend(&base).verdict, Verdict::Cio);
        let changed = base
            .with(Question::Focus, Focus::Channel as usize)
            .and_then(|p| p.with(Question::Priority, Priority::Both as usize))
            .expect("valid");
        assert_eq!(recommend(&changed).verdict, Verdict::Both);
    }

    #[test]
    fn flips_are_exactly_the_single_changes_that_alter_the_verdict() {
        let base = profile(MANUFACTURER);
        let flips = flips(&base);
        assert!(flips.iter().any(|f| f.question == Question::Size
            && f.choice == Size::Large as usize
            && f.verdict == Verdict::Both));
        assert!(flips.iter().all(|f| f.question != Question::Leadership));
        for f in &flips {
            let other = base.with(f.question, f.choice).expect("valid");
            assert_eq!(recommend(&other).verdict, f.verdict);
            assert_ne!(f.verdict, Verdict::Cio);
            assert!(f.sentence().contains(f.question.topic()));
        }
        let count: usize = Question::ALL.iter().map(|q| q.choices().len() - 1).sum();
        assert!(flips.len() < count, "some single changes keep the verdict");
    }

    #[test]
    fn roadmap_covers_every_size_band_and_ends_with_both() {
        let small_startup = profile([
            "small", "startup", "software", "product", "light", "simple", "few", "products", "none",
        ]);
        let road = roadmap(&small_startup);
        assert_eq!(road.len(), 5);
        assert_eq!(road[1], (Size::Small, Verdict::Cto));
        assert_eq!(road[3], (Size::Large, Verdict::Both));
        assert_eq!(road[4], (Size::Enterprise, Verdict::Both));
    }

    #[test]
    fn retailer_roles_split_store_and_supply_chain() {
        let retailer = profile([
            "medium", "scaling", "retail", "channel", "moderate", "complex", "team", "both", "none",
        ]);
        let briefs = roles(&retailer, recommend(&retailer).verdict);
        assert_eq!(
            briefs.iter().map(|b| b.role).collect::<Vec<_>>(),
            vec![Role::Cto, Role::Cio]
        );
        assert!(briefs[0].owns[0].contains("online store"));
        assert!(briefs[1].owns[0].contains("supply-chain"));
        assert_eq!(briefs[0].reports_to, "The CEO.");
    }

    #[test]
    fn cio_reports_to_cfo_or_coo_where_it_serves_efficiency() {
        let p = profile(MANUFACTURER);
        let briefs = roles(&p, Verdict::Cio);
        assert!(briefs[0].reports_to.contains("CFO or COO"));
    }

    #[test]
    fn combined_role_lists_signs_to_split_it() {
        let p = profile([
            "micro",
            "established",
            "services",
            "operations",
            "light",
            "simple",
            "none",
            "operations",
            "none",
        ]);
        let briefs = roles(&p, recommend(&p).verdict);
        assert_eq!(briefs.len(), 1);
        assert_eq!(briefs[0].role, Role::Combined);
        assert!(briefs[0].split_when.len() >= 3);
    }

    #[test]
    fn next_step_follows_todays_leadership() {
        assert_eq!(
            next_step(Verdict::Both, Leadership::Cto, 60, 60),
            "You have a CTO: hire a CIO next."
        );
        assert_eq!(
            next_step(Verdict::Cto, Leadership::Cto, 80, 10),
            "Your current setup fits."
        );
        assert!(next_step(Verdict::Combined, Leadership::ItManager, 30, 30)
            .contains("IT manager can grow"));
    }

    #[test]
    fn every_verdict_has_roles_next_steps_and_shared_ground_for_every_profile() {
        for p in Profile::all().step_by(7) {
            let rec = recommend(&p);
            let briefs = roles(&p, rec.verdict);
            assert!(!briefs.is_empty());
            assert!(briefs.iter().all(|b| b.owns.len() >= 3
                && !b.reports_to.is_empty()
                && !b.role.skills().is_empty()));
            assert!(!next_step(rec.verdict, p.leadership, rec.cto_score, rec.cio_score).is_empty());
            assert!(shared_ground(&p).len() >= 3);
        }
    }

    #[test]
    fn markdown_summary_has_verdict_scores_reasons_roles_next_step_and_link() {
        let mut answers = Answers::from(&profile(MANUFACTURER));
        answers.set_company("Acme Ltd");
        let rec = recommend(&answers.profile().expect("complete"));
        let md = summary_markdown(&answers, &rec, "https://example.org/#v=1");
        assert!(
            md.starts_with("# Technology leadership for Acme Ltd: You need a CIO\n"),
            "{md}"
        );
        assert!(md.contains(&format!("CIO need: {}/100", rec.cio_score)));
        assert!(md.contains("## Why") && md.contains("Internal systems: Complex (+20 CIO)"));
        assert!(md.contains("## Chief Information Officer (CIO)"));
        assert!(md.contains("## Next step") && md.contains("Answers: https://example.org/#v=1"));
    }
}
