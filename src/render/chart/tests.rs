use super::*;

#[test]
fn a_missed_month_splits_the_line() {
    let pts = [(1, 1.0), (2, 2.0), (4, 4.0), (5, 5.0)];
    let r = runs(&pts);
    assert_eq!(
        r,
        vec![vec![(1.0, 1.0), (2.0, 2.0)], vec![(4.0, 4.0), (5.0, 5.0)]]
    );
    assert!(runs(&[]).is_empty());
}

#[test]
fn rates_get_a_zoomed_axis_and_amounts_start_at_zero() {
    // 97.6 to 98.0: padded by 15 % of the spread, not stretched down to 0.
    let (lo, hi) = y_range([97.6, 98.0].into_iter(), false);
    assert!(
        lo > 90.0 && lo < 97.6 && hi > 98.0 && hi < 100.0,
        "{lo}..{hi}"
    );
    let (lo, hi) = y_range([20.0, 80.0].into_iter(), true);
    assert_eq!(lo, 0.0);
    assert!((hi - 86.4).abs() < 1e-9);
}

#[test]
fn the_plot_narrows_for_a_long_name_at_the_year_end() {
    // Two Chinese characters at December fit in the usual 44 units of room.
    assert_eq!(right_edge(52.0, &[(12.0, "序時")]), 316.0);
    // "Xinhua Town" (9 × 0.65 + 2 × 0.3 em = 88.365) at December: 52 + (351 − 88.365 − 52) ÷
    // (11.5/12).
    let right = right_edge(52.0, &[(12.0, "序時"), (12.0, "Xinhua Town")]);
    assert!((right - 271.793).abs() < 1e-3, "{right}");
    // The same name ending in June needs no more room; a very long one is capped.
    assert_eq!(right_edge(52.0, &[(6.0, "Xinhua Town")]), 316.0);
    assert_eq!(right_edge(52.0, &[(12.0, &"x".repeat(60))]), 210.0);
}

fn series(points: &[(u32, f64)], mark: Mark, label: &str) -> Series {
    Series {
        points: points.to_vec(),
        mark,
        label: label.to_owned(),
    }
}

fn months() -> Vec<String> {
    (1..=12).map(|m| format!("{m}月")).collect()
}

#[test]
fn a_progress_chart_is_one_path_per_series_with_markers_at_run_ends() {
    let unit = series(
        &[(1, 0.0), (2, 50.0), (4, 100.0), (5, 100.0)],
        Mark::Circle,
        "東竹",
    );
    let axis = Axis {
        decimals: 0,
        percent: true,
    };
    let svg = draw_progress("p-x", "T", "D", &months(), &[unit], axis);
    // 0–108 %: left edge 8 + 12 + "100%" ((3 × 0.58 + 0.65) em) = 52.743, right 316, y from 188
    // up to 8; months 1, 2, 4, 5 at 63.71, 85.65, 129.53, 151.46.
    assert!(
        svg.contains(
            "<path class=\"line s-unit\" d=\"M63.5 188L85.5 104.5M129.5 21.5L151.5 21.5\"/>"
        ),
        "{svg}"
    );
    assert!(svg.contains("<circle class=\"dot s-unit\" cx=\"85.5\" cy=\"104.5\" r=\"4\"/>"));
    assert!(svg.contains("<circle class=\"dot s-unit\" cx=\"151.5\" cy=\"21.5\" r=\"4\"/>"));
    assert!(svg.contains("<g class=\"ends\"><text x=\"158.5\" y=\"23.5\">東竹</text></g>"));
    assert!(
        svg.contains("<g class=\"yl\" text-anchor=\"end\"><text x=\"42.5\" y=\"193\">0%</text>")
    );
    assert!(svg.contains("<text x=\"63.5\" y=\"209\">1月</text>"));
    // Twelve month ticks, five of them named; no per-segment elements, and styling by class:
    // only the two groups carry what their children inherit where no stylesheet is.
    assert_eq!(svg.matches("v5").count(), 12);
    assert_eq!(svg.matches("月</text>").count(), 5);
    for old in ["<line", "<polyline", "font-", "opacity="] {
        assert!(!svg.contains(old), "{old} in {svg}");
    }
    assert_eq!(svg.matches("stroke=").count(), 2, "{svg}");
    assert!(svg.contains("<g fill=\"none\" stroke=\"#808080\"><path class=\"mesh\""));
    assert!(svg.contains(&format!("<g{}><path class=\"line s-unit\"", layout::SERIES)));
    assert!(svg.starts_with("<svg viewBox=\"0 0 360 220\""));
    assert!(svg.contains("role=\"img\" aria-labelledby=\"p-x-t p-x-d\">"));
}

#[test]
fn pace_is_dashed_and_benchmarks_have_their_shapes() {
    let pace: Vec<(u32, f64)> = (1..=12).map(|m| (m, f64::from(m) * 10.0)).collect();
    let drawn = [
        series(&[(1, 10.0), (2, 20.0)], Mark::Circle, "東竹"),
        series(&pace, Mark::Dashed, "序時"),
        series(&[(1, 12.0), (2, 22.0), (3, 30.0)], Mark::Square, "竹平"),
        series(&[(1, 8.0), (3, 30.0)], Mark::Triangle, "長慶"),
    ];
    let axis = Axis {
        decimals: 0,
        percent: true,
    };
    let svg = draw_progress("p-x", "T", "D", &months(), &drawn, axis);
    assert_eq!(svg.matches("<path class=\"line").count(), 3, "{svg}");
    assert!(svg.contains("<path class=\"line s-pace\" stroke-dasharray=\"6 4\" d=\"M"));
    assert_eq!(svg.matches("h8v8h-8z").count(), 1);
    // The external benchmark's two lone months: no line, a triangle each.
    assert!(!svg.contains("line s-external"));
    assert_eq!(svg.matches("l5.5 9h-11z").count(), 2);
    assert_eq!(svg.matches("<circle").count(), 1);
    for name in ["東竹", "序時", "竹平", "長慶"] {
        assert!(svg.contains(&format!(">{name}</text>")), "{name}");
    }
}

#[test]
fn a_name_too_long_for_the_room_ends_at_the_edge() {
    let long = "An internal benchmark with a very long short name";
    let drawn = [series(&[(11, 1.0), (12, 2.0)], Mark::Square, long)];
    let axis = Axis {
        decimals: 1,
        percent: false,
    };
    let svg = draw_progress("p-x", "T", "D", &months(), &drawn, axis);
    assert!(
        svg.contains("<text text-anchor=\"end\" x=\"358\" y=\""),
        "{svg}"
    );
    assert!(svg.contains(&format!("\">{long}</text>")));
    // One that fits once the plot is narrowed keeps its place beside the line's end.
    let drawn = [series(&[(11, 1.0), (12, 2.0)], Mark::Dashed, "target")];
    let svg = draw_progress("p-x", "T", "D", &months(), &drawn, axis);
    assert!(!svg.contains("<text text-anchor"), "{svg}");
}

#[test]
fn ranks_have_rank_one_at_the_top() {
    let svg = ranks::draw("r", "T", "D", &months(), &[(1, 1), (2, 10), (4, 5)], 10);
    // Ranks 0.5–10.5 over 8 to 148: rank 1 at 15, rank 10 at 141; months 1 and 2 at 52.75 and
    // 78.25 of 40 to 346.
    assert!(
        svg.contains("<path class=\"line s-unit\" d=\"M53 15L78.5 141\"/>"),
        "{svg}"
    );
    assert_eq!(svg.matches("<circle").count(), 2);
    for t in ["2", "4", "6", "8", "10"] {
        assert!(svg.contains(&format!(">{t}</text>")), "{t}");
    }
    assert!(svg.starts_with("<svg viewBox=\"0 0 360 180\""));
}

#[test]
fn bars_grow_from_one_hundred() {
    let names = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
    let svg = bars::draw("b", "T", "D", &names, &[105.0, 98.0, 101.0], 120.0);
    // 96–107 over 80 to 346; bars 0 and 2 at heights 18.67 and 61.33 of 8 to 72.
    assert!(
        svg.contains("<path class=\"bar s-ahead\" d=\"M176.5 18.5H297.5M176.5 61.5H201\"/>"),
        "{svg}"
    );
    assert!(svg.contains("<path class=\"head s-ahead\" d=\"M297.5 18.5h0M201 61.5h0\"/>"));
    assert!(svg.contains("<path class=\"bar s-behind\" d=\"M176.5 40H128.5\"/>"));
    assert!(svg.contains("<path class=\"line s-pace\" d=\"M176.5 8V72\"/>"));
    assert!(svg.contains("<text x=\"70\" y=\"23.5\">a</text>"));
    assert!(svg.starts_with("<svg viewBox=\"0 0 360 102\""));
}
