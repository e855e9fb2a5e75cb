//! The synthetic campaign's categories and their indicators.

use std::fmt::Write as _;

pub(crate) struct Ind {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) dimension: &'static str,
    pub(crate) measure: &'static str,
    pub(crate) direction: &'static str,
    pub(crate) aggregate: &'static str,
    pub(crate) weight: u32,
    pub(crate) decimals: u32,
    /// Annual target range.
    pub(crate) target: (f64, f64),
}

pub(crate) struct Cat {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) suffix: &'static str,
    /// Share of the units.
    pub(crate) share: f64,
    pub(crate) indicators: Vec<Ind>,
}

#[allow(
    clippy::too_many_arguments,
    reason = "one row of a category's indicator table per call"
)]
pub(crate) fn ind(
    id: &'static str,
    name: &'static str,
    dimension: &'static str,
    measure: &'static str,
    direction: &'static str,
    aggregate: &'static str,
    weight: u32,
    decimals: u32,
    target: (f64, f64),
) -> Ind {
    Ind {
        id,
        name,
        dimension,
        measure,
        direction,
        aggregate,
        weight,
        decimals,
        target,
    }
}

pub(crate) fn categories() -> Vec<Cat> {
    vec![community(), department(), town()]
}

pub(crate) fn community() -> Cat {
    Cat {
        id: "community",
        name: "社區",
        suffix: "社區",
        share: 0.15,
        indicators: vec![
            ind(
                "service-cases",
                "為民辦事件數",
                "service",
                "件",
                "up",
                "sum",
                30,
                0,
                (200.0, 800.0),
            ),
            ind(
                "satisfaction",
                "居民滿意率",
                "service",
                "%",
                "up",
                "level",
                30,
                1,
                (90.0, 97.0),
            ),
            ind(
                "disputes",
                "矛盾糾紛",
                "conduct",
                "件",
                "down",
                "sum",
                20,
                0,
                (20.0, 80.0),
            ),
            ind(
                "volunteer-hours",
                "志願服務時數",
                "competence",
                "小時",
                "up",
                "mean",
                20,
                1,
                (50.0, 200.0),
            ),
        ],
    }
}

pub(crate) fn department() -> Cat {
    Cat {
        id: "department",
        name: "市直部門",
        suffix: "局",
        share: 0.25,
        indicators: vec![
            ind(
                "approval-days",
                "平均辦件天數",
                "service",
                "天",
                "down",
                "mean",
                30,
                1,
                (2.0, 6.0),
            ),
            ind(
                "on-time",
                "按時辦結率",
                "conduct",
                "%",
                "up",
                "level",
                25,
                1,
                (95.0, 99.5),
            ),
            ind(
                "enterprise-visits",
                "服務企業次數",
                "results",
                "次",
                "up",
                "sum",
                25,
                0,
                (100.0, 400.0),
            ),
            ind(
                "reforms",
                "改革創新事項",
                "innovation",
                "項",
                "up",
                "cumulative",
                20,
                0,
                (6.0, 20.0),
            ),
        ],
    }
}

pub(crate) fn town() -> Cat {
    Cat {
        id: "town",
        name: "鎮（街道）",
        suffix: "鎮",
        share: 0.60,
        indicators: vec![
            ind(
                "industrial-output",
                "規上工業產值",
                "results",
                "億元",
                "up",
                "sum",
                25,
                1,
                (80.0, 300.0),
            ),
            ind(
                "fixed-investment",
                "固定資產投資",
                "results",
                "億元",
                "up",
                "cumulative",
                15,
                1,
                (20.0, 80.0),
            ),
            ind(
                "investment-projects",
                "招商引資項目",
                "innovation",
                "個",
                "up",
                "sum",
                15,
                0,
                (10.0, 40.0),
            ),
            ind(
                "satisfaction",
                "群眾滿意率",
                "service",
                "%",
                "up",
                "level",
                15,
                1,
                (90.0, 96.0),
            ),
            ind(
                "petitions",
                "信訪件數",
                "conduct",
                "件",
                "down",
                "sum",
                15,
                0,
                (30.0, 90.0),
            ),
            ind(
                "study-hours",
                "幹部學習學時",
                "competence",
                "學時",
                "up",
                "mean",
                15,
                1,
                (6.0, 12.0),
            ),
        ],
    }
}

pub(crate) fn category_yaml(c: &Cat) -> String {
    let mut s = format!(
        "name: {}\nfocus: 圍繞年度目標比實績、比創新、比服務\nindicators:\n",
        c.name
    );
    for i in &c.indicators {
        let _ = writeln!(
            s,
            "  - id: {}\n    name: {}\n    dimension: {}\n    measure: \"{}\"\n    direction: {}\n    aggregate: {}\n    weight: {}\n    decimals: {}\n    note: 按月報送，以統計部門快報數為準。",
            i.id, i.name, i.dimension, i.measure, i.direction, i.aggregate, i.weight, i.decimals
        );
    }
    s
}

pub(crate) struct SynthUnit {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) cat: usize,
    pub(crate) external: bool,
    pub(crate) internal: Option<usize>,
    pub(crate) external_bench: Option<usize>,
}

pub(crate) fn fmt_num(x: f64, decimals: u32) -> String {
    format!("{:.*}", decimals.max(1) as usize, x)
}
