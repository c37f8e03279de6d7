import type { TFunction } from 'i18next';
import type { DirectoryContact, GuidanceItem } from '@keten/shared';
import { UI_LANGUAGES } from '@keten/shared';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon } from '../../../components/icons.tsx';
import { LANGUAGE_NAMES } from '../../../lib/i18n.ts';
import { useUiLanguage } from '../../catalogues/localized.ts';
import { formatPhone, telHref } from '../phone-format.ts';
import classes from './guidance-panel.module.css';

const PRIORITY_ORDER: Record<GuidanceItem['priority'], number> = { urgent: 0, action: 1, info: 2 };

/** Urgent first, then actions, then information; the rules' own order within each. */
export function sortGuidance(items: readonly GuidanceItem[]): GuidanceItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => PRIORITY_ORDER[a.item.priority] - PRIORITY_ORDER[b.item.priority] || a.index - b.index)
    .map(({ item }) => item);
}

function Contacts({ contacts }: { contacts: readonly DirectoryContact[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (contacts.length === 0) {
    return null;
  }
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {contacts.map((c) => {
        const hours = c.hours?.[language] ?? c.hours?.en ?? c.hours?.nl;
        return (
          <li key={c.organisationId}>
            <Text fw={600} size="sm">
              {c.name}
            </Text>
            {c.phone && (
              <Anchor href={telHref(c.phone)} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('signals.guidance.call', { number: formatPhone(c.phone) })}
              </Anchor>
            )}
            {hours && (
              <Text size="sm" c="dimmed">
                {hours}
              </Text>
            )}
          </li>
        );
      })}
    </Stack>
  );
}

function because(item: GuidanceItem, key: string): unknown {
  return item.because[key];
}

function countryOf(item: GuidanceItem): string {
  const country = item.because.country;
  return typeof country === 'string' ? country : '';
}

function ContactCentreWhy({ item }: { item: GuidanceItem }) {
  const { t } = useTranslation();
  const ticked = Number(because(item, 'ticked') ?? 0);
  const strong = Number(because(item, 'strong') ?? 0);
  const forms = Number(because(item, 'formsChosen') ?? 0);
  const parts: string[] = [];
  if (ticked > 0) {
    parts.push(t('signals.guidance.why.ticked', { count: ticked }));
  }
  if (strong > 0) {
    parts.push(t('signals.guidance.why.strong', { count: strong }));
  }
  if (because(item, 'iloEcPositive') === true) {
    parts.push(t('signals.guidance.why.iloEc'));
  }
  if (forms > 0) {
    parts.push(t('signals.guidance.why.forms', { count: forms }));
  }
  if (parts.length === 0) {
    return null;
  }
  return (
    <Text size="sm" c="dimmed">
      {t('signals.guidance.why.label', { reasons: parts.join('; ') })}
    </Text>
  );
}

/** Extra lines of an item beyond its title and text. */
function Details({ item, countryName }: { item: GuidanceItem; countryName: (code: string) => string }) {
  const { t } = useTranslation();
  switch (item.code) {
    case 'call_112':
      return (
        <Button component="a" href="tel:112" color="red.9" size="sm" w="fit-content">
          {t('signals.guidance.call112')}
        </Button>
      );
    case 'minor_no_consent_needed':
      return because(item, 'minor') === 'unsure' ? (
        <Text size="sm">{t('signals.guidance.minorUnsure')}</Text>
      ) : null;
    case 'minor_youth_prosecutor':
      return item.contacts.length > 0 ? (
        <Contacts contacts={item.contacts} />
      ) : (
        <Text size="sm">{t('signals.guidance.noContacts')}</Text>
      );
    case 'minor_guardianship_alert':
      return (
        <>
          {because(item, 'eea') === true && <Text size="sm">{t('signals.guidance.guardianEea')}</Text>}
          {because(item, 'nationalityKnown') === false && (
            <Text size="sm">{t('signals.guidance.guardianNationalityUnknown')}</Text>
          )}
          {because(item, 'unaccompanied') !== 'yes' && (
            <Text size="sm">{t('signals.guidance.guardianUnsureAccompanied')}</Text>
          )}
          <Contacts contacts={item.contacts} />
        </>
      );
    case 'contact_centre':
      return (
        <>
          <ContactCentreWhy item={item} />
          <Contacts contacts={item.contacts} />
        </>
      );
    case 'tell_rights_and_conditions':
      return (
        <>
          <Text size="sm">{t('signals.guidance.conditionsIntro')}</Text>
          <List size="sm" type="ordered" spacing={2}>
            <List.Item>{t('signals.guidance.condition1')}</List.Item>
            <List.Item>{t('signals.guidance.condition2')}</List.Item>
            <List.Item>{t('signals.guidance.condition3')}</List.Item>
          </List>
          <Text size="sm">{t('signals.guidance.conditionsAfter')}</Text>
          <Text size="sm">
            <Anchor href="/victim-info">{t('signals.guidance.victimInfo')}</Anchor>
            {': '}
            {UI_LANGUAGES.map((l, n) => (
              <span key={l}>
                {n > 0 && ' · '}
                <Anchor href={`/victim-info?lang=${l}`} lang={l} hrefLang={l}>
                  {LANGUAGE_NAMES[l]}
                </Anchor>
              </span>
            ))}
          </Text>
        </>
      );
    case 'inform_reference_magistrate':
    case 'aggravated_smuggling_protection':
    case 'benelux_contact_point':
      return (
        <>
          {item.code === 'benelux_contact_point' && item.contacts.length === 0 && (
            <Text size="sm">
              {t('signals.guidance.beneluxNoContact', { country: countryName(countryOf(item)) })}
            </Text>
          )}
          <Contacts contacts={item.contacts} />
        </>
      );
    case 'keep_observing':
    case 'belgian_victims_too':
    case 'smuggling_differs':
    case 'anonymous_notification':
      return null;
  }
}

function itemTitle(t: TFunction, item: GuidanceItem, countryName: (code: string) => string): string {
  if (item.code === 'benelux_contact_point') {
    return t('signals.guidance.items.benelux_contact_point.title', { country: countryName(countryOf(item)) });
  }
  return t(`signals.guidance.items.${item.code}.title`);
}

function itemBody(t: TFunction, item: GuidanceItem, countryName: (code: string) => string): string {
  if (item.code === 'benelux_contact_point') {
    return t('signals.guidance.items.benelux_contact_point.body', { country: countryName(countryOf(item)) });
  }
  if (item.code === 'keep_observing') {
    return Number(because(item, 'ticked') ?? 0) === 0
      ? t('signals.guidance.items.keep_observing.body')
      : t('signals.guidance.items.keep_observing.bodySome');
  }
  return t(`signals.guidance.items.${item.code}.body`);
}

export function GuidanceItemView({
  item,
  countryName,
}: {
  item: GuidanceItem;
  countryName: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <li className={classes.item} data-priority={item.priority} data-code={item.code}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {item.priority === 'urgent' && (
            <Badge color="red.9" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {t('signals.guidance.urgent')}
            </Badge>
          )}
          <Title order={3} size="h5">
            {itemTitle(t, item, countryName)}
          </Title>
        </Group>
        <Text size="sm">{itemBody(t, item, countryName)}</Text>
        <Details item={item} countryName={countryName} />
      </Stack>
    </li>
  );
}

interface GuidancePanelProps {
  items: readonly GuidanceItem[];
  countryName: (code: string) => string;
}

/**
 * The list of advice. Urgent items that appear while the user fills in the form (not those that
 * were there when the page opened) are read out through an alert region.
 */
export function GuidanceList({ items, countryName }: GuidancePanelProps) {
  const { t } = useTranslation();
  const sorted = sortGuidance(items);
  if (sorted.length === 0) {
    return <Text size="sm">{t('signals.guidance.empty')}</Text>;
  }
  return (
    <ul className={classes.list}>
      {sorted.map((item) => (
        <GuidanceItemView key={item.code} item={item} countryName={countryName} />
      ))}
    </ul>
  );
}

function UrgentAnnouncer({ items, countryName }: GuidancePanelProps) {
  const { t } = useTranslation();
  const urgent = items.filter((i) => i.priority === 'urgent');
  const [atOpen] = useState(() => new Set(urgent.map((i) => i.code)));
  const fresh = urgent.filter((i) => !atOpen.has(i.code));
  return (
    <VisuallyHidden role="alert" data-testid="guidance-alert">
      {fresh.length > 0
        ? `${t('signals.guidance.urgent')}: ${fresh.map((i) => itemTitle(t, i, countryName)).join('. ')}`
        : ''}
    </VisuallyHidden>
  );
}

function Heading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Title order={2} size="h4" id={id}>
      {children}
    </Title>
  );
}

/** Desktop: a side panel next to the form. */
export function GuidanceSidePanel(props: GuidancePanelProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className={classes.side}
      component="aside"
      aria-labelledby="guidance-heading"
    >
      <Stack gap="sm">
        <Heading id="guidance-heading">{t('signals.guidance.title')}</Heading>
        <Text size="xs" c="dimmed">
          {t('signals.guidance.intro')}
        </Text>
        <UrgentAnnouncer {...props} />
        <GuidanceList {...props} />
      </Stack>
    </Paper>
  );
}

/** Phone: a bar that sticks to the bottom of the screen and opens to show the advice. */
export function GuidanceBar(props: GuidancePanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const urgent = props.items.filter((i) => i.priority === 'urgent');
  const first = sortGuidance(props.items)[0];
  return (
    <aside className={classes.bar} aria-label={t('signals.guidance.title')}>
      <UrgentAnnouncer {...props} />
      <button
        type="button"
        className={classes.barToggle}
        data-urgent={urgent.length > 0}
        aria-expanded={open}
        aria-controls="guidance-bar-body"
        onClick={() => setOpen((o) => !o)}
      >
        <span style={{ minWidth: 0 }}>
          <Text fw={700} size="sm" component="span" display="block">
            {t('signals.guidance.title')}
            {' · '}
            {t('signals.guidance.count', { count: props.items.length })}
            {urgent.length > 0 && ` · ${t('signals.guidance.urgentCount', { count: urgent.length })}`}
          </Text>
          {!open && first && (
            <Text
              size="xs"
              component="span"
              display="block"
              truncate="end"
              c={first.priority === 'urgent' ? 'red.9' : undefined}
            >
              {itemTitle(t, first, props.countryName)}
            </Text>
          )}
        </span>
        <ChevronDownIcon style={{ transform: open ? 'rotate(180deg)' : undefined, flexShrink: 0 }} />
      </button>
      <div id="guidance-bar-body" className={classes.barBody} hidden={!open}>
        {open && <GuidanceList {...props} />}
      </div>
    </aside>
  );
}
