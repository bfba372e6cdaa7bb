//! Sample companies for tests and docs: each a complete set of answers with a descriptive name.
//! Other modules' tests use them too, so the names and answers stay stable.

use crate::core::questionnaire::Profile;
use crate::core::questionnaire::*;

/// A 400-person hospital group: operations focus, heavy regulation, complex systems, an
/// engineering team and an IT manager today (CTO need 42, CIO need 96).
pub const fn hospital_group() -> Profile {
    Profile {
        size: Size::Large,
        stage: Stage::Established,
        industry: Industry::Healthcare,
        focus: Focus::Operations,
        regulation: Regulation::Heavy,
        systems: Systems::Complex,
        engineering: Engineering::Team,
        priority: Priority::Operations,
        leadership: Leadership::ItManager,
    }
}

/// A manufacturing enterprise of 1,000+ where technology runs the business, with no engineers
/// and a CIO already (CTO need 22).
pub const fn operations_enterprise_with_a_cio() -> Profile {
    Profile {
        size: Size::Enterprise,
        stage: Stage::Established,
        industry: Industry::Manufacturing,
        focus: Focus::Operations,
        regulation: Regulation::Moderate,
        systems: Systems::Complex,
        engineering: Engineering::None,
        priority: Priority::Operations,
        leadership: Leadership::Cio,
    }
}

/// An enterprise with the lightest possible technology load: operations focus, light regulation,
/// simple systems, no engineers.
pub const fn plain_enterprise() -> Profile {
    Profile {
        size: Size::Enterprise,
        stage: Stage::Established,
        industry: Industry::Other,
        focus: Focus::Operations,
        regulation: Regulation::Light,
        systems: Systems::Simple,
        engineering: Engineering::None,
        priority: Priority::Operations,
        leadership: Leadership::None,
    }
}

/// A clinic of under ten people with heavy regulation and no one leading technology.
pub const fn micro_clinic() -> Profile {
    Profile {
        size: Size::Micro,
        stage: Stage::Established,
        industry: Industry::Healthcare,
        focus: Focus::Operations,
        regulation: Regulation::Heavy,
        systems: Systems::Moderate,
        engineering: Engineering::None,
        priority: Priority::Operations,
        leadership: Leadership::None,
    }
}

/// A five-person software startup that already has both a CTO and a CIO.
pub const fn five_person_startup_with_a_cto_and_a_cio() -> Profile {
    Profile {
        size: Size::Micro,
        stage: Stage::Startup,
        industry: Industry::Software,
        focus: Focus::Product,
        regulation: Regulation::Light,
        systems: Systems::Simple,
        engineering: Engineering::Few,
        priority: Priority::Products,
        leadership: Leadership::Both,
    }
}

/// A fintech startup of under ten people building its product under heavy regulation.
pub const fn tiny_fintech() -> Profile {
    Profile {
        size: Size::Micro,
        stage: Stage::Startup,
        industry: Industry::Finance,
        focus: Focus::Product,
        regulation: Regulation::Heavy,
        systems: Systems::Simple,
        engineering: Engineering::Few,
        priority: Priority::Products,
        leadership: Leadership::None,
    }
}

/// A professional services firm of 10–49 people with no product of its own.
pub const fn small_services_firm() -> Profile {
    Profile {
        size: Size::Small,
        stage: Stage::Established,
        industry: Industry::Services,
        focus: Focus::Operations,
        regulation: Regulation::Light,
        systems: Systems::Simple,
        engineering: Engineering::None,
        priority: Priority::Both,
        leadership: Leadership::None,
    }
}

/// A services firm of under ten people that buys all its software.
pub const fn micro_services_firm() -> Profile {
    Profile {
        size: Size::Micro,
        stage: Stage::Established,
        industry: Industry::Services,
        focus: Focus::Operations,
        regulation: Regulation::Light,
        systems: Systems::Simple,
        engineering: Engineering::None,
        priority: Priority::Operations,
        leadership: Leadership::None,
    }
}

/// A software startup of 10–49 people with a few developers building its product.
pub const fn small_software_startup() -> Profile {
    Profile {
        size: Size::Small,
        stage: Stage::Startup,
        industry: Industry::Software,
        focus: Focus::Product,
        regulation: Regulation::Light,
        systems: Systems::Simple,
        engineering: Engineering::Few,
        priority: Priority::Products,
        leadership: Leadership::None,
    }
}

/// A scaling fintech of 10–49 people with heavy regulation and strong needs on both sides.
pub const fn small_scaling_fintech() -> Profile {
    Profile {
        size: Size::Small,
        stage: Stage::Scaling,
        industry: Industry::Finance,
        focus: Focus::Product,
        regulation: Regulation::Heavy,
        systems: Systems::Moderate,
        engineering: Engineering::Few,
        priority: Priority::Both,
        leadership: Leadership::None,
    }
}

/// A mid-sized manufacturer run on complex internal systems, with no engineers.
pub const fn mid_sized_manufacturer() -> Profile {
    Profile {
        size: Size::Medium,
        stage: Stage::Established,
        industry: Industry::Manufacturing,
        focus: Focus::Operations,
        regulation: Regulation::Moderate,
        systems: Systems::Complex,
        engineering: Engineering::None,
        priority: Priority::Operations,
        leadership: Leadership::None,
    }
}

/// The mid-sized manufacturer with a few developers of its own.
pub const fn mid_sized_manufacturer_with_developers() -> Profile {
    Profile {
        engineering: Engineering::Few,
        ..mid_sized_manufacturer()
    }
}

/// A mid-sized care provider where technology runs the business under heavy regulation.
pub const fn mid_sized_care_provider() -> Profile {
    Profile {
        size: Size::Medium,
        stage: Stage::Established,
        industry: Industry::Healthcare,
        focus: Focus::Operations,
        regulation: Regulation::Heavy,
        systems: Systems::Moderate,
        engineering: Engineering::None,
        priority: Priority::Operations,
        leadership: Leadership::None,
    }
}

/// A scaling mid-sized software company with an engineering team, internal IT to run and a CTO.
pub const fn mid_sized_software_company() -> Profile {
    Profile {
        size: Size::Medium,
        stage: Stage::Scaling,
        industry: Industry::Software,
        focus: Focus::Product,
        regulation: Regulation::Moderate,
        systems: Systems::Moderate,
        engineering: Engineering::Team,
        priority: Priority::Both,
        leadership: Leadership::Cto,
    }
}

/// A scaling mid-sized retailer with an online store, complex supply-chain systems, an
/// engineering team and goals split evenly: its two needs are level (CTO need 68, CIO need 67).
pub const fn mid_sized_retailer() -> Profile {
    Profile {
        size: Size::Medium,
        stage: Stage::Scaling,
        industry: Industry::Retail,
        focus: Focus::Channel,
        regulation: Regulation::Moderate,
        systems: Systems::Complex,
        engineering: Engineering::Team,
        priority: Priority::Both,
        leadership: Leadership::None,
    }
}

/// Every sample, by name: for tests that walk them all.
pub const ALL: [(&str, Profile); 15] = [
    ("hospital group", hospital_group()),
    (
        "operations enterprise with a CIO",
        operations_enterprise_with_a_cio(),
    ),
    ("plain enterprise", plain_enterprise()),
    ("micro clinic", micro_clinic()),
    (
        "five-person startup with a CTO and a CIO",
        five_person_startup_with_a_cto_and_a_cio(),
    ),
    ("tiny fintech", tiny_fintech()),
    ("small services firm", small_services_firm()),
    ("micro services firm", micro_services_firm()),
    ("small software startup", small_software_startup()),
    ("small scaling fintech", small_scaling_fintech()),
    ("mid-sized manufacturer", mid_sized_manufacturer()),
    (
        "mid-sized manufacturer with developers",
        mid_sized_manufacturer_with_developers(),
    ),
    ("mid-sized care provider", mid_sized_care_provider()),
    ("mid-sized software company", mid_sized_software_company()),
    ("mid-sized retailer", mid_sized_retailer()),
];

/// A public agency of some 2,000 people: three developers, operations first, heavy regulation and
/// complex systems, nobody leading technology.
pub const fn public_agency() -> Profile {
    Profile {
        size: Size::Enterprise,
        stage: Stage::Established,
        industry: Industry::Public,
        focus: Focus::Operations,
        regulation: Regulation::Heavy,
        systems: Systems::Complex,
        engineering: Engineering::Few,
        priority: Priority::Operations,
        leadership: Leadership::None,
    }
}

/// A 300-person insurer selling through its own apps and portals, with an engineering team and
/// an IT manager.
pub const fn insurer() -> Profile {
    Profile {
        size: Size::Large,
        stage: Stage::Established,
        industry: Industry::Finance,
        focus: Focus::Channel,
        regulation: Regulation::Heavy,
        systems: Systems::Complex,
        engineering: Engineering::Team,
        priority: Priority::Both,
        leadership: Leadership::ItManager,
    }
}

/// The insurer's answers, but a logistics firm: the same size, stage, focus and so on.
pub const fn logistics_firm() -> Profile {
    Profile {
        industry: Industry::Manufacturing,
        regulation: Regulation::Moderate,
        ..insurer()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_sample_is_a_different_company() {
        for (i, (name, profile)) in ALL.iter().enumerate() {
            for (other, same) in &ALL[i + 1..] {
                assert_ne!(profile, same, "{name} and {other}");
                assert_ne!(name, other);
            }
        }
    }
}
