import { checkPreferences } from './preferences-check';

describe('checkPreferences', () => {
  const base = { quietFrom: '', quietTo: '', weeklyContactBudget: '' };
  it('accepts empty quiet hours and budget, or well-formed ones', () => {
    expect(checkPreferences(base)).toBeNull();
    expect(checkPreferences({ quietFrom: '22:00', quietTo: '07:30', weeklyContactBudget: '12' })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(checkPreferences({ ...base, quietFrom: '25:00', quietTo: '07:00' })).toEqual({ field: 'quietFrom', key: 'me.error.clock' });
    expect(checkPreferences({ ...base, quietFrom: '22:00' })).toEqual({ field: 'quietTo', key: 'me.error.quietBoth' });
    expect(checkPreferences({ ...base, weeklyContactBudget: 'many' })).toEqual({ field: 'weeklyContactBudget', key: 'me.error.budget' });
    expect(checkPreferences({ ...base, weeklyContactBudget: '1001' })).toEqual({ field: 'weeklyContactBudget', key: 'me.error.budget' });
  });
});
