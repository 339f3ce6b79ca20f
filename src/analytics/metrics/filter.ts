// What a dashboard, a drill-down list or an export is filtered by. Days are local day numbers of
// the workspace's zone (days since 1970-01-01 on its calendar), inclusive at both ends. Lists of
// ids narrow to any of them; an empty list matches nothing (a scope with no teams sees nothing).

export interface AnalyticsFilter {
  workspaceId: string;
  fromDay: number;
  toDay: number;
  channelAccountIds?: readonly string[];
  /** '' stands for "no team". */
  teamIds?: readonly string[];
  /** '' stands for "unassigned". */
  assigneeIds?: readonly string[];
  topics?: readonly string[];
  priorities?: readonly number[];
}

/** A slice of a chart to list the conversations behind. */
export interface DrillSegment {
  /** One local day (a point of a trend). */
  day?: number;
  /** Local weekday 0 = Monday … 6 = Sunday and hour 0–23 (a heatmap cell). */
  weekday?: number;
  hour?: number;
  sentiment?: 'positive' | 'neutral' | 'negative';
  surface?: 'public' | 'private';
  /** Which conversations of the slice. */
  flag?: 'needs_response' | 'answered' | 'unanswered' | 'answered_late' | 'sla_missed' | 'negative_unanswered' | 'resolved' | 'open';
}

/** Intersects a requested list with the lists a scope allows (undefined = no restriction). */
export function narrow<T>(requested: readonly T[] | undefined, allowed: readonly T[] | undefined): readonly T[] | undefined {
  if (allowed === undefined) return requested;
  if (requested === undefined) return allowed;
  return requested.filter((x) => allowed.includes(x));
}
