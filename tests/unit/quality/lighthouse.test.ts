// Reading Lighthouse reports and taking medians, and the report's formatting.
import { describe, expect, it } from 'vitest';
import { figuresOf, median, medianFigures } from '../../../scripts/quality/lighthouse.mjs';
import { budgetLine, memory, num, table } from '../../../scripts/quality/report.mjs';

/** A Lighthouse JSON report with just the parts the benchmark reads. */
function report({ perf = 1, fcp = 700, lcp = 800, failing = false } = {}) {
  const category = (score: number) => ({
    score,
    auditRefs: [
      { id: 'first-contentful-paint', weight: 10 },
      { id: 'is-crawlable', weight: 0 },
    ],
  });
  return {
    categories: { performance: category(perf), accessibility: category(1), 'best-practices': category(1), seo: category(0.92) },
    audits: {
      'first-contentful-paint': { numericValue: fcp, score: failing ? 0.9 : 1, title: 'First Contentful Paint' },
      'largest-contentful-paint': { numericValue: lcp },
      'total-blocking-time': { numericValue: 0 },
      'cumulative-layout-shift': { numericValue: 0.01 },
      'is-crawlable': { score: 0, title: 'Page is blocked from indexing' },
    },
  };
}

describe('figuresOf', () => {
  it('reads scores as 0–100, the four metrics, and scored audits that fell short', () => {
    const figures = figuresOf(report({ perf: 0.97, fcp: 812.4, failing: true }));
    expect(figures.scores).toEqual({ performance: 97, accessibility: 100, 'best-practices': 100, seo: 92 });
    expect(figures.metrics).toEqual({ fcp: 812.4, lcp: 800, tbt: 0, cls: 0.01 });
    // Weight-0 audits (is-crawlable here) do not count as failing.
    expect(figures.failing).toEqual([
      'performance: First Contentful Paint',
      'accessibility: First Contentful Paint',
      'best-practices: First Contentful Paint',
      'seo: First Contentful Paint',
    ]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('takes each figure’s median on its own', () => {
    const runs = [report({ fcp: 900, lcp: 700 }), report({ fcp: 600, lcp: 1000 }), report({ fcp: 700, lcp: 800, perf: 0.98 })].map(figuresOf);
    const m = medianFigures(runs);
    expect(m.metrics.fcp).toBe(700);
    expect(m.metrics.lcp).toBe(800);
    expect(m.scores['performance']).toBe(100);
  });
});

describe('report formatting', () => {
  it('formats numbers and memory', () => {
    expect(num(12345.6)).toBe('12,346');
    expect(num(0.0123, 3)).toBe('0.012');
    expect(num(Number.NaN)).toBe('n/a');
    expect(memory(1_320_000_000)).toBe('1.32 GB');
    expect(memory(652_400_000)).toBe('652 MB');
  });
  it('marks budgets met and missed', () => {
    expect(budgetLine('lesson wire', 8755, 15000)).toEqual({ ok: true, text: '✓ lesson wire: 8,755 ≤ 15,000' });
    expect(budgetLine('FCP', 909, 700, { unit: ' ms' })).toEqual({ ok: false, text: '✗ FCP: 909 ms > 700 ms' });
    expect(budgetLine('perf', 95, 100, { atLeast: true })).toEqual({ ok: false, text: '✗ perf: 95 < 100' });
    expect(budgetLine('x', null, 1).ok).toBe(false);
    expect(budgetLine('peak', 1_057_935_360, 1e9, { format: memory }).text).toBe('✗ peak: 1.06 GB > 1.00 GB');
  });
  it('draws a Markdown table, numbers right-aligned', () => {
    expect(table(['page', 'bytes'], [['home', '6,513']])).toBe(['| page | bytes |', '|------|------:|', '| home | 6,513 |'].join('\n'));
  });
});
