/**
 * Bank holidays in England and Wales, 2025 to 2027, for working out whether a service that
 * closes on bank holidays is usually open. Source: https://www.gov.uk/bank-holidays
 * Add the next year's dates before the last year here ends: until then the site stops
 * saying "open now" for those services and just lists their hours.
 */

/** One bank holiday: its date (ISO, "2026-12-25") and its name as GOV.UK gives it. */
export interface BankHoliday {
  date: string;
  name: string;
}

/** Bank holidays in England and Wales, in date order. */
export const bankHolidays: readonly BankHoliday[] = [
  { date: '2025-01-01', name: 'New Year’s Day' },
  { date: '2025-04-18', name: 'Good Friday' },
  { date: '2025-04-21', name: 'Easter Monday' },
  { date: '2025-05-05', name: 'Early May bank holiday' },
  { date: '2025-05-26', name: 'Spring bank holiday' },
  { date: '2025-08-25', name: 'Summer bank holiday' },
  { date: '2025-12-25', name: 'Christmas Day' },
  { date: '2025-12-26', name: 'Boxing Day' },
  { date: '2026-01-01', name: 'New Year’s Day' },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2027-01-01', name: 'New Year’s Day' },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },
];

/** First and last calendar years the list covers. */
export const bankHolidayYears = { first: 2025, last: 2027 } as const;
