import { App, Button, Layout as AntLayout, Segmented, Space, Spin } from 'antd';
import { Suspense, useRef } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { UnitLink } from '../components/UnitLink';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n, type Lang } from '../i18n';
import { logout } from './auth';
import { useCurrentUser } from './queries';

/** While a page's code arrives (every page is its own chunk): a spinner and "Đang tải…", announced politely. */
function RouteLoading({ label }: { label: string }) {
  return (
    <div role="status" className="route-loading">
      <Spin aria-hidden />
      <span>{label}</span>
    </div>
  );
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const mainRef = useRef<HTMLElement>(null);
  const user = me.data;
  const roles = (user?.roles ?? []).map((r) => t.role[r as keyof typeof t.role] ?? r).join(', ');

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t.app.skipToContent}
      </a>
      <AntLayout.Header className="app-header">
        <Link to="/plans" className="app-brand">
          {t.app.productName}
        </Link>
        <nav aria-label={t.app.mainNav} className="app-nav">
          <ul>
            <li>
              <NavLink to="/plans">{t.app.navPlans}</NavLink>
            </li>
            <li>
              <NavLink to="/tasks">{t.app.navTasks}</NavLink>
            </li>
            <li>
              <NavLink to="/deadlines">{t.deadlines.nav}</NavLink>
            </li>
            <li>
              <NavLink to="/reports">{t.reports.nav}</NavLink>
            </li>
            <li>
              <NavLink to="/organisation">{t.organisation.nav}</NavLink>
            </li>
            <li>
              <NavLink to="/calendar">{t.deadlines.navCalendar}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="app-header-right">
          {user && (
            <section className="app-user" aria-label={t.app.userInfo}>
              <span className="app-user-name">{user.displayName}</span>
              <span className="app-user-meta">
                {user.unit ? <UnitLink unit={user.unit} className="app-user-unit" /> : t.app.noUnit}
                {roles ? ` · ${roles}` : ''}
              </span>
            </section>
          )}
          <Space size="small">
            <NotificationBell />
            <Segmented<Lang>
              size="small"
              aria-label={t.app.language}
              value={lang}
              // English is fetched the first time it is chosen; offline, the language stays as it was
              onChange={(v) => setLang(v).catch(() => void message.error(t.errors.network))}
              options={[
                {
                  label: (
                    <span lang="vi" aria-label="Tiếng Việt">
                      VI
                    </span>
                  ),
                  value: 'vi',
                },
                {
                  label: (
                    <span lang="en" aria-label="English">
                      EN
                    </span>
                  ),
                  value: 'en',
                },
              ]}
            />
            <Button size="small" onClick={() => logout()}>
              {t.app.logout}
            </Button>
          </Space>
        </div>
      </AntLayout.Header>
      <AntLayout.Content>
        <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
          <Suspense fallback={<RouteLoading label={t.app.loading} />}>
            <Outlet />
          </Suspense>
        </main>
      </AntLayout.Content>
      {/* a plain span: antd's Typography would bring its editor (TextArea, Input) and Tooltip into the first load */}
      <span className="visually-hidden" aria-live="polite">
        {me.isLoading ? t.app.loading : ''}
      </span>
    </AntLayout>
  );
}
