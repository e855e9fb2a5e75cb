//! Open data (SPEC §11): data/index.json, data/<YYYY-MM>.json and data/<YYYY-MM>.csv.

use crate::model::Model;
use crate::score::{BenchmarkFigures, MonthFigures, Scores};
use serde_json::{Map, Value, json};

fn num(x: Option<f64>) -> Value {
    x.map_or(Value::Null, |v| json!(v))
}

pub fn index_json(model: &Model) -> Value {
    let categories: Vec<Value> = model
        .categories
        .iter()
        .map(|c| json!({"id": c.id, "name": c.name, "indicators": c.indicators.iter().map(|i| &i.id).collect::<Vec<_>>()}))
        .collect();
    let units: Vec<Value> = model
        .units
        .iter()
        .map(
            |u| json!({"id": u.id, "name": u.name, "category": u.category, "external": u.external}),
        )
        .collect();
    let visits: Vec<Value> = model
        .visits
        .iter()
        .map(|v| json!({"date": v.date.format("%Y-%m-%d").to_string(), "host": v.host, "visitors": v.visitors, "kind": v.kind, "title": v.title}))
        .collect();
    json!({
        "title": model.site.title,
        "periods": model.published.iter().map(|m| m.to_string()).collect::<Vec<_>>(),
        "categories": categories,
        "units": units,
        "visits": visits,
    })
}

fn bench(b: &Option<BenchmarkFigures>) -> Value {
    match b {
        None => Value::Null,
        Some(b) => {
            json!({"unit": b.unit, "ytd": num(b.ytd), "gap": num(b.gap), "trend": b.trend.map(|t| t.as_str())})
        }
    }
}

pub fn month_json(month: &MonthFigures) -> Value {
    let rankings: Vec<Value> = month
        .rankings
        .iter()
        .map(|r| {
            let entries: Vec<Value> = r
                .entries
                .iter()
                .map(|e| {
                    let dims: Map<String, Value> = e.dimensions.iter().map(|(d, s)| (d.to_string(), json!(s))).collect();
                    json!({"unit": e.unit, "score": e.score, "rank": e.rank, "movement": e.movement, "dimensions": dims})
                })
                .collect();
            json!({"category": r.category, "entries": entries})
        })
        .collect();
    let units: Vec<Value> = month
        .units
        .iter()
        .map(|u| {
            let indicators: Vec<Value> = u
                .indicators
                .iter()
                .map(|i| {
                    json!({
                        "id": i.id, "value": num(i.value), "ytd": num(i.ytd), "target": num(i.target),
                        "expected": num(i.expected), "completion": num(i.completion), "pace": num(i.pace),
                        "credited": num(i.credited), "status": i.status.map(|s| s.as_str()), "points": num(i.points),
                        "growth": num(i.growth),
                        "benchmarks": {"internal": bench(&i.internal), "external": bench(&i.external)},
                    })
                })
                .collect();
            json!({"unit": u.unit, "indicators": indicators})
        })
        .collect();
    json!({
        "period": month.month.to_string(),
        "time_progress": month.time_progress,
        "rankings": rankings,
        "units": units,
        "missing_reports": month.missing_reports,
    })
}

/// One row per ranked unit: categories by id, then rank order. RFC 4180 quoting.
pub fn month_csv(model: &Model, month: &MonthFigures) -> String {
    let mut out = String::from("period,category,rank,unit,name,score,movement\r\n");
    for r in &month.rankings {
        for e in &r.entries {
            let name = model.unit(e.unit.as_str()).map_or("", |u| u.name.as_str());
            let movement = e.movement.map(|m| m.to_string()).unwrap_or_default();
            let fields = [
                month.month.to_string(),
                r.category.to_string(),
                e.rank.to_string(),
                e.unit.to_string(),
                name.to_owned(),
                e.score.to_string(),
                movement,
            ];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Every open-data file, path relative to the output root → bytes.
pub fn files(model: &Model, scores: &Scores) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::with_capacity(1 + 2 * scores.months.len());
    out.push(("data/index.json".to_owned(), to_bytes(&index_json(model))));
    for m in &scores.months {
        out.push((format!("data/{}.json", m.month), to_bytes(&month_json(m))));
        out.push((
            format!("data/{}.csv", m.month),
            month_csv(model, m).into_bytes(),
        ));
    }
    out
}

fn to_bytes(v: &Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(v).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("烏鎮鎮"), "烏鎮鎮");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
