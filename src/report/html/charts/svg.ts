/**
 * Shared pieces of the inline SVG charts: linear scales with round tick values, the accessible
 * figure wrapper (title, description, caption), and number labels.
 */
import { escapeHtml } from '../escape.js';

export interface Scale {
  (value: number): number;
  ticks: number[];
  domain: [number, number];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= raw) ?? 10;
  return multiple * power;
}

/** A linear scale whose domain is widened to round tick values. */
export function linearScale(min: number, max: number, range: [number, number], tickCount = 5): Scale {
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const step = niceStep(max - min, tickCount);
  const low = Math.floor(min / step + 1e-9) * step;
  const high = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Math.round(tick / step) * step);
  const scale = ((value: number) => range[0] + ((value - low) / (high - low)) * (range[1] - range[0])) as Scale;
  scale.ticks = ticks;
  scale.domain = [low, high];
  return scale;
}

/** A number for a chart label: trimmed decimals and a real minus sign. */
export function label(value: number, digits = 2): string {
  const text = Number(value.toFixed(digits)).toString();
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** Coordinates rounded to one decimal keep the SVG small and the golden files stable. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface FigureOptions {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in words and numbers. */
  description: string;
  caption: string;
  width: number;
  height: number;
  body: string;
}

/** The chart as an accessible figure: `role="img"` labelled by its title and description. */
export function figure(options: FigureOptions): string {
  const { id, width, height } = options;
  return [
    `<figure class="chart" id="${id}">`,
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="${id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(options.description)}</desc>`,
    options.body,
    '</svg>',
    `<figcaption><strong>${escapeHtml(options.title)}.</strong> ${escapeHtml(options.caption)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** `<text>` with escaped content. */
export function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attributes ? ` ${attributes}` : ''}>${escapeHtml(content)}</text>`;
}
