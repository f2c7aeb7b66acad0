// Deadlines, the working-day calendar, notifications and the calendar feed (issue 4). Vietnamese.
// deadlines.en.ts has exactly the same keys (checked by the compiler and the dictionaries test).
export const deadlinesVi = {
  nav: 'Hạn xử lý',
  navCalendar: 'Lịch làm việc',
  title: 'Hạn xử lý',
  calendarTitle: 'Lịch làm việc',
  notificationsTitle: 'Thông báo',
};
