/** Number formatting for labels and text alternatives, locale-aware and cached. */

/**
 * A number format with what it has formatted: Intl.NumberFormat is slow next
 * to drawing, and plots format the same tick values on every update.
 */
interface Format {
  readonly format: Intl.NumberFormat;
  readonly zero: string;
  readonly seen: Map<number, string>;
}

const formats = new Map<string, Format>();

function formatFor(locale: string | undefined, min: number, max: number): Format {
  const key = `${locale ?? ''}|${min}|${max}`;
  let entry = formats.get(key);
  if (!entry) {
    const options = { minimumFractionDigits: min, maximumFractionDigits: max };
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // An invalid language tag falls back to the browser's default locale.
      format = new Intl.NumberFormat(undefined, options);
    }
    entry = { format, zero: format.format(0), seen: new Map() };
    formats.set(key, entry);
  }
  return entry;
}

function format(value: number, min: number, max: number, locale?: string): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const f = formatFor(locale, min, max);
  let text = f.seen.get(value);
  if (text === undefined) {
    text = f.format.format(value);
    // A value that rounds to zero reads as 0, never "−0"; negatives get a true minus.
    text = text.replace(/^[-\u2212]/, '') === f.zero ? f.zero : text.replace(/^-/, '\u2212');
    if (f.seen.size >= 512) f.seen.clear();
    f.seen.set(value, text);
  }
  return text;
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

/**
 * A small non-negative measure (an error, a loss) that never reads as zero when it is not:
 * `digits` fraction digits (`2.463`, and `0.000` for an exact zero), two significant digits
 * below that (`0.00031`). Below 10⁻¹⁹, past the 20 digits a format can show, it is a float's
 * rounding noise (an exact solution's error reads 3e-33) and reads as the exact zero does.
 */
export function formatMeasure(value: number, digits = 3, locale?: string): string {
  const d = digitsIn(digits);
  if (Math.abs(value) < 1e-19) return formatNumber(0, d, locale);
  if (Math.abs(value) >= 10 ** -d || !Number.isFinite(value)) return formatNumber(value, d, locale);
  const places = Math.min(20, Math.ceil(-Math.log10(Math.abs(value))) + 1);
  return format(value, 0, places, locale);
}

/** Like `formatNumber` but with at most `digits` fraction digits (`1.5`, `−5`). */
export function formatShort(value: number, digits = 2, locale?: string): string {
  return format(value, 0, digitsIn(digits), locale);
}
