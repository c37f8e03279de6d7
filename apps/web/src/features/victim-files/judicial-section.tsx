import { INVESTIGATION_STATUSES, type JudicialTrack } from '@keten/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { EditableSection, type FieldSpec } from './editable-section.tsx';
import type { Values } from './conflict.ts';
import { useUpdateJudicial, type PresentedFile } from './victim-file-api.ts';

const TEXT = ['pvNumber', 'policeUnit', 'prosecutorNoticeNumber', 'immigrationFileNumber', 'court'] as const;
const BOOL = [
  'requisitionRetainsThb',
  'convictionThb',
  'civilParty',
  'socialSecurityDebtWaiver',
  'nonPunishmentApplied',
] as const;
const DATE = ['requisitionDate', 'judgmentDate'] as const;
const MONEY = ['compensationAwarded', 'compensationPaid'] as const;
const SELECT = ['prosecutionBody', 'investigationStatus'] as const;
const ALL = [...TEXT, ...SELECT, ...BOOL, ...DATE, ...MONEY];

/** The judicial track's form values (money as text while editing). */
function valuesOf(track: Values): Values {
  return Object.fromEntries(
    ALL.map((k) => [
      k,
      (MONEY as readonly string[]).includes(k) && typeof track[k] === 'number'
        ? String(track[k])
        : (track[k] ?? null),
    ]),
  );
}

function bodyOf(values: Values): JudicialTrack {
  const out: Record<string, unknown> = {};
  for (const k of [...TEXT, ...DATE, ...SELECT]) {
    const v = values[k];
    out[k] = typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  }
  for (const k of BOOL) {
    out[k] = typeof values[k] === 'boolean' ? values[k] : null;
  }
  for (const k of MONEY) {
    const v = values[k];
    out[k] = typeof v === 'string' && v.trim() !== '' ? Number(v) : null;
  }
  return out;
}

/** The judicial and rights track (JU), shown only when the JU section came back; PUT with its own version. */
export function JudicialSection({ fileId, file }: { fileId: string; file: PresentedFile }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const update = useUpdateJudicial(fileId);
  const track = (
    typeof file.data.judicial === 'object' && file.data.judicial !== null ? file.data.judicial : {}
  ) as Values;
  const version = typeof track.version === 'number' ? track.version : 0;
  const J = 'cases.judicial';
  const fields: FieldSpec[] = [
    ...TEXT.filter((k) => k !== 'court').map((k) => ({
      key: k,
      label: t(`${J}.${k}`),
      kind: 'text' as const,
    })),
    {
      key: 'prosecutionBody',
      label: t(`${J}.prosecutionBody`),
      kind: 'select',
      options: (['prosecutor_office', 'labour_auditor'] as const).map((v) => ({
        value: v,
        label: t(`${J}.prosecutionBodies.${v}`),
      })),
    },
    {
      key: 'investigationStatus',
      label: t(`${J}.investigationStatus`),
      kind: 'select',
      options: INVESTIGATION_STATUSES.map((v) => ({ value: v, label: t(`${J}.investigationStatuses.${v}`) })),
    },
    { key: 'requisitionRetainsThb', label: t(`${J}.requisitionRetainsThb`), kind: 'bool' },
    { key: 'requisitionDate', label: t(`${J}.requisitionDate`), kind: 'date' },
    { key: 'convictionThb', label: t(`${J}.convictionThb`), kind: 'bool' },
    { key: 'judgmentDate', label: t(`${J}.judgmentDate`), kind: 'date' },
    { key: 'court', label: t(`${J}.court`), kind: 'text' },
    { key: 'civilParty', label: t(`${J}.civilParty`), kind: 'bool' },
    ...MONEY.map((k) => ({
      key: k,
      label: t(`${J}.${k}`),
      kind: 'number' as const,
      display: (v: unknown) =>
        v === null || v === undefined || v === ''
          ? ''
          : formatNumber(Number(v), { style: 'currency', currency: 'EUR' }),
    })),
    { key: 'socialSecurityDebtWaiver', label: t(`${J}.socialSecurityDebtWaiver`), kind: 'bool' },
    { key: 'nonPunishmentApplied', label: t(`${J}.nonPunishmentApplied`), kind: 'bool' },
  ];
  return (
    <EditableSection
      id="judicial"
      title={t(`${J}.title`)}
      fields={fields}
      values={valuesOf(track)}
      version={version}
      canEdit={file.actions.includes('edit_judicial')}
      conflictValues={valuesOf}
      validate={(values) => {
        const problems: Record<string, string> = {};
        for (const k of MONEY) {
          const v = values[k];
          if (typeof v === 'string' && v.trim() !== '' && !(Number(v) >= 0)) {
            problems[k] = t('validation.invalid');
          }
        }
        return problems;
      }}
      save={(values, atVersion) => update.mutateAsync({ ...bodyOf(values), version: atVersion })}
    />
  );
}
