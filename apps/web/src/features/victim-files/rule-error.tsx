import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';

/**
 * The user-facing explanation of a refused step: a 422 (or 403/409) names the rule that blocks it in
 * `details.reason`; known rules are translated, others show the server's own explanation.
 */
export function useRuleExplanation(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  return (error: unknown) => {
    if (!isApiError(error)) {
      return errorMessage(error);
    }
    const reason = error.reason;
    const key = `cases.rules.${reason ?? ''}`;
    if (reason && i18n.exists(key)) {
      return t(key as 'cases.rules.explanation', { message: error.message });
    }
    if (error.code === 'domain_rule' || error.code === 'validation_failed') {
      return `${errorMessage(error)} ${t('cases.rules.explanation', { message: error.message })}`;
    }
    return errorMessage(error);
  };
}

export function RuleError({ error }: { error: unknown }) {
  const explain = useRuleExplanation();
  if (error === null || error === undefined) {
    return null;
  }
  return (
    <Alert color="red" role="alert">
      <Text size="sm">{explain(error)}</Text>
    </Alert>
  );
}
