//! Synthetic sites for benchmarks (issue 6), deterministic from a seed.
//!
//! ```text
//! cargo run --release --example synth -- campaign --units 1000 --months 24 --bulletins 24 --out /tmp/c1000
//! cargo run --release --example synth -- pages --pages 5000 --out /tmp/p5000
//! ```
//!
//! `campaign` writes a site root (`<out>/content/…`) valid per SPEC: three categories with
//! indicators of every aggregate and both directions, `unit.yaml` with benchmarks and targets for
//! each year, a monthly report per unit and month (a few values and a few reports left out), a
//! few quarterly reports, reviews for every quarter, half and year, exchange visits, two pages,
//! and bulletins whose bodies use every shortcode.
//!
//! `pages` writes the same N plain Markdown pages (~4 KB: headings, lists, a table) twice: as a
//! pacesetter site under `<out>/pacesetter/content/pages/` and as a Hugo site under
//! `<out>/hugo/` (`content/*.md`, `layouts/_default/single.html` of similar weight to
//! pacesetter's page template, a minimal `config.toml`).

#![warn(clippy::too_many_lines)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// xorshift64*: tiny, fast, deterministic; plenty for fake data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // Never zero: xorshift would stay at zero forever.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [0, n).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in [lo, hi).
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn usage() -> ! {
    eprintln!(
        "usage:\n  synth campaign [--units N] [--months M] [--bulletins B] [--seed S] --out DIR\n  synth pages [--pages N] [--seed S] --out DIR"
    );
    std::process::exit(2)
}

struct Args {
    kind: String,
    units: usize,
    months: usize,
    bulletins: usize,
    pages: usize,
    seed: u64,
    out: PathBuf,
}

fn args() -> Args {
    let mut it = std::env::args().skip(1);
    let kind = it.next().unwrap_or_else(|| usage());
    let mut a = Args {
        kind,
        units: 100,
        months: 24,
        bulletins: 24,
        pages: 1000,
        seed: 1,
        out: PathBuf::new(),
    };
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_else(|| usage());
        let num = || value.parse::<usize>().unwrap_or_else(|_| usage());
        match flag.as_str() {
            "--units" => a.units = num(),
            "--months" => a.months = num(),
            "--bulletins" => a.bulletins = num(),
            "--pages" => a.pages = num(),
            "--seed" => a.seed = num() as u64,
            "--out" => a.out = PathBuf::from(&value),
            _ => usage(),
        }
    }
    if a.out.as_os_str().is_empty() {
        usage();
    }
    a
}

fn main() {
    let a = args();
    let result = match a.kind.as_str() {
        "campaign" => campaign(&a),
        "pages" => pages(&a),
        _ => usage(),
    };
    if let Err(e) = result {
        eprintln!("synth: {e}");
        std::process::exit(1);
    }
}

/// Writes a file, creating its folder.
fn put(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(p) = path.parent() {
        fs::create_dir_all(p)?;
    }
    fs::write(path, text)
}

/// Starts afresh: the folder is ours to replace only when it is empty or looks like a synth site.
fn fresh(out: &Path) -> std::io::Result<()> {
    if out.exists() {
        let ours = out.join("content").is_dir() || out.join("pacesetter").is_dir();
        let empty = fs::read_dir(out)?.next().is_none();
        if !ours && !empty {
            return Err(std::io::Error::other(format!(
                "{} is not empty and not a synth site; choose another --out",
                out.display()
            )));
        }
        fs::remove_dir_all(out)?;
    }
    fs::create_dir_all(out)
}

// ---------------------------------------------------------------------------------------------
// Text

const SYLLABLES: &[&str] = &[
    "安", "寶", "長", "崇", "大", "東", "鳳", "福", "高", "廣", "海", "河", "紅", "華", "嘉", "金",
    "錦", "康", "梁", "龍", "梅", "明", "南", "寧", "平", "濮", "慶", "瑞", "山", "石", "泰", "桐",
    "萬", "王", "文", "梧", "西", "湘", "新", "興", "洋", "義", "永", "豐", "洲", "周", "竹", "莊",
];

const PHRASES: &[&str] = &[
    "本月圍繞年度目標，壓實責任、細化措施，各項工作有序推進",
    "規上工業產值保持平穩增長，重點企業產能釋放加快",
    "固定資產投資進度略慢於序時，重點項目開工率有待提升",
    "新簽約落地億元以上項目，招商引資勢頭良好",
    "開展幹部作風專項整治，群眾滿意率穩中有升",
    "信訪積案化解取得進展，初信初訪件數同比下降",
    "對照結對標桿查找差距，學習先進經驗，制定趕超措施",
    "推進數字化改造和機器換人，企業技改投入持續加大",
    "優化營商環境，審批事項平均辦件時間進一步壓縮",
    "組織幹部專題學習，人均學習學時快於序時進度",
];

const HEADINGS: &[&str] = &[
    "全市召開比學趕超點評會",
    "結對單位互學互鑒",
    "滯後指標整改推進",
    "重點項目建設提速",
    "優化營商環境新舉措",
    "基層治理創新實踐",
    "幹部作風建設",
    "群眾滿意度調查",
];

fn sentence(rng: &mut Rng) -> String {
    let mut s = String::new();
    let n = 1 + rng.below(3);
    for i in 0..n {
        if i > 0 {
            s.push('；');
        }
        let phrase: &&str = rng.pick(PHRASES);
        s.push_str(phrase);
    }
    s.push('。');
    s
}

fn name(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables).map(|_| *rng.pick(SYLLABLES)).collect()
}

// ---------------------------------------------------------------------------------------------
// Campaign

struct Ind {
    id: &'static str,
    name: &'static str,
    dimension: &'static str,
    measure: &'static str,
    direction: &'static str,
    aggregate: &'static str,
    weight: u32,
    decimals: u32,
    /// Annual target range.
    target: (f64, f64),
}

struct Cat {
    id: &'static str,
    name: &'static str,
    suffix: &'static str,
    /// Share of the units.
    share: f64,
    indicators: Vec<Ind>,
}

#[allow(
    clippy::too_many_arguments,
    reason = "one row of a category's indicator table per call"
)]
fn ind(
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

fn categories() -> Vec<Cat> {
    vec![community(), department(), town()]
}

fn community() -> Cat {
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

fn department() -> Cat {
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

fn town() -> Cat {
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

fn category_yaml(c: &Cat) -> String {
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

struct SynthUnit {
    id: String,
    name: String,
    cat: usize,
    external: bool,
    internal: Option<usize>,
    external_bench: Option<usize>,
}

fn fmt_num(x: f64, decimals: u32) -> String {
    format!("{:.*}", decimals.max(1) as usize, x)
}

/// What every part of a synthetic campaign is written from.
struct Campaign {
    content: PathBuf,
    cats: Vec<Cat>,
    units: Vec<SynthUnit>,
    months: Vec<(i32, u32)>,
    years: Vec<i32>,
    /// The units that are ranked (not external peers).
    ranked: Vec<usize>,
}

fn campaign(a: &Args) -> std::io::Result<()> {
    let mut rng = Rng::new(a.seed);
    let out = &a.out;
    fresh(out)?;
    let content = out.join("content");
    let start_year = 2025;
    let months: Vec<(i32, u32)> = (0..a.months)
        .map(|k| (start_year + (k / 12) as i32, (k % 12) as u32 + 1))
        .collect();
    let years: Vec<i32> = {
        let mut y: Vec<i32> = months.iter().map(|m| m.0).collect();
        y.dedup();
        y
    };
    put(
        &content.join("site.yaml"),
        "title: 合成市比學趕超\noffice: 合成市比學趕超領導小組辦公室\nlanguage: zh-Hant\nbase_url: \"/\"\ndescription: 合成數據：各單位比學趕超的目標、進度、標桿對比和工作簡報。\nbulletins:\n  first_number: 1\n",
    )?;
    let cats = categories();
    for c in &cats {
        put(
            &content.join(format!("categories/{}.yaml", c.id)),
            &category_yaml(c),
        )?;
    }
    let units = synth_units(&mut rng, &cats, a.units);
    let ranked: Vec<usize> = (0..units.len()).filter(|&i| !units[i].external).collect();
    let c = Campaign {
        content,
        cats,
        units,
        months,
        years,
        ranked,
    };
    let targets = synth_targets(&mut rng, &c);
    for (u, t) in c.units.iter().zip(&targets) {
        write_unit(&mut rng, &c, u, t)?;
    }
    let review_periods = review_periods(&c.months);
    write_reviews(&mut rng, &c, &review_periods)?;
    write_visits(&mut rng, &c)?;
    write_bulletins(&mut rng, &c, a.bulletins, &review_periods)?;
    put(
        &c.content.join("pages/about.md"),
        "---\ntitle: 關於本站\nweight: 2\n---\n本站為合成數據，用於性能測試。\n",
    )?;
    put(
        &c.content.join("pages/plan.md"),
        &format!(
            "---\ntitle: 實施方案\nweight: 1\n---\n## 目標\n\n{}\n\n## 措施\n\n- {}\n- {}\n",
            sentence(&mut rng),
            rng.pick(PHRASES),
            rng.pick(PHRASES)
        ),
    )?;
    eprintln!(
        "synth: {} units × {} months, {} bulletins into {}",
        c.units.len(),
        c.months.len(),
        a.bulletins,
        out.display()
    );
    Ok(())
}

/// Units: categories by share; every 20th unit of a category is an external peer. Each ranked
/// unit gets an internal benchmark in its category, and an external one when there are peers.
fn synth_units(rng: &mut Rng, cats: &[Cat], n: usize) -> Vec<SynthUnit> {
    let mut units: Vec<SynthUnit> = Vec::with_capacity(n);
    for k in 0..n {
        let x = (k as f64 + 0.5) / n as f64;
        let mut acc = 0.0;
        let mut cat = cats.len() - 1;
        for (ci, c) in cats.iter().enumerate() {
            acc += c.share;
            if x < acc {
                cat = ci;
                break;
            }
        }
        let nth = units.iter().filter(|u| u.cat == cat).count();
        units.push(SynthUnit {
            id: format!("u{k:05}"),
            name: format!("{}{}", name(rng, 2), cats[cat].suffix),
            cat,
            external: nth % 20 == 19,
            internal: None,
            external_bench: None,
        });
    }
    for ci in 0..cats.len() {
        let inside: Vec<usize> = (0..units.len())
            .filter(|&i| units[i].cat == ci && !units[i].external)
            .collect();
        let outside: Vec<usize> = (0..units.len())
            .filter(|&i| units[i].cat == ci && units[i].external)
            .collect();
        for (n, &i) in inside.iter().enumerate() {
            if inside.len() > 1 {
                units[i].internal =
                    Some(inside[(n + 1 + rng.below(inside.len() - 1)) % inside.len()])
                        .filter(|&b| b != i);
            }
            if !outside.is_empty() {
                units[i].external_bench = Some(*rng.pick(&outside));
            }
        }
    }
    units
}

/// Targets per unit, year and indicator.
fn synth_targets(rng: &mut Rng, c: &Campaign) -> Vec<Vec<Vec<f64>>> {
    let mut targets: Vec<Vec<Vec<f64>>> = Vec::with_capacity(c.units.len());
    for u in &c.units {
        let cat = &c.cats[u.cat];
        let base: Vec<f64> = cat
            .indicators
            .iter()
            .map(|i| rng.range(i.target.0, i.target.1))
            .collect();
        targets.push(
            c.years
                .iter()
                .enumerate()
                .map(|(yi, _)| {
                    base.iter()
                        .zip(&cat.indicators)
                        .map(|(b, i)| {
                            let grow = if i.aggregate == "level" || i.aggregate == "mean" {
                                1.0
                            } else {
                                1.0 + 0.06 * yi as f64
                            };
                            round_to(b * grow, i.decimals)
                        })
                        .collect()
                })
                .collect(),
        );
    }
    targets
}

/// A unit's unit.yaml, monthly reports and a few quarterly reports; `targets` by year and
/// indicator.
fn write_unit(
    rng: &mut Rng,
    c: &Campaign,
    u: &SynthUnit,
    targets: &[Vec<f64>],
) -> std::io::Result<()> {
    let y = unit_yaml(rng, c, u, targets);
    let dir = c.content.join(format!("units/{}", u.id));
    put(&dir.join("unit.yaml"), &y)?;
    write_reports(rng, c, &dir, u, targets)?;
    // A few quarterly progress reports.
    for &(year, month) in c.months.iter().filter(|m| m.1 % 3 == 0) {
        if rng.chance(0.1) {
            let text = format!(
                "---\ntitle: {}年第{}季度工作進展\n---\n{}\n\n{}\n",
                year,
                month / 3,
                sentence(rng),
                sentence(rng)
            );
            put(&dir.join(format!("{year:04}-Q{}.md", month / 3)), &text)?;
        }
    }
    Ok(())
}

fn unit_yaml(rng: &mut Rng, c: &Campaign, u: &SynthUnit, targets: &[Vec<f64>]) -> String {
    let cat = &c.cats[u.cat];
    let mut y = format!(
        "name: {}\nshort: {}\ncategory: {}\nexternal: {}\nparent: 合成市\nleader: {}（黨委書記）\n",
        u.name,
        u.name.chars().take(2).collect::<String>(),
        cat.id,
        u.external,
        name(rng, 3)
    );
    if u.internal.is_some() || u.external_bench.is_some() {
        y.push_str("benchmarks:\n");
        if let Some(b) = u.internal {
            let _ = writeln!(y, "  internal: {}", c.units[b].id);
        }
        if let Some(b) = u.external_bench {
            let _ = writeln!(y, "  external: {}", c.units[b].id);
        }
    }
    let _ = write!(
        y,
        "pledge: |\n  {}\nlearn: |\n  {}\nmeasures:\n  - {}\n  - {}\n",
        sentence(rng),
        sentence(rng),
        rng.pick(PHRASES),
        rng.pick(PHRASES)
    );
    if !u.external {
        y.push_str("targets:\n");
        for (yi, year) in c.years.iter().enumerate() {
            let _ = writeln!(y, "  {year}:");
            for (ii, i) in cat.indicators.iter().enumerate() {
                let _ = writeln!(y, "    {}: {}", i.id, fmt_num(targets[yi][ii], i.decimals));
            }
        }
    }
    y
}

/// Monthly reports: values near the pace of the unit's target, some left out.
fn write_reports(
    rng: &mut Rng,
    c: &Campaign,
    dir: &Path,
    u: &SynthUnit,
    targets: &[Vec<f64>],
) -> std::io::Result<()> {
    let cat = &c.cats[u.cat];
    let mut cumulative = vec![0.0; cat.indicators.len()];
    for &(year, month) in &c.months {
        if month == 1 {
            cumulative.iter_mut().for_each(|x| *x = 0.0);
        }
        if rng.chance(0.01) {
            continue;
        }
        let yi = c.years.iter().position(|y| *y == year).unwrap_or(0);
        let mut r = String::from("---\nvalues:\n");
        for (ii, i) in cat.indicators.iter().enumerate() {
            let t = if u.external {
                rng.range(i.target.0, i.target.1)
            } else {
                targets[yi][ii]
            };
            let v = match i.aggregate {
                "sum" => t / 12.0 * rng.range(0.7, 1.3),
                "cumulative" => {
                    cumulative[ii] += t / 12.0 * rng.range(0.7, 1.3);
                    cumulative[ii]
                }
                _ => t * rng.range(0.95, 1.05),
            };
            if rng.chance(0.02) {
                continue;
            }
            let _ = writeln!(r, "  {}: {}", i.id, fmt_num(v, i.decimals));
        }
        r.push_str("---\n");
        r.push_str(&sentence(rng));
        r.push('\n');
        if rng.chance(0.3) {
            let _ = write!(r, "\n- {}\n- {}\n", rng.pick(PHRASES), rng.pick(PHRASES));
        }
        put(&dir.join(format!("{year:04}-{month:02}.md")), &r)?;
    }
    Ok(())
}

/// Every quarter, half and year the months cover, with the month each ends.
fn review_periods(months: &[(i32, u32)]) -> Vec<(String, (i32, u32))> {
    let mut review_periods: Vec<(String, (i32, u32))> = Vec::new();
    for &(year, month) in months {
        if month % 3 == 0 {
            review_periods.push((format!("{year}-Q{}", month / 3), (year, month)));
        }
        if month % 6 == 0 {
            review_periods.push((format!("{year}-H{}", month / 6), (year, month)));
        }
        if month == 12 {
            review_periods.push((format!("{year}"), (year, month)));
        }
    }
    review_periods
}

/// A review for every period: commentary and pacesetters; a survey for halves; awards and a
/// rectification for years.
fn write_reviews(
    rng: &mut Rng,
    c: &Campaign,
    review_periods: &[(String, (i32, u32))],
) -> std::io::Result<()> {
    let (units, ranked) = (&c.units, &c.ranked);
    if ranked.is_empty() {
        return Ok(());
    }
    for (period, _) in review_periods {
        let mut y = String::from("commentary:\n");
        for _ in 0..5 {
            let u = &units[*rng.pick(ranked)];
            if !y.contains(&format!("  {}: ", u.id)) {
                let _ = writeln!(y, "  {}: |\n    {}", u.id, sentence(rng));
            }
        }
        y.push_str("pacesetters:\n");
        for _ in 0..3 {
            let u = &units[*rng.pick(ranked)];
            let _ = writeln!(y, "  - unit: {}\n    citation: {}", u.id, sentence(rng));
        }
        if period.contains('H') {
            let _ = writeln!(
                y,
                "survey:\n  respondents: {}\n  scores:",
                1000 + rng.below(2000)
            );
            let mut seen = Vec::new();
            for _ in 0..20 {
                let u = *rng.pick(ranked);
                if !seen.contains(&u) {
                    seen.push(u);
                    let _ = writeln!(y, "    {}: {:.1}", units[u].id, rng.range(80.0, 99.0));
                }
            }
        }
        if !period.contains('-') {
            y.push_str("awards:\n");
            for _ in 0..5 {
                let u = &units[*rng.pick(ranked)];
                let _ = writeln!(y, "  - unit: {}\n    title: 先進單位", u.id);
            }
            let u = &units[*rng.pick(ranked)];
            let _ = writeln!(y, "rectification:\n  {}: |\n    {}", u.id, sentence(rng));
        }
        put(&c.content.join(format!("reviews/{period}.yaml")), &y)?;
    }
    Ok(())
}

/// Exchange visits between benchmark pairs.
fn write_visits(rng: &mut Rng, c: &Campaign) -> std::io::Result<()> {
    let units = &c.units;
    let paired: Vec<usize> = (c.ranked.iter())
        .copied()
        .filter(|&i| units[i].internal.is_some())
        .collect();
    for k in 0..(units.len() / 20).max(1) {
        if paired.is_empty() || c.months.is_empty() {
            break;
        }
        let v = *rng.pick(&paired);
        let Some(h) = units[v].internal else { continue };
        let (year, month) = *rng.pick(&c.months);
        let day = 1 + rng.below(28);
        let text = format!(
            "---\ntitle: {}赴{}考察學習\nhost: {}\nvisitors: [{}]\nkind: study\n---\n{}\n",
            units[v].name,
            units[h].name,
            units[h].id,
            units[v].id,
            sentence(rng)
        );
        put(
            &c.content.join(format!(
                "visits/{year:04}-{month:02}-{day:02}-visit-{k:04}.md"
            )),
            &text,
        )?;
    }
    Ok(())
}

/// Bulletins: spread over the months, each dated in the month after the one it reports on,
/// each with five sections and a shortcode in each.
fn write_bulletins(
    rng: &mut Rng,
    c: &Campaign,
    count: usize,
    review_periods: &[(String, (i32, u32))],
) -> std::io::Result<()> {
    let (units, ranked, months, cats) = (&c.units, &c.ranked, &c.months, &c.cats);
    let mut issues_in_year: std::collections::BTreeMap<i32, u32> = Default::default();
    for b in 0..count {
        if months.is_empty() || ranked.is_empty() {
            break;
        }
        let mi = (b * months.len() / count).min(months.len() - 1);
        let (py, pm) = months[mi];
        let (year, month) = if pm == 12 { (py + 1, 1) } else { (py, pm + 1) };
        let issue = issues_in_year.entry(year).or_insert(0);
        *issue += 1;
        let mut text = format!("---\ndate: {year:04}-{month:02}-15\n---\n");
        let cat_of = |ci: usize| cats[ci].id;
        for s in 0..5 {
            let _ = write!(
                text,
                "## {}\n\n{}\n\n{}\n\n",
                HEADINGS[(b + s) % HEADINGS.len()],
                sentence(rng),
                sentence(rng)
            );
            let u = &units[*rng.pick(ranked)];
            let shortcode = match s {
                0 => format!("{{{{ ranking(category=\"{}\", top=10) }}}}", cat_of(2)),
                1 => format!("{{{{ pair(unit=\"{}\") }}}}", u.id),
                2 => {
                    let i = rng.pick(&cats[u.cat].indicators).id;
                    format!("{{{{ progress(unit=\"{}\", indicator=\"{i}\") }}}}", u.id)
                }
                3 => format!("{{{{ behind(category=\"{}\") }}}}", cat_of(0)),
                _ => {
                    // The latest review that closed before this bulletin.
                    match review_periods
                        .iter()
                        .rev()
                        .find(|(p, end)| *end <= (py, pm) && p.contains("-Q"))
                    {
                        Some((p, _)) => format!("{{{{ pacesetters(period=\"{p}\") }}}}"),
                        None => format!("{{{{ ranking(category=\"{}\") }}}}", cat_of(1)),
                    }
                }
            };
            let _ = write!(text, "{shortcode}\n\n");
        }
        put(
            &c.content
                .join(format!("bulletins/{year:04}-{:02}.md", *issue)),
            &text,
        )?;
    }
    Ok(())
}

fn round_to(x: f64, decimals: u32) -> f64 {
    let f = 10f64.powi(decimals.max(1) as i32);
    (x * f).round() / f
}

// ---------------------------------------------------------------------------------------------
// Plain pages

const WORDS: &[&str] = &[
    "campaign",
    "progress",
    "target",
    "bulletin",
    "unit",
    "benchmark",
    "report",
    "month",
    "indicator",
    "review",
    "pace",
    "ranking",
    "office",
    "survey",
    "service",
    "results",
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "every",
    "town",
    "street",
    "department",
    "public",
];

fn words(rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let word: &&str = rng.pick(WORDS);
        s.push_str(word);
    }
    s
}

/// A page body of about 4 KB: headings, paragraphs with inline markup, lists and a table.
fn page_body(rng: &mut Rng) -> String {
    let mut s = String::new();
    for section in 0..4 {
        let _ = write!(s, "## {} {}\n\n", words(rng, 3), section + 1);
        let _ = write!(
            s,
            "{} **{}** {} `{}` {} [{}](https://example.org/{}).\n\n",
            words(rng, 30),
            words(rng, 2),
            words(rng, 25),
            words(rng, 1),
            sentence(rng),
            words(rng, 2),
            rng.below(1000)
        );
        if section % 2 == 0 {
            for _ in 0..4 {
                let _ = writeln!(s, "- {} *{}*", words(rng, 8), words(rng, 2));
            }
        } else {
            for k in 0..4 {
                let _ = writeln!(s, "{}. {}", k + 1, words(rng, 10));
            }
        }
        s.push('\n');
        if section == 2 {
            let _ = writeln!(s, "### {}\n", words(rng, 2));
            s.push_str("| unit | target | to date | pace |\n|---|---:|---:|---:|\n");
            for _ in 0..6 {
                let _ = writeln!(
                    s,
                    "| {} | {:.1} | {:.1} | {:.3} |",
                    name(rng, 2),
                    rng.range(50.0, 300.0),
                    rng.range(10.0, 200.0),
                    rng.range(0.6, 1.2)
                );
            }
            s.push('\n');
        }
    }
    s
}

/// A Hugo single-page layout carrying what pacesetter's base.html + page.html put on a page:
/// head with description and feed link, masthead, a navigation bar, the article, a footer.
const HUGO_SINGLE: &str = r##"<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Site.Params.description }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
<link rel="alternate" type="application/atom+xml" title="{{ .Site.Title }}" href="{{ "feed.xml" | relURL }}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <div class="wrap">
    <p class="site-title"><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
    <p class="site-office">{{ .Site.Params.office }}</p>
  </div>
  <nav class="nav" aria-label="Home">
    <ul class="wrap">
    {{ range .Site.Params.nav }}<li><a href="{{ .url | relURL }}">{{ .label }}</a></li>{{ end }}
    </ul>
  </nav>
</header>
<main id="main" class="wrap">
<article class="prose">
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
</main>
<footer class="footer">
  <div class="wrap">
    <p>{{ .Site.Params.office }}</p>
    <p><a href="{{ "data/index.json" | relURL }}">Open data</a> · <a href="{{ "feed.xml" | relURL }}">Subscribe</a> · <a href="{{ "methodology/" | relURL }}">Methodology</a></p>
  </div>
</footer>
</body>
</html>
"##;

const HUGO_LIST: &str = r#"<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><main><h1>{{ .Title }}</h1></main></body>
</html>
"#;

fn hugo_config() -> String {
    let mut s = String::from(
        "baseURL = \"/\"\nlanguageCode = \"zh-Hant\"\ntitle = \"合成市比學趕超\"\ndisableKinds = [\"taxonomy\", \"term\"]\n\n[params]\noffice = \"合成市比學趕超領導小組辦公室\"\ndescription = \"合成數據：性能測試用的頁面。\"\n",
    );
    for (url, label) in [
        ("/", "首頁"),
        ("/rankings/", "排名"),
        ("/units/", "單位"),
        ("/pairs/", "結對"),
        ("/bulletins/", "工作簡報"),
        ("/reviews/", "點評"),
        ("/visits/", "互訪交流"),
        ("/status/", "工作進度"),
        ("/methodology/", "計算方法"),
        ("/search/", "搜索"),
    ] {
        let _ = write!(
            s,
            "\n[[params.nav]]\nurl = \"{url}\"\nlabel = \"{label}\"\n"
        );
    }
    s
}

fn pages(a: &Args) -> std::io::Result<()> {
    let mut rng = Rng::new(a.seed);
    let out = &a.out;
    fresh(out)?;
    let ps = out.join("pacesetter");
    let hugo = out.join("hugo");
    put(
        &ps.join("content/site.yaml"),
        "title: 合成市比學趕超\noffice: 合成市比學趕超領導小組辦公室\nlanguage: zh-Hant\nbase_url: \"/\"\ndescription: 合成數據：性能測試用的頁面。\n",
    )?;
    put(&hugo.join("config.toml"), &hugo_config())?;
    put(&hugo.join("layouts/_default/single.html"), HUGO_SINGLE)?;
    put(&hugo.join("layouts/_default/list.html"), HUGO_LIST)?;
    put(&hugo.join("layouts/index.html"), HUGO_LIST)?;
    for k in 0..a.pages {
        let title = format!("{} {}", words(&mut rng, 4), k + 1);
        let body = page_body(&mut rng);
        let text = format!("---\ntitle: {title}\nweight: {}\n---\n{body}", k + 1);
        put(&ps.join(format!("content/pages/p{k:05}.md")), &text)?;
        put(&hugo.join(format!("content/p{k:05}.md")), &text)?;
    }
    eprintln!(
        "synth: {} pages for pacesetter and Hugo into {}",
        a.pages,
        out.display()
    );
    Ok(())
}
