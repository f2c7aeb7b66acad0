import type { Widen } from './widen';
import type { deadlinesVi } from './deadlines.vi';

export const deadlinesEn: Widen<typeof deadlinesVi> = {
  nav: 'Deadlines',
  navCalendar: 'Working calendar',
  title: 'Deadlines',
  calendarTitle: 'Working calendar',
  notificationsTitle: 'Notifications',
};
