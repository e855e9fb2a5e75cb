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

## Reading YAML values (model/fields.rs)

did-you-mean = did you mean `{ $suggestion }`?
field-takes-mapping = { $what } takes `key: value` lines
field-takes-list = { $what } takes a list (lines starting with `- `)
field-unknown-key = unknown key `{ $key }` in { $place }
field-place-takes = { $place } takes: { $allowed }
field-takes-text = `{ $key }` takes text
field-empty = `{ $key }` is empty
field-takes-number = { $what } takes a number
field-not-finite = { $what } is `{ $value }`, not a finite number
field-not-finite-help = write a plain number such as 12.6
field-out-of-range = { $what } is `{ $value }`, out of range
field-not-a-number = { $what } takes a number, not `{ $value }`
field-unquote-number = remove the quotes around the number
field-no-thousands = write the number without thousands separators
field-takes-whole = `{ $key }` takes a whole number
field-at-least = `{ $key }` must be at least { $min }, not { $value }
field-whole-not = `{ $key }` takes a whole number, not `{ $value }`
field-takes-year = { $what } takes a year such as 2026
field-year-help = write the four digits of the year
field-takes-bool = `{ $key }` takes `true` or `false`
field-takes-one-of = `{ $key }` takes one of: { $choices }
field-one-of-not = `{ $key }` takes one of { $choices }, not `{ $value }`
field-item-text = each item of `{ $key }` is text
range-help = numbers are 0 or between 1e-12 and 1e15 in size; write it in a larger or smaller unit

## site.yaml and categories (model/site.rs)

site-missing = missing site.yaml
site-missing-help = create content/site.yaml with at least `title:` and `office:`
site-empty = site.yaml is empty
site-empty-help = give at least `title:` and `office:`
site-needs = site.yaml needs `{ $key }`
site-base-url = `base_url` must be a full address (https://…) or a path starting with `/`, not `{ $url }`
site-base-url-help = write `base_url: https://{ $url }` for the site's address, or `base_url: /` to serve it from the root of any host
site-cap = `scoring.cap` must be greater than 0, not { $cap }
site-tolerance = `scoring.tolerance` must be at least 0 and below 1, not { $tolerance }
place-each-dimension = each dimension
place-a-dimension = a dimension
dimension-needs = a dimension needs `id`, `name` and `look`
dimension-bad-id = `{ $id }` is not a valid dimension id
id-help = ids are lowercase letters, digits and `-`
dimension-twice = dimension `{ $id }` is listed twice
dimensions-empty = `dimensions` lists no dimension
dimensions-empty-help = leave `dimensions` out to use the five defaults
place-category-file = a category file
category-empty = category file is empty
category-empty-help = give `name:` and a list of `indicators:`
place-a-category = a category
category-needs-name = a category needs `name`
category-no-indicators = a category needs at least one indicator under `indicators`
place-each-indicator = each indicator
place-an-indicator = an indicator
indicator-needs = an indicator needs `{ $key }`
indicator-bad-id = `{ $id }` is not a valid indicator id
id-start-help = ids are lowercase letters, digits and `-`, starting with a letter or digit
indicator-twice = indicator `{ $id }` is listed twice in this category
unknown-dimension = unknown dimension `{ $id }`
unknown-dimension-did-you-mean = did you mean `{ $suggestion }`? site.yaml has: { $ids }
unknown-dimension-help = site.yaml has: { $ids }
indicator-weight = `weight` must be greater than 0, not { $weight }
indicator-decimals = `decimals` must be at most 10, not { $decimals }
indicator-until = `until: { $until }` is before `from: { $from }`
indicator-until-help = the indicator is in force from `from` to `until`, both included

## unit.yaml (model/units.rs)

unit-empty = unit.yaml is empty
unit-empty-help = give at least `name:` and `category:`
unit-needs = unit.yaml needs `{ $key }`
unit-category-name = `category` takes a category id, not its name
unit-category-name-help = write `category: { $id }` (content/categories/{ $id }.yaml has this name)
unit-unknown-category = unknown category `{ $id }`
unit-no-categories-help = add content/categories/<id>.yaml first
unit-categories-are = categories are: { $ids }
unit-external-targets = an external unit takes no targets: it is shown, never ranked
unit-external-targets-help = remove `targets`, or set `external: false`
targets-not-year = `targets` is keyed by year, not `{ $key }`
targets-not-year-help = write e.g. `2026:` and the indicators under it
target-not-in-force = `{ $id }` is not in force in { $year }
target-not-in-force-help = category `{ $category }` has `{ $id }` { $range }; remove this target
target-empty = target for `{ $id }` in { $year } is empty
target-empty-help = write the number, or remove the line
what-target = target `{ $id }`
in-force-from-until = from { $from } until { $until }
in-force-from = from { $from }
in-force-until = until { $until }
in-force-always = in every year
unknown-indicator = unknown indicator `{ $id }`
category-has = category `{ $category }` has: { $ids }
did-you-mean-list = did you mean `{ $suggestion }`? { $list }

## Checks across units (model/unit_checks.rs)

opener-draft = the draft { $path }
part-from-until = takes part from { $from } until { $until }
part-from = takes part from { $from }
part-until = takes part until { $until }
part-always = takes part every year
benchmark-unknown = unknown unit `{ $id }` as { $kind } benchmark
benchmark-same-category = units of category `{ $category }`: { $ids }
benchmark-other-category = benchmark `{ $id }` is in category `{ $category }`, not `{ $own }`
benchmark-other-category-help = a unit is compared with units of its own category
benchmark-internal-external = internal benchmark `{ $id }` is an external unit
benchmark-internal-external-help = name it under `external: { $id }`, and a unit inside the jurisdiction under `internal`
benchmark-not-in-year = benchmark `{ $id }` does not take part in { $year }
benchmark-not-in-year-help = `{ $id }` { $span }{ $opened }; name another benchmark for { $year } under `years:`
    { $snippet }
opened-by = , and { $path } opened { $year }
merged-into-unknown = unknown unit `{ $id }` in `merged_into`
merged-into-unknown-help = name the unit that took this one over
alias-is-unit = alias `{ $id }` is the id of a unit
alias-is-unit-help = content/units/{ $id }/ exists; an alias is an id no unit uses any more
alias-twice = alias `{ $id }` is also an alias of `{ $other }`
alias-twice-help = an old id can redirect to one unit only
target-missing = missing { $year } target for { $ids }
target-missing-help = units of category `{ $category }` report in { $year }: { $path } opened it; add under `targets:`
    { $snippet }

## A unit's years, benchmarks, merges and aliases (model/years.rs, model/mod.rs)

unit-folder-no-yaml = unit folder has no unit.yaml
unit-folder-no-yaml-help = create content/units/{ $dir }/unit.yaml with `name:` and `category:`
benchmarks-takes-id = `benchmarks.{ $key }` takes a unit id
benchmark-self = a unit cannot be its own { $kind } benchmark
what-years-key = `years`' key
unit-until-help = the unit takes part from `from` to `until`, both included
merged-into-needs-until = `merged_into` needs `until`
merged-into-needs-until-help = add `until:` with the last year `{ $id }` took part before merging into `{ $other }`
merged-into-self = a unit cannot merge into itself
merged-into-takes-id = `merged_into` takes a unit id
alias-bad = `{ $alias }` cannot be an alias of `{ $id }`
alias-bad-help = an alias is an old id of this unit: lowercase letters, digits and `-`
place-each-former-name = each item of `former_names`
place-a-former-name = an item of `former_names`
former-name-needs-name = a former name needs `name`
former-name-needs-until = a former name needs `until` (the last year it was used)
former-name-help = write e.g. `- { "{" }name: 舊名, until: 2025{ "}" }`

## Reports, reviews, bulletins, pages and visits (model/records.rs)

unit-ref-unknown = unknown unit `{ $id }` { $what }
unit-ref-by-name = units are named by id: write `{ $id }`
place-front-matter = front matter
front-missing = missing front matter with { $need }
front-missing-help = start the file with a line `---`, the YAML, and another line `---`
front-empty = front matter is empty; it needs { $need }
unit-not-in-year = `{ $id }` does not take part in { $year }
place-monthly-report = a monthly report
what-value = value of `{ $id }`
place-quarterly = a quarterly report
place-review = a review
place-each-pacesetter = each pacesetter
place-a-pacesetter = a pacesetter
what-as-pacesetter = as pacesetter
place-each-award = each award
place-an-award = an award
award-needs-title = an award needs `title`
what-in-award = in award
what-in-survey = in survey
what-survey-score = survey score of `{ $id }`
survey-out-of-range = survey score { $score } is outside 0–100
unit-takes-id = `{ $key }` takes a unit id
unit-missing = `unit` is missing
unit-texts-mapping = `{ $key }` takes `unit: text` lines
what-in-key = in `{ $key }`
unit-text-takes-text = `{ $key }` of `{ $id }` takes text
place-bulletin = a bulletin
bulletin-needs-date = a bulletin needs `date` (YYYY-MM-DD)
bulletin-date-year = date { $date } is not in { $year }
bulletin-date-year-help = a bulletin's date is in the year of its file name ({ $file })
not-a-date-value = `{ $value }` is not a date
bulletin-date-help = write YYYY-MM-DD, e.g. 2026-04-15
bulletin-period = `period` takes a month YYYY-MM, not `{ $value }`
bulletin-number-max = `number` must be at most { $max }, not { $value }
bulletin-number-twice = overall number { $number } (總第{ $number }期) is also { $other }'s
bulletin-number-twice-help = give `number:` only where the count restarts, and make each number unique
place-page = a page
page-needs-title = a page needs `title`
visit-front-needs = `title:`, `host:` and `visitors:`
place-visit = a visit
visit-needs-title = a visit needs `title`
what-as-host = as host
visit-needs-host = a visit needs `host` (the unit visited)
visit-needs-visitors = a visit needs `visitors` (one or more unit ids)
visit-no-visitors = `visitors` lists no unit
visit-host-visitor = `{ $id }` is the host; it cannot also be a visitor
what-as-visitor = as visitor

## Corrections (model/corrections.rs)

outside-merged = `{ $id }` took part until { $until } and merged into `{ $other }` (`until:` in { $file })
outside-until = `{ $id }` took part until { $until } (`until:` in { $file })
outside-from = `{ $id }` takes part from { $from } (`from:` in { $file })
outside-see = see `from:` and `until:` in { $file }
value-not-in-force-help = category `{ $category }` has `{ $id }` { $range }; remove this line
place-each-correction = each correction
place-a-correction = a correction
correction-needs = a correction needs `{ $key }`
correction-note-help = say why the figure changed: the note is shown to the public
correction-date-help = the day the correction was made public, e.g. `date: 2026-05-03`
correction-date-takes = `date` takes a date such as 2026-05-03
correction-date-format-help = write the date as YYYY-MM-DD, e.g. 2026-05-03
correction-too-early = a correction of { $month } is dated { $date }, before the month ended
correction-too-early-help = a correction is made after the report was published: date it after the month
correction-order = correction dated { $date } comes after one dated { $prev }
correction-order-help = list corrections oldest first: add a new one at the end
correction-was-help = give the figures as they stood before, e.g. `was: { "{" }output: 12.6{ "}" }`
correction-was-empty = `was` names no figure
correction-was-empty-help = give each corrected figure as it stood before, e.g. `was: { "{" }output: 12.6{ "}" }`
what-was = `was` of `{ $id }`

## The ledger of published figures (model/ledger.rs)

ledger-bad-line = not a line of the ledger
ledger-bad-line-help = each line is `unit YYYY-MM indicator value`; run `pacesetter build` on the last good content to write it again
ledger-report-gone = published report { $path } no longer exists
ledger-report-gone-help = a published report stays; to withdraw it, delete its { $lines ->
    [one] line
   *[other] { $lines } lines
  } `{ $line }` from published.lock, in plain sight of review
ledger-report-draft = published report { $path } is now a draft
ledger-report-draft-help = remove `draft: true`; to withdraw the report, delete its lines from published.lock
ledger-changed = published figure changed without a correction: `{ $id }` of { $month } was { $was } when published, now { $now }
ledger-removed = published figure removed without a correction: `{ $id }` of { $month } was { $was } when published
ledger-all-removed = published figures removed without a correction: `{ $id }` of { $month } was { $was } when published
ledger-comment-date = the day it is made public
ledger-comment-note = why, shown to the public
ledger-add-front = add to the front matter:
    corrections:
    { $entry }
ledger-add-end = add at the end of `corrections:`:
    { $entry }
ledger-help = if the new figure is a correction, { $add }
    else put back `{ $back }`

## Corrections, bulletins and reports made by `new` (edit/correction.rs, edit/mod.rs)

correction-no-report = there is no published report { $path }
correction-no-ledger = there is no published.lock yet: nothing was published, so nothing needs a correction
correction-date-after = a correction of { $month } must be dated after the month; { $date } is not
correction-unchanged = { $path } holds the figures as published; change the values under `values:` first, then run this again to record the change
correction-no-place = cannot find where to add the correction in { $path }; add under `corrections:` by hand:
    { $entry }
bulletins-full = { $year } already has 99 bulletins
new-report-no-category = the unit's category is missing
new-report-not-in-year = `{ $id }` does not take part in { $year } (see `from:` and `until:` in content/units/{ $id }/unit.yaml)
new-report-no-targets = { $year } has no targets yet: its first report makes every unit of category `{ $category }` need them; add first, under `targets:`
    { $lines }
build-waiting = waiting for another build of { $output } (process { $process }) to finish…

## import (edit/import.rs, edit/sheet.rs)

import-more-errors = { $count } more errors not shown
import-more-errors-help = fix the ones above and import again
import-empty = the file is empty
import-empty-help = the first row is `unit,<indicator id>,…`
import-first-column = the first column must be `unit`, not `{ $value }`
import-header-help = the header row is `unit,<indicator id>,…`
import-no-header = a column has figures but no indicator id in the header
import-no-header-help = write the indicator id above them (the first is on line { $line }); a merged header cell leaves the cells it covers empty
import-unknown-indicator = unknown indicator `{ $id }` in the header
import-indicators-are = the indicators are: { $ids }
import-two-columns = indicator `{ $id }` has two columns
import-two-columns-help = keep one column per indicator
import-unit-name = write the unit's id `{ $id }`, not its name
import-unit-twice = unit `{ $id }` appears twice
import-unit-twice-help = it is already on line { $line }; keep one row per unit
import-not-in-year-help = see `from:` and `until:` in content/units/{ $id }/unit.yaml; leave its row out
import-out-of-range = `{ $value }` is out of range ({ $unit }, { $id })
import-not-a-number = `{ $value }` is not a number ({ $unit }, { $id })
import-number-help = write a plain number such as 12.6, without units or thousands separators
import-cannot-read = cannot read: { $reason }
import-values-inline = `values` is written on one line (`{ "{" }…{ "}" }`); write one value per line to import into it
import-not-in-category = `{ $id }` is not an indicator of `{ $unit }`'s category; leave the cell empty
import-not-in-force = `{ $id }` is not in force in { $year }; leave the cell empty
import-cell = cell { $cell }
import-at-cell = { $cell }: { $message }
import-bad-csv-line = cannot read the CSV at line { $line }: { $reason }
import-bad-csv = cannot read the CSV: { $reason }
import-bad-workbook = cannot read the workbook: { $reason }
import-no-sheet = the workbook has no sheet `{ $sheet }`; its sheets are: { $sheets }
import-no-sheets = the workbook has no sheets
import-bad-sheet = cannot read sheet `{ $sheet }`: { $reason }

## Input-method slips (slips.rs)

slip-indent-char = the line is indented with { $kind ->
    [tab] a tab
   *[full-width] a full-width space
  }
slip-indent-char-help = YAML indents with spaces only; replace the { $kind ->
    [tab] tab
   *[full-width] full-width space
  } with spaces: `{ $fixed }`
slip-colon = full-width colon `：` after `{ $key }`
slip-colon-help = write a half-width colon and a space: `{ $fixed }`
slip-indent = this line is indented by { $indent } { $indent ->
    [one] space
   *[other] spaces
  }, which matches no line above
slip-indent-help = indent it by { $want } spaces: `{ $fixed }`
slip-indent-like-help = indent it by { $want } spaces, like line { $line }: `{ $fixed }`
slip-number-width = write `{ $fixed }`, with half-width digits
slip-number-percent = write `{ $fixed }`, without `%`
slip-number-thousands = write `{ $fixed }`, without thousands separators
slip-number-numeral = write `{ $fixed }`, in digits
slip-number-unit = write `{ $fixed }` alone; the unit `{ $unit }` belongs in the indicator's `measure`

## Reading a file (load/read.rs, load/frontmatter.rs)

read-file = cannot read the file: { $reason }
read-dangling-link = symbolic link to a file that does not exist
read-dangling-link-help = remove the link, or restore the file it points to
read-link-out = symbolic link that leads out of content/
read-link-out-help = copy the file into content/ instead of linking to it
read-link-folder = symbolic link to a folder
read-link-folder-help = link files one by one, or copy the folder into content/
read-not-regular = not a regular file (a FIFO, socket or device)
read-not-regular-help = content/ holds only ordinary files; remove it
read-too-large = file is { $bytes } bytes; the limit is 16 MiB ({ $limit } bytes)
read-over-limit = file is over the limit of 16 MiB ({ $limit } bytes)
read-too-large-help = split it, or move large downloads into content/static/
read-utf16 = file is UTF-16
read-not-utf8 = file is not valid UTF-8
read-save-utf8 = save it as UTF-8
read-utf16-no-bom = file is UTF-16 without a byte order mark
read-nul = a NUL character in a text file
read-nul-help = remove it; a file with NULs may have been saved in another encoding (UTF-16) or be binary
read-lone-cr = a carriage return on its own ends this line (old Mac line endings)
read-lone-cr-help = save the file with LF or CRLF line endings
fence-unclosed = front matter opened on line 1 is never closed: add a line `---` after it
fence-not-first = front matter must start on line 1
fence-not-first-help = remove the blank lines above `---`
fence-indented = the front matter fence `---` must start at the beginning of the line
fence-indented-help = remove the spaces before `---`
fence-dashes = a front matter fence is exactly three dashes, `---`
fence-dashes-help = write `---` on the first line and after the YAML

## Walking content/ and parsing YAML (load/)

load-no-content = no content folder at { $path }: run `pacesetter init` or pass --root
load-name-not-utf8 = file name is not valid UTF-8: rename it
load-unexpected = unexpected file in content/
id-rules = ids are lowercase letters, digits and `-`, starting with a letter or digit, at most 64 characters
name-category = a category file is named by its id: { $rules }
name-unit-folder = a unit folder is named by the unit's id: { $rules }
name-visit-date = `{ $date }` is not a real date; { $visits }
name-visit-slug = the part after the date is a slug: { $rules }
name-reviews = reviews are named by period: `2026-Q1.yaml`…`2026-Q4.yaml`, `2026-H1.yaml`, `2026-H2.yaml` or `2026.yaml`
name-bulletins = bulletins are named `<YYYY>-<NN>.md`, e.g. `2026-03.md` for issue 3 of 2026
name-page = a page is named by its slug: { $rules }
name-content = content/ holds site.yaml and the folders categories/, units/, visits/, reviews/, bulletins/, pages/ and static/; other files belong in static/
name-unit-files = a unit folder holds unit.yaml, monthly reports `<YYYY-MM>.md` and quarterly reports `<YYYY>-Q<n>.md`
name-monthly = monthly reports are named `<YYYY-MM>.md`: rename it to `{ $name }`
name-visits = visits are named `<YYYY-MM-DD>-<slug>.md`, e.g. `2026-03-12-puyuan-to-wuzhen.md`
yaml-too-deep = YAML nested more than { $max } columns deep
yaml-too-deep-help = campaign records need only a few levels; check the indentation
yaml-expected-mapping = expected `key: value` lines
yaml-anchors = YAML anchors and aliases (`&name`, `*name`) are not supported
yaml-anchors-help = write the value out in full
yaml-key-not-plain = a key must be plain text
yaml-tags = YAML tags (`!name`) are not supported
yaml-tags-help = remove the tag; quote the value if it starts with `!`
yaml-invalid = invalid YAML: { $info }
yaml-unknown-anchor-help = YAML aliases (`*name`) are not supported: write the value out in full
yaml-colon-help = quote a value that contains `: `
yaml-expected-key-help = keys of one level start in the same column; check this line's indentation against the lines above
yaml-expected-colon-help = write each key as `key: value`, with a half-width colon and a space
yaml-duplicate-key = duplicate key `{ $key }`
yaml-duplicate-key-help = `{ $key }` is already given on line { $line }; keep one
name-categories-folder = content/categories/ holds `<category>.yaml` files
name-pages-folder = content/pages/ holds `<slug>.md` files
# The parser's own words are shown in English; these are for the parity test only.
yaml-reason-anchor = found unknown anchor
yaml-reason-mapping-values = mapping values are not allowed in this context
yaml-reason-key = did not find expected key
yaml-reason-colon = could not find expected ':'
yaml-reason-flow-mapping = did not find expected ',' or '{ "}" }'
yaml-reason-flow-sequence = did not find expected ',' or ']'
yaml-reason-node = did not find expected node content
yaml-reason-token = found character that cannot start any token
yaml-reason-tab = found a tab character that violates indentation
yaml-reason-quote = found unexpected end of stream while scanning a quoted scalar
yaml-reason-end = found unexpected end of stream

## Publishing conventions (model/publish.rs)

licence-twice = `licence` and `license` are the same key, given twice
licence-twice-help = keep one of them
page-date-help = write the page's date of issue as YYYY-MM-DD, e.g. 2026-02-10

# render and theme

## Shortcodes (render/shortcode.rs, render/pages/shortcodes.rs)

sc-not-one = a paragraph that starts with `{ "{{" }` must be exactly one shortcode, `{ "{{" } name(key="text") { "}}" }`
sc-text-help = to show `{ "{{" }` as text, write `\{ "{{" }`
sc-write-help = write `{ $fixed }`
sc-full-width = the shortcode is written with full-width brackets or quotes
sc-parentheses = the arguments of a shortcode go in parentheses
sc-lowercase = shortcode names are lowercase, not `{ $name }`
sc-no-closing-paren = shortcode `{ $name }` is missing its closing `)`
sc-expected-key-value = expected `key=value`, found `{ $found }`
sc-bad-arg-name = `{ $arg }` is not an argument name
sc-arg-twice = argument `{ $arg }` is given twice
sc-no-closing-quote = the text of `{ $arg }` has no closing `"`
sc-text-or-number = `{ $arg }` takes "text" or a number, not `{ $value }`
sc-expected-comma = expected `,` between arguments, found `{ $found }`
sc-unknown-arg = unknown argument `{ $arg }` to `{ $name }`; it takes { $allowed }
sc-unknown-arg-did-you-mean = unknown argument `{ $arg }` to `{ $name }` (did you mean `{ $suggestion }`?); it takes { $allowed }
sc-needs-arg = `{ $name }` needs the argument `{ $arg }`
sc-takes-text = `{ $arg }` takes text in quotes, e.g. { $arg }="…"
sc-takes-number = `{ $arg }` takes a number without quotes
sc-top = `top` takes a whole number of at least 1, not { $value }
sc-unknown = unknown shortcode `{ $name }`; shortcodes are { $names }
sc-unknown-did-you-mean = unknown shortcode `{ $name }` (did you mean `{ $suggestion }`?); shortcodes are { $names }
sc-review-period = `period` takes a review period such as 2026-Q1, not `{ $value }`
sc-no-review = there is no review for { $period } (content/reviews/{ $period }.yaml)
sc-template-failed = shortcode template { $template } failed
sc-month = `period` takes a month YYYY-MM, not `{ $value }`
sc-no-month = no month is published yet
sc-no-month-help = shortcodes that show figures work once a month's reports are published (without `draft: true`)
sc-no-data = no data is published for { $month }
sc-unknown-category = unknown category `{ $id }`; categories are: { $ids }
sc-unknown-indicator = unknown indicator `{ $id }` for `{ $unit }`; category `{ $category }` has: { $ids }
sc-too-many = more than { $max } shortcodes in one text
sc-too-much-html = the shortcodes of this text make more than { $mib } MiB of HTML
sc-unclosed-tag = this shortcode is inside an unclosed HTML tag
sc-unclosed-tag-help = close the HTML tag (`>`, `"`) before the shortcode's paragraph

## Markdown limits (render/markdown/limits.rs)

md-split-help = split the text into several pages
md-nesting-help = campaign texts need only a few levels; check the indentation
md-nested-lists = lists and quotes nested more than { $max } deep
md-indented = line indented more than { $max } columns
md-headings = more than { $max } headings in one text
md-nested-html = HTML elements nested more than { $max } deep

## Templates and the theme (render/engine.rs, render/mod.rs, theme.rs)

template-context = cannot build the page context: { $reason }
template-error = template error: { $reason }
# Tera's reasons are shown in English as Tera words them; these are for the other languages.
template-unknown-filter = Unknown filter `{ $name }`
template-unknown-function = Unknown function `{ $name }`
template-unknown-template = Template `{ $name }` not found
template-unknown-field = Field `{ $name }` is not defined
template-unknown-variable = Variable `{ $name }` is not defined
template-available = . Available: { $names }
template-invalid-type = Invalid type for the value, expected `{ $expected }` but got `{ $got }`
static-shadowed = pacesetter generates a file at this path, which would replace it
static-shadowed-help = rename or remove it; the site's /{ $path } is built from the content
i18n-missing = interface string `{ $key }` is missing
i18n-missing-help = add `{ $key }: …` to the theme's i18n/{ $lang }.yaml (the built-in theme has every string)
theme-missing = no theme `{ $name }`: { $path } is not a folder; name a folder under themes/, or give the path of a theme folder
theme-link = { $path } is a symbolic link or not a regular file; a theme's files must be plain files
theme-strings-text = each interface string is text
theme-strings-help = write each string on a line of its own as `key: text`, from the start of the line, e.g. `home: Home`
# io

io-create = cannot create { $path }: { $reason }
io-remove = cannot remove { $path }: { $reason }
io-copy = cannot copy { $path }: { $reason }
io-keep = cannot keep { $path }: { $reason }
io-lock = cannot lock { $path }: { $reason }
io-replace = cannot replace { $path }: { $reason }
io-move-aside = cannot move aside { $path }: { $reason }
io-tidy = cannot tidy { $path }: { $reason }
io-watch = cannot watch { $path }: { $reason }
io-listen = cannot listen on { $path }: { $reason }
io-serve = cannot serve { $path }: { $reason }
output-not-ours = refusing to replace { $path }: it is not empty and was not made by pacesetter (no { $marker } in it); choose another --output or empty it yourself
output-not-a-folder = refusing to write the site to { $path }: it is a file, not a folder; choose another --output
output-inside-content = refusing to write the site to { $path }: it is inside { $content }; choose an --output outside the content folder
output-clash = refusing to replace { $path }: pacesetter did not write it, and this build would; move it out of the output folder or remove the file of that name from content/static/
serve-rebuilt = rebuilt in { $ms } ms: { $written } of { $files } files changed
serve-rebuilt-removed = rebuilt in { $ms } ms: { $written } of { $files } files changed, { $removed } removed
serve-still-serving = { $summary }; still serving the last good site
serve-serving = serving { $output } at { $url } (Ctrl-C to stop)
import-sheet-csv = --sheet is for workbooks (.xlsx, .xls, .ods); this file is CSV

# command line (--help and mistakes in the arguments)
cli-about = Builds the public website of a 比學趕超 campaign from Markdown and YAML records
cli-usage = Usage:
cli-commands = Commands
cli-options = Options
cli-arguments = Arguments
cli-cmd-build = Build the site into the output folder
cli-cmd-check = Check the content and report every error, writing nothing
cli-cmd-serve = Build, serve on 127.0.0.1:1111, rebuild and reload pages on every change
cli-cmd-new = Write a new bulletin, monthly report, correction or visit
cli-cmd-new-bulletin = The next bulletin of the date's year
cli-cmd-new-report = A monthly report listing every indicator of the unit's category
cli-cmd-new-correction = A correction of a published report: appends its `corrections:` entry with `was` filled from published.lock (change the values first)
cli-cmd-new-visit = An exchange visit hosted by a unit
cli-cmd-init = Create a new site, with a small example, in a folder
cli-cmd-help = Print this message or the help of the given command
cli-cmd-import = Import a month's values from a spreadsheet (.xlsx, .xls, .ods or CSV)
cli-arg-help-command = The command to show the help of
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-lang = Language of messages: zh-Hans, zh-Hant or en [default: the site's language]
cli-arg-root = Site folder holding content/ and themes/ [default: .]
cli-arg-theme = Theme name under <root>/themes/, or a theme folder
cli-arg-output = Where to write the site [default: <root>/output]
cli-arg-base_url = Overrides site.yaml's base_url
cli-arg-drafts = Include records marked `draft: true`
cli-arg-bind = Address to listen on; anything but loopback exposes the preview to the network [default: 127.0.0.1]
cli-arg-port = Port to listen on [default: 1111]
cli-arg-unit = The unit's id
cli-arg-month = The month reported
cli-arg-new-correction-month = The month of the corrected report
cli-arg-import-month = The month the values are for
cli-arg-new-bulletin-date = The bulletin's date [default: today]
cli-arg-new-correction-date = The day the correction is made public [default: today]
cli-arg-new-visit-date = The visit's date [default: today]
cli-arg-new-visit-host = The host unit's id
cli-arg-init-dir = Folder for the new site (created if missing)
cli-arg-import-file = A workbook (.xlsx, .xls, .ods) or CSV (UTF-8 or GB18030) with header `unit,<indicator id>,…`
cli-arg-import-sheet = The workbook's sheet to read [default: the first]
cli-lang-values = `{ $value }` is not one of zh-Hans, zh-Hant, en
cli-unknown-argument = unexpected argument `{ $arg }`
cli-unknown-command = unrecognized subcommand `{ $name }`
cli-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-missing-argument = missing required argument: { $arg }
cli-missing-command = a command is needed: build, check, serve, new, init or import
cli-conflict = `{ $arg }` cannot be used with one of the other arguments
cli-unexpected = `{ $arg }` takes no value here
cli-reason-port = a whole number from 1 to 65535 is needed
cli-did-you-mean = did you mean `{ $fix }`?
cli-more = run the command with --help to see how it is used
