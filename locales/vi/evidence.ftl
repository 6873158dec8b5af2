## Minh chứng (ảnh và tệp gửi kèm báo cáo)

evidence-a-photo = ảnh
evidence-a-file = tệp
evidence-download-failed = ⚠️ Trợ lý không lưu được { $name } gửi làm minh chứng cho { $task }: { $reason }. Báo cáo vẫn được ghi nhận; vui lòng gửi lại minh chứng (gửi kèm /baocao sua, hoặc trong báo cáo kỳ sau).
evidence-reason-too-large = tệp lớn hơn { $max } MB, mức trợ lý lưu giữ
evidence-reason-gone = đường dẫn của tệp đã hết hạn trên nền tảng
evidence-reason-failed = nền tảng không trả tệp sau nhiều lần thử
evidence-kept-here = { $count ->
    [one] 1 tệp trợ lý đã lưu, gửi lại ở đây.
   *[other] { $count } tệp trợ lý đã lưu, gửi lại ở đây.
}
evidence-not-kept = Chưa lưu được: { $names }.
evidence-status-pending = đang tải về
evidence-status-failed = không tải được
evidence-status-too-large = lớn hơn mức trợ lý lưu giữ
evidence-status-expired = đã xoá sau thời hạn lưu trữ
evidence-more = Còn { $count } tệp cũ hơn: nhờ quản trị viên xuất cùng báo cáo tổng hợp (npm run cli -- xuatbaocao).
config-expect-evidence-max-mb = cần số MB dương (tối đa 1024), ví dụ 10
config-expect-evidence-retention-days = cần số ngày nguyên từ 1 đến 36500, ví dụ 730 (2 năm)
cli-export-evidence-saved = Đã lưu { $count } tệp minh chứng vào { $dir }
