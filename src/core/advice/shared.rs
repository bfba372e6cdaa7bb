//! The ground the two roles (or one leader's two hats) must coordinate on: the seeds' four
//! subjects, each said for this organisation.

use super::claims::{said, Claim as C, Said};
use crate::core::locale::Msg;
use crate::core::questionnaire::*;

/// A subject the two roles (or the two hats) must coordinate on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedGround {
    pub topic: Msg,
    pub here: Said,
}

pub fn shared_ground(p: &Profile) -> Vec<SharedGround> {
    let mut ground = vec![SharedGround {
        topic: Msg::SharedSecurity,
        here: if p.regulation == Regulation::Heavy {
            said(Msg::SharedSecurityRegulated, &[C::HeavyRegulation])
        } else {
            said(Msg::SharedSecuritySplit, &[C::RegulationNotHeavy])
        },
    }];
    ground.push(SharedGround {
        topic: Msg::SharedData,
        here: if p.focus == Focus::Operations {
            said(Msg::SharedDataOperations, &[C::OperationsFocus])
        } else {
            said(Msg::SharedDataCustomers, &[C::CustomerFacing])
        },
    });
    if p.priority != Priority::Products {
        ground.push(SharedGround {
            topic: Msg::SharedTransformation,
            here: said(Msg::SharedTransformationHere, &[C::PlansEfficiency]),
        });
    }
    if p.priority != Priority::Operations {
        ground.push(SharedGround {
            topic: Msg::SharedInnovation,
            here: said(Msg::SharedInnovationHere, &[C::PlansNewOfferings]),
        });
    }
    ground
}
