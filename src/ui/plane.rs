//! Where a company stands: a point on the plane of CTO need (across) against CIO need (up),
//! over the four verdict regions for its other answers and the bar at which a role needs a
//! leader. Inline SVG with a text alternative; what-if adds where the point came from, and the
//! size roadmap is the path the point takes as the company grows.

use super::dom::El;
use super::locale::{number, tr, tr_with};
use crate::core::advice::changes::verdict_label;
use crate::core::locale::Msg;
use crate::core::questionnaire::Profile;
use crate::core::questionnaire::Size;
use crate::core::verdict::{verdict_for_scores, Verdict, NEED};

/// One company on the plane.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub label: String,
    pub cto: u8,
    pub cio: u8,
    /// Its answers, which decide the regions.
    pub profile: Profile,
}

/// The plot area inside the SVG's 0–360 square, three units a point; left and bottom leave
/// room for the axes. Whole numbers only: formatting floats would cost kilobytes of wasm.
const LEFT: i32 = 48;
const TOP: i32 = 12;
const SIDE: i32 = 300;
/// The grid the regions are sampled on, in score points.
const CELL: u8 = 4;

fn x(score: i32) -> i32 {
    LEFT + score * SIDE / 100
}

fn y(score: i32) -> i32 {
    TOP + SIDE - score * SIDE / 100
}

fn num(v: i32) -> String {
    v.to_string()
}

/// The plane with `points` (the first one's answers decide the regions), and where the first
/// point came from when `from` is given (what-if).
/// `path` is the size roadmap of a single company: (size, CTO need, CIO need) per size band.
pub fn plane(points: &[Point], from: Option<(u8, u8)>, path: Vec<(Size, u8, u8)>) -> El {
    let Some(first) = points.first() else {
        return El::new("div", "");
    };
    let mut svg = El::svg("svg", "plane__svg")
        .attr("viewBox", "0 0 360 360")
        .attr("role", "img")
        .attr("aria-labelledby", "plane-title plane-desc")
        .child(
            El::svg("title", "")
                .add_text(&tr(Msg::PlaneTitle))
                .attr("id", "plane-title"),
        )
        .child(
            El::svg("desc", "")
                .add_text(&describe(points, from))
                .attr("id", "plane-desc"),
        )
        .children(regions(&first.profile));
    // The bar at which each role needs a leader.
    let bar = i32::from(NEED);
    svg = svg
        .child(line("plane__bar", x(bar), y(0), x(bar), y(100)))
        .child(line("plane__bar", x(0), y(bar), x(100), y(bar)))
        .child(
            El::svg("rect", "plane__frame")
                .attr("x", &num(LEFT))
                .attr("y", &num(TOP))
                .attr("width", &num(SIDE))
                .attr("height", &num(SIDE)),
        )
        .children(axes());
    if !path.is_empty() {
        svg = svg.children(roadmap(first, &path));
    }
    if let Some((cto, cio)) = from {
        svg = svg
            .child(line(
                "plane__move",
                x(i32::from(cto)),
                y(i32::from(cio)),
                x(i32::from(first.cto)),
                y(i32::from(first.cio)),
            ))
            .child(dot("plane__from", cto, cio, 6));
    }
    for (index, p) in points.iter().enumerate() {
        let class = if index == 0 {
            "plane__point"
        } else {
            "plane__point plane__point--second"
        };
        svg = svg.child(dot(class, p.cto, p.cio, 7));
    }
    // Several points are numbered, each number placed where it overlaps no other and stays
    // inside the chart; the key below names them in full.
    let mut figure = El::new("figure", "plane");
    if points.len() > 1 {
        for label in place_labels(points) {
            svg = svg.child(
                El::svg("text", "plane__label")
                    .attr("x", &num(label.x))
                    .attr("y", &num(label.y))
                    .attr("text-anchor", "middle")
                    .add_text(&label.text),
            );
        }
        figure = figure.child(svg).child(key(points));
    } else {
        figure = figure.child(svg);
    }
    figure.child(legend()).child(El::text(
        "figcaption",
        "plane__caption",
        &describe(points, from),
    ))
}

/// A point's number on the chart: its centre, and the numbers of every point at that spot.
struct Label {
    x: i32,
    y: i32,
    text: String,
}

/// Width of one digit and height of a label, in chart units (the labels' font is 11 units).
const DIGIT: i32 = 7;
const LINE: i32 = 12;

/// Numbers for the points: points at the same spot share one label ("1, 3"); each label goes to
/// the first of eight places around its dot, then further out, that overlaps no dot or label
/// placed before it and stays inside the chart.
fn place_labels(points: &[Point]) -> Vec<Label> {
    let mut spots: Vec<((u8, u8), Vec<usize>)> = Vec::new();
    for (i, p) in points.iter().enumerate() {
        match spots.iter_mut().find(|(at, _)| *at == (p.cto, p.cio)) {
            Some((_, numbers)) => numbers.push(i + 1),
            None => spots.push(((p.cto, p.cio), vec![i + 1])),
        }
    }
    let dots: Vec<Rect> = spots
        .iter()
        .map(|&((cto, cio), _)| Rect::around(x(i32::from(cto)), y(i32::from(cio)), 16, 16))
        .collect();
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = Vec::new();
    for ((cto, cio), numbers) in spots {
        let text = numbers
            .iter()
            .map(|n| number(*n as u64))
            .collect::<Vec<_>>()
            .join(&tr(Msg::AppListSeparator));
        let width = DIGIT * text.chars().count() as i32 + 4;
        let (cx, cy) = (x(i32::from(cto)), y(i32::from(cio)));
        let free =
            |r: &Rect| r.inside() && !placed.iter().chain(&dots).any(|other| other.overlaps(r));
        let chosen = (1..=6)
            .flat_map(|ring| {
                let d = 6 + ring * 8;
                [
                    (d, 0),
                    (-d, 0),
                    (0, -d),
                    (0, d),
                    (d, -d),
                    (-d, -d),
                    (d, d),
                    (-d, d),
                ]
                .map(|(dx, dy)| {
                    Rect::around(cx + dx + dx.signum() * width / 2, cy + dy, width, LINE)
                })
            })
            .find(|r| free(r))
            .unwrap_or_else(|| Rect::around(cx, cy - 16, width, LINE).clamped());
        out.push(Label {
            x: chosen.x + chosen.w / 2,
            y: chosen.y + LINE - 2,
            text,
        });
        placed.push(chosen);
    }
    out
}

/// A box in chart units.
#[derive(Clone, Copy)]
struct Rect {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

impl Rect {
    fn around(cx: i32, cy: i32, w: i32, h: i32) -> Rect {
        Rect {
            x: cx - w / 2,
            y: cy - h / 2,
            w,
            h,
        }
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    /// Within the plot, not over the axes' labels.
    fn inside(&self) -> bool {
        self.x >= LEFT && self.y >= 0 && self.x + self.w <= 360 && self.y + self.h <= TOP + SIDE
    }

    fn clamped(self) -> Rect {
        Rect {
            x: self.x.clamp(LEFT, 360 - self.w),
            y: self.y.clamp(0, TOP + SIDE - self.h),
            ..self
        }
    }
}

/// The numbered points named in full.
fn key(points: &[Point]) -> El {
    El::new("ol", "plane__key").children(
        points
            .iter()
            .map(|p| {
                El::text(
                    "li",
                    "",
                    &tr_with(
                        Msg::PlaneKeyItem,
                        &[
                            ("label", &p.label),
                            ("cto", &number(p.cto)),
                            ("cio", &number(p.cio)),
                        ],
                    ),
                )
            })
            .collect(),
    )
}

/// The verdict regions, sampled on a grid and drawn as one rectangle per run of equal cells.
fn regions(profile: &Profile) -> Vec<El> {
    let mut out = Vec::new();
    let cells = 100 / CELL + 1;
    for row in 0..cells {
        let cio = row * CELL;
        let mut start = 0;
        let mut current = verdict_for_scores(profile, 0, cio);
        for column in 1..=cells {
            let next = (column < cells).then(|| verdict_for_scores(profile, column * CELL, cio));
            if next != Some(current) {
                out.push(region_rect(current, start, column, row));
                start = column;
                if let Some(next) = next {
                    current = next;
                }
            }
        }
    }
    out
}

fn region_rect(verdict: Verdict, from: u8, to: u8, row: u8) -> El {
    // Cell `row` covers CIO need from row*CELL to the next row, clipped at the frame.
    let (left, right) = (i32::from(from * CELL), (i32::from(to * CELL)).min(100));
    let (low, high) = (i32::from(row * CELL), i32::from((row + 1) * CELL).min(100));
    El::svg(
        "rect",
        &format!("plane__region plane__region--{}", verdict.id()),
    )
    .attr("x", &num(x(left)))
    .attr("y", &num(y(high)))
    .attr("width", &num(x(right) - x(left)))
    .attr("height", &num(y(low) - y(high)))
}

fn line(class: &str, x1: i32, y1: i32, x2: i32, y2: i32) -> El {
    El::svg("line", class)
        .attr("x1", &num(x1))
        .attr("y1", &num(y1))
        .attr("x2", &num(x2))
        .attr("y2", &num(y2))
}

fn dot(class: &str, cto: u8, cio: u8, r: i32) -> El {
    El::svg("circle", class)
        .attr("cx", &num(x(i32::from(cto))))
        .attr("cy", &num(y(i32::from(cio))))
        .attr("r", &num(r))
}

fn axes() -> Vec<El> {
    let text = |class: &str, tx: i32, ty: i32, label: &str| {
        El::svg("text", class)
            .attr("x", &num(tx))
            .attr("y", &num(ty))
            .add_text(label)
    };
    vec![
        text("plane__axis", x(50), 352, &tr(Msg::PlaneAxisCto)),
        text(
            "plane__axis plane__axis--up",
            14,
            y(50),
            &tr(Msg::PlaneAxisCio),
        ),
        text("plane__tick", x(0), 328, &number(0u64)),
        text("plane__tick", x(100) - 6, 328, &number(100u64)),
        text("plane__tick", 22, y(100) + 4, &number(100u64)),
    ]
}

/// The path the point takes as the company grows, one dot per size band.
fn roadmap(p: &Point, spots: &[(Size, u8, u8)]) -> Vec<El> {
    let path: Vec<String> = spots
        .iter()
        .map(|(_, cto, cio)| format!("{},{}", x(i32::from(*cto)), y(i32::from(*cio))))
        .collect();
    let mut out = vec![El::svg("polyline", "plane__path").attr("points", &path.join(" "))];
    out.extend(
        spots
            .iter()
            .filter(|(size, ..)| *size != p.profile.size)
            .map(|(_, cto, cio)| dot("plane__step", *cto, *cio, 3)),
    );
    out
}

fn legend() -> El {
    let items = Verdict::ALL
        .into_iter()
        .map(|v| {
            El::new("li", "")
                .child(
                    El::new("span", &format!("plane__swatch plane__region--{}", v.id()))
                        .attr("aria-hidden", "true"),
                )
                .add_text(&tr(verdict_label(v)))
        })
        .collect();
    El::new("ul", "plane__legend").children(items)
}

/// The chart in words.
fn describe(points: &[Point], from: Option<(u8, u8)>) -> String {
    let mut parts: Vec<String> = points
        .iter()
        .map(|p| {
            tr_with(
                Msg::PlanePoint,
                &[
                    ("label", &p.label),
                    ("cto", &number(p.cto)),
                    ("cio", &number(p.cio)),
                    (
                        "verdict",
                        &tr(verdict_phrase(verdict_for_scores(&p.profile, p.cto, p.cio))),
                    ),
                ],
            )
        })
        .collect();
    if let Some((cto, cio)) = from {
        parts.push(tr_with(
            Msg::PlaneFrom,
            &[("cto", &number(cto)), ("cio", &number(cio))],
        ));
    }
    parts.push(tr_with(Msg::PlaneBar, &[("bar", &number(NEED))]));
    parts.join(" ")
}

/// A verdict inside a sentence.
fn verdict_phrase(verdict: Verdict) -> Msg {
    match verdict {
        Verdict::Cto => Msg::VerdictPhraseCto,
        Verdict::Cio => Msg::VerdictPhraseCio,
        Verdict::Both => Msg::VerdictPhraseBoth,
        Verdict::Combined => Msg::VerdictPhraseCombined,
    }
}
