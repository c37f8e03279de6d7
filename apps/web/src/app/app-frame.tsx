import { AppShell, Box, Burger, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../features/meta/use-meta.ts';
import { useSession, type SessionUser } from '../features/session/use-session.ts';
import { setLanguage } from '../lib/i18n.ts';
import { AppFooter } from './app-footer.tsx';
import classes from './app-frame.module.css';
import { DEMO_BANNER_HEIGHT, DemoBanner } from './demo-banner.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { LogoMark } from './logo.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { NavLinkLink } from './router-links.tsx';

const HEADER_BAR_HEIGHT = 60;
const NAVBAR_WIDTH = 240;
export const MAIN_CONTENT_ID = 'main-content';

function UserSummary({ user, align }: { user: SessionUser; align: 'start' | 'end' }) {
  const { t } = useTranslation();
  return (
    <Box className={classes.userBox} ta={align} data-testid="session-user">
      <Text size="sm" fw={600} truncate>
        <VisuallyHidden>{t('session.signedInAs', { name: user.displayName })}</VisuallyHidden>
        <span aria-hidden="true">{user.displayName}</span>
      </Text>
      <Text size="xs" c="dimmed" truncate>
        <VisuallyHidden>{t('session.organisation', { organisation: user.organisationName })}</VisuallyHidden>
        <span aria-hidden="true">{user.organisationName}</span>
      </Text>
    </Box>
  );
}

/** Once the server knows the user's language, it wins over this browser's remembered choice. */
function useSessionLanguage(user: SessionUser | null | undefined): void {
  const language = user?.language ?? null;
  useEffect(() => {
    if (language) {
      void setLanguage(language);
    }
  }, [language]);
}

/** Moves focus to the new page's content after a client-side navigation (not on first load). */
function useFocusMainOnNavigation(pathname: string) {
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current !== pathname) {
      previous.current = pathname;
      mainRef.current?.focus();
    }
  }, [pathname]);
  return mainRef;
}

export function AppFrame() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const meta = useMeta();
  const session = useSession();
  const user = session.data ?? null;
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainRef = useFocusMainOnNavigation(pathname);
  useSessionLanguage(user);

  const demo = meta.data?.demo === true;
  const headerHeight = HEADER_BAR_HEIGHT + (demo ? DEMO_BANNER_HEIGHT : 0);
  const frameVars = {
    '--keten-header-bar-height': `${HEADER_BAR_HEIGHT}px`,
    '--keten-footer-height': '3rem',
  } as CSSProperties;

  return (
    <Box style={frameVars}>
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        {t('a11y.skipToContent')}
      </a>
      <AppShell
        header={{ height: headerHeight }}
        navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          {demo && <DemoBanner />}
          <div className={classes.headerBar}>
            <div className={classes.headerStart}>
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('a11y.closeNavigation') : t('a11y.openNavigation')}
                aria-expanded={navOpened}
                aria-controls="app-navigation"
              />
              <Link to="/" className={classes.logo} aria-label={t('app.logoLabel')}>
                <span className={classes.logoMark}>
                  <LogoMark />
                </span>
                {t('app.name')}
              </Link>
            </div>
            <div className={classes.headerEnd}>
              {user && (
                <Box visibleFrom="sm" miw={0}>
                  <UserSummary user={user} align="end" />
                </Box>
              )}
              <LanguageSwitch />
            </div>
          </div>
        </AppShell.Header>

        <AppShell.Navbar
          id="app-navigation"
          aria-label={t('a11y.mainNavigation')}
          p="sm"
          className={classes.navbar}
          data-collapsed={!navOpened || undefined}
        >
          <ul className={classes.navList}>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLinkLink
                  to={item.to}
                  label={t(item.labelKey)}
                  active={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}
                  onClick={nav.close}
                />
              </li>
            ))}
          </ul>
          {user && (
            <Box hiddenFrom="sm" mt="auto" pt="md">
              <UserSummary user={user} align="start" />
            </Box>
          )}
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
      <AppFooter />
    </Box>
  );
}
