//! What the outside world supplies to a state change: the time and some randomness for new ids.
//! Passed in, so the core stays pure and its tests repeatable.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// Milliseconds since the Unix epoch.
    pub now: u64,
    pub random: u64,
}

impl Env {
    /// The time and a random number as short text for a new id, e.g. `mbx2k1-3fj9`.
    pub fn stamp(self) -> String {
        format!("{}-{}", base36(self.now), base36(self.random & 0xff_ffff))
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
