//! `init DIR`: a small but complete campaign that builds at once, from the binary alone.

use std::path::{Path, PathBuf};

const FILES: &[(&str, &str)] = &[
    (
        "content/site.yaml",
        "title: 示范区比学赶超\noffice: 示范区比学赶超领导小组办公室\nlanguage: zh-Hans\nbase_url: /\ndescription: 各镇（街道）比学赶超目标承诺、月度进度和标杆对比，向社会公开。\n",
    ),
    (
        "content/categories/town.yaml",
        "name: 镇（街道）\nfocus: 加快经济增长、结构优化、民生改善\nindicators:\n  - id: output\n    name: 规上工业产值\n    dimension: results\n    measure: 亿元\n    aggregate: sum\n    weight: 3\n  - id: satisfaction\n    name: 群众满意率\n    dimension: service\n    measure: \"%\"\n    aggregate: level\n    weight: 2\n  - id: petitions\n    name: 信访件数\n    dimension: conduct\n    measure: 件\n    direction: down\n    weight: 1\n    decimals: 0\n",
    ),
    (
        "content/units/east/unit.yaml",
        "name: 东城镇\nshort: 东城\ncategory: town\nleader: 张明（党委书记）\nbenchmarks:\n  internal: west\n  external: peer\npledge: 全年规上工业产值突破 60 亿元，群众满意率保持 95% 以上。\nlearn: 学习西城镇企业服务专员制度。\nmeasures:\n  - 每月走访规上企业\n  - 重点项目周例会\ntargets:\n  2026: {output: 60, satisfaction: 95, petitions: 24}\n",
    ),
    (
        "content/units/west/unit.yaml",
        "name: 西城镇\nshort: 西城\ncategory: town\nleader: 李华（党委书记）\nbenchmarks:\n  internal: south\n  external: peer\npledge: 全年规上工业产值达到 50 亿元。\ntargets:\n  2026: {output: 50, satisfaction: 95, petitions: 20}\n",
    ),
    (
        "content/units/south/unit.yaml",
        "name: 南湖街道\nshort: 南湖\ncategory: town\nleader: 王芳（党工委书记）\nbenchmarks:\n  internal: east\npledge: 信访件数同比下降两成。\ntargets:\n  2026: {output: 30, satisfaction: 96, petitions: 12}\n",
    ),
    (
        "content/units/peer/unit.yaml",
        "name: 邻市先进镇\nshort: 先进镇\ncategory: town\nexternal: true\nparent: 邻市\n",
    ),
    (
        "content/units/east/2026-01.md",
        "---\nvalues:\n  output: 4.6\n  satisfaction: 94.2\n  petitions: 3\n---\n一月份开展企业走访 42 家，帮助解决用工问题 6 件。\n",
    ),
    (
        "content/units/east/2026-02.md",
        "---\nvalues:\n  output: 4.1\n  satisfaction: 95.1\n  petitions: 1\n---\n春节后企业复工率 98%。\n",
    ),
    (
        "content/units/west/2026-01.md",
        "---\nvalues:\n  output: 4.3\n  satisfaction: 96.0\n  petitions: 2\n---\n新签约项目 3 个。\n",
    ),
    (
        "content/units/west/2026-02.md",
        "---\nvalues:\n  output: 3.9\n  satisfaction: 95.4\n  petitions: 2\n---\n推进老旧小区改造。\n",
    ),
    (
        "content/units/south/2026-01.md",
        "---\nvalues:\n  output: 2.2\n  satisfaction: 96.8\n  petitions: 1\n---\n社区网格员全覆盖。\n",
    ),
    (
        "content/units/south/2026-02.md",
        "---\nvalues:\n  output: 2.6\n  satisfaction: 97.0\n  petitions: 0\n---\n“最多跑一次”事项全部上线。\n",
    ),
    (
        "content/units/peer/2026-01.md",
        "---\nvalues:\n  output: 5.4\n  satisfaction: 96.5\n  petitions: 1\n---\n",
    ),
    (
        "content/units/peer/2026-02.md",
        "---\nvalues:\n  output: 5.0\n  satisfaction: 96.9\n  petitions: 1\n---\n",
    ),
    (
        "content/bulletins/2026-01.md",
        "---\ndate: 2026-03-10\n---\n\n## 东城镇企业服务专员制度见成效\n\n东城镇学习西城镇经验，为每家规上企业配备服务专员。\n\n## 二月份排名\n\n{{ ranking(category=\"town\") }}\n",
    ),
    (
        "content/pages/plan.md",
        "---\ntitle: 实施方案\nweight: 1\n---\n\n## 目标任务\n\n各镇（街道）对照标杆，明确比的标杆、学的内容、赶的措施、超的目标。\n\n## 工作机制\n\n年初一诺、每月报告、每季点评、半年群众评议、年终考评。\n",
    ),
    // Not content: what a site kept in git needs beside it (issue 15).
    (".gitignore", include_str!("scaffold/gitignore")),
    (
        ".github/workflows/site.yml",
        include_str!("scaffold/github-site.yml"),
    ),
    (
        ".gitea/workflows/site.yml",
        include_str!("scaffold/gitea-site.yml"),
    ),
];

/// Writes the example site into `dir`, refusing a folder that already holds a content/ folder.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, super::EditError> {
    if dir.join("content").exists() {
        let dir = dir.display().to_string();
        return Err(crate::tr!("init-exists", dir = dir).into());
    }
    let mut written = Vec::new();
    for (rel, text) in FILES {
        let path = dir.join(rel);
        super::create_new(&path, text)?;
        written.push(path);
    }
    Ok(written)
}
