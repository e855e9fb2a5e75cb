# Pacesetter 的提示信息（简体中文）。键和变量须与 en.ftl、zh-Hant.ftl 一致（有测试检查）。
# “路径:行:列: error:” 的格式不翻译，以便工具读取。

## 汇总

summary-errors = { $files } 个文件中有 { $errors } 处错误
tail-output-kept = ；{ $output } 保持不变
tail-fix-first = ；请先改正这些错误
tail-nothing-imported = ；请先改正这些错误，未导入任何数据
tail-nothing-written = ；未写入任何文件
build-done = 已生成 { $pages } 个页面、{ $charts } 张图表和 { $data } 个数据文件（{ $months } 个已发布月份），输出到 { $output }，用时 { $ms } 毫秒
building = 正在生成… { $seconds } 秒
check-valid = 内容无误：{ $categories } 个类别共 { $units } 个单位，{ $months } 个已发布月份，{ $bulletins } 期简报

## base_url

base-url-relative = base_url “{ $base }” 只是路径，feed.xml 和 sitemap.xml 中的链接没有域名，订阅阅读器和搜索引擎无法使用
base-url-relative-help = 在 content/site.yaml 中设置 `base_url: https://…`，或发布时用 --base-url https://…/ 生成
base-url-flag = --base-url 须为完整网址（https://…）或以 `/` 开头的路径，不能是 `{ $url }`
base-url-flag-help = 写成 `--base-url https://{ $host }/`

## init

init-done = 已创建网站：{ $dir }（{ $files } 个文件）
init-next = 下一步：
init-serve = 在 http://127.0.0.1:1111 预览，修改后自动刷新
init-check = 检查内容，列出每一处错误
init-build = 生成网站到 output/ 文件夹
init-exists = { $dir } 中已有 content 文件夹；请选择一个空文件夹

## new

comment-period = 简报中图表和排名所用的月份
comment-visitors = 来访单位的代号，一个或多个
draft-bulletin = 简报定稿后删除这一行
draft-report = 数值填好后删除这一行
comment-correction-note = 更正原因，向社会公开（必填）
draft-visit = 写好交流情况后删除这一行
not-a-date = “{ $date }”不是日期：请写成 YYYY-MM-DD
not-a-month = “{ $month }”不是月份：请写成 YYYY-MM
already-exists = { $path } 已存在；请直接编辑该文件
unknown-unit = 没有代号为 `{ $unit }` 的单位
unknown-unit-did-you-mean = 没有代号为 `{ $unit }` 的单位（是否应为 `{ $suggestion }`？）

## import

import-created = 已新建 { $path }：{ $values }
import-updated = 已更新 { $path }：{ $values }
import-done = 已导入 { $month } 的 { $reports } 份报告
import-nothing = 无需修改：各报告已是这些数值
import-still-draft = 提示：{ $path } 仍是草稿；删除其中的 `draft: true` 一行后，这些数据才会发布
import-too-large = { $path } 超过 16 MiB；请按类别拆分

## 文件

cannot-read = 无法读取 { $path }：{ $reason }
cannot-write = 无法写入 { $path }：{ $reason }

## 读取 YAML 值（model/fields.rs）

did-you-mean = 是不是想写 `{ $suggestion }`？
field-takes-mapping = { $what }应写成 `键: 值` 形式的行
field-takes-list = { $what }应写成列表（以 `- ` 开头的行）
field-unknown-key = { $place }中有未知的键 `{ $key }`
field-place-takes = { $place }可用的键：{ $allowed }
field-takes-text = `{ $key }` 应填文字
field-empty = `{ $key }` 是空的
field-takes-number = { $what }应填数字
field-not-finite = { $what }是 `{ $value }`，不是有限的数字
field-not-finite-help = 写一个普通数字，例如 12.6
field-out-of-range = { $what }是 `{ $value }`，超出范围
field-not-a-number = { $what }应填数字，而不是 `{ $value }`
field-unquote-number = 去掉数字两边的引号
field-no-thousands = 数字不要写千位分隔符
field-takes-whole = `{ $key }` 应填整数
field-at-least = `{ $key }` 至少应为 { $min }，而不是 { $value }
field-whole-not = `{ $key }` 应填整数，而不是 `{ $value }`
field-takes-year = { $what }应填年份，例如 2026
field-year-help = 写出年份的四位数字
field-takes-bool = `{ $key }` 应填 `true` 或 `false`
field-takes-one-of = `{ $key }` 应填以下之一：{ $choices }
field-one-of-not = `{ $key }` 应填 { $choices } 之一，而不是 `{ $value }`
field-item-text = `{ $key }` 的每一项都应是文字
range-help = 数字应为 0，或绝对值在 1e-12 到 1e15 之间；请换用更大或更小的计量单位

## site.yaml 和类别（model/site.rs）

site-missing = 缺少 site.yaml
site-missing-help = 新建 content/site.yaml，至少写上 `title:` 和 `office:`
site-empty = site.yaml 是空的
site-empty-help = 至少写上 `title:` 和 `office:`
site-needs = site.yaml 缺少 `{ $key }`
site-base-url = `base_url` 须为完整网址（https://…）或以 `/` 开头的路径，不能是 `{ $url }`
site-base-url-help = 网站地址写成 `base_url: https://{ $url }`；若要放在任意主机的根目录下，写 `base_url: /`
site-cap = `scoring.cap` 须大于 0，不能是 { $cap }
site-tolerance = `scoring.tolerance` 须不小于 0 且小于 1，不能是 { $tolerance }
place-each-dimension = 每个维度
place-a-dimension = 维度
dimension-needs = 维度须有 `id`、`name` 和 `look`
dimension-bad-id = `{ $id }` 不是有效的维度代号
id-help = 代号只能由小写字母、数字和 `-` 组成
dimension-twice = 维度 `{ $id }` 重复列出
dimensions-empty = `dimensions` 中没有列出任何维度
dimensions-empty-help = 删去 `dimensions` 即使用默认的五个维度
place-category-file = 类别文件
category-empty = 类别文件是空的
category-empty-help = 写上 `name:` 和 `indicators:` 指标列表
place-a-category = 类别
category-needs-name = 类别须有 `name`
category-no-indicators = 类别须在 `indicators` 下至少列出一个指标
place-each-indicator = 每个指标
place-an-indicator = 指标
indicator-needs = 指标须有 `{ $key }`
indicator-bad-id = `{ $id }` 不是有效的指标代号
id-start-help = 代号只能由小写字母、数字和 `-` 组成，并以字母或数字开头
indicator-twice = 指标 `{ $id }` 在本类别中重复列出
unknown-dimension = 没有维度 `{ $id }`
unknown-dimension-did-you-mean = 是不是想写 `{ $suggestion }`？site.yaml 中有：{ $ids }
unknown-dimension-help = site.yaml 中有：{ $ids }
indicator-weight = `weight` 须大于 0，不能是 { $weight }
indicator-decimals = `decimals` 最多为 10，不能是 { $decimals }
indicator-until = `until: { $until }` 早于 `from: { $from }`
indicator-until-help = 指标从 `from` 年到 `until` 年有效，含首尾两年

## unit.yaml（model/units.rs）

unit-empty = unit.yaml 是空的
unit-empty-help = 至少写上 `name:` 和 `category:`
unit-needs = unit.yaml 缺少 `{ $key }`
unit-category-name = `category` 应填类别代号，而不是类别名称
unit-category-name-help = 写成 `category: { $id }`（content/categories/{ $id }.yaml 用的是这个名称）
unit-unknown-category = 没有类别 `{ $id }`
unit-no-categories-help = 请先新建 content/categories/<代号>.yaml
unit-categories-are = 现有类别：{ $ids }
unit-external-targets = 外部单位不设目标：只展示，不参加排名
unit-external-targets-help = 删去 `targets`，或设为 `external: false`
targets-not-year = `targets` 下应按年份分组，不能是 `{ $key }`
targets-not-year-help = 例如写 `2026:`，再在其下列出各项指标
target-not-in-force = `{ $id }` 在 { $year } 年不适用
target-not-in-force-help = 类别 `{ $category }` 的 `{ $id }` { $range }适用；请删去这项目标
target-empty = `{ $id }` 的 { $year } 年目标是空的
target-empty-help = 填上数字，或删去这一行
what-target = 目标 `{ $id }`
in-force-from-until = 自 { $from } 年至 { $until } 年
in-force-from = 自 { $from } 年起
in-force-until = 到 { $until } 年为止
in-force-always = 每年都
unknown-indicator = 没有指标 `{ $id }`
category-has = 类别 `{ $category }` 有：{ $ids }
did-you-mean-list = 是不是想写 `{ $suggestion }`？{ $list }

## 单位之间的检查（model/unit_checks.rs）

opener-draft = 草稿 { $path }
part-from-until = 自 { $from } 年至 { $until } 年参加
part-from = 自 { $from } 年起参加
part-until = 参加到 { $until } 年为止
part-always = 每年都参加
benchmark-unknown = 作为{ $kind ->
    [internal] 内部
   *[external] 外部
  }标杆的单位 `{ $id }` 不存在
benchmark-same-category = 类别 `{ $category }` 的单位：{ $ids }
benchmark-other-category = 标杆 `{ $id }` 属于类别 `{ $category }`，而不是 `{ $own }`
benchmark-other-category-help = 单位只与同类别的单位比较
benchmark-internal-external = 内部标杆 `{ $id }` 是外部单位
benchmark-internal-external-help = 把它写在 `external: { $id }` 下，`internal` 下写一个辖区内的单位
benchmark-not-in-year = 标杆 `{ $id }` 在 { $year } 年不参加
benchmark-not-in-year-help = `{ $id }` { $span }{ $opened }；请在 `years:` 下为 { $year } 年另定标杆：
    { $snippet }
opened-by = （{ $path } 开启了 { $year } 年）
merged-into-unknown = `merged_into` 中的单位 `{ $id }` 不存在
merged-into-unknown-help = 写上接管本单位的单位
alias-is-unit = 别名 `{ $id }` 是某个单位的代号
alias-is-unit-help = content/units/{ $id }/ 已存在；别名应是已不再使用的旧代号
alias-twice = 别名 `{ $id }` 也是 `{ $other }` 的别名
alias-twice-help = 一个旧代号只能指向一个单位
target-missing = 缺少 { $ids } 的 { $year } 年目标
target-missing-help = { $path } 开启了 { $year } 年：类别 `{ $category }` 的单位都须有这一年的目标；请在 `targets:` 下补上：
    { $snippet }

## 单位的年份、标杆、合并和别名（model/years.rs、model/mod.rs）

unit-folder-no-yaml = 单位文件夹中没有 unit.yaml
unit-folder-no-yaml-help = 新建 content/units/{ $dir }/unit.yaml，写上 `name:` 和 `category:`
benchmarks-takes-id = `benchmarks.{ $key }` 应填单位代号
benchmark-self = 单位不能做自己的{ $kind ->
    [internal] 内部
   *[external] 外部
  }标杆
what-years-key = `years` 下的键
unit-until-help = 单位从 `from` 年到 `until` 年参加，含首尾两年
merged-into-needs-until = 有 `merged_into` 就须有 `until`
merged-into-needs-until-help = 加上 `until:`，写 `{ $id }` 并入 `{ $other }` 之前参加的最后一年
merged-into-self = 单位不能并入自己
merged-into-takes-id = `merged_into` 应填单位代号
alias-bad = `{ $alias }` 不能作为 `{ $id }` 的别名
alias-bad-help = 别名是本单位用过的旧代号：只能由小写字母、数字和 `-` 组成
place-each-former-name = `former_names` 的每一项
place-a-former-name = `former_names` 的项
former-name-needs-name = 曾用名须有 `name`
former-name-needs-until = 曾用名须有 `until`（最后使用的年份）
former-name-help = 例如写 `- { "{" }name: 旧名, until: 2025{ "}" }`

## 月报、点评评议、简报、页面和互访（model/records.rs）

unit-ref-unknown = { $what } `{ $id }` 不存在
unit-ref-by-name = 单位要用代号表示：写 `{ $id }`
place-front-matter = front matter
front-missing = 缺少 front matter，其中须有 { $need }
front-missing-help = 文件开头写一行 `---`，接着写 YAML，再写一行 `---`
front-empty = front matter 是空的；须有 { $need }
unit-not-in-year = `{ $id }` 在 { $year } 年不参加
place-monthly-report = 月报
what-value = `{ $id }` 的数值
place-quarterly = 季度报告
place-review = 点评评议
place-each-pacesetter = 每个标兵
place-a-pacesetter = 标兵
what-as-pacesetter = 标兵单位
place-each-award = 每项表彰
place-an-award = 表彰
award-needs-title = 表彰须有 `title`
what-in-award = 表彰中的单位
what-in-survey = 群众评议中的单位
what-survey-score = `{ $id }` 的群众评议得分
survey-out-of-range = 群众评议得分 { $score } 不在 0—100 之间
unit-takes-id = `{ $key }` 应填单位代号
unit-missing = 缺少 `unit`
unit-texts-mapping = `{ $key }` 应写成 `单位: 文字` 形式的行
what-in-key = `{ $key }` 中的单位
unit-text-takes-text = `{ $id }` 的 `{ $key }` 应填文字
place-bulletin = 简报
bulletin-needs-date = 简报须有 `date`（YYYY-MM-DD）
bulletin-date-year = 日期 { $date } 不在 { $year } 年
bulletin-date-year-help = 简报的日期应在文件名（{ $file }）所示的年份
not-a-date-value = `{ $value }` 不是日期
bulletin-date-help = 写成 YYYY-MM-DD，例如 2026-04-15
bulletin-period = `period` 应填月份 YYYY-MM，而不是 `{ $value }`
bulletin-number-max = `number` 最大为 { $max }，不能是 { $value }
bulletin-number-twice = 总期号 { $number }（总第{ $number }期）与 { $other } 重复
bulletin-number-twice-help = 只在期号重新起算的简报中写 `number:`，并使每个期号不重复
place-page = 页面
page-needs-title = 页面须有 `title`
visit-front-needs = `title:`、`host:` 和 `visitors:`
place-visit = 互访记录
visit-needs-title = 互访记录须有 `title`
what-as-host = 东道主
visit-needs-host = 互访记录须有 `host`（被访问的单位）
visit-needs-visitors = 互访记录须有 `visitors`（一个或多个单位代号）
visit-no-visitors = `visitors` 中没有列出单位
visit-host-visitor = `{ $id }` 是东道主，不能同时是来访单位
what-as-visitor = 来访单位

## 更正（model/corrections.rs）

outside-merged = `{ $id }` 参加到 { $until } 年为止，已并入 `{ $other }`（见 { $file } 中的 `until:`）
outside-until = `{ $id }` 参加到 { $until } 年为止（见 { $file } 中的 `until:`）
outside-from = `{ $id }` 自 { $from } 年起参加（见 { $file } 中的 `from:`）
outside-see = 见 { $file } 中的 `from:` 和 `until:`
value-not-in-force-help = 类别 `{ $category }` 的 `{ $id }` { $range }适用；请删去这一行
place-each-correction = 每项更正
place-a-correction = 更正
correction-needs = 更正须有 `{ $key }`
correction-note-help = 说明数字为什么改动：这段说明向社会公开
correction-date-help = 写公布更正的日期，例如 `date: 2026-05-03`
correction-date-takes = `date` 应填日期，例如 2026-05-03
correction-date-format-help = 日期写成 YYYY-MM-DD，例如 2026-05-03
correction-too-early = { $month } 的更正日期是 { $date }，早于该月结束
correction-too-early-help = 更正是在月报发布之后作出的：日期应在该月之后
correction-order = 日期为 { $date } 的更正排在日期为 { $prev } 的更正之后
correction-order-help = 更正按日期从早到晚排列：新的更正加在最后
correction-was-help = 写出更正前的数字，例如 `was: { "{" }output: 12.6{ "}" }`
correction-was-empty = `was` 中没有任何数字
correction-was-empty-help = 写出每个被更正的数字更正前的值，例如 `was: { "{" }output: 12.6{ "}" }`
what-was = `{ $id }` 的 `was`

## 已发布数字的账本（model/ledger.rs）

ledger-bad-line = 这一行不是发布账本的格式
ledger-bad-line-help = 每行写 `单位 YYYY-MM 指标 数值`；可在最后一份无误的内容上运行 `pacesetter build` 重新生成
ledger-report-gone = 已发布的月报 { $path } 不见了
ledger-report-gone-help = 已发布的月报应保留；如要撤回，在 published.lock 中删去它的 { $lines ->
    [1] 一行
   *[other] { $lines } 行
  } `{ $line }`，以便审阅时看得见
ledger-report-draft = 已发布的月报 { $path } 现在是草稿
ledger-report-draft-help = 删去 `draft: true`；如要撤回该月报，在 published.lock 中删去它的各行
ledger-changed = 已发布的数字未经更正就改动了：{ $month } 的 `{ $id }` 发布时是 { $was }，现在是 { $now }
ledger-removed = 已发布的数字未经更正就删除了：{ $month } 的 `{ $id }` 发布时是 { $was }
ledger-all-removed = 已发布的数字未经更正就删除了：{ $month } 的 `{ $id }` 发布时是 { $was }
ledger-comment-date = 公布更正的日期
ledger-comment-note = 更正原因，向社会公开
ledger-add-front = 在 front matter 中加上：
    corrections:
    { $entry }
ledger-add-end = 在 `corrections:` 的最后加上：
    { $entry }
ledger-help = 如果新数字是更正，{ $add }
    否则改回 `{ $back }`

## new 命令新建的更正、简报和月报（edit/correction.rs、edit/mod.rs）

correction-no-report = 没有已发布的月报 { $path }
correction-no-ledger = 还没有 published.lock：尚未发布过任何数字，因此无需更正
correction-date-after = { $month } 的更正日期须在该月之后；{ $date } 不符合
correction-unchanged = { $path } 中的数字与发布时相同；请先修改 `values:` 下的数值，再运行本命令记录这次改动
correction-no-place = 在 { $path } 中找不到添加更正的位置；请手动加在 `corrections:` 下：
    { $entry }
bulletins-full = { $year } 年已有 99 期简报
new-report-no-category = 找不到该单位的类别
new-report-not-in-year = `{ $id }` 在 { $year } 年不参加（见 content/units/{ $id }/unit.yaml 中的 `from:` 和 `until:`）
new-report-no-targets = { $year } 年还没有目标：这一年的第一份月报会要求类别 `{ $category }` 的每个单位都有目标；请先在 `targets:` 下补上：
    { $lines }
build-waiting = 正在等待 { $output } 的另一次生成（进程 { $process }）结束…

## 导入（edit/import.rs、edit/sheet.rs）

import-more-errors = 另有 { $count } 处错误未列出
import-more-errors-help = 改正上面这些错误后再导入
import-empty = 文件是空的
import-empty-help = 第一行是 `unit,<指标代号>,…`
import-first-column = 第一列须为 `unit`，而不是 `{ $value }`
import-header-help = 表头行是 `unit,<指标代号>,…`
import-no-header = 这一列有数字，但表头中没有指标代号
import-no-header-help = 在这些数字上方写上指标代号（第一个数字在第 { $line } 行）；合并的表头单元格会让它覆盖的其他单元格变空
import-unknown-indicator = 表头中有未知的指标 `{ $id }`
import-indicators-are = 现有指标：{ $ids }
import-two-columns = 指标 `{ $id }` 占了两列
import-two-columns-help = 每个指标只保留一列
import-unit-name = 写单位代号 `{ $id }`，而不是单位名称
import-unit-twice = 单位 `{ $id }` 出现了两次
import-unit-twice-help = 它已在第 { $line } 行；每个单位只保留一行
import-not-in-year-help = 见 content/units/{ $id }/unit.yaml 中的 `from:` 和 `until:`；请删去它这一行
import-out-of-range = `{ $value }` 超出范围（{ $unit }，{ $id }）
import-not-a-number = `{ $value }` 不是数字（{ $unit }，{ $id }）
import-number-help = 写一个普通数字，例如 12.6，不带计量单位，也不带千位分隔符
import-cannot-read = 无法读取：{ $reason }
import-values-inline = `values` 写在了一行里（`{ "{" }…{ "}" }`）；要导入，请每行写一个数值
import-not-in-category = `{ $id }` 不是 `{ $unit }` 所属类别的指标；请让这个单元格空着
import-not-in-force = `{ $id }` 在 { $year } 年不适用；请让这个单元格空着
import-cell = 单元格 { $cell }
import-at-cell = { $cell }：{ $message }
import-bad-csv-line = 无法读取 CSV 第 { $line } 行：{ $reason }
import-bad-csv = 无法读取 CSV：{ $reason }
import-bad-workbook = 无法读取工作簿：{ $reason }
import-no-sheet = 工作簿中没有工作表 `{ $sheet }`；现有工作表：{ $sheets }
import-no-sheets = 工作簿中没有工作表
import-bad-sheet = 无法读取工作表 `{ $sheet }`：{ $reason }

## 输入法造成的笔误（slips.rs）

slip-indent-char = 这一行用{ $kind ->
    [tab] 制表符（Tab）
   *[full-width] 全角空格
  }缩进
slip-indent-char-help = YAML 只能用空格缩进；请把{ $kind ->
    [tab] 制表符
   *[full-width] 全角空格
  }换成空格：`{ $fixed }`
slip-colon = `{ $key }` 后面是全角冒号 `：`
slip-colon-help = 请写半角冒号加一个空格：`{ $fixed }`
slip-indent = 这一行缩进了 { $indent } 个空格，与上面任何一行都对不齐
slip-indent-help = 缩进 { $want } 个空格：`{ $fixed }`
slip-indent-like-help = 像第 { $line } 行那样缩进 { $want } 个空格：`{ $fixed }`
slip-number-width = 写成 `{ $fixed }`，用半角数字
slip-number-percent = 写成 `{ $fixed }`，不带 `%`
slip-number-thousands = 写成 `{ $fixed }`，不带千位分隔符
slip-number-numeral = 写成 `{ $fixed }`，用阿拉伯数字
slip-number-unit = 只写 `{ $fixed }`；计量单位 `{ $unit }` 应写在指标的 `measure` 中

## 读取文件（load/read.rs、load/frontmatter.rs）

read-file = 无法读取该文件：{ $reason }
read-dangling-link = 符号链接指向的文件不存在
read-dangling-link-help = 删除这个链接，或恢复它所指向的文件
read-link-out = 符号链接指向 content/ 之外
read-link-out-help = 把文件复制到 content/ 中，不要用链接
read-link-folder = 符号链接指向一个文件夹
read-link-folder-help = 逐个链接文件，或把文件夹复制到 content/ 中
read-not-regular = 不是普通文件（而是管道、套接字或设备）
read-not-regular-help = content/ 中只能放普通文件；请删除它
read-too-large = 文件有 { $bytes } 字节，上限是 16 MiB（{ $limit } 字节）
read-over-limit = 文件超过了 16 MiB（{ $limit } 字节）的上限
read-too-large-help = 请拆分文件，或把大的下载文件移到 content/static/ 中
read-utf16 = 文件是 UTF-16 编码
read-not-utf8 = 文件不是有效的 UTF-8 编码
read-save-utf8 = 请以 UTF-8 编码保存
read-utf16-no-bom = 文件是不带字节顺序标记（BOM）的 UTF-16 编码
read-nul = 文本文件中有 NUL 字符
read-nul-help = 请删除它；含 NUL 的文件可能是用其他编码（UTF-16）保存的，或者是二进制文件
read-lone-cr = 单独的回车符结束了这一行（旧式 Mac 换行符）
read-lone-cr-help = 请以 LF 或 CRLF 换行符保存文件
fence-unclosed = 第 1 行开始的 front matter 没有结束：请在其后加一行 `---`
fence-not-first = front matter 必须从第 1 行开始
fence-not-first-help = 删去 `---` 上面的空行
fence-indented = front matter 的分隔线 `---` 必须从行首开始
fence-indented-help = 删去 `---` 前面的空格
fence-dashes = front matter 的分隔线正好是三个短横线 `---`
fence-dashes-help = 在第一行和 YAML 之后各写一行 `---`

## 遍历 content/ 和解析 YAML（load/）

load-no-content = { $path } 处没有 content 文件夹：请运行 `pacesetter init`，或用 --root 指定网站文件夹
load-name-not-utf8 = 文件名不是有效的 UTF-8：请重命名
load-unexpected = content/ 中有不应出现的文件
id-rules = 代号只能由小写字母、数字和 `-` 组成，以字母或数字开头，最长 64 个字符
name-category = 类别文件以类别代号命名：{ $rules }
name-unit-folder = 单位文件夹以单位代号命名：{ $rules }
name-visit-date = `{ $date }` 不是实际存在的日期；{ $visits }
name-visit-slug = 日期后面的部分是简称：{ $rules }
name-reviews = 点评评议文件按时段命名：`2026-Q1.yaml`…`2026-Q4.yaml`、`2026-H1.yaml`、`2026-H2.yaml` 或 `2026.yaml`
name-bulletins = 简报文件命名为 `<YYYY>-<NN>.md`，例如 2026 年第 3 期是 `2026-03.md`
name-page = 页面文件以页面简称命名：{ $rules }
name-content = content/ 中只放 site.yaml 和 categories/、units/、visits/、reviews/、bulletins/、pages/、static/ 这几个文件夹；其他文件应放在 static/ 中
name-unit-files = 单位文件夹中只放 unit.yaml、月报 `<YYYY-MM>.md` 和季度报告 `<YYYY>-Q<n>.md`
name-monthly = 月报文件命名为 `<YYYY-MM>.md`：请改名为 `{ $name }`
name-visits = 互访记录文件命名为 `<YYYY-MM-DD>-<简称>.md`，例如 `2026-03-12-puyuan-to-wuzhen.md`
yaml-too-deep = YAML 嵌套超过了 { $max } 列
yaml-too-deep-help = 活动记录只需要几层；请检查缩进
yaml-expected-mapping = 应写成 `键: 值` 形式的行
yaml-anchors = 不支持 YAML 锚点和别名（`&name`、`*name`）
yaml-anchors-help = 请把值完整写出来
yaml-key-not-plain = 键必须是普通文字
yaml-tags = 不支持 YAML 标签（`!name`）
yaml-tags-help = 删去标签；如果值以 `!` 开头，请给它加上引号
yaml-invalid = YAML 格式错误：{ $info }
yaml-unknown-anchor-help = 不支持 YAML 别名（`*name`）：请把值完整写出来
yaml-colon-help = 值中含有 `: ` 时，请给值加上引号
yaml-expected-key-help = 同一层的键从同一列开始；请对照上面几行检查这一行的缩进
yaml-expected-colon-help = 每个键都写成 `键: 值`，用半角冒号加一个空格
yaml-duplicate-key = 重复的键 `{ $key }`
yaml-duplicate-key-help = `{ $key }` 已在第 { $line } 行给出；只保留一个
name-categories-folder = content/categories/ 中只放 `<类别代号>.yaml` 文件
name-pages-folder = content/pages/ 中只放 `<简称>.md` 文件
yaml-reason-anchor = 引用了不存在的锚点
yaml-reason-mapping-values = 这里不能再出现 `键: 值`（值中多了一个 `: `）
yaml-reason-key = 没有找到应有的键，缩进可能不对
yaml-reason-colon = 没有找到应有的冒号 `:`
yaml-reason-flow-mapping = `{ "{" }` 后面缺少 `,` 或 `{ "}" }`
yaml-reason-flow-sequence = `[` 后面缺少 `,` 或 `]`
yaml-reason-node = 缺少应有的值
yaml-reason-token = 有不能作为值开头的字符
yaml-reason-tab = 制表符破坏了缩进
yaml-reason-quote = 引号没有闭合
yaml-reason-end = 文件意外结束

## 政务公开（model/publish.rs）

licence-twice = `licence` 和 `license` 是同一个键，写了两次
licence-twice-help = 只保留其中一个
page-date-help = 发布日期写成 YYYY-MM-DD，例如 2026-02-10

# render and theme

## 短代码（render/shortcode.rs、render/pages/shortcodes.rs）

sc-not-one = 以 `{ "{{" }` 开头的段落必须恰好是一个短代码：`{ "{{" } name(key="text") { "}}" }`
sc-text-help = 要把 `{ "{{" }` 作为文字显示，请写成 `\{ "{{" }`
sc-write-help = 写成 `{ $fixed }`
sc-full-width = 短代码中用了全角括号或引号
sc-parentheses = 短代码的参数要写在括号里
sc-lowercase = 短代码名称用小写字母，不能写成 `{ $name }`
sc-no-closing-paren = 短代码 `{ $name }` 缺少右括号 `)`
sc-expected-key-value = 参数应写成 `key=value`，这里是 `{ $found }`
sc-bad-arg-name = `{ $arg }` 不是参数名
sc-arg-twice = 参数 `{ $arg }` 写了两次
sc-no-closing-quote = `{ $arg }` 的文字缺少右引号 `"`
sc-text-or-number = `{ $arg }` 的值应是加引号的文字或数字，不能是 `{ $value }`
sc-expected-comma = 参数之间要用半角逗号 `,` 隔开，这里是 `{ $found }`
sc-unknown-arg = `{ $name }` 没有参数 `{ $arg }`；它的参数有：{ $allowed }
sc-unknown-arg-did-you-mean = `{ $name }` 没有参数 `{ $arg }`（是不是想写 `{ $suggestion }`？）；它的参数有：{ $allowed }
sc-needs-arg = `{ $name }` 需要参数 `{ $arg }`
sc-takes-text = `{ $arg }` 的值是加引号的文字，例如 { $arg }="…"
sc-takes-number = `{ $arg }` 的值是数字，不加引号
sc-top = `top` 应为不小于 1 的整数，不能是 { $value }
sc-unknown = 没有名为 `{ $name }` 的短代码；短代码有：{ $names }
sc-unknown-did-you-mean = 没有名为 `{ $name }` 的短代码（是不是想写 `{ $suggestion }`？）；短代码有：{ $names }
sc-review-period = `period` 应为点评评议的时段，例如 2026-Q1，不能是 `{ $value }`
sc-no-review = 没有 { $period } 的点评评议（content/reviews/{ $period }.yaml）
sc-template-failed = 短代码模板 { $template } 出错
sc-month = `period` 应为月份 YYYY-MM，不能是 `{ $value }`
sc-no-month = 还没有发布任何月份的数据
sc-no-month-help = 显示数字的短代码要等某个月的月报发布（去掉 `draft: true`）之后才能使用
sc-no-data = { $month } 没有已发布的数据
sc-unknown-category = 没有代号为 `{ $id }` 的类别；类别有：{ $ids }
sc-unknown-indicator = `{ $unit }` 没有指标 `{ $id }`；类别 `{ $category }` 的指标有：{ $ids }
sc-too-many = 一篇正文中的短代码超过 { $max } 个
sc-too-much-html = 这篇正文的短代码生成的 HTML 超过 { $mib } MiB
sc-unclosed-tag = 这个短代码位于未闭合的 HTML 标签中
sc-unclosed-tag-help = 在短代码所在段落之前闭合 HTML 标签（`>`、`"`）

## Markdown 的限制（render/markdown/limits.rs）

md-split-help = 请把正文拆成几个页面
md-nesting-help = 工作文稿只需要几层嵌套；请检查缩进
md-nested-lists = 列表和引用嵌套超过 { $max } 层
md-indented = 这一行缩进超过 { $max } 列
md-headings = 一篇正文中的标题超过 { $max } 个
md-nested-html = HTML 元素嵌套超过 { $max } 层

## 模板和主题（render/engine.rs、render/mod.rs、theme.rs）

template-context = 无法生成页面数据：{ $reason }
template-error = 模板错误：{ $reason }
template-unknown-filter = 未知的过滤器 `{ $name }`
template-unknown-function = 未知的函数 `{ $name }`
template-unknown-template = 找不到模板 `{ $name }`
template-unknown-field = 字段 `{ $name }` 未定义
template-unknown-variable = 变量 `{ $name }` 未定义
template-available = 。可用的有：{ $names }
template-invalid-type = 值的类型应为 `{ $expected }`，实际是 `{ $got }`{ $got ->
    [undefined] （多半是名称写错了）
   *[other] {""}
  }
static-shadowed = pacesetter 会在这个路径生成文件，这个文件会被替换
static-shadowed-help = 请改名或删除；网站的 /{ $path } 是根据内容生成的
i18n-missing = 缺少界面文字 `{ $key }`
i18n-missing-help = 在主题的 i18n/{ $lang }.yaml 中加上 `{ $key }: …`（内置主题包含全部界面文字）
theme-missing = 没有名为 `{ $name }` 的主题：{ $path } 不是文件夹；请写 themes/ 下的文件夹名，或主题文件夹的路径
theme-link = { $path } 是符号链接或不是普通文件；主题中的文件必须是普通文件
theme-strings-text = 每条界面文字的值都应是文字
theme-strings-help = 每条界面文字单独一行，从行首写起：`键: 文字`，例如 `home: 首页`
# io

io-create = 无法创建 { $path }：{ $reason }
io-remove = 无法删除 { $path }：{ $reason }
io-copy = 无法复制 { $path }：{ $reason }
io-keep = 无法保留 { $path }：{ $reason }
io-lock = 无法锁定 { $path }：{ $reason }
io-replace = 无法替换 { $path }：{ $reason }
io-move-aside = 无法移开 { $path }：{ $reason }
io-tidy = 无法清理 { $path }：{ $reason }
io-watch = 无法监视 { $path }：{ $reason }
io-listen = 无法监听 { $path }：{ $reason }
io-serve = 无法提供 { $path } 的预览：{ $reason }
output-not-ours = 拒绝替换 { $path }：它不是空文件夹，也不是 pacesetter 生成的（其中没有 { $marker }）；请换一个 --output，或自行清空它
output-not-a-folder = 拒绝把网站写到 { $path }：它是文件，不是文件夹；请换一个 --output
output-inside-content = 拒绝把网站写到 { $path }：它在 { $content } 之内；请选择 content 文件夹之外的 --output
output-clash = 拒绝替换 { $path }：它不是 pacesetter 写的，而这次生成要写它；请把它移出输出文件夹，或删除 content/static/ 中同名的文件
serve-rebuilt = 已重新生成，用时 { $ms } 毫秒：{ $files } 个文件中 { $written } 个有变化
serve-rebuilt-removed = 已重新生成，用时 { $ms } 毫秒：{ $files } 个文件中 { $written } 个有变化，删除 { $removed } 个
serve-still-serving = { $summary }；仍在提供上一次成功生成的网站
serve-serving = 正在 { $url } 提供 { $output } 的预览（按 Ctrl-C 停止）
import-sheet-csv = --sheet 只用于工作簿（.xlsx、.xls、.ods）；这个文件是 CSV

# command line (--help and mistakes in the arguments)
cli-about = 由 Markdown 和 YAML 记录生成比学赶超活动的公开网站
cli-usage = 用法：
cli-commands = 命令
cli-options = 选项
cli-arguments = 参数
cli-cmd-build = 生成网站，写入输出文件夹
cli-cmd-check = 检查内容，报告全部错误，不写入任何文件
cli-cmd-serve = 生成网站并在 127.0.0.1:1111 预览；每次修改后重新生成并刷新页面
cli-cmd-new = 新建一期简报、一份月报、一条更正或一次互访
cli-cmd-new-bulletin = 该日期所在年份的下一期简报
cli-cmd-new-report = 一份月报，列出该单位所属类别的全部指标
cli-cmd-new-correction = 更正已发布的月报：追加一条 `corrections:` 记录，`was` 取自 published.lock（请先改好数值）
cli-cmd-new-visit = 一次由某单位接待的交流互访
cli-cmd-init = 在一个文件夹中新建网站，附带一个小示例
cli-cmd-help = 显示本帮助，或某个命令的帮助
cli-cmd-import = 从电子表格（.xlsx、.xls、.ods 或 CSV）导入一个月的数值
cli-arg-help-command = 要查看帮助的命令
cli-arg-help = 显示帮助
cli-arg-version = 显示版本
cli-arg-lang = 提示信息的语言：zh-Hans、zh-Hant 或 en（默认：网站的语言）
cli-arg-root = 网站文件夹，其中有 content/ 和 themes/（默认：当前文件夹）
cli-arg-theme = <root>/themes/ 下的主题名，或一个主题文件夹
cli-arg-output = 网站写到哪个文件夹（默认：<root>/output）
cli-arg-base_url = 代替 site.yaml 中的 base_url
cli-arg-drafts = 包括标有 `draft: true` 的记录
cli-arg-bind = 监听的地址；除本机回环地址外，都会把预览开放给网络（默认：127.0.0.1）
cli-arg-port = 监听的端口（默认：1111）
cli-arg-unit = 单位的 id
cli-arg-month = 报送的月份
cli-arg-new-correction-month = 被更正的月报的月份
cli-arg-import-month = 这些数值所属的月份
cli-arg-new-bulletin-date = 简报的日期（默认：今天）
cli-arg-new-correction-date = 更正公布的日期（默认：今天）
cli-arg-new-visit-date = 互访的日期（默认：今天）
cli-arg-new-visit-host = 接待单位的 id
cli-arg-init-dir = 新网站的文件夹（不存在时自动创建）
cli-arg-import-file = 工作簿（.xlsx、.xls、.ods）或 CSV（UTF-8 或 GB18030），表头为 `unit,<指标 id>,…`
cli-arg-import-sheet = 要读取的工作表（默认：第一个）
cli-lang-values = `{ $value }` 不是 zh-Hans、zh-Hant、en 之一
cli-unknown-argument = 不认识的参数 `{ $arg }`
cli-unknown-command = 没有 `{ $name }` 这个命令
cli-invalid-value = `{ $arg }` 的值 `{ $value }` 不对
cli-missing-argument = 缺少必填的参数：{ $arg }
cli-missing-command = 缺少命令：build、check、serve、new、init 或 import
cli-conflict = `{ $arg }` 不能和另一个参数同时使用
cli-unexpected = `{ $arg }` 在这里不接受值
cli-reason-port = 应填 1 到 65535 之间的整数
cli-did-you-mean = 是不是想写 `{ $fix }`？
cli-more = 在命令后加 --help 可以查看用法
