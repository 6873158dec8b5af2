## Dates

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-with-weekday = { $weekday } { $date }
due-day-off = — a day off, hand in by { $day }
due-day-off-named = — a day off ({ $reason }), hand in by { $day }
due-overdue-day-off =
    { $days ->
        [one] 1 day overdue (due { $date } { $note })
       *[other] { $days } days overdue (due { $date } { $note })
    }
due-today-day-off = due { $date } { $note } (today)
due-upcoming-day-off =
    { $days ->
        [one] due { $date } { $note } (1 day left)
       *[other] due { $date } { $note } ({ $days } days left)
    }
