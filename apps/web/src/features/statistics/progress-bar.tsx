import { Progress, Stack, Text } from '@mantine/core';

/**
 * A labelled progress bar for a server job (an import or an export). The bar is the progressbar
 * itself (role, value and name for screen readers); the visible text repeats the value.
 */
export function JobProgress({ label, value, valueText }: { label: string; value: number; valueText: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <Stack gap={4} data-testid="job-progress">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Progress.Root size="lg" radius="sm">
        <Progress.Section value={clamped} aria-label={label} aria-valuetext={valueText} striped animated={clamped < 100} />
      </Progress.Root>
      <Text size="sm" c="dimmed" aria-hidden="true">
        {valueText}
      </Text>
    </Stack>
  );
}
