import type { IndicatorStrength } from '@keten/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<IndicatorStrength, string> = { strong: 'red.9', medium: 'orange.9', weak: 'gray.7' };

/** "Strong sign" etc. as a small badge; the word is spelled out, colour only repeats it. */
export function StrengthBadge({ strength }: { strength: IndicatorStrength }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="xs"
      variant="outline"
      color={COLOR[strength]}
      component="span"
      style={{ verticalAlign: 'middle' }}
    >
      {t(`signals.vocab.strength.${strength}`)}
    </Badge>
  );
}
