import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as EchartsCore from 'echarts/core';
import { i18n } from '../lib/i18n.ts';
import { renderWithProviders } from '../features/signals/test/fixtures.tsx';

// The ECharts instance is replaced by spies: jsdom has no layout to draw in, and what matters
// here is the wrapper's life cycle (init once, replace the option, dispose on unmount).
const instance = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() };
const init = vi.fn((..._args: unknown[]) => instance);
vi.mock('echarts/core', async (importOriginal) => ({
  ...(await importOriginal<typeof EchartsCore>()),
  init: (...args: unknown[]) => init(...args),
}));

const { Chart } = await import('./chart.tsx');

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.clearAllMocks();
});

describe('the chart wrapper', () => {
  it('draws with the SVG renderer, names the image with its summary and offers the table', () => {
    const option = { series: [{ type: 'bar' as const, data: [3, 7] }] };
    renderWithProviders(<Chart option={option} summary="Signals by gender: 2 categories, total 10." table={<p>the table</p>} />);
    expect(init).toHaveBeenCalledTimes(1);
    expect(init.mock.calls[0]?.[2]).toMatchObject({ renderer: 'svg' });
    expect(instance.setOption).toHaveBeenCalledWith(expect.objectContaining({ series: option.series }), { notMerge: true });
    expect(screen.getByRole('img', { name: 'Signals by gender: 2 categories, total 10.' })).toBeTruthy();
    expect(screen.getByText('Show the figures as a table')).toBeTruthy();
    expect(screen.getByText('the table')).toBeTruthy();
  });

  it('replaces the option on change and disposes the instance when it leaves the page', () => {
    const first = { series: [{ type: 'bar' as const, data: [1] }] };
    const second = { series: [{ type: 'line' as const, data: [2, 3] }] };
    const view = renderWithProviders(<Chart option={first} summary="s" table={null} />);
    view.rerender(<Chart option={second} summary="s" table={null} />);
    expect(init).toHaveBeenCalledTimes(1);
    expect(instance.setOption).toHaveBeenLastCalledWith(expect.objectContaining({ series: second.series }), { notMerge: true });
    view.unmount();
    expect(instance.dispose).toHaveBeenCalledTimes(1);
  });
});
