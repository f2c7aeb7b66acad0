// Placeholder: the bell in the header (unread count, latest notices) is being built here.
export function NotificationBell() {
  return null;
}
