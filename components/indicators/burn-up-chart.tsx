import { getTranslations } from "next-intl/server";
import { daysBetween } from "@/lib/indicators/periods";
import { niceTicks, type BurnUpSeries } from "@/lib/indicators/burn-up";
import { formatPercent, formatQuantity, formatQuarter } from "@/lib/indicators/format";
import { formatCalendarDate } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";

type Props = {
  id: string;
  name: string;
  series: BurnUpSeries;
  target: number;
  baseline: number;
  unit: string;
  deadline: string | null;
  today: string;
  locale: AppLocale;
};

const W = 720;
const H = 320;
const M = { top: 24, right: 28, bottom: 52, left: 64 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Burn-up chart as inline SVG: cumulative reported value against the target (dashed) and the
 * steady pace from baseline to target by the deadline (dotted). The SVG is one image with a
 * title and a description for screen readers; the same numbers are in a table below it.
 */
export async function BurnUpChart({ id, name, series, target, baseline, unit, deadline, today, locale }: Props) {
  const t = await getTranslations("indicators.chart");
  const points = series.points;
  const totalDays = Math.max(1, daysBetween(series.start, series.end));
  const x = (d: string) => M.left + (Math.min(Math.max(daysBetween(series.start, d), 0), totalDays) / totalDays) * PLOT_W;
  const maxValue = Math.max(target, ...points.map((p) => Math.max(p.cumulative ?? 0, p.planned ?? 0)));
  const ticks = niceTicks(maxValue);
  const maxY = ticks.at(-1)!;
  const y = (v: number) => M.top + PLOT_H - (v / maxY) * PLOT_H;
  const fmt = (v: number) => formatQuantity(v, locale);

  const actual = [{ d: series.start, v: baseline }, ...points.filter((p) => p.cumulative !== null).map((p) => ({ d: p.end < today ? p.end : today, v: p.cumulative! }))];
  const actualPath = actual.map((p, i) => `${i ? "L" : "M"}${x(p.d).toFixed(1)},${y(p.v).toFixed(1)}`).join(" ");
  const areaPath = `${actualPath} L${x(actual.at(-1)!.d).toFixed(1)},${y(0).toFixed(1)} L${x(series.start).toFixed(1)},${y(0).toFixed(1)} Z`;
  const planned = deadline ? [{ d: series.start, v: baseline }, { d: deadline, v: target }, ...(deadline < series.end ? [{ d: series.end, v: target }] : [])] : [];
  const plannedPath = planned.map((p, i) => `${i ? "L" : "M"}${x(p.d).toFixed(1)},${y(p.v).toFixed(1)}`).join(" ");
  // Label every quarter while they fit, then every second or fourth.
  const every = points.length <= 10 ? 1 : points.length <= 20 ? 2 : 4;
  const showToday = today > series.start && today < series.end;

  const description = t("desc", {
    current: fmt(series.current),
    target: fmt(target),
    unit,
    percent: formatPercent(series.progress, locale),
    date: formatCalendarDate(day(today), locale),
  }) + (deadline ? ` ${t("descDeadline", { date: formatCalendarDate(day(deadline), locale) })}` : "");

  return (
    <figure className="flex flex-col gap-3">
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="h-auto w-full min-w-[34rem] font-sans text-foreground"
        >
          <title id={`${id}-title`}>{t("title", { name })}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {/* Value axis: grid lines and labels. */}
          <g aria-hidden="true">
            {ticks.map((v) => (
              <g key={v}>
                <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="var(--border)" strokeWidth={1} />
                <text x={M.left - 8} y={y(v)} dy="0.32em" textAnchor="end" fontSize={12} fill="var(--muted-foreground)">
                  {fmt(v)}
                </text>
              </g>
            ))}
            <text x={14} y={M.top + PLOT_H / 2} transform={`rotate(-90 14 ${M.top + PLOT_H / 2})`} textAnchor="middle" fontSize={12} fill="var(--muted-foreground)">
              {unit}
            </text>
          </g>
          {/* Time axis: one tick per quarter end, labels centred on the quarter. */}
          <g aria-hidden="true">
            <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="var(--input)" strokeWidth={1} />
            {points.map((p, i) => {
              const left = i === 0 ? series.start : points[i - 1]!.end;
              const mid = (x(left) + x(p.end)) / 2;
              const showYear = i === 0 || p.quarter.quarter === 1;
              return (
                <g key={p.key}>
                  <line x1={x(p.end)} x2={x(p.end)} y1={y(0)} y2={y(0) + 5} stroke="var(--input)" />
                  {i % every === 0 ? (
                    <text x={mid} y={y(0) + 18} textAnchor="middle" fontSize={11} fill="var(--muted-foreground)">
                      {formatQuarter(p.quarter, locale, true)}
                    </text>
                  ) : null}
                  {showYear ? (
                    <text x={mid} y={y(0) + 34} textAnchor="middle" fontSize={11} fontWeight={600} fill="var(--muted-foreground)">
                      {p.quarter.year}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
          <g aria-hidden="true">
            {showToday ? (
              <g>
                <line x1={x(today)} x2={x(today)} y1={M.top} y2={y(0)} stroke="var(--muted-foreground)" strokeWidth={1} strokeDasharray="2 4" />
                <text x={x(today) + 4} y={M.top + 10} fontSize={11} fill="var(--muted-foreground)">
                  {t("today")}
                </text>
              </g>
            ) : null}
            <path d={areaPath} fill="var(--primary)" fillOpacity={0.08} />
            {plannedPath ? <path d={plannedPath} fill="none" stroke="var(--muted-foreground)" strokeWidth={2} strokeDasharray="1 5" strokeLinecap="round" /> : null}
            <line x1={M.left} x2={W - M.right} y1={y(target)} y2={y(target)} stroke="var(--warning)" strokeWidth={2} strokeDasharray="8 5" />
            <text x={M.left + 6} y={y(target) - 6} fontSize={12} fontWeight={600} fill="var(--warning-soft-foreground)">
              {t("targetLabel", { value: fmt(target) })}
            </text>
            <path d={actualPath} fill="none" stroke="var(--primary)" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
            {actual.slice(1).map((p) => (
              <circle key={p.d} cx={x(p.d)} cy={y(p.v)} r={4} fill="var(--card)" stroke="var(--primary)" strokeWidth={2} />
            ))}
          </g>
        </svg>
      </div>
      <figcaption>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted-foreground">
          <li className="flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="2" x2="26" y1="5" y2="5" stroke="var(--primary)" strokeWidth="3" strokeLinecap="round" />
            </svg>
            {t("legendActual")}
          </li>
          <li className="flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" x2="27" y1="5" y2="5" stroke="var(--warning)" strokeWidth="2" strokeDasharray="8 5" />
            </svg>
            {t("legendTarget")}
          </li>
          {deadline ? (
            <li className="flex items-center gap-2">
              <svg width="28" height="10" aria-hidden="true">
                <line x1="2" x2="26" y1="5" y2="5" stroke="var(--muted-foreground)" strokeWidth="2" strokeDasharray="1 5" strokeLinecap="round" />
              </svg>
              {t("legendPlanned")}
            </li>
          ) : null}
        </ul>
      </figcaption>
      <details className="rounded-md border border-border bg-card text-sm">
        <summary className="cursor-pointer rounded-md px-3 py-2 font-medium hover:bg-accent">{t("tableSummary")}</summary>
        <div className="overflow-x-auto px-3 pb-3">
          <table className="w-full border-collapse text-sm">
            <caption className="py-2 text-left text-muted-foreground">{t("tableCaption", { name, unit })}</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="py-1.5 pr-4 font-semibold">{t("colQuarter")}</th>
                <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{t("colReported")}</th>
                <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{t("colCumulative")}</th>
                {deadline ? <th scope="col" className="py-1.5 text-right font-semibold">{t("colPlanned")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.key} className="border-b last:border-0">
                  <th scope="row" className="py-1.5 pr-4 text-left font-normal">{formatQuarter(p.quarter, locale)}</th>
                  <td className="py-1.5 pr-4 text-right tabular-nums">{p.cumulative === null ? "—" : fmt(p.reported)}</td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">{p.cumulative === null ? "—" : fmt(p.cumulative)}</td>
                  {deadline ? <td className="py-1.5 text-right tabular-nums">{p.planned === null ? "—" : fmt(p.planned)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
