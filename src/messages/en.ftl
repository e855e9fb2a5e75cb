# What Pacesetter says, in English. Keys and variables must match zh-Hans.ftl and zh-Hant.ftl
# (a test checks it). The `path:line:column: error:` shape is not translated.

## Summaries

summary-errors = { $errors } { $errors ->
    [one] error
   *[other] errors
  } in { $files } { $files ->
    [one] file
   *[other] files
  }
tail-output-kept = ; { $output } left as it was
tail-fix-first = ; fix these first
tail-nothing-imported = ; fix these first, nothing was imported
tail-nothing-written = ; nothing was written
build-done = built { $pages } pages, { $charts } charts and { $data } data files ({ $months } published months) into { $output } in { $ms } ms
building = building… { $seconds } s
check-valid = content is valid: { $units } units in { $categories } categories, { $months } published months, { $bulletins } bulletins

## base_url

base-url-relative = base_url `{ $base }` is a path, so feed.xml and sitemap.xml carry links without a host that feed readers and search engines cannot follow
base-url-relative-help = set `base_url: https://…` in content/site.yaml, or build with --base-url https://…/ when you publish
base-url-flag = --base-url must be a full address (https://…) or a path starting with `/`, not `{ $url }`
base-url-flag-help = write `--base-url https://{ $host }/`

## init

init-done = created a site in { $dir } ({ $files } files)
init-next = next:
init-serve = preview on http://127.0.0.1:1111, reloads as you edit
init-check = check the content and list every error
init-build = build the site into the output/ folder
init-exists = { $dir } already has a content folder; choose an empty folder

## new

comment-period = the month whose figures shortcodes show
comment-visitors = one or more unit ids
draft-bulletin = delete this line when the bulletin is ready to publish
draft-report = delete this line when the values are filled in
comment-correction-note = why the figure changed, shown to the public (required)
draft-visit = delete this line when the visit is written up
not-a-date = `{ $date }` is not a date: write YYYY-MM-DD
not-a-month = `{ $month }` is not a month: write YYYY-MM
already-exists = { $path } already exists; edit it instead
unknown-unit = unknown unit `{ $unit }`
unknown-unit-did-you-mean = unknown unit `{ $unit }` (did you mean `{ $suggestion }`?)

## import

import-created = created { $path }: { $values }
import-updated = updated { $path }: { $values }
import-done = imported { $reports } reports for { $month }
import-nothing = nothing to change: every report already has these values
import-still-draft = note: { $path } is still a draft; delete its `draft: true` line to publish these figures
import-too-large = { $path } is larger than 16 MiB; split it by category

## files

cannot-read = cannot read { $path }: { $reason }
cannot-write = cannot write { $path }: { $reason }
