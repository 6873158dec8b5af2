## /dangky

register-ask-code = Nhóm này thuộc đơn vị nào? Trả lời bằng mã hoặc tên đơn vị, ví dụ: BVDK hoặc TYT Sìn Hồ (nhóm lãnh đạo Sở: trả lời lanhdao).
register-bound-now = Nhóm này đang gắn với { $unit }. Trả lời đơn vị khác để đổi, hoặc gõ /huy để giữ nguyên.
register-more-units = … và { $count } đơn vị nữa: gõ tên đơn vị để tìm, ví dụ “trạm y tế Bản Bo”.
register-done = Đã gắn nhóm này với { $unit }.
register-replaced = (Trước đây nhóm gắn với { $previous }.)
register-next = Từ nay nhóm nhận nhắc hạn và bản tin tuần của đơn vị. Quản trị viên giao vai trò đầu mối bằng /phanquyen.
register-unchanged = Nhóm này đã gắn với { $unit } từ trước, không có gì thay đổi.
register-confirm = Nhóm này đang gắn với { $from }. Chuyển nhóm này sang { $to }?
register-confirm-yes = Có
register-confirm-no = Không
register-kept = Không thay đổi: nhóm vẫn gắn với { $from }.
register-leaders-name = nhóm lãnh đạo của { $unit }
register-leaders-done = Đã đặt nhóm này làm nhóm lãnh đạo của { $unit }. Từ nay nhóm nhận thông báo nhiệm vụ quá hạn và phản ánh quá hạn của các đơn vị, và bản tin lãnh đạo hằng tuần kèm biểu đồ.
register-leaders-unchanged = Nhóm này đã là nhóm lãnh đạo Sở từ trước, không có gì thay đổi.
register-no-department = Danh sách đơn vị chưa có đơn vị cấp Sở (đơn vị không có cấp trên). Hãy nhập danh sách đơn vị trước, rồi gõ lại /dangky lanhdao.
unit-not-found = Không tìm thấy đơn vị có mã { $code }. Gõ /dangky (không kèm mã) để xem danh sách mã đơn vị.
unit-not-found-suggest = Không tìm thấy đơn vị có mã { $code }. Có phải bạn muốn: { $suggestions }?
unit-ambiguous = Có { $count } đơn vị khớp với “{ $typed }”:
    { $units }
    Hãy gõ lại, ghi mã đơn vị thay cho tên, ví dụ: { $example }.
unit-ambiguous-choose = Có { $count } đơn vị khớp với “{ $typed }”{ $range }. Bạn chọn đơn vị nào?

## /phanquyen

role-ask = Giao vai trò nào cho { $name }?
role-ask-again = Tôi chưa rõ vai trò bạn chọn. Vui lòng chọn một trong các vai trò sau:
role-unknown = Tôi không hiểu vai trò “{ $typed }”. Các vai trò: đầu mối, phó đầu mối, lãnh đạo đơn vị, lãnh đạo Sở, xử lý phản ánh, nhân viên, quản trị.
role-target-missing = Giao vai trò cho ai? Hãy ghi @tên người đó, hoặc trả lời (reply) một tin nhắn của họ bằng lệnh /phanquyen.
member-unknown-username = Tôi chưa biết @{ $username } là ai vì người này chưa nhắn tin với trợ lý. Nhờ họ gửi /start, hoặc trả lời (reply) một tin nhắn của họ bằng /phanquyen.
role-unit-required = Vai trò này gắn với một đơn vị. Hãy dùng lệnh trong nhóm của đơn vị, hoặc thêm mã đơn vị ở cuối, ví dụ: /phanquyen đầu mối @lan BVDK.
role-last-admin = Không thể bỏ vai trò của quản trị viên cuối cùng. Hãy giao quyền quản trị cho người khác trước.
role-granted = Đã giao vai trò { $role } cho { $name }.
role-already = { $name } đã có vai trò { $role } từ trước, không có gì thay đổi.
role-revoked = { $name } không còn là { $role }.
role-not-held = { $name } không có vai trò { $role }, không có gì thay đổi.

## /nghiphep

cmd-nghiphep-description = Báo nghỉ phép: trong thời gian nghỉ, nhắc hạn chuyển cho đầu mối dự phòng
cmd-nghiphep-usage = /nghiphep đến <ngày/tháng>, ví dụ: /nghiphep đến 30/11; kết thúc sớm: /nghiphep huy; quản trị viên đặt cho người khác: /nghiphep đến 30/11 @tên
leave-usage = Hãy ghi ngày đi làm lại, ví dụ: /nghiphep đến 30/11, hoặc /nghiphep huy để kết thúc nghỉ phép.
leave-ask-until = Bạn nghỉ đến hết ngày nào? Ví dụ: 30/11, thứ Sáu, từ mai đến hết 18/12. Trong thời gian nghỉ, nhắc hạn gửi cho đầu mối dự phòng.
leave-ask-until-again = Tôi chưa hiểu ngày nghỉ. Hãy ghi ngày nghỉ đến, ví dụ: 30/11, thứ Sáu, từ mai đến hết 18/12 (hoặc gõ /huy để thôi).
leave-days-ask = Nghỉ { $days } ngày làm việc từ hôm nay là đến hết { $day }. Chọn để ghi, hoặc gõ ngày nghỉ đến (ví dụ: 30/11, thứ Sáu).
leave-days-choice = Đến hết { $day }
leave-set = Đã ghi nhận { $name } nghỉ phép đến hết ngày { $until }. Trong thời gian này, nhắc hạn gửi cho đầu mối dự phòng.
leave-set-not-focal = Đã ghi nhận { $name } nghỉ phép đến hết ngày { $until }. Nhắc hạn của đơn vị vẫn gửi cho cán bộ đầu mối như thường.
leave-ended = Đã kết thúc nghỉ phép của { $name }; nhắc hạn gửi lại như thường.
leave-none = { $name } không có nghỉ phép nào đang ghi nhận; nhắc hạn vẫn gửi như thường.
leave-bad-date = Tôi không hiểu ngày “{ $text }”. Hãy ghi dạng ngày/tháng hoặc ngày/tháng/năm, ví dụ 30/11 hoặc 30/11/2026.
leave-past = Ngày kết thúc nghỉ phép đã qua. Hãy ghi một ngày từ hôm nay trở đi.
leave-starts-later = Nghỉ phép từ { $from } chưa bắt đầu: ghi bây giờ thì trợ lý tính là nghỉ từ hôm nay (nhắc hạn của cán bộ đầu mối chuyển ngay cho đầu mối dự phòng). Hãy gõ vào ngày bắt đầu nghỉ: /nghiphep đến { $until }.
leave-forbidden = Chỉ quản trị viên mới đặt nghỉ phép cho người khác; bạn có thể đặt cho chính mình: /nghiphep đến 30/11.

## Ai giữ vai trò gì (/phanquyen ds, /donvi)

choice-yes = Có
choice-no = Không
role-confirm-grant-admin = Giao quyền quản trị viên cho { $name }? Quản trị viên gắn nhóm, giao và bỏ vai trò của mọi người trong toàn Sở.
role-confirm-revoke-admin = Bỏ quyền quản trị viên của { $name }?
role-confirm-grant-department-leader = Giao vai trò lãnh đạo Sở cho { $name }? Lãnh đạo Sở xem được nhiệm vụ, báo cáo và phản ánh của mọi đơn vị.
role-confirm-revoke-department-leader = Bỏ vai trò lãnh đạo Sở của { $name }?
role-confirm-last-focal-point = { $name } là cán bộ đầu mối duy nhất của { $unit }. Bỏ vai trò này thì nhắc hạn của đơn vị không còn gửi cho ai. Vẫn bỏ?
role-confirm-again = Vui lòng trả lời Có hoặc Không.
role-confirm-cancelled = Đã hủy, không thay đổi vai trò nào.
roster-forbidden = Bạn chỉ xem được danh sách vai trò của đơn vị mình lãnh đạo và các đơn vị trực thuộc.
roster-forbidden-unit = Bạn chỉ xem được danh sách vai trò của đơn vị mình lãnh đạo và các đơn vị trực thuộc; { $unit } không thuộc phạm vi đó.
roster-whole-department = toàn Sở
roster-your-units = các đơn vị bạn phụ trách
roster-header = Vai trò theo đơn vị — { $scope } ({ $count } đơn vị):
roster-department-wide = Toàn Sở — { $people }
roster-group = nhóm “{ $title }” ({ $platform })
roster-no-group = ⚠ chưa gắn nhóm
roster-no-focal-point = ⚠ chưa có cán bộ đầu mối
roster-not-reachable = { $name } (chưa nhắn riêng với trợ lý)
roster-more = … còn { $count } đơn vị nữa: gõ /phanquyen ds <mã hoặc tên đơn vị> để xem từng nhánh.
roster-gaps = Đơn vị chưa có đầu mối: { $noFocal }; chưa gắn nhóm: { $noGroup }.
cmd-donvi-description = Xem một đơn vị: nhóm, đầu mối, lãnh đạo, hòm thư, nhiệm vụ đang mở
cmd-donvi-usage = /donvi [mã hoặc tên đơn vị], ví dụ: /donvi TYT Sìn Hồ
unit-card-header = { $unit } ({ $code })
unit-card-forbidden = Bạn không có vai trò ở { $unit } nên không xem được thông tin của đơn vị này (đầu mối, lãnh đạo, nhóm chat). Lãnh đạo Sở và quản trị viên xem được mọi đơn vị.
unit-card-parent = Trực thuộc: { $parent }
unit-card-groups = Nhóm: { $groups }
unit-card-nobody = Chưa ai được giao vai trò trong đơn vị.
unit-card-leave = { $name } nghỉ phép đến hết { $until }; nhắc hạn chuyển cho đầu mối dự phòng.
unit-card-box = Hòm thư góp ý: mở { $days } ngày một lần, lần gần nhất { $last }.
unit-card-box-unopened = Hòm thư góp ý: mở { $days } ngày một lần, chưa ghi lần mở nào.
unit-card-no-box = Hòm thư góp ý: chưa đặt lịch mở (/homthu lich).
unit-card-tasks = Nhiệm vụ đang mở: { $count } (xem: /nhiemvu { $code }).
unit-card-unit-required = Bạn chưa có vai trò ở đơn vị nào. Hãy ghi mã đơn vị, ví dụ: /donvi BVDK.
permission-denied-roster = Danh sách vai trò (lệnh { $command } ds) dành cho { $roles }.
