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
