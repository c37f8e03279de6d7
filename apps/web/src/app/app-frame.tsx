import { Alert, AppShell, Box, Burger, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../features/meta/use-meta.ts';
import { UserMenu } from '../features/session/user-menu.tsx';
import {
  hasAnyCapability,
  useLogout,
  useSession,
  type SessionUser,
} from '../features/session/use-session.ts';
import { useErrorMessage } from '../lib/api-error-message.ts';
import { setLanguage } from '../lib/i18n.ts';
import { AppFooter } from './app-footer.tsx';
import classes from './app-frame.module.css';
import { DEMO_BANNER_HEIGHT, DemoBanner } from './demo-banner.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { LogoMark } from './logo.tsx';
import { ADMIN_NAV_ITEMS, NAV_ITEMS } from './nav-items.ts';
import { ButtonLink, NavLinkLink } from './router-links.tsx';

const HEADER_BAR_HEIGHT = 60;
const NAVBAR_WIDTH = 240;
export const MAIN_CONTENT_ID = 'main-content';

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
  const user = session.data?.user ?? null;
  const logout = useLogout();
  const errorMessage = useErrorMessage();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainItems = NAV_ITEMS.filter((item) => item.anyOf === undefined || hasAnyCapability(user, item.anyOf));
  const adminItems = ADMIN_NAV_ITEMS.filter((item) => hasAnyCapability(user, item.anyOf));
  // The most specific entry is the current one (/signals/new, not also /signals).
  const activeTo = [...mainItems, ...adminItems]
    .map((item) => item.to)
    .filter((to) => pathname === to || (to !== '/' && pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];
  const onLoginPage = pathname.startsWith('/login');
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
          <div className={classes.headerBar} data-crowded={user !== null || (!onLoginPage && !session.isPending) || undefined}>
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
                <span className={classes.logoText}>{t('app.name')}</span>
              </Link>
            </div>
            <div className={classes.headerEnd}>
              <LanguageSwitch />
              {user ? (
                <UserMenu
                  user={user}
                  onLogout={() => logout.mutate()}
                  loggingOut={logout.isPending}
                />
              ) : (
                !onLoginPage &&
                !session.isPending && (
                  <ButtonLink to="/login" size="xs" variant="light" styles={{ label: { whiteSpace: 'nowrap' } }}>
                    {t('session.login')}
                  </ButtonLink>
                )
              )}
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
            {mainItems.map((item) => (
              <li key={item.to}>
                <NavLinkLink
                  to={item.to}
                  label={t(item.labelKey)}
                  active={item.to === activeTo}
                  onClick={nav.close}
                />
              </li>
            ))}
          </ul>
          {adminItems.length > 0 && (
            <div role="group" aria-labelledby="nav-admin-heading" className={classes.navSection}>
              <Text id="nav-admin-heading" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4}>
                {t('nav.administration')}
              </Text>
              <ul className={classes.navList}>
                {adminItems.map((item) => (
                  <li key={item.to}>
                    <NavLinkLink
                      to={item.to}
                      label={t(item.labelKey)}
                      active={item.to === activeTo}
                      onClick={nav.close}
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
          {logout.isError && (
            <Alert color="red" role="alert" mb="md" withCloseButton onClose={() => logout.reset()} closeButtonLabel={t('common.close')}>
              {t('session.logoutFailed')} {errorMessage(logout.error)}
            </Alert>
          )}
          <Outlet />
        </AppShell.Main>
      </AppShell>
      <AppFooter />
    </Box>
  );
}
