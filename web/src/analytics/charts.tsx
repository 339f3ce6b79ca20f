// Small charts in plain SVG: lines, stacked columns, horizontal bars and a weekday × hour heatmap.
// Every mark that stands for conversations is a link to the list behind it (drill-down), so it
// works with a keyboard and a screen reader as well as a mouse; each mark carries a <title>.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

export const COLORS = ['#1d4ed8', '#b45309', '#15803d', '#9333ea', '#be123c', '#0e7490', '#4d7c0f', '#6b7280'];
export const SENTIMENT_COLORS = { negative: '#dc2626', neutral: '#94a3b8', positive: '#16a34a' } as const;

const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };
/** Width of the drawing: wide charts span the page (the text keeps its size). */
const widthFor = (wide: boolean | undefined): number => (wide ? 1280 : 720);

/** An SVG link that navigates inside the app; named by `label`, or by its own text when it has some. */
function Mark({ href, label, children, textual }: { href: string | undefined; label: string; children: ReactNode; textual?: boolean }) {
  const navigate = useNavigate();
  if (!href) return <g><title>{label}</title>{children}</g>;
  return (
    <a href={href} aria-label={textual ? undefined : label} onClick={(e) => { e.preventDefault(); void navigate(href); }}>
      <title>{label}</title>
      {children}
    </a>
  );
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= value) ?? value;
}

function YAxis({ max, format, W }: { max: number; format: (v: number) => string; W: number }) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  return <g className="axis">{ticks.map((t) => (
    <g key={t}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e5e7eb" />
      <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">{format(t)}</text>
    </g>
  ))}</g>;
}

function XLabels({ labels, W }: { labels: readonly string[]; W: number }) {
  const step = Math.max(1, Math.ceil(labels.length / 8));
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * (i + 0.5)) / labels.length;
  return <g className="axis">{labels.map((label, i) => (i % step === 0
    ? <text key={i} x={x(i)} y={H - 8} textAnchor="middle">{label}</text> : null))}</g>;
}

export interface Series { name: string; values: ReadonlyArray<number | null>; color?: string; dashed?: boolean }

/** Lines over labelled points; each point links to `hrefOf(index)` when given. */
export function LineChart({ title, labels, series, format = String, hrefOf, describe, wide }: {
  title: string; labels: readonly string[]; series: readonly Series[]; format?: (v: number) => string;
  hrefOf?: (index: number) => string; describe?: (index: number) => string; wide?: boolean;
}) {
  const W = widthFor(wide);
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * (i + 0.5)) / Math.max(1, labels.length);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  return (
    <figure className="chart">
      <figcaption>{title} <Legend series={series} /></figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={title}>
        <YAxis max={max} format={format} W={W} />
        <XLabels labels={labels} W={W} />
        {series.map((s, k) => {
          const color = s.color ?? COLORS[k % COLORS.length]!;
          const points = s.values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`)).filter(Boolean).join(' ');
          return (
            <g key={s.name}>
              <polyline points={points} fill="none" stroke={color} strokeWidth={2} strokeDasharray={s.dashed ? '5 4' : undefined} />
              {(hrefOf || labels.length <= 100) && s.values.map((v, i) => v === null ? null : (
                <Mark key={i} href={hrefOf?.(i)} label={`${s.name}, ${labels[i]}: ${format(v)}${describe ? `. ${describe(i)}` : ''}`}>
                  <circle cx={x(i)} cy={y(v)} r={labels.length > 40 ? 2.5 : 4} fill={color} />
                </Mark>
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Columns stacked per label (e.g. sentiment per day). */
export function StackedColumns({ title, labels, stacks, hrefOf }: {
  title: string; labels: readonly string[]; stacks: ReadonlyArray<{ name: string; values: readonly number[]; color: string }>;
  hrefOf?: (index: number, stack: string) => string;
}) {
  const W = widthFor(false);
  const totals = labels.map((_, i) => stacks.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const band = (W - PAD.left - PAD.right) / Math.max(1, labels.length);
  const scale = (v: number) => ((H - PAD.top - PAD.bottom) * v) / max;
  return (
    <figure className="chart">
      <figcaption>{title} <Legend series={stacks} /></figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={title}>
        <YAxis max={max} format={String} W={W} />
        <XLabels labels={labels} W={W} />
        {labels.map((label, i) => {
          let base = H - PAD.bottom;
          return <g key={label}>{stacks.map((s) => {
            const v = s.values[i] ?? 0;
            const h = scale(v);
            base -= h;
            return v === 0 ? null : (
              <Mark key={s.name} href={hrefOf?.(i, s.name)} label={`${label}, ${s.name}: ${v}`}>
                <rect x={PAD.left + i * band + band * 0.15} y={base} width={band * 0.7} height={h} fill={s.color} />
              </Mark>
            );
          })}</g>;
        })}
      </svg>
    </figure>
  );
}

/** Horizontal bars, largest first as given; each bar links to its conversations. */
export function BarList({ title, items, format = String }: {
  title: string; items: ReadonlyArray<{ key: string; label: string; value: number; detail?: string; href?: string }>; format?: (v: number) => string;
}) {
  const W = widthFor(false);
  const max = niceMax(Math.max(0, ...items.map((i) => i.value)));
  const row = 26;
  const height = Math.max(row, items.length * row) + 4;
  const labelWidth = 190;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {items.length === 0 ? <p className="empty">Nothing in this range.</p> : (
        <svg viewBox={`0 0 ${W} ${height}`} role="group" aria-label={title}>
          {items.map((item, i) => {
            const width = ((W - labelWidth - 140) * item.value) / max;
            return (
              <Mark key={item.key} href={item.href} textual label={`${item.label}: ${format(item.value)}${item.detail ? `, ${item.detail}` : ''}`}>
                <text x={labelWidth - 8} y={i * row + 18} textAnchor="end" className="bar-label">{item.label.length > 26 ? `${item.label.slice(0, 25)}…` : item.label}</text>
                <rect x={labelWidth} y={i * row + 5} width={Math.max(1, width)} height={row - 10} fill={COLORS[0]} rx={3} />
                <text x={labelWidth + width + 6} y={i * row + 18} className="bar-value">{format(item.value)}{item.detail ? `  ${item.detail}` : ''}</text>
              </Mark>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Conversations per local weekday (rows, Monday first) and hour (columns). */
export function Heatmap({ title, grid, hrefOf }: { title: string; grid: ReadonlyArray<readonly number[]>; hrefOf: (weekday: number, hour: number) => string }) {
  const max = Math.max(1, ...grid.flat());
  const cell = 26;
  const left = 40;
  const top = 18;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${left + 24 * cell + 4} ${top + 7 * cell + 4}`} role="group" aria-label={title}>
        {Array.from({ length: 24 }, (_, h) => h % 3 === 0 ? <text key={h} x={left + h * cell + cell / 2} y={12} textAnchor="middle" className="axis-text">{String(h).padStart(2, '0')}</text> : null)}
        {grid.map((hours, d) => (
          <g key={d}>
            <text x={left - 6} y={top + d * cell + cell / 2 + 4} textAnchor="end" className="axis-text">{WEEKDAYS[d]}</text>
            {hours.map((v, h) => (
              <Mark key={h} href={v > 0 ? hrefOf(d, h) : undefined} label={`${WEEKDAYS[d]} ${String(h).padStart(2, '0')}:00: ${v} conversations`}>
                <rect x={left + h * cell} y={top + d * cell} width={cell - 2} height={cell - 2} rx={3} fill={`rgba(29, 78, 216, ${(0.06 + 0.94 * (v / max)).toFixed(3)})`} />
              </Mark>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}

function Legend({ series }: { series: ReadonlyArray<{ name: string; color?: string }> }) {
  if (series.length < 2) return null;
  return <span className="legend">{series.map((s, k) => (
    <span key={s.name}><span className="swatch" style={{ background: s.color ?? COLORS[k % COLORS.length] }} aria-hidden="true" />{s.name}</span>
  ))}</span>;
}
