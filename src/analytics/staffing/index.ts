// Staffing mathematics: forecast volume, handle time, agents needed (Erlang C / Erlang A), plans.
export { agentsNeeded, agentsNeededErlangA, withShrinkage } from './agents-needed.ts';
export type { StaffingRequirement, StaffingTarget } from './agents-needed.ts';
export { erlangB, erlangC, erlangCMetrics, trafficOf } from './erlang-c.ts';
export type { ErlangCMetrics, QueueLoad } from './erlang-c.ts';
export { erlangAMetrics } from './erlang-a.ts';
export type { ErlangALoad, ErlangAMetrics } from './erlang-a.ts';
export { handleDurationsFromIntervals, handleTimeStats, percentile } from './handle-time.ts';
export type { BusyInterval, HandleTimeStats } from './handle-time.ts';
export { forecastVolume, wape } from './forecast/forecast.ts';
export type {
  CampaignAdjustment, ForecastInput, ForecastInterval, ForecastResult, HolidayAdjustment,
} from './forecast/forecast.ts';
export { intervalGrid } from './forecast/interval-grid.ts';
export type { GridInterval } from './forecast/interval-grid.ts';
export { planStaffing } from './plan.ts';
export type {
  OutsourcedTeam, PeakAdjustment, PlanInput, PlanInterval, PlanResult, PlanRow, PlanTotals, RosterSpan, Scenario,
} from './plan.ts';
