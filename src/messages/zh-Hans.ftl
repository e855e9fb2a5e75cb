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
