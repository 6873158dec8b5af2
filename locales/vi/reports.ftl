## /baocao

cmd-baocao-description = Báo cáo tiến độ một nhiệm vụ (cán bộ đầu mối)
cmd-baocao-usage =
    /baocao — trợ lý hỏi từng bước; hoặc một dòng: /baocao <mã nhiệm vụ> <phần trăm hoặc tình trạng> <nội dung>
    Ví dụ: /baocao NV12 80% đã tập huấn 120 người; /baocao NV7 hoàn thành đã gửi công văn số 15
    Tình trạng: phần trăm (60%, 60 phần trăm), chưa bắt đầu, đang thực hiện, hoàn thành (xong), vướng (gặp khó khăn)
    Rút lại báo cáo vừa gửi: /baocao rut — sửa: /baocao sua, hoặc ngay một dòng: /baocao sua 90% nội dung mới
    Mở lại nhiệm vụ đã hoàn thành nhầm: /baocao molai <mã nhiệm vụ> <lý do>
permission-denied-reporter = Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh { $command }. Nếu bạn phụ trách việc này, hãy nhờ quản trị viên dùng /phanquyen.
report-status-not-started = Chưa bắt đầu
report-status-in-progress = Đang thực hiện
report-status-done = Hoàn thành
report-status-blocked = Gặp khó khăn
report-ask-task = Báo cáo nhiệm vụ nào?
report-ask-task-again = Tôi chưa rõ nhiệm vụ bạn chọn. Vui lòng chọn một nhiệm vụ trong danh sách:
report-ask-task-not-open = { $code } không có trong các nhiệm vụ đang mở của đơn vị này. Vui lòng chọn một nhiệm vụ trong danh sách:
report-ask-task-more = Báo cáo nhiệm vụ nào? Dưới đây là { $shown } nhiệm vụ gần hạn nhất; còn { $count } nhiệm vụ khác: gõ /baocao <mã nhiệm vụ> (xem mã bằng /nhiemvu).
report-ask-status = [{ $code }] { $title }: tình trạng thế nào? Có thể gõ số phần trăm, ví dụ 60%.
report-ask-status-again = Vui lòng chọn tình trạng, hoặc gõ số phần trăm (ví dụ 60%):
report-answer-names-other-task = Câu hỏi đang chờ là của báo cáo { $asked }; tin nhắn này nói về { $named } nên chưa ghi vào { $asked }. Để báo cáo { $named }, gõ /baocao { $named } … ({ $asked } tạm dừng, gõ /tieptuc để quay lại). Nếu đây là câu trả lời cho { $asked }, gõ lại không kèm mã { $named }.
report-ask-percent = Đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.
report-text-kept-ask-percent = Đã ghi nội dung báo cáo. Còn tỷ lệ: đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.
report-text-kept-ask-status = Đã ghi nội dung báo cáo. Còn tình trạng: nhiệm vụ đã hoàn thành, hay đang thực hiện? Chọn một, hoặc gõ số phần trăm (ví dụ 60%):
report-ask-text = Nội dung báo cáo: đã làm gì, kết quả ra sao (gõ ngắn gọn trong một tin nhắn).
report-ask-text-again = Tôi cần nội dung báo cáo bằng chữ. Vui lòng gõ vài dòng về kết quả thực hiện.
report-evidence-kept-ask-text = Đã nhận { $files } tệp minh chứng. Giờ hãy gõ nội dung báo cáo: đã làm gì, kết quả ra sao.
report-ask-evidence = Gửi ảnh hoặc tệp minh chứng (nếu có), hoặc gõ “bỏ qua”.
report-skip-evidence = Bỏ qua
report-confirm-send = Gửi báo cáo
report-confirm-cancel = Hủy
report-summary =
    Kiểm tra lại trước khi gửi:
    • Nhiệm vụ: [{ $code }] { $title }
    • Tình trạng: { $status } ({ $percent }%)
    • Nội dung: { $text }
    • Minh chứng: { $files ->
        [0] không có
       *[other] { $files } tệp
    }
report-cancelled = Đã hủy, chưa gửi báo cáo nào.
report-on-time = , hoàn thành đúng hạn
report-late = , hoàn thành trễ { $days } ngày
report-due-clause = {" "}(hạn { $date })
report-due-clause-shifted = {" "}({ $shift })
report-withdraw-confirm = Rút lại báo cáo gần nhất của bạn: [{ $code }] { $title }, gửi lúc { $at }, { $status } ({ $percent }%)? Trả lời Có hoặc Không.
report-withdraw-yes = Có, rút lại
report-withdraw-no = Không
report-withdraw-kept = Đã giữ nguyên, chưa rút báo cáo nào.
report-withdraw-unclear = Trả lời “có” (hoặc 1) để rút lại báo cáo đó, hoặc “không” (hoặc 2) để giữ nguyên.
report-withdraw-stale = Báo cáo đó đã được rút lại hoặc đã có báo cáo mới hơn, nên chưa rút gì. Gõ /baocao rut để xem báo cáo gần nhất.
report-withdraw-after-refusal = Tin nhắn trước của bạn chưa được lưu (trợ lý đã từ chối nó), nên không có gì để rút. Báo cáo gần nhất đã lưu của bạn là [{ $code }] { $title }, gửi lúc { $at }, { $status } ({ $percent }%); nếu muốn rút báo cáo đó, gõ /baocao rut { $code }.
report-withdraw-after-refusal-none = Tin nhắn trước của bạn chưa được lưu (trợ lý đã từ chối nó), nên không có gì để rút. Gõ /baocao để gửi lại báo cáo.
report-withdraw-someone-else = Báo cáo gần nhất về { $code } do người khác gửi: chỉ người gửi mới rút lại được, nên chưa rút gì. Nếu báo cáo đó sai, hãy nhờ người gửi rút lại, hoặc gửi báo cáo mới để cập nhật.
report-reopen-usage = Cách mở lại một nhiệm vụ đã hoàn thành: /baocao molai <mã nhiệm vụ> <lý do>, ví dụ: /baocao molai NV7 báo cáo nhầm, chưa ban hành.
report-reopen-reason = Cần ghi lý do mở lại, ví dụ: /baocao molai { $code } báo cáo nhầm, chưa ban hành. Chưa mở lại gì.
report-reopen-reason-long = Lý do dài quá; vui lòng ghi dưới { $max } ký tự. Chưa mở lại gì.
report-reopen-unknown = Đơn vị này không có nhiệm vụ { $code }. Gõ /nhiemvu để xem mã nhiệm vụ.
report-reopen-not-closed = Nhiệm vụ { $code } của đơn vị đang mở (chưa hoàn thành), không cần mở lại. Gõ /nhiemvu để xem.
report-reopen-window = Người báo cáo chỉ mở lại được trong { $days } ngày sau khi hoàn thành; { $code } đã quá thời hạn đó. Hãy nhờ lãnh đạo đơn vị hoặc lãnh đạo Sở mở lại. Chưa mở lại gì.
report-reopen-forbidden = Chỉ người đã báo cáo hoàn thành { $code } (trong { $days } ngày), lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên mới mở lại được. Chưa mở lại gì.
report-reopen-which-unit = Bạn phụ trách nhiều đơn vị (hoặc chưa đơn vị nào): hãy gõ lệnh mở lại trong nhóm chat của đơn vị đó.
report-reopened = Đã mở lại [{ $code }] { $title } của { $unit }{ $due }, lý do: { $reason }. Nhiệm vụ trở lại danh sách /nhiemvu.
report-reopened-group = ↩️ { $name } đã mở lại [{ $code }] { $title }{ $due }, lý do: { $reason }.
permission-denied-reopen = Lệnh mở lại nhiệm vụ ({ $command } molai) dành cho { $roles } của đơn vị.
report-saved =
    Đã ghi nhận báo cáo của { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
       *[other] {" "}Kèm { $files } tệp minh chứng.
    }
report-percent-lower = Lưu ý: báo cáo trước của nhiệm vụ này là { $previous }%, nay { $percent }%. Nếu gõ nhầm, gõ /baocao sua trong { $minutes } phút để sửa.
report-sent-in-private = { $name } gửi báo cáo qua tin nhắn riêng với trợ lý:
report-withdrawn = Đã rút lại báo cáo về [{ $code }] { $title }.
report-which-unit = Bạn là đầu mối của nhiều đơn vị (hoặc chưa của đơn vị nào): hãy báo cáo trong nhóm chat của đơn vị đó.
report-nothing-open = { $unit } không có nhiệm vụ nào đang mở để báo cáo.
report-task-missing = Hãy ghi mã nhiệm vụ trước, ví dụ: /baocao NV12 80% nội dung. Xem mã bằng /nhiemvu.
report-unknown-task = Không tìm thấy nhiệm vụ “{ $code }” đang mở của đơn vị này. Gõ /nhiemvu để xem mã nhiệm vụ, hoặc /baocao để chọn từ danh sách.
report-percent-range = Phần trăm phải từ 0 đến 100 (bạn gõ { $percent }).
report-empty = Báo cáo cần có nội dung: hãy ghi ngắn gọn đã làm gì, kết quả ra sao.
report-too-long = Nội dung báo cáo dài quá; vui lòng gửi dưới { $max } ký tự.
report-done-not-full = Báo cáo “Hoàn thành” phải là 100%. Nếu chưa xong, hãy chọn “Đang thực hiện”.
report-forbidden-unit = Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của { $unit } mới báo cáo được cho đơn vị này.
report-closed = Nhiệm vụ “{ $title }” đã hoàn thành. Nếu cần sửa báo cáo vừa gửi, gõ /baocao sua.
report-nothing-to-withdraw = Bạn chưa có báo cáo nào để rút lại hoặc sửa.
report-window-closed = Chỉ rút lại hoặc sửa được báo cáo trong { $minutes } phút sau khi gửi. Hãy gửi báo cáo mới để cập nhật.
report-percent-whole = Phần trăm phải là số nguyên từ 0 đến 100, ví dụ 60% (bạn gõ “{ $written }”).
report-ongoing-ask = [{ $code }] { $title } là nhiệm vụ thường xuyên. Nhiệm vụ này đã kết thúc hẳn chưa? Chọn 1 để ghi “đã thực hiện trong kỳ” (nhiệm vụ vẫn mở, mặc định), hoặc 2 (“kết thúc”) nếu không còn phải làm nữa.
report-ongoing-choice-period = Đã thực hiện trong kỳ
report-ongoing-choice-end = Kết thúc hẳn
report-ongoing-check-in = Đã thực hiện trong kỳ: { $text }
report-withdraw-other-task = Báo cáo gần nhất của bạn là về [{ $code }] { $title }, không phải { $asked }: chưa rút báo cáo nào. Chỉ rút được báo cáo gần nhất của chính bạn; muốn rút báo cáo đó, gõ /baocao rut { $code }.
report-confirm-unclear = Gõ “gửi” (hoặc 1) để gửi báo cáo, hoặc “hủy” (hoặc 2) để thôi.
report-correct-intro = Sửa báo cáo vừa gửi ({ $status }, { $percent }%: { $text }). Báo cáo cũ giữ nguyên cho đến khi bạn gửi bản sửa.
report-correct-replaces = Bản này sẽ thay báo cáo vừa gửi.
report-correction-cancelled = Đã hủy sửa; báo cáo vừa gửi vẫn giữ nguyên.
report-correction-stale = Báo cáo cần sửa đã được rút lại hoặc đã có báo cáo mới hơn, nên chưa sửa gì. Gõ /baocao sua để sửa báo cáo mới nhất.
report-correct-other-task = /baocao sua chỉ sửa báo cáo vừa gửi, về [{ $code }] { $title }. Để báo cáo nhiệm vụ khác, gõ /baocao <mã nhiệm vụ> … như thường.
report-corrected =
    Đã sửa báo cáo của { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
       *[other] {" "}Kèm { $files } tệp minh chứng.
    }

## /minhchung

cmd-minhchung-description = Xem ảnh, tệp minh chứng đã gửi kèm báo cáo của một nhiệm vụ
cmd-minhchung-usage = /minhchung <mã nhiệm vụ> [mã đơn vị], ví dụ: /minhchung NV12 BVDK
evidence-unit-required = Hãy ghi mã đơn vị, ví dụ: /minhchung NV12 BVDK.
evidence-none = [{ $code }] { $title } của { $unit } chưa có minh chứng nào.
evidence-header = Minh chứng của { $unit } cho [{ $code }] { $title }: { $count } tệp.
evidence-elsewhere = ({ $count } tệp được gửi trên nền tảng chat khác nên không chuyển sang đây được.)
cmd-giaitrinh-description = Giải trình lý do nhiệm vụ quá hạn khi lãnh đạo yêu cầu (lãnh đạo, đầu mối đơn vị)
cmd-giaitrinh-usage =
    /giaitrinh <mã nhiệm vụ> <lý do quá hạn>, trong nhóm của đơn vị hoặc nhắn riêng với trợ lý
    Ví dụ: /giaitrinh NV7 Đang chờ số liệu của các khoa, sẽ nộp trước 30/11
permission-denied-explain = Lệnh { $command } dành cho { $roles } của { $unit }.
explain-reason-missing = Anh/chị cho biết lý do quá hạn nhé: /giaitrinh { $code } <lý do>. Chưa có gì được ghi.
explain-too-long = Lời giải trình dài quá { $max } ký tự; anh/chị rút gọn rồi gửi lại nhé. Chưa có gì được ghi.
explain-unknown-task = Đơn vị không có nhiệm vụ { $code }. Anh/chị xem lại mã nhiệm vụ trong tin yêu cầu giải trình, hoặc gõ /nhiemvu để xem danh sách.
explain-no-request = Nhiệm vụ { $code } hiện không có yêu cầu giải trình nào đang chờ trả lời, nên chưa cần giải trình. Để báo tiến độ, anh/chị dùng /baocao { $code }.
explain-which-unit = Anh/chị phụ trách nhiều đơn vị cùng được yêu cầu giải trình { $code }; hãy trả lời trong nhóm chat của đơn vị cần giải trình.
explain-forbidden = Chỉ lãnh đạo, cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới giải trình được bằng lệnh /giaitrinh.
explain-saved = Đã ghi nhận giải trình của { $unit } về [{ $code }] { $title } — lãnh đạo sẽ xem được trên trang tổng hợp. Cảm ơn anh/chị.
