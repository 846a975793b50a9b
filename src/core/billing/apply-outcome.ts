/** What applying a provider's subscription state did here. */
export type ApplyOutcome = {
  /** The seat count it wrote, if it wrote one (reconciliation reports these as repairs). */
  seats: { from: number; to: number } | null;
  /** Seat requests admitted by added seats. */
  admitted: number;
  /** Seats assigned above what is paid for, in words; null when in step. */
  drift: string | null;
};

export const nothingApplied: ApplyOutcome = { seats: null, admitted: 0, drift: null };
