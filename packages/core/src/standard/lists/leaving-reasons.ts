import type { CodeList } from '../code-list';

/**
 * Reason a learner left school (lý do thôi học), as counted in the
 * dropout statistics the Sở reports to MOET (?). Codes are EduShield-defined
 * (?). Some reasons reveal health (illness) or family circumstances, so the
 * field holding this code is treated as sensitive.
 */
export const LEAVING_REASONS: CodeList<'leaving-reason'> = {
  id: 'leaving-reason',
  version: '2025.1',
  source: 'MOET dropout statistics categories (?); codes EduShield-defined (?)',
  entries: [
    {
      code: '01',
      labelVi: 'Hoàn cảnh gia đình khó khăn',
      labelEn: 'Family hardship',
      aliases: ['Hoàn cảnh khó khăn', 'Kinh tế khó khăn'],
    },
    { code: '02', labelVi: 'Học lực yếu, kém', labelEn: 'Low academic performance', aliases: ['Học yếu'] },
    {
      code: '03',
      labelVi: 'Xa trường, đi lại khó khăn',
      labelEn: 'School too far / difficult travel',
      aliases: ['Đi lại khó khăn', 'Nhà xa trường'],
    },
    { code: '04', labelVi: 'Thiên tai, dịch bệnh', labelEn: 'Natural disaster or epidemic' },
    { code: '05', labelVi: 'Ốm đau, bệnh tật', labelEn: 'Illness', aliases: ['Bệnh tật', 'Ốm đau'] },
    {
      code: '06',
      labelVi: 'Lập gia đình sớm',
      labelEn: 'Early marriage',
      aliases: ['Kết hôn sớm', 'Tảo hôn'],
    },
    { code: '07', labelVi: 'Đi làm sớm', labelEn: 'Started work', aliases: ['Đi làm', 'Lao động sớm'] },
    {
      code: '08',
      labelVi: 'Không muốn đi học',
      labelEn: 'Lack of motivation',
      aliases: ['Chán học', 'Ngại học'],
    },
    {
      code: '09',
      labelVi: 'Ra nước ngoài',
      labelEn: 'Moved abroad',
      aliases: ['Xuất cảnh', 'Định cư nước ngoài'],
    },
    { code: '10', labelVi: 'Qua đời', labelEn: 'Deceased', aliases: ['Đã mất', 'Tử vong'] },
    { code: '99', labelVi: 'Lý do khác', labelEn: 'Other reason', aliases: ['Khác'] },
  ],
};
