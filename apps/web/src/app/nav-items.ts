import type { Capability } from '@keten/shared';
import type { TranslationKeys } from '@keten/shared/i18n/index';

/** The main navigation. A feature adds its route in router.tsx and its entry (and path) here. */
export type NavPath =
  | '/'
  | '/admin/account-requests'
  | '/admin/users'
  | '/admin/organisations'
  | '/admin/service-accounts'
  | '/admin/audit'
  | '/signals/new'
  | '/signals'
  | '/triage'
  | '/referrals'
  | '/victim-files'
  | '/tasks'
  | '/procedure/documents'
  | '/procedure/confirmations'
  | '/procedure/hand-outs'
  | '/procedure/guardians'
  | '/admin/catalogues'
  | '/guide'
  | '/help'
  | '/directory'
  | '/library'
  | '/action-plan'
  | '/statistics'
  | '/statistics/external'
  | '/statistics/official'
  | '/statistics/htcds'
  | '/admin/content-pages';

export interface NavItem {
  to: NavPath;
  labelKey: TranslationKeys;
  /** Shown only to a signed-in user holding one of these (the server checks again on every call). */
  anyOf?: readonly Capability[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/signals/new', labelKey: 'signals.nav.newSignal', anyOf: ['signal.create'] },
  { to: '/signals', labelKey: 'signals.nav.mySignals', anyOf: ['signal.create'] },
  { to: '/triage', labelKey: 'signals.nav.triage', anyOf: ['signal.triage'] },
  { to: '/referrals', labelKey: 'cases.nav.referrals', anyOf: ['referral.send', 'referral.respond'] },
  { to: '/victim-files', labelKey: 'cases.nav.victimFiles', anyOf: ['record.read'] },
  { to: '/tasks', labelKey: 'procedureUi.nav.tasks', anyOf: ['record.read'] },
  { to: '/procedure/documents', labelKey: 'procedureUi.nav.documentRequests', anyOf: ['procedure.issue_document'] },
  { to: '/procedure/confirmations', labelKey: 'procedureUi.nav.confirmations', anyOf: ['procedure.confirm_victim'] },
  { to: '/procedure/hand-outs', labelKey: 'procedureUi.nav.handOuts', anyOf: ['procedure.hand_out_document'] },
  { to: '/procedure/guardians', labelKey: 'procedureUi.nav.guardianship', anyOf: ['procedure.record_guardian'] },
  { to: '/guide', labelKey: 'guide.nav' },
  { to: '/help', labelKey: 'victimInfo.nav' },
  { to: '/directory', labelKey: 'directory.nav' },
  { to: '/library', labelKey: 'library.nav' },
  { to: '/statistics', labelKey: 'statisticsUi.nav.dashboard', anyOf: ['statistics.internal', 'statistics.outward'] },
  { to: '/statistics/official', labelKey: 'statisticsUi.official.nav', anyOf: ['statistics.internal', 'statistics.outward'] },
  { to: '/statistics/external', labelKey: 'statisticsUi.nav.external', anyOf: ['statistics.outward'] },
  { to: '/statistics/htcds', labelKey: 'statisticsUi.htcds.nav', anyOf: ['record.write'] },
  // Every role holds profile.manage: this is "any signed-in person" (the server checks the session).
  { to: '/action-plan', labelKey: 'actionPlan.nav', anyOf: ['profile.manage'] },
];

/** The administration section, each entry shown only with its capability. */
export const ADMIN_NAV_ITEMS: readonly (NavItem & { anyOf: readonly Capability[] })[] = [
  {
    to: '/admin/account-requests',
    labelKey: 'nav.accountRequests',
    anyOf: ['org.users.manage', 'platform.users.manage'],
  },
  { to: '/admin/users', labelKey: 'nav.users', anyOf: ['org.users.manage', 'platform.users.manage'] },
  { to: '/admin/organisations', labelKey: 'nav.organisations', anyOf: ['platform.organisations.manage'] },
  {
    to: '/admin/service-accounts',
    labelKey: 'nav.serviceAccounts',
    anyOf: ['platform.service_accounts.manage'],
  },
  { to: '/admin/audit', labelKey: 'nav.audit', anyOf: ['audit.search'] },
  { to: '/admin/catalogues', labelKey: 'signals.nav.catalogues', anyOf: ['catalogue.edit'] },
  { to: '/admin/content-pages', labelKey: 'contentPages.nav', anyOf: ['knowledge.edit'] },
];
