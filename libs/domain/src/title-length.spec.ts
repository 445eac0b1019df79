import { titleLength } from './title-length';

describe('titleLength', () => {
  it('counts Latin and Cyrillic characters once', () => {
    expect(titleLength('Reset my hub')).toBe(12);
    expect(titleLength('Сброс хаба')).toBe(10);
  });

  it('counts CJK characters (and full-width punctuation) twice, so a short Chinese question is long enough', () => {
    expect(titleLength('如何导出我的发票？')).toBe(18);
    expect(titleLength('导出发票')).toBe(8);
  });
});
