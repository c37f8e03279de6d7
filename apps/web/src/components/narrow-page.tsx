import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '../app/use-document-title.ts';

interface NarrowPageProps {
  /** The h1, also the document title unless `pageTitle` is given. */
  title: string;
  pageTitle?: string;
  intro?: ReactNode;
  /** Small text above the title, e.g. "Step 2 of 3". */
  eyebrow?: string;
  width?: number;
  children: ReactNode;
}

/**
 * A single-column page for sign-in and account forms: one card, readable on a 360 px phone. When
 * the title changes within the page (the next step of a flow), focus moves to it, so keyboard and
 * screen-reader users start reading the new step at its beginning.
 */
export function NarrowPage({ title, pageTitle, intro, eyebrow, width = 480, children }: NarrowPageProps) {
  useDocumentTitle(pageTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownTitle = useRef(title);
  useEffect(() => {
    if (shownTitle.current !== title) {
      shownTitle.current = title;
      heading.current?.focus();
    }
  }, [title]);
  return (
    <Stack maw={width} mx="auto" py={{ base: 'xs', sm: 'xl' }} gap="md">
      <Stack gap={4}>
        {eyebrow && (
          <Text size="sm" c="dimmed" fw={600}>
            {eyebrow}
          </Text>
        )}
        <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {title}
        </Title>
        {intro && (typeof intro === 'string' ? <Text>{intro}</Text> : intro)}
      </Stack>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        {children}
      </Paper>
    </Stack>
  );
}
