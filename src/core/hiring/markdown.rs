//! A kit as Markdown, to paste into a job advert or an interview plan.

use super::Kit;
use crate::core::advice::claims::Said;
use crate::core::advice::markdown::paragraph;

/// The kits as one Markdown document, to copy or to download as a `.md` file.
pub fn kit_markdown(kits: &[Kit], company_name: &str, link: &str) -> String {
    let mut md = String::from("# Hiring kit");
    if !company_name.is_empty() {
        md.push_str(" for ");
        md.push_str(company_name);
    }
    md.push('\n');
    for kit in kits {
        md.push_str(&format!("\n## {}\n\n", kit.title));
        if !kit.context.is_empty() {
            md.push_str(&paragraph(&kit.context));
            md.push_str("\n\n");
        }
        md.push_str("### What this person would own here\n\n");
        for item in &kit.brief.owns {
            md.push_str(&format!("- {}\n", item.text));
        }
        md.push_str(&format!(
            "\n**Reports to:** {}\n\n### The skills that matter most here\n\n",
            kit.brief.reports_to.text
        ));
        numbered(&mut md, &kit.brief.skills);
        md.push_str("\n### The first 90 days\n\n");
        for item in &kit.first_90_days {
            md.push_str(&format!("- {}\n", item.text));
        }
        md.push_str("\n### Interview questions\n\n");
        numbered(&mut md, &kit.questions);
    }
    md.push_str(&format!("\nBased on these answers: {link}\n"));
    md
}

fn numbered(md: &mut String, items: &[Said]) {
    for (i, item) in items.iter().enumerate() {
        md.push_str(&format!("{}. {}\n", i + 1, item.text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::hiring::hiring_kit;
    use crate::core::questionnaire::Profile;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    fn kits_for(p: &Profile) -> Vec<Kit> {
        hiring_kit(p, &recommend(p))
    }

    #[test]
    fn kit_markdown_has_each_role_its_sections_numbered_questions_and_the_link() {
        let kits = kits_for(&hospital_group());
        let md = kit_markdown(&kits, "St Mary's Group", "https://example.org/#v=1");
        assert!(md.starts_with("# Hiring kit for St Mary's Group\n"), "{md}");
        assert!(
            md.find("## Chief Information Officer (CIO)")
                < md.find("## Chief Technology Officer (CTO)")
        );
        assert_eq!(md.matches("### Interview questions").count(), 2);
        assert!(md.contains("**Reports to:** The CFO or COO"));
        assert!(md.contains(&format!("\n1. {}\n", kits[0].questions[0].text)));
        assert!(md.ends_with("Based on these answers: https://example.org/#v=1\n"));
        assert!(kit_markdown(&kits, "", "x").starts_with("# Hiring kit\n"));
    }
}
