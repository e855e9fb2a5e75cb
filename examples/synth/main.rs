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

mod campaign;
mod categories;
mod pages;

use std::fs;
use std::path::{Path, PathBuf};

/// xorshift64*: tiny, fast, deterministic; plenty for fake data.
pub(crate) struct Rng(u64);

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

pub(crate) fn usage() -> ! {
    eprintln!(
        "usage:\n  synth campaign [--units N] [--months M] [--bulletins B] [--seed S] --out DIR\n  synth pages [--pages N] [--seed S] --out DIR"
    );
    std::process::exit(2)
}

pub(crate) struct Args {
    pub(crate) kind: String,
    pub(crate) units: usize,
    pub(crate) months: usize,
    pub(crate) bulletins: usize,
    pub(crate) pages: usize,
    pub(crate) seed: u64,
    pub(crate) out: PathBuf,
}

pub(crate) fn args() -> Args {
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

pub(crate) fn main() {
    let a = args();
    let result = match a.kind.as_str() {
        "campaign" => campaign::campaign(&a),
        "pages" => pages::pages(&a),
        _ => usage(),
    };
    if let Err(e) = result {
        eprintln!("synth: {e}");
        std::process::exit(1);
    }
}

/// Writes a file, creating its folder.
pub(crate) fn put(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(p) = path.parent() {
        fs::create_dir_all(p)?;
    }
    fs::write(path, text)
}

/// Starts afresh: the folder is ours to replace only when it is empty or looks like a synth site.
pub(crate) fn fresh(out: &Path) -> std::io::Result<()> {
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

pub(crate) const SYLLABLES: &[&str] = &[
    "安", "寶", "長", "崇", "大", "東", "鳳", "福", "高", "廣", "海", "河", "紅", "華", "嘉", "金",
    "錦", "康", "梁", "龍", "梅", "明", "南", "寧", "平", "濮", "慶", "瑞", "山", "石", "泰", "桐",
    "萬", "王", "文", "梧", "西", "湘", "新", "興", "洋", "義", "永", "豐", "洲", "周", "竹", "莊",
];

pub(crate) const PHRASES: &[&str] = &[
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

pub(crate) const HEADINGS: &[&str] = &[
    "全市召開比學趕超點評會",
    "結對單位互學互鑒",
    "滯後指標整改推進",
    "重點項目建設提速",
    "優化營商環境新舉措",
    "基層治理創新實踐",
    "幹部作風建設",
    "群眾滿意度調查",
];

pub(crate) fn sentence(rng: &mut Rng) -> String {
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

pub(crate) fn name(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables).map(|_| *rng.pick(SYLLABLES)).collect()
}
