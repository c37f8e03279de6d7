import { Badge } from '@mantine/core';
import { useVocabulary } from './vocabulary.ts';

const COLOR: Record<string, string> = {
  received: 'blue',
  in_triage: 'violet',
  referred: 'teal',
  accepted: 'green',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const v = useVocabulary();
  return (
    <Badge
      color={COLOR[status] ?? 'gray'}
      c={`${COLOR[status] ?? 'gray'}.9`}
      variant="light"
      style={{ textTransform: 'none' }}
    >
      {v.status(status)}
    </Badge>
  );
}
