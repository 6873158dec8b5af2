## Dates

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-with-weekday = { $weekday } { $date }
# A last day on a day off ends at the end of the next working day (Vietnamese Civil Code 2015, art. 148(5)):
# "due 14/06 (Sunday) → hand in by the end of Monday 15/06"
due-shift = due { $stated } ({ $why }) → hand in by the end of { $effective }
due-shift-day = { $weekday } { $date }
due-overdue-day-off =
    { $days ->
        [one] 1 day overdue ({ $shift })
       *[other] { $days } days overdue ({ $shift })
    }
due-today-day-off = { $shift } (today)
due-upcoming-day-off =
    { $days ->
        [one] { $shift } (1 day left)
       *[other] { $shift } ({ $days } days left)
    }
