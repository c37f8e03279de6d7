import { NativeSelect, SegmentedControl } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { PHONE_QUERY } from './responsive.ts';

interface FilterControlProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A choice between a few list filters: segmented on wide screens, a select on phones (no overflow). */
export function FilterControl<T extends string>({ label, value, options, onChange }: FilterControlProps<T>) {
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const pick = (next: string) => {
    const option = options.find((o) => o.value === next);
    if (option) {
      onChange(option.value);
    }
  };
  if (phone) {
    return (
      <NativeSelect
        label={label}
        value={value}
        data={options}
        onChange={(event) => pick(event.currentTarget.value)}
      />
    );
  }
  return <SegmentedControl aria-label={label} value={value} data={options} onChange={pick} w="fit-content" />;
}
