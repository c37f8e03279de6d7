import { parseSafeMarkdown, type SafeInline } from '@keten/shared';
import { Anchor, List, Text, Title } from '@mantine/core';
import { Fragment } from 'react';

function Inlines({ inlines }: { inlines: SafeInline[] }) {
  return (
    <>
      {inlines.map((inline, i) => {
        switch (inline.type) {
          case 'text':
            return <Fragment key={i}>{inline.text}</Fragment>;
          case 'strong':
            return <strong key={i}>{inline.text}</strong>;
          case 'link':
            return (
              <Anchor key={i} href={inline.href} {...(inline.href.startsWith('https:') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                {inline.text}
              </Anchor>
            );
        }
      })}
    </>
  );
}

/**
 * Managed content in the restricted format, rendered as React elements: never as HTML, so a
 * page body cannot carry markup or scripts. Headings start at `baseLevel` (the page's h1 is the
 * title).
 */
export function SafeMarkdown({ source, baseLevel = 2 }: { source: string; baseLevel?: 2 | 3 }) {
  return (
    <>
      {parseSafeMarkdown(source).map((block, i) => {
        switch (block.type) {
          case 'heading': {
            const order = Math.min(6, block.level - 2 + baseLevel) as 2 | 3 | 4;
            return (
              <Title key={i} order={order} size={order === 2 ? 'h3' : 'h4'} mt="md" mb={4}>
                <Inlines inlines={block.inlines} />
              </Title>
            );
          }
          case 'paragraph':
            return (
              <Text key={i} mb="sm">
                <Inlines inlines={block.inlines} />
              </Text>
            );
          case 'list':
            return (
              <List key={i} type={block.ordered ? 'ordered' : 'unordered'} spacing={4} mb="sm" withPadding>
                {block.items.map((item, j) => (
                  <List.Item key={j}>
                    <Inlines inlines={item} />
                  </List.Item>
                ))}
              </List>
            );
        }
      })}
    </>
  );
}
