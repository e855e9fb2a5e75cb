# Pacesetter 的提示訊息（繁體中文）。鍵和變數須與 en.ftl、zh-Hans.ftl 一致（有測試檢查）。
# 「路徑:行:欄: error:」的格式不翻譯，以便工具讀取。

## 彙總

summary-errors = { $files } 個檔案中有 { $errors } 處錯誤
tail-output-kept = ；{ $output } 保持不變
tail-fix-first = ；請先改正這些錯誤
tail-nothing-imported = ；請先改正這些錯誤，未匯入任何資料
tail-nothing-written = ；未寫入任何檔案
build-done = 已產生 { $pages } 個頁面、{ $charts } 張圖表和 { $data } 個資料檔（{ $months } 個已發布月份），輸出至 { $output }，用時 { $ms } 毫秒
building = 正在產生… { $seconds } 秒
check-valid = 內容無誤：{ $categories } 個類別共 { $units } 個單位，{ $months } 個已發布月份，{ $bulletins } 期簡報

## base_url

base-url-relative = base_url「{ $base }」只是路徑，feed.xml 和 sitemap.xml 中的連結沒有網域，訂閱閱讀器和搜尋引擎無法使用
base-url-relative-help = 在 content/site.yaml 中設定 `base_url: https://…`，或發布時以 --base-url https://…/ 產生
base-url-flag = --base-url 須為完整網址（https://…）或以 `/` 開頭的路徑，不能是 `{ $url }`
base-url-flag-help = 寫成 `--base-url https://{ $host }/`

## init

init-done = 已建立網站：{ $dir }（{ $files } 個檔案）
init-next = 下一步：
init-serve = 在 http://127.0.0.1:1111 預覽，修改後自動重新整理
init-check = 檢查內容，列出每一處錯誤
init-build = 產生網站到 output/ 資料夾
init-exists = { $dir } 中已有 content 資料夾；請選擇一個空資料夾

## new

comment-period = 簡報中圖表和排名所用的月份
comment-visitors = 來訪單位的代號，一個或多個
draft-bulletin = 簡報定稿後刪除這一行
draft-report = 數值填好後刪除這一行
comment-correction-note = 更正原因，向社會公開（必填）
draft-visit = 寫好交流情況後刪除這一行
not-a-date = 「{ $date }」不是日期：請寫成 YYYY-MM-DD
not-a-month = 「{ $month }」不是月份：請寫成 YYYY-MM
already-exists = { $path } 已存在；請直接編輯該檔案
unknown-unit = 沒有代號為 `{ $unit }` 的單位
unknown-unit-did-you-mean = 沒有代號為 `{ $unit }` 的單位（是否應為 `{ $suggestion }`？）

## import

import-created = 已新建 { $path }：{ $values }
import-updated = 已更新 { $path }：{ $values }
import-done = 已匯入 { $month } 的 { $reports } 份報告
import-nothing = 無需修改：各報告已是這些數值
import-still-draft = 提示：{ $path } 仍是草稿；刪除其中的 `draft: true` 一行後，這些資料才會發布
import-too-large = { $path } 超過 16 MiB；請按類別拆分

## 檔案

cannot-read = 無法讀取 { $path }：{ $reason }
cannot-write = 無法寫入 { $path }：{ $reason }

## 讀取 YAML 值（model/fields.rs）

did-you-mean = 是不是想寫 `{ $suggestion }`？
field-takes-mapping = { $what }應寫成 `鍵: 值` 形式的行
field-takes-list = { $what }應寫成列表（以 `- ` 開頭的行）
field-unknown-key = { $place }中有未知的鍵 `{ $key }`
field-place-takes = { $place }可用的鍵：{ $allowed }
field-takes-text = `{ $key }` 應填文字
field-empty = `{ $key }` 是空的
field-takes-number = { $what }應填數字
field-not-finite = { $what }是 `{ $value }`，不是有限的數字
field-not-finite-help = 寫一個普通數字，例如 12.6
field-out-of-range = { $what }是 `{ $value }`，超出範圍
field-not-a-number = { $what }應填數字，而不是 `{ $value }`
field-unquote-number = 去掉數字兩邊的引號
field-no-thousands = 數字不要寫千位分隔符
field-takes-whole = `{ $key }` 應填整數
field-at-least = `{ $key }` 至少應為 { $min }，而不是 { $value }
field-whole-not = `{ $key }` 應填整數，而不是 `{ $value }`
field-takes-year = { $what }應填年份，例如 2026
field-year-help = 寫出年份的四位數字
field-takes-bool = `{ $key }` 應填 `true` 或 `false`
field-takes-one-of = `{ $key }` 應填以下之一：{ $choices }
field-one-of-not = `{ $key }` 應填 { $choices } 之一，而不是 `{ $value }`
field-item-text = `{ $key }` 的每一項都應是文字
range-help = 數字應為 0，或絕對值在 1e-12 到 1e15 之間；請換用更大或更小的計量單位

## site.yaml 和類別（model/site.rs）

site-missing = 缺少 site.yaml
site-missing-help = 新建 content/site.yaml，至少寫上 `title:` 和 `office:`
site-empty = site.yaml 是空的
site-empty-help = 至少寫上 `title:` 和 `office:`
site-needs = site.yaml 缺少 `{ $key }`
site-base-url = `base_url` 須為完整網址（https://…）或以 `/` 開頭的路徑，不能是 `{ $url }`
site-base-url-help = 網站地址寫成 `base_url: https://{ $url }`；若要放在任意主機的根目錄下，寫 `base_url: /`
site-cap = `scoring.cap` 須大於 0，不能是 { $cap }
site-tolerance = `scoring.tolerance` 須不小於 0 且小於 1，不能是 { $tolerance }
place-each-dimension = 每個維度
place-a-dimension = 維度
dimension-needs = 維度須有 `id`、`name` 和 `look`
dimension-bad-id = `{ $id }` 不是有效的維度代號
id-help = 代號只能由小寫字母、數字和 `-` 組成
dimension-twice = 維度 `{ $id }` 重複列出
dimensions-empty = `dimensions` 中沒有列出任何維度
dimensions-empty-help = 刪去 `dimensions` 即使用預設的五個維度
place-category-file = 類別檔案
category-empty = 類別檔案是空的
category-empty-help = 寫上 `name:` 和 `indicators:` 指標列表
place-a-category = 類別
category-needs-name = 類別須有 `name`
category-no-indicators = 類別須在 `indicators` 下至少列出一個指標
place-each-indicator = 每個指標
place-an-indicator = 指標
indicator-needs = 指標須有 `{ $key }`
indicator-bad-id = `{ $id }` 不是有效的指標代號
id-start-help = 代號只能由小寫字母、數字和 `-` 組成，並以字母或數字開頭
indicator-twice = 指標 `{ $id }` 在本類別中重複列出
unknown-dimension = 沒有維度 `{ $id }`
unknown-dimension-did-you-mean = 是不是想寫 `{ $suggestion }`？site.yaml 中有：{ $ids }
unknown-dimension-help = site.yaml 中有：{ $ids }
indicator-weight = `weight` 須大於 0，不能是 { $weight }
indicator-decimals = `decimals` 最多為 10，不能是 { $decimals }
indicator-until = `until: { $until }` 早於 `from: { $from }`
indicator-until-help = 指標從 `from` 年到 `until` 年有效，含首尾兩年

## unit.yaml（model/units.rs）

unit-empty = unit.yaml 是空的
unit-empty-help = 至少寫上 `name:` 和 `category:`
unit-needs = unit.yaml 缺少 `{ $key }`
unit-category-name = `category` 應填類別代號，而不是類別名稱
unit-category-name-help = 寫成 `category: { $id }`（content/categories/{ $id }.yaml 用的是這個名稱）
unit-unknown-category = 沒有類別 `{ $id }`
unit-no-categories-help = 請先新建 content/categories/<代號>.yaml
unit-categories-are = 現有類別：{ $ids }
unit-external-targets = 外部單位不設目標：只展示，不參加排名
unit-external-targets-help = 刪去 `targets`，或設為 `external: false`
targets-not-year = `targets` 下應按年份分組，不能是 `{ $key }`
targets-not-year-help = 例如寫 `2026:`，再在其下列出各項指標
target-not-in-force = `{ $id }` 在 { $year } 年不適用
target-not-in-force-help = 類別 `{ $category }` 的 `{ $id }` { $range }適用；請刪去這項目標
target-empty = `{ $id }` 的 { $year } 年目標是空的
target-empty-help = 填上數字，或刪去這一行
what-target = 目標 `{ $id }`
in-force-from-until = 自 { $from } 年至 { $until } 年
in-force-from = 自 { $from } 年起
in-force-until = 到 { $until } 年為止
in-force-always = 每年都
unknown-indicator = 沒有指標 `{ $id }`
category-has = 類別 `{ $category }` 有：{ $ids }
did-you-mean-list = 是不是想寫 `{ $suggestion }`？{ $list }

## 單位之間的檢查（model/unit_checks.rs）

opener-draft = 草稿 { $path }
part-from-until = 自 { $from } 年至 { $until } 年參加
part-from = 自 { $from } 年起參加
part-until = 參加到 { $until } 年為止
part-always = 每年都參加
benchmark-unknown = 作為{ $kind ->
    [internal] 內部
   *[external] 外部
  }標杆的單位 `{ $id }` 不存在
benchmark-same-category = 類別 `{ $category }` 的單位：{ $ids }
benchmark-other-category = 標杆 `{ $id }` 屬於類別 `{ $category }`，而不是 `{ $own }`
benchmark-other-category-help = 單位只與同類別的單位比較
benchmark-internal-external = 內部標杆 `{ $id }` 是外部單位
benchmark-internal-external-help = 把它寫在 `external: { $id }` 下，`internal` 下寫一個轄區內的單位
benchmark-not-in-year = 標杆 `{ $id }` 在 { $year } 年不參加
benchmark-not-in-year-help = `{ $id }` { $span }{ $opened }；請在 `years:` 下為 { $year } 年另定標杆：
    { $snippet }
opened-by = （{ $path } 開啟了 { $year } 年）
merged-into-unknown = `merged_into` 中的單位 `{ $id }` 不存在
merged-into-unknown-help = 寫上接管本單位的單位
alias-is-unit = 別名 `{ $id }` 是某個單位的代號
alias-is-unit-help = content/units/{ $id }/ 已存在；別名應是已不再使用的舊代號
alias-twice = 別名 `{ $id }` 也是 `{ $other }` 的別名
alias-twice-help = 一個舊代號只能指向一個單位
target-missing = 缺少 { $ids } 的 { $year } 年目標
target-missing-help = { $path } 開啟了 { $year } 年：類別 `{ $category }` 的單位都須有這一年的目標；請在 `targets:` 下補上：
    { $snippet }

## 單位的年份、標杆、合併和別名（model/years.rs、model/mod.rs）

unit-folder-no-yaml = 單位資料夾中沒有 unit.yaml
unit-folder-no-yaml-help = 新建 content/units/{ $dir }/unit.yaml，寫上 `name:` 和 `category:`
benchmarks-takes-id = `benchmarks.{ $key }` 應填單位代號
benchmark-self = 單位不能做自己的{ $kind ->
    [internal] 內部
   *[external] 外部
  }標杆
what-years-key = `years` 下的鍵
unit-until-help = 單位從 `from` 年到 `until` 年參加，含首尾兩年
merged-into-needs-until = 有 `merged_into` 就須有 `until`
merged-into-needs-until-help = 加上 `until:`，寫 `{ $id }` 併入 `{ $other }` 之前參加的最後一年
merged-into-self = 單位不能併入自己
merged-into-takes-id = `merged_into` 應填單位代號
alias-bad = `{ $alias }` 不能作為 `{ $id }` 的別名
alias-bad-help = 別名是本單位用過的舊代號：只能由小寫字母、數字和 `-` 組成
place-each-former-name = `former_names` 的每一項
place-a-former-name = `former_names` 的項
former-name-needs-name = 曾用名須有 `name`
former-name-needs-until = 曾用名須有 `until`（最後使用的年份）
former-name-help = 例如寫 `- { "{" }name: 舊名, until: 2025{ "}" }`

## 月報、點評評議、簡報、頁面和互訪（model/records.rs）

unit-ref-unknown = { $what } `{ $id }` 不存在
unit-ref-by-name = 單位要用代號表示：寫 `{ $id }`
place-front-matter = front matter
front-missing = 缺少 front matter，其中須有 { $need }
front-missing-help = 檔案開頭寫一行 `---`，接著寫 YAML，再寫一行 `---`
front-empty = front matter 是空的；須有 { $need }
unit-not-in-year = `{ $id }` 在 { $year } 年不參加
place-monthly-report = 月報
what-value = `{ $id }` 的數值
place-quarterly = 季度報告
place-review = 點評評議
place-each-pacesetter = 每個標兵
place-a-pacesetter = 標兵
what-as-pacesetter = 標兵單位
place-each-award = 每項表彰
place-an-award = 表彰
award-needs-title = 表彰須有 `title`
what-in-award = 表彰中的單位
what-in-survey = 群眾評議中的單位
what-survey-score = `{ $id }` 的群眾評議得分
survey-out-of-range = 群眾評議得分 { $score } 不在 0—100 之間
unit-takes-id = `{ $key }` 應填單位代號
unit-missing = 缺少 `unit`
unit-texts-mapping = `{ $key }` 應寫成 `單位: 文字` 形式的行
what-in-key = `{ $key }` 中的單位
unit-text-takes-text = `{ $id }` 的 `{ $key }` 應填文字
place-bulletin = 簡報
bulletin-needs-date = 簡報須有 `date`（YYYY-MM-DD）
bulletin-date-year = 日期 { $date } 不在 { $year } 年
bulletin-date-year-help = 簡報的日期應在檔名（{ $file }）所示的年份
not-a-date-value = `{ $value }` 不是日期
bulletin-date-help = 寫成 YYYY-MM-DD，例如 2026-04-15
bulletin-period = `period` 應填月份 YYYY-MM，而不是 `{ $value }`
bulletin-number-max = `number` 最大為 { $max }，不能是 { $value }
bulletin-number-twice = 總期號 { $number }（總第{ $number }期）與 { $other } 重複
bulletin-number-twice-help = 只在期號重新起算的簡報中寫 `number:`，並使每個期號不重複
place-page = 頁面
page-needs-title = 頁面須有 `title`
visit-front-needs = `title:`、`host:` 和 `visitors:`
place-visit = 互訪記錄
visit-needs-title = 互訪記錄須有 `title`
what-as-host = 東道主
visit-needs-host = 互訪記錄須有 `host`（被訪問的單位）
visit-needs-visitors = 互訪記錄須有 `visitors`（一個或多個單位代號）
visit-no-visitors = `visitors` 中沒有列出單位
visit-host-visitor = `{ $id }` 是東道主，不能同時是來訪單位
what-as-visitor = 來訪單位

## 更正（model/corrections.rs）

outside-merged = `{ $id }` 參加到 { $until } 年為止，已併入 `{ $other }`（見 { $file } 中的 `until:`）
outside-until = `{ $id }` 參加到 { $until } 年為止（見 { $file } 中的 `until:`）
outside-from = `{ $id }` 自 { $from } 年起參加（見 { $file } 中的 `from:`）
outside-see = 見 { $file } 中的 `from:` 和 `until:`
value-not-in-force-help = 類別 `{ $category }` 的 `{ $id }` { $range }適用；請刪去這一行
place-each-correction = 每項更正
place-a-correction = 更正
correction-needs = 更正須有 `{ $key }`
correction-note-help = 說明數字為什麼改動：這段說明向社會公開
correction-date-help = 寫公佈更正的日期，例如 `date: 2026-05-03`
correction-date-takes = `date` 應填日期，例如 2026-05-03
correction-date-format-help = 日期寫成 YYYY-MM-DD，例如 2026-05-03
correction-too-early = { $month } 的更正日期是 { $date }，早於該月結束
correction-too-early-help = 更正是在月報發布之後作出的：日期應在該月之後
correction-order = 日期為 { $date } 的更正排在日期為 { $prev } 的更正之後
correction-order-help = 更正按日期從早到晚排列：新的更正加在最後
correction-was-help = 寫出更正前的數字，例如 `was: { "{" }output: 12.6{ "}" }`
correction-was-empty = `was` 中沒有任何數字
correction-was-empty-help = 寫出每個被更正的數字更正前的值，例如 `was: { "{" }output: 12.6{ "}" }`
what-was = `{ $id }` 的 `was`

## 已發布數字的帳本（model/ledger.rs）

ledger-bad-line = 這一行不是發布帳本的格式
ledger-bad-line-help = 每行寫 `單位 YYYY-MM 指標 數值`；可在最後一份無誤的內容上執行 `pacesetter build` 重新生成
ledger-report-gone = 已發布的月報 { $path } 不見了
ledger-report-gone-help = 已發布的月報應保留；如要撤回，在 published.lock 中刪去它的 { $lines ->
    [1] 一行
   *[other] { $lines } 行
  } `{ $line }`，以便審閱時看得見
ledger-report-draft = 已發布的月報 { $path } 現在是草稿
ledger-report-draft-help = 刪去 `draft: true`；如要撤回該月報，在 published.lock 中刪去它的各行
ledger-changed = 已發布的數字未經更正就改動了：{ $month } 的 `{ $id }` 發布時是 { $was }，現在是 { $now }
ledger-removed = 已發布的數字未經更正就刪除了：{ $month } 的 `{ $id }` 發布時是 { $was }
ledger-all-removed = 已發布的數字未經更正就刪除了：{ $month } 的 `{ $id }` 發布時是 { $was }
ledger-comment-date = 公佈更正的日期
ledger-comment-note = 更正原因，向社會公開
ledger-add-front = 在 front matter 中加上：
    corrections:
    { $entry }
ledger-add-end = 在 `corrections:` 的最後加上：
    { $entry }
ledger-help = 如果新數字是更正，{ $add }
    否則改回 `{ $back }`

## new 命令新建的更正、簡報和月報（edit/correction.rs、edit/mod.rs）

correction-no-report = 沒有已發布的月報 { $path }
correction-no-ledger = 還沒有 published.lock：尚未發布過任何數字，因此無需更正
correction-date-after = { $month } 的更正日期須在該月之後；{ $date } 不符合
correction-unchanged = { $path } 中的數字與發布時相同；請先修改 `values:` 下的數值，再執行本命令記錄這次改動
correction-no-place = 在 { $path } 中找不到新增更正的位置；請手動加在 `corrections:` 下：
    { $entry }
bulletins-full = { $year } 年已有 99 期簡報
new-report-no-category = 找不到該單位的類別
new-report-not-in-year = `{ $id }` 在 { $year } 年不參加（見 content/units/{ $id }/unit.yaml 中的 `from:` 和 `until:`）
new-report-no-targets = { $year } 年還沒有目標：這一年的第一份月報會要求類別 `{ $category }` 的每個單位都有目標；請先在 `targets:` 下補上：
    { $lines }
build-waiting = 正在等待 { $output } 的另一次生成（行程 { $process }）結束…

## 匯入（edit/import.rs、edit/sheet.rs）

import-more-errors = 另有 { $count } 處錯誤未列出
import-more-errors-help = 改正上面這些錯誤後再匯入
import-empty = 檔案是空的
import-empty-help = 第一列是 `unit,<指標代號>,…`
import-first-column = 第一欄須為 `unit`，而不是 `{ $value }`
import-header-help = 表頭列是 `unit,<指標代號>,…`
import-no-header = 這一欄有數字，但表頭中沒有指標代號
import-no-header-help = 在這些數字上方寫上指標代號（第一個數字在第 { $line } 列）；合併的表頭儲存格會讓它覆蓋的其他儲存格變空
import-unknown-indicator = 表頭中有未知的指標 `{ $id }`
import-indicators-are = 現有指標：{ $ids }
import-two-columns = 指標 `{ $id }` 佔了兩欄
import-two-columns-help = 每個指標只保留一欄
import-unit-name = 寫單位代號 `{ $id }`，而不是單位名稱
import-unit-twice = 單位 `{ $id }` 出現了兩次
import-unit-twice-help = 它已在第 { $line } 列；每個單位只保留一列
import-not-in-year-help = 見 content/units/{ $id }/unit.yaml 中的 `from:` 和 `until:`；請刪去它這一列
import-out-of-range = `{ $value }` 超出範圍（{ $unit }，{ $id }）
import-not-a-number = `{ $value }` 不是數字（{ $unit }，{ $id }）
import-number-help = 寫一個普通數字，例如 12.6，不帶計量單位，也不帶千位分隔符
import-cannot-read = 無法讀取：{ $reason }
import-values-inline = `values` 寫在了一行裡（`{ "{" }…{ "}" }`）；要匯入，請每行寫一個數值
import-not-in-category = `{ $id }` 不是 `{ $unit }` 所屬類別的指標；請讓這個儲存格空著
import-not-in-force = `{ $id }` 在 { $year } 年不適用；請讓這個儲存格空著
import-cell = 儲存格 { $cell }
import-at-cell = { $cell }：{ $message }
import-bad-csv-line = 無法讀取 CSV 第 { $line } 行：{ $reason }
import-bad-csv = 無法讀取 CSV：{ $reason }
import-bad-workbook = 無法讀取工作簿：{ $reason }
import-no-sheet = 工作簿中沒有工作表 `{ $sheet }`；現有工作表：{ $sheets }
import-no-sheets = 工作簿中沒有工作表
import-bad-sheet = 無法讀取工作表 `{ $sheet }`：{ $reason }

## 輸入法造成的筆誤（slips.rs）

slip-indent-char = 這一行用{ $kind ->
    [tab] 製表符（Tab）
   *[full-width] 全形空格
  }縮排
slip-indent-char-help = YAML 只能用空格縮排；請把{ $kind ->
    [tab] 製表符
   *[full-width] 全形空格
  }換成空格：`{ $fixed }`
slip-colon = `{ $key }` 後面是全形冒號 `：`
slip-colon-help = 請寫半形冒號加一個空格：`{ $fixed }`
slip-indent = 這一行縮排了 { $indent } 個空格，與上面任何一行都對不齊
slip-indent-help = 縮排 { $want } 個空格：`{ $fixed }`
slip-indent-like-help = 像第 { $line } 行那樣縮排 { $want } 個空格：`{ $fixed }`
slip-number-width = 寫成 `{ $fixed }`，用半形數字
slip-number-percent = 寫成 `{ $fixed }`，不帶 `%`
slip-number-thousands = 寫成 `{ $fixed }`，不帶千位分隔符
slip-number-numeral = 寫成 `{ $fixed }`，用阿拉伯數字
slip-number-unit = 只寫 `{ $fixed }`；計量單位 `{ $unit }` 應寫在指標的 `measure` 中

## 讀取檔案（load/read.rs、load/frontmatter.rs）

read-file = 無法讀取該檔案：{ $reason }
read-dangling-link = 符號連結指向的檔案不存在
read-dangling-link-help = 刪除這個連結，或恢復它所指向的檔案
read-link-out = 符號連結指向 content/ 之外
read-link-out-help = 把檔案複製到 content/ 中，不要用連結
read-link-folder = 符號連結指向一個資料夾
read-link-folder-help = 逐個連結檔案，或把資料夾複製到 content/ 中
read-not-regular = 不是普通檔案（而是管道、通訊端或裝置）
read-not-regular-help = content/ 中只能放普通檔案；請刪除它
read-too-large = 檔案有 { $bytes } 位元組，上限是 16 MiB（{ $limit } 位元組）
read-over-limit = 檔案超過了 16 MiB（{ $limit } 位元組）的上限
read-too-large-help = 請拆分檔案，或把大的下載檔案移到 content/static/ 中
read-utf16 = 檔案是 UTF-16 編碼
read-not-utf8 = 檔案不是有效的 UTF-8 編碼
read-save-utf8 = 請以 UTF-8 編碼儲存
read-utf16-no-bom = 檔案是不帶位元組順序標記（BOM）的 UTF-16 編碼
read-nul = 文字檔案中有 NUL 字元
read-nul-help = 請刪除它；含 NUL 的檔案可能是用其他編碼（UTF-16）儲存的，或者是二進位檔案
read-lone-cr = 單獨的 CR（歸位字元）結束了這一行（舊式 Mac 換行字元）
read-lone-cr-help = 請以 LF 或 CRLF 換行字元儲存檔案
fence-unclosed = 第 1 行開始的 front matter 沒有結束：請在其後加一行 `---`
fence-not-first = front matter 必須從第 1 行開始
fence-not-first-help = 刪去 `---` 上面的空行
fence-indented = front matter 的分隔線 `---` 必須從行首開始
fence-indented-help = 刪去 `---` 前面的空格
fence-dashes = front matter 的分隔線正好是三個短橫線 `---`
fence-dashes-help = 在第一行和 YAML 之後各寫一行 `---`

## 遍歷 content/ 和解析 YAML（load/）

load-no-content = { $path } 處沒有 content 資料夾：請執行 `pacesetter init`，或用 --root 指定網站資料夾
load-name-not-utf8 = 檔名不是有效的 UTF-8：請重新命名
load-unexpected = content/ 中有不應出現的檔案
id-rules = 代號只能由小寫字母、數字和 `-` 組成，以字母或數字開頭，最長 64 個字元
name-category = 類別檔案以類別代號命名：{ $rules }
name-unit-folder = 單位資料夾以單位代號命名：{ $rules }
name-visit-date = `{ $date }` 不是實際存在的日期；{ $visits }
name-visit-slug = 日期後面的部分是簡稱：{ $rules }
name-reviews = 點評評議檔案按時段命名：`2026-Q1.yaml`…`2026-Q4.yaml`、`2026-H1.yaml`、`2026-H2.yaml` 或 `2026.yaml`
name-bulletins = 簡報檔案命名為 `<YYYY>-<NN>.md`，例如 2026 年第 3 期是 `2026-03.md`
name-page = 頁面檔案以頁面簡稱命名：{ $rules }
name-content = content/ 中只放 site.yaml 和 categories/、units/、visits/、reviews/、bulletins/、pages/、static/ 這幾個資料夾；其他檔案應放在 static/ 中
name-unit-files = 單位資料夾中只放 unit.yaml、月報 `<YYYY-MM>.md` 和季度報告 `<YYYY>-Q<n>.md`
name-monthly = 月報檔案命名為 `<YYYY-MM>.md`：請改名為 `{ $name }`
name-visits = 互訪記錄檔案命名為 `<YYYY-MM-DD>-<簡稱>.md`，例如 `2026-03-12-puyuan-to-wuzhen.md`
yaml-too-deep = YAML 巢狀超過了 { $max } 列
yaml-too-deep-help = 活動記錄只需要幾層；請檢查縮排
yaml-expected-mapping = 應寫成 `鍵: 值` 形式的行
yaml-anchors = 不支援 YAML 錨點和別名（`&name`、`*name`）
yaml-anchors-help = 請把值完整寫出來
yaml-key-not-plain = 鍵必須是普通文字
yaml-tags = 不支援 YAML 標籤（`!name`）
yaml-tags-help = 刪去標籤；如果值以 `!` 開頭，請給它加上引號
yaml-invalid = YAML 格式錯誤：{ $info }
yaml-unknown-anchor-help = 不支援 YAML 別名（`*name`）：請把值完整寫出來
yaml-colon-help = 值中含有 `: ` 時，請給值加上引號
yaml-expected-key-help = 同一層的鍵從同一列開始；請對照上面幾行檢查這一行的縮排
yaml-expected-colon-help = 每個鍵都寫成 `鍵: 值`，用半形冒號加一個空格
yaml-duplicate-key = 重複的鍵 `{ $key }`
yaml-duplicate-key-help = `{ $key }` 已在第 { $line } 行給出；只保留一個
name-categories-folder = content/categories/ 中只放 `<類別代號>.yaml` 檔案
name-pages-folder = content/pages/ 中只放 `<簡稱>.md` 檔案
yaml-reason-anchor = 引用了不存在的錨點
yaml-reason-mapping-values = 這裡不能再出現 `鍵: 值`（值中多了一個 `: `）
yaml-reason-key = 沒有找到應有的鍵，縮排可能不對
yaml-reason-colon = 沒有找到應有的冒號 `:`
yaml-reason-flow-mapping = `{ "{" }` 後面缺少 `,` 或 `{ "}" }`
yaml-reason-flow-sequence = `[` 後面缺少 `,` 或 `]`
yaml-reason-node = 缺少應有的值
yaml-reason-token = 有不能作為值開頭的字元
yaml-reason-tab = 製表符破壞了縮排
yaml-reason-quote = 引號沒有閉合
yaml-reason-end = 檔案意外結束

## 政務公開（model/publish.rs）

licence-twice = `licence` 和 `license` 是同一個鍵，寫了兩次
licence-twice-help = 只保留其中一個
page-date-help = 發布日期寫成 YYYY-MM-DD，例如 2026-02-10

# render and theme

## 短代碼（render/shortcode.rs、render/pages/shortcodes.rs）

sc-not-one = 以 `{ "{{" }` 開頭的段落必須恰好是一個短代碼：`{ "{{" } name(key="text") { "}}" }`
sc-text-help = 要把 `{ "{{" }` 當作文字顯示，請寫成 `\{ "{{" }`
sc-write-help = 寫成 `{ $fixed }`
sc-full-width = 短代碼中用了全形括號或引號
sc-parentheses = 短代碼的引數要寫在括號裡
sc-lowercase = 短代碼名稱用小寫字母，不能寫成 `{ $name }`
sc-no-closing-paren = 短代碼 `{ $name }` 缺少右括號 `)`
sc-expected-key-value = 引數應寫成 `key=value`，這裡是 `{ $found }`
sc-bad-arg-name = `{ $arg }` 不是引數名稱
sc-arg-twice = 引數 `{ $arg }` 寫了兩次
sc-no-closing-quote = `{ $arg }` 的文字缺少右引號 `"`
sc-text-or-number = `{ $arg }` 的值應是加引號的文字或數字，不能是 `{ $value }`
sc-expected-comma = 引數之間要用半形逗號 `,` 隔開，這裡是 `{ $found }`
sc-unknown-arg = `{ $name }` 沒有引數 `{ $arg }`；它的引數有：{ $allowed }
sc-unknown-arg-did-you-mean = `{ $name }` 沒有引數 `{ $arg }`（是不是想寫 `{ $suggestion }`？）；它的引數有：{ $allowed }
sc-needs-arg = `{ $name }` 需要引數 `{ $arg }`
sc-takes-text = `{ $arg }` 的值是加引號的文字，例如 { $arg }="…"
sc-takes-number = `{ $arg }` 的值是數字，不加引號
sc-top = `top` 應為不小於 1 的整數，不能是 { $value }
sc-unknown = 沒有名為 `{ $name }` 的短代碼；短代碼有：{ $names }
sc-unknown-did-you-mean = 沒有名為 `{ $name }` 的短代碼（是不是想寫 `{ $suggestion }`？）；短代碼有：{ $names }
sc-review-period = `period` 應為點評評議的時段，例如 2026-Q1，不能是 `{ $value }`
sc-no-review = 沒有 { $period } 的點評評議（content/reviews/{ $period }.yaml）
sc-template-failed = 短代碼模板 { $template } 出錯
sc-month = `period` 應為月份 YYYY-MM，不能是 `{ $value }`
sc-no-month = 還沒有發布任何月份的資料
sc-no-month-help = 顯示數字的短代碼要等某個月的月報發布（去掉 `draft: true`）之後才能使用
sc-no-data = { $month } 沒有已發布的資料
sc-unknown-category = 沒有代號為 `{ $id }` 的類別；類別有：{ $ids }
sc-unknown-indicator = `{ $unit }` 沒有指標 `{ $id }`；類別 `{ $category }` 的指標有：{ $ids }
sc-too-many = 一篇正文中的短代碼超過 { $max } 個
sc-too-much-html = 這篇正文的短代碼產生的 HTML 超過 { $mib } MiB
sc-unclosed-tag = 這個短代碼位於未閉合的 HTML 標籤中
sc-unclosed-tag-help = 在短代碼所在段落之前閉合 HTML 標籤（`>`、`"`）

## Markdown 的限制（render/markdown/limits.rs）

md-split-help = 請把正文拆成幾個頁面
md-nesting-help = 工作文稿只需要幾層巢狀；請檢查縮排
md-nested-lists = 清單和引用巢狀超過 { $max } 層
md-indented = 這一行縮排超過 { $max } 欄
md-headings = 一篇正文中的標題超過 { $max } 個
md-nested-html = HTML 元素巢狀超過 { $max } 層

## 模板和主題（render/engine.rs、render/mod.rs、theme.rs）

template-context = 無法產生頁面資料：{ $reason }
template-error = 模板錯誤：{ $reason }
template-unknown-filter = 未知的篩選器 `{ $name }`
template-unknown-function = 未知的函式 `{ $name }`
template-unknown-template = 找不到模板 `{ $name }`
template-unknown-field = 欄位 `{ $name }` 未定義
template-unknown-variable = 變數 `{ $name }` 未定義
template-available = 。可用的有：{ $names }
template-invalid-type = 值的型別應為 `{ $expected }`，實際是 `{ $got }`{ $got ->
    [undefined] （多半是名稱寫錯了）
   *[other] {""}
  }
static-shadowed = pacesetter 會在這個路徑產生檔案，這個檔案會被取代
static-shadowed-help = 請改名或刪除；網站的 /{ $path } 是根據內容產生的
i18n-missing = 缺少介面文字 `{ $key }`
i18n-missing-help = 在主題的 i18n/{ $lang }.yaml 中加上 `{ $key }: …`（內建主題包含全部介面文字）
theme-missing = 沒有名為 `{ $name }` 的主題：{ $path } 不是資料夾；請寫 themes/ 下的資料夾名稱，或主題資料夾的路徑
theme-link = { $path } 是符號連結或不是一般檔案；主題中的檔案必須是一般檔案
theme-strings-text = 每條介面文字的值都應是文字
theme-strings-help = 每條介面文字單獨一行，從行首寫起：`鍵: 文字`，例如 `home: 首頁`
# io

io-create = 無法建立 { $path }：{ $reason }
io-remove = 無法刪除 { $path }：{ $reason }
io-copy = 無法複製 { $path }：{ $reason }
io-keep = 無法保留 { $path }：{ $reason }
io-lock = 無法鎖定 { $path }：{ $reason }
io-replace = 無法取代 { $path }：{ $reason }
io-move-aside = 無法移開 { $path }：{ $reason }
io-tidy = 無法清理 { $path }：{ $reason }
io-watch = 無法監看 { $path }：{ $reason }
io-listen = 無法監聽 { $path }：{ $reason }
io-serve = 無法提供 { $path } 的預覽：{ $reason }
output-not-ours = 拒絕取代 { $path }：它不是空資料夾，也不是 pacesetter 產生的（其中沒有 { $marker }）；請換一個 --output，或自行清空它
output-not-a-folder = 拒絕把網站寫到 { $path }：它是檔案，不是資料夾；請換一個 --output
output-inside-content = 拒絕把網站寫到 { $path }：它在 { $content } 之內；請選擇 content 資料夾之外的 --output
output-clash = 拒絕取代 { $path }：它不是 pacesetter 寫的，而這次產生要寫它；請把它移出輸出資料夾，或刪除 content/static/ 中同名的檔案
serve-rebuilt = 已重新產生，用時 { $ms } 毫秒：{ $files } 個檔案中 { $written } 個有變化
serve-rebuilt-removed = 已重新產生，用時 { $ms } 毫秒：{ $files } 個檔案中 { $written } 個有變化，刪除 { $removed } 個
serve-still-serving = { $summary }；仍在提供上一次成功產生的網站
serve-serving = 正在 { $url } 提供 { $output } 的預覽（按 Ctrl-C 停止）
import-sheet-csv = --sheet 只用於活頁簿（.xlsx、.xls、.ods）；這個檔案是 CSV

# command line (--help and mistakes in the arguments)
cli-about = 由 Markdown 和 YAML 記錄建置比學趕超活動的公開網站
cli-usage = 用法：
cli-commands = 命令
cli-options = 選項
cli-arguments = 引數
cli-cmd-build = 建置網站，寫入輸出資料夾
cli-cmd-check = 檢查內容，回報全部錯誤，不寫入任何檔案
cli-cmd-serve = 建置網站並在 127.0.0.1:1111 預覽；每次修改後重新建置並重新整理頁面
cli-cmd-new = 新增一期簡報、一份月報、一筆更正或一次互訪
cli-cmd-new-bulletin = 該日期所在年份的下一期簡報
cli-cmd-new-report = 一份月報，列出該單位所屬類別的全部指標
cli-cmd-new-correction = 更正已發布的月報：追加一筆 `corrections:` 記錄，`was` 取自 published.lock（請先改好數值）
cli-cmd-new-visit = 一次由某單位接待的交流互訪
cli-cmd-init = 在一個資料夾中新增網站，附帶一個小範例
cli-cmd-help = 顯示本說明，或某個命令的說明
cli-cmd-import = 從試算表（.xlsx、.xls、.ods 或 CSV）匯入一個月的數值
cli-arg-help-command = 要查看說明的命令
cli-arg-help = 顯示說明
cli-arg-version = 顯示版本
cli-arg-lang = 提示訊息的語言：zh-Hans、zh-Hant 或 en（預設：網站的語言）
cli-arg-root = 網站資料夾，其中有 content/ 和 themes/（預設：目前的資料夾）
cli-arg-theme = <root>/themes/ 下的主題名稱，或一個主題資料夾
cli-arg-output = 網站寫到哪個資料夾（預設：<root>/output）
cli-arg-base_url = 取代 site.yaml 中的 base_url
cli-arg-drafts = 包括標有 `draft: true` 的記錄
cli-arg-bind = 監聽的位址；除本機回送位址外，都會把預覽開放給網路（預設：127.0.0.1）
cli-arg-port = 監聽的連接埠（預設：1111）
cli-arg-unit = 單位的 id
cli-arg-month = 報送的月份
cli-arg-new-correction-month = 被更正的月報的月份
cli-arg-import-month = 這些數值所屬的月份
cli-arg-new-bulletin-date = 簡報的日期（預設：今天）
cli-arg-new-correction-date = 更正公布的日期（預設：今天）
cli-arg-new-visit-date = 互訪的日期（預設：今天）
cli-arg-new-visit-host = 接待單位的 id
cli-arg-init-dir = 新網站的資料夾（不存在時自動建立）
cli-arg-import-file = 活頁簿（.xlsx、.xls、.ods）或 CSV（UTF-8 或 GB18030），標題列為 `unit,<指標 id>,…`
cli-arg-import-sheet = 要讀取的工作表（預設：第一個）
cli-lang-values = `{ $value }` 不是 zh-Hans、zh-Hant、en 之一
cli-unknown-argument = 無法辨識的引數 `{ $arg }`
cli-unknown-command = 沒有 `{ $name }` 這個命令
cli-invalid-value = `{ $arg }` 的值 `{ $value }` 不對
cli-missing-argument = 缺少必填的引數：{ $arg }
cli-missing-command = 缺少命令：build、check、serve、new、init 或 import
cli-conflict = `{ $arg }` 不能和另一個引數同時使用
cli-unexpected = `{ $arg }` 在這裡不接受值
cli-reason-port = 應填 1 到 65535 之間的整數
cli-did-you-mean = 是不是想寫 `{ $fix }`？
cli-more = 在命令後加 --help 可以查看用法
