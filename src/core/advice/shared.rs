//! The ground the two roles (or one leader's two hats) must coordinate on.

use super::claims::{said, Claim as C, Said};
use crate::core::questionnaire::*;

/// A subject the two roles (or the two hats) must coordinate on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedGround {
    pub topic: &'static str,
    pub here: Said,
}

pub fn shared_ground(p: &Profile) -> Vec<SharedGround> {
    let mut ground = vec![SharedGround {
        topic: "Cybersecurity",
        here: if p.regulation == Regulation::Heavy {
            said(
                "One security front for regulated data: internal controls and audits, and the \
                 security of whatever customers use.",
                &[C::HeavyRegulation],
            )
        } else {
            said(
                "Internal systems and accounts on one side, the security of what customers use \
                 on the other.",
                &[],
            )
        },
    }];
    ground.push(SharedGround {
        topic: "Data management",
        here: if p.focus == Focus::Operations {
            said(
                "Where data lives, who may see it, and how reports stay trustworthy.",
                &[C::OperationsFocus],
            )
        } else {
            said(
                "Storage, privacy and compliance on one side; product and customer analytics on \
                 the other.",
                &[C::CustomerFacing],
            )
        },
    });
    if p.priority != Priority::Products {
        ground.push(SharedGround {
            topic: "Digital transformation",
            here: said(
                "Automating internal processes while changing how services reach customers.",
                &[C::PlansEfficiency],
            ),
        });
    }
    if p.priority != Priority::Operations {
        ground.push(SharedGround {
            topic: "Innovation strategy",
            here: said(
                "New technology tried for customers must be supported by the internal \
                 infrastructure.",
                &[C::PlansNewOfferings],
            ),
        });
    }
    ground
}
