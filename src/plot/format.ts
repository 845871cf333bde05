/** Number formatting for labels and text alternatives, locale-aware and cached. */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, min: number, max: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${min}|${max}`;
  let f = formatters.get(key);
  if (!f) {
    const options = { minimumFractionDigits: min, maximumFractionDigits: max };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // An invalid language tag falls back to the browser's default locale.
      f = new Intl.NumberFormat(undefined, options);
    }
    formatters.set(key, f);
  }
  return f;
}

function format(value: number, min: number, max: number, locale?: string): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const f = formatter(locale, min, max);
  const text = f.format(value);
  // A value that rounds to zero reads as 0, never "−0".
  const zero = f.format(0);
  if (text.replace(/^[-\u2212]/, '') === zero) return zero;
  return text.replace(/^-/, '\u2212');
}

const digitsIn = (digits: number) => Math.max(0, Math.min(20, Math.floor(digits) || 0));

/**
 * `value` with exactly `digits` fraction digits in `locale` (`1.50`), a true
 * minus sign (U+2212), and never "−0".
 */
export function formatNumber(value: number, digits = 2, locale?: string): string {
  const d = digitsIn(digits);
  return format(value, d, d, locale);
}

/** Like `formatNumber` but with at most `digits` fraction digits (`1.5`, `−5`). */
export function formatShort(value: number, digits = 2, locale?: string): string {
  return format(value, 0, digitsIn(digits), locale);
}
