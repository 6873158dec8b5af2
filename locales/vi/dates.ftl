## Ngày tháng

weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật
date-with-weekday = { $weekday }, { $date }
# A last day on a day off ends at the end of the next working day (Bộ luật Dân sự 2015, Đ.148 k.5):
# "hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06"
due-shift = hạn { $stated } ({ $why }) → nộp đến hết { $effective }
due-shift-day = { $weekday } { $date }
due-overdue-day-off = quá hạn { $days } ngày ({ $shift })
due-today-day-off = { $shift } (hôm nay)
due-upcoming-day-off = { $shift } (còn { $days } ngày)
