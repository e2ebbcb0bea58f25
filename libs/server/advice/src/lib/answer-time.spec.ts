import { expectedFirstResponseAt, MEDIAN_MIN_SAMPLES, medianWindowStart } from './answer-time';

const asked = new Date('2026-03-02T09:00:00.000Z');
const hoursAfter = (hours: number) => new Date(asked.getTime() + hours * 3_600_000);

describe('expectedFirstResponseAt', () => {
  it('is null when the space has neither a commitment nor enough history', () => {
    expect(expectedFirstResponseAt(asked, null, null)).toBeNull();
    expect(expectedFirstResponseAt(asked, null, { samples: MEDIAN_MIN_SAMPLES - 1, medianSeconds: 3600 })).toBeNull();
  });

  it('uses the commitment alone when the median rests on fewer than 20 samples', () => {
    expect(expectedFirstResponseAt(asked, 48, { samples: 19, medianSeconds: 3600 })).toEqual(hoursAfter(48));
  });

  it('uses the observed median when it is earlier than the commitment', () => {
    expect(expectedFirstResponseAt(asked, 48, { samples: 20, medianSeconds: 5 * 3600 })).toEqual(hoursAfter(5));
  });

  it('keeps the commitment when the median is later', () => {
    expect(expectedFirstResponseAt(asked, 24, { samples: 50, medianSeconds: 30 * 3600 })).toEqual(hoursAfter(24));
  });

  it('uses the median when there is no commitment', () => {
    expect(expectedFirstResponseAt(asked, null, { samples: 20, medianSeconds: 7200 })).toEqual(hoursAfter(2));
  });

  it('looks 90 days back', () => {
    expect(medianWindowStart(asked)).toEqual(new Date('2025-12-02T09:00:00.000Z'));
  });
});
