import { JUDICIAL_DISTRICTS } from '@keten/shared';
import { createRootRoute, createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import { RequestAccountPage } from '../features/account-request/request-account-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { SecondFactorPage } from '../features/auth/second-factor-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { InvitationPage } from '../features/invitation/invitation-page.tsx';
import { ProfilePage } from '../features/profile/profile-page.tsx';
import { RequireSession } from '../features/session/require-session.tsx';
import { AccountRequestsPage } from '../features/admin/account-requests-page.tsx';
import { AdminIndexPage } from '../features/admin/admin-index-page.tsx';
import { AuditPage } from '../features/admin/audit-page.tsx';
import { OrganisationsPage } from '../features/admin/organisations-page.tsx';
import { ServiceAccountsPage } from '../features/admin/service-accounts-page.tsx';
import { UsersPage } from '../features/admin/users-page.tsx';
import { CatalogueAdminPage } from '../features/catalogues/catalogue-admin-page.tsx';
import { PublicReportPage } from '../features/public-report/public-report-page.tsx';
import { MySignalsPage } from '../features/signals/my-signals-page.tsx';
import { SignalDetailPage } from '../features/signals/signal-detail-page.tsx';
import { SignalWizardPage } from '../features/signals/wizard/signal-wizard-page.tsx';
import { TriagePage } from '../features/triage/triage-page.tsx';
import { TriageSignalPage } from '../features/triage/triage-signal-page.tsx';
import { ReferralsPage } from '../features/referrals/referrals-page.tsx';
import { VictimFilePage } from '../features/victim-files/victim-file-page.tsx';
import { VictimFilesPage } from '../features/victim-files/victim-files-page.tsx';
import { TasksPage } from '../features/tasks/tasks-page.tsx';
import { GuardianshipPage } from '../features/partner-requests/guardianship-page.tsx';
import {
  ConfirmationRequestsPage,
  DocumentRequestsPage,
  HandOutsPage,
} from '../features/partner-requests/request-queue-page.tsx';
import {
  TRIAGE_KIND_FILTERS,
  TRIAGE_SORTS,
  TRIAGE_STATUS_FILTERS,
  type TriageFilters,
} from '../features/triage/triage-api.ts';
import { ActionPlanPage } from '../features/action-plan/action-plan-page.tsx';
import { ProjectPage } from '../features/action-plan/project-page.tsx';
import { DirectoryPage } from '../features/directory/directory-page.tsx';
import { GuideIndexPage } from '../features/guide/guide-index-page.tsx';
import { GuideRolePage, validateGuideSearch } from '../features/guide/guide-role-page.tsx';
import { LibraryPage } from '../features/library/library-page.tsx';
import { ContentPagesPage } from '../features/victim-info/content-pages-page.tsx';
import { StatisticsPage } from '../features/statistics/statistics-page.tsx';
import { CtdcPage } from '../features/external-datasets/ctdc-page.tsx';
import { HtcdsPage } from '../features/external-datasets/htcds-page.tsx';
import { OfficialTablesPage } from '../features/statistics/official-tables-page.tsx';
import { VictimIndexPage } from '../features/victim-info/victim-index-page.tsx';
import { VictimPage } from '../features/victim-info/victim-page.tsx';
import { validateVictimSearch } from '../features/victim-info/victim-section.tsx';
import { AppFrame } from './app-frame.tsx';
import { ErrorPage } from './error-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// Code-based route tree: features export their routes and are added to `routeTree` below.

const rootRoute = createRootRoute({
  component: AppFrame,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomePage,
});

// --- public: signing in and getting an account ---------------------------------------------------

const optionalString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  component: LoginPage,
  validateSearch: (search: Record<string, unknown>): { redirect?: string; signedOut?: boolean; error?: string } => ({
    redirect: optionalString(search.redirect),
    signedOut: search.signedOut === true || search.signedOut === 'true' ? true : undefined,
    error: optionalString(search.error),
  }),
});

const secondFactorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login/second-factor',
  component: SecondFactorPage,
  validateSearch: (search: Record<string, unknown>): { pending?: string } => ({
    pending: optionalString(search.pending),
  }),
});

const requestAccountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/request-account',
  component: RequestAccountPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation/$token',
  component: InvitationPage,
});

// --- signed in ------------------------------------------------------------------------------------

const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  component: RequireSession,
});

const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/profile',
  component: ProfilePage,
});

// Each administration page checks its own capability (RequireCapability); the server checks every call.
const adminRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/admin' });
const adminIndexRoute = createRoute({ getParentRoute: () => adminRoute, path: '/', component: AdminIndexPage });
/** A platform administrator names the organisation whose users and requests they handle. */
const organisationSearch = (search: Record<string, unknown>): { organisation?: string } => ({
  organisation: optionalString(search.organisation),
});
const accountRequestsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/account-requests',
  component: AccountRequestsPage,
  validateSearch: organisationSearch,
});
const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  component: UsersPage,
  validateSearch: organisationSearch,
});
const organisationsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/organisations',
  component: OrganisationsPage,
});
const serviceAccountsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/service-accounts',
  component: ServiceAccountsPage,
});
const auditRoute = createRoute({ getParentRoute: () => adminRoute, path: '/audit', component: AuditPage });

// --- signals: the wizard, my signals, triage, the public report form, indicator lists -------------

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fallback;
const oneOfOrUndefined = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Public, no login: anyone can report a situation (with a proof-of-work instead of a captcha). */
const publicReportRoute = createRoute({ getParentRoute: () => rootRoute, path: '/report', component: PublicReportPage });
const mySignalsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/signals', component: MySignalsPage });
const newSignalRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/signals/new',
  component: SignalWizardPage,
  /** `draft`: the id of a saved draft to resume (also the id the signal will have). */
  validateSearch: (search: Record<string, unknown>): { draft?: string } => ({
    draft: typeof search.draft === 'string' && /^[0-9a-f-]{36}$/i.test(search.draft) ? search.draft : undefined,
  }),
});
const signalRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/signals/$signalId', component: SignalDetailPage });
const triageRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/triage',
  component: TriagePage,
  validateSearch: (search: Record<string, unknown>): Partial<TriageFilters> => ({
    status: oneOf(TRIAGE_STATUS_FILTERS, search.status, 'open'),
    sort: oneOf(TRIAGE_SORTS, search.sort, 'urgent'),
    kind: oneOfOrUndefined(TRIAGE_KIND_FILTERS, search.kind),
    district: oneOfOrUndefined(JUDICIAL_DISTRICTS, search.district),
  }),
});
const triageSignalRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/triage/$signalId', component: TriageSignalPage });
// The protection procedure's partners, each in its own screen, and everyone's deadlines.
const tasksRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/tasks', component: TasksPage });
const documentRequestsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/procedure/documents', component: DocumentRequestsPage });
const confirmationRequestsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/procedure/confirmations', component: ConfirmationRequestsPage });
const handOutsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/procedure/hand-outs', component: HandOutsPage });
const guardianshipRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/procedure/guardians', component: GuardianshipPage });
// --- referral and the victim file ------------------------------------------------------------------
const referralsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/referrals', component: ReferralsPage });
const victimFilesRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/victim-files', component: VictimFilesPage });
const victimFileRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/victim-files/$fileId', component: VictimFilePage });
const cataloguesAdminRoute = createRoute({ getParentRoute: () => adminRoute, path: '/catalogues', component: CatalogueAdminPage });

// --- knowledge: referral guide, information for victims, directory, library, action plan ---------

/** Public, no login: the referral guide ("I am …") and its leaflets. */
const guideRoute = createRoute({ getParentRoute: () => rootRoute, path: '/guide', component: GuideIndexPage });
const guideRoleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/guide/$role',
  validateSearch: validateGuideSearch,
  component: function GuideRoleRouteComponent() {
    const { role } = guideRoleRoute.useParams();
    const { minor } = guideRoleRoute.useSearch();
    return <GuideRolePage role={role} minor={minor === true} />;
  },
});
/** Public, no login: pages for the person concerned (quick exit; navigation inside replaces history). */
const victimIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/help',
  validateSearch: validateVictimSearch,
  component: function VictimIndexRouteComponent() {
    return <VictimIndexPage search={victimIndexRoute.useSearch()} />;
  },
});
const victimPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/help/$slug',
  validateSearch: validateVictimSearch,
  component: function VictimPageRouteComponent() {
    return <VictimPage slug={victimPageRoute.useParams().slug} search={victimPageRoute.useSearch()} />;
  },
});
/** Public: the directory (professionals see more when signed in) and the library (cut by classification). */
const directoryRoute = createRoute({ getParentRoute: () => rootRoute, path: '/directory', component: DirectoryPage });
const libraryRoute = createRoute({ getParentRoute: () => rootRoute, path: '/library', component: LibraryPage });
const actionPlanRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/action-plan', component: ActionPlanPage });
const actionPlanProjectRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/action-plan/$projectId',
  component: function ProjectRouteComponent() {
    return <ProjectPage projectId={actionPlanProjectRoute.useParams().projectId} />;
  },
});
const contentPagesRoute = createRoute({ getParentRoute: () => adminRoute, path: '/content-pages', component: ContentPagesPage });

// --- statistics: dashboard (own or national figures by capability), external datasets (CTDC) -----
const statisticsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/statistics', component: StatisticsPage });
const statisticsExternalRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/statistics/external', component: CtdcPage });
const statisticsOfficialRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/statistics/official', component: OfficialTablesPage });
const statisticsHtcdsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/statistics/htcds', component: HtcdsPage });

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  secondFactorRoute,
  requestAccountRoute,
  invitationRoute,
  publicReportRoute,
  guideRoute,
  guideRoleRoute,
  victimIndexRoute,
  victimPageRoute,
  directoryRoute,
  libraryRoute,
  signedInRoute.addChildren([
    actionPlanRoute,
    actionPlanProjectRoute,
    profileRoute,
    mySignalsRoute,
    newSignalRoute,
    signalRoute,
    triageRoute,
    triageSignalRoute,
    referralsRoute,
    victimFilesRoute,
    victimFileRoute,
    tasksRoute,
    documentRequestsRoute,
    confirmationRequestsRoute,
    handOutsRoute,
    guardianshipRoute,
    statisticsRoute,
    statisticsExternalRoute,
    statisticsOfficialRoute,
    statisticsHtcdsRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      accountRequestsRoute,
      usersRoute,
      organisationsRoute,
      serviceAccountsRoute,
      auditRoute,
      cataloguesAdminRoute,
      contentPagesRoute,
    ]),
  ]),
]);

export function createAppRouter(options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    ...(options.history ? { history: options.history } : {}),
    defaultErrorComponent: ErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
