import type { Part } from './options.ts';
import { INK } from './palette.ts';

/** The words a downloaded chart carries, so that it still says what it is once it leaves the page. */
export interface PictureText {
  title: string;
  /** Under the title: what was counted (n) and in which scope. */
  head: string[];
  /** At the foot: the date, the source and the licence. */
  foot: string[];
}

export function pictureText(p: {
  title: string;
  subtitle?: string | undefined;
  scope: string;
  date: string;
  source: string;
  licence: string;
}): PictureText {
  return {
    title: p.title,
    head: [p.subtitle, p.scope].filter((line): line is string => !!line),
    foot: [p.source, `${p.date} · ${p.licence}`],
  };
}

const FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";
const PAD = 16;

type Ink = { text: string; font: string; color: string; x: number; y: number; swatch?: string | undefined };

/** Greedy word wrap to a width, as the canvas measures the text in its current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where every word and swatch goes, in CSS pixels, around a chart picture of the given height. */
function layout(
  ctx: CanvasRenderingContext2D,
  text: PictureText,
  legend: readonly Part[],
  width: number,
  chart: number,
) {
  const inks: Ink[] = [];
  const inner = width - 2 * PAD;
  let y = PAD;
  const block = (lines: readonly string[], size: number, weight: number, color: string, gap: number) => {
    const font = `${weight} ${size}px ${FAMILY}`;
    ctx.font = font;
    for (const line of lines.flatMap((l) => wrap(ctx, l, inner))) {
      inks.push({ text: line, font, color, x: PAD, y });
      y += size * 1.35;
    }
    y += gap;
  };
  block([text.title], 17, 600, INK.text, 2);
  block(text.head, 12, 400, INK.axis, 6);
  const chartTop = y;
  y += chart + 4;
  if (legend.length) {
    const font = `400 11px ${FAMILY}`;
    ctx.font = font;
    let x = PAD;
    for (const part of legend) {
      const swatch = part.color ? 14 : 0;
      const w = swatch + ctx.measureText(part.label).width;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 16;
      }
      inks.push({ text: part.label, font, color: INK.text, x: x + swatch, y, swatch: part.color });
      x += w + 12;
    }
    y += 22;
  }
  const rule = y;
  y += 8;
  block(text.foot, 11, 400, INK.axis, 0);
  return { inks, chartTop, rule, height: y + PAD - 4 };
}

function load(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = src;
  });
}

/** The chart picture with its title, n, scope, key, date, source and licence drawn around it. */
export async function composePicture(
  chartUrl: string,
  text: PictureText,
  legend: readonly Part[],
  width: number,
  ratio = 2,
): Promise<string> {
  const image = await load(chartUrl);
  const chartHeight = (image.height / image.width) * width;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return chartUrl;
  const { inks, chartTop, rule, height } = layout(ctx, text, legend, width, chartHeight);
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = INK.paper;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  ctx.drawImage(image, 0, chartTop, width, chartHeight);
  ctx.fillStyle = INK.grid;
  ctx.fillRect(PAD, rule, width - 2 * PAD, 1);
  for (const ink of inks) {
    if (ink.swatch) {
      ctx.fillStyle = ink.swatch;
      ctx.fillRect(ink.x - 14, ink.y + 1, 10, 10);
    }
    ctx.font = ink.font;
    ctx.fillStyle = ink.color;
    ctx.fillText(ink.text, ink.x, ink.y);
  }
  return canvas.toDataURL('image/png');
}
