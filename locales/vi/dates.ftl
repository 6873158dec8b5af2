## Ngày tháng

weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật
date-with-weekday = { $weekday }, { $date }
due-day-off = — ngày nghỉ, nộp chậm nhất { $day }
due-day-off-named = — ngày nghỉ ({ $reason }), nộp chậm nhất { $day }
due-overdue-day-off = quá hạn { $days } ngày (hạn { $date } { $note })
due-today-day-off = hạn { $date } { $note } (hôm nay)
due-upcoming-day-off = hạn { $date } { $note } (còn { $days } ngày)
