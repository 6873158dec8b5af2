## Evidence (photos and files sent with reports)

evidence-a-photo = a photo
evidence-a-file = a file
evidence-download-failed = ⚠️ The assistant could not keep { $name } sent as evidence for { $task }: { $reason }. The report itself is recorded; please send the evidence again (with /baocao sua, or with the next report).
evidence-reason-too-large = the file is larger than { $max } MB, the most the assistant keeps
evidence-reason-gone = the platform's link to the file has expired
evidence-reason-failed = the platform did not hand over the file after many tries
evidence-kept-here = { $count ->
    [one] 1 file the assistant kept, sent again here.
   *[other] { $count } files the assistant kept, sent again here.
}
evidence-not-kept = Not kept: { $names }.
evidence-status-pending = still downloading
evidence-status-failed = could not be downloaded
evidence-status-too-large = larger than the assistant keeps
evidence-status-expired = deleted after the retention period
evidence-more = { $count } older files remain: ask an administrator to export them with the consolidated report (npm run cli -- xuatbaocao).
config-expect-evidence-max-mb = a positive number of MB (at most 1024), e.g. 10
config-expect-evidence-retention-days = a whole number of days from 1 to 36500, e.g. 730 (2 years)
cli-export-evidence-saved = Saved { $count } evidence files in { $dir }
