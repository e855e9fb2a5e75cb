//! `synth campaign`: units, targets, monthly reports, reviews, visits and bulletins.

use super::categories::*;
use super::{Args, HEADINGS, PHRASES, Rng, fresh, name, put, sentence};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What every part of a synthetic campaign is written from.
pub(crate) struct Campaign {
    pub(crate) content: PathBuf,
    pub(crate) cats: Vec<Cat>,
    pub(crate) units: Vec<SynthUnit>,
    pub(crate) months: Vec<(i32, u32)>,
    pub(crate) years: Vec<i32>,
    /// The units that are ranked (not external peers).
    pub(crate) ranked: Vec<usize>,
}

pub(crate) fn campaign(a: &Args) -> std::io::Result<()> {
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
pub(crate) fn synth_units(rng: &mut Rng, cats: &[Cat], n: usize) -> Vec<SynthUnit> {
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
pub(crate) fn synth_targets(rng: &mut Rng, c: &Campaign) -> Vec<Vec<Vec<f64>>> {
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
pub(crate) fn write_unit(
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

pub(crate) fn unit_yaml(
    rng: &mut Rng,
    c: &Campaign,
    u: &SynthUnit,
    targets: &[Vec<f64>],
) -> String {
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
pub(crate) fn write_reports(
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
pub(crate) fn review_periods(months: &[(i32, u32)]) -> Vec<(String, (i32, u32))> {
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
pub(crate) fn write_reviews(
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
pub(crate) fn write_visits(rng: &mut Rng, c: &Campaign) -> std::io::Result<()> {
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
pub(crate) fn write_bulletins(
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

pub(crate) fn round_to(x: f64, decimals: u32) -> f64 {
    let f = 10f64.powi(decimals.max(1) as i32);
    (x * f).round() / f
}
